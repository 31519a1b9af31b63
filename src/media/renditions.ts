import type { ImageSize } from 'payload'

const webp = { format: 'webp' as const, options: { quality: 82 } }

/**
 * Renditions made of every image, all WebP. Fixed sizes crop around the focal point and may
 * enlarge, so a screen always gets its exact resolution; `web` only ever shrinks. The `screenWhole`
 * ones never crop (fit `inside`, which Payload resizes without its focal crop): artwork carries its
 * own text, so screens show it whole unless the editor marked it safe to crop.
 */
export const renditions: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, withoutEnlargement: false, formatOptions: webp },
  { name: 'card', width: 800, height: 600, withoutEnlargement: false, formatOptions: webp },
  { name: 'web', width: 1600, withoutEnlargement: true, formatOptions: webp },
  {
    name: 'screenLandscape',
    width: 1920,
    height: 1080,
    withoutEnlargement: false,
    formatOptions: webp,
  },
  {
    name: 'screenPortrait',
    width: 1080,
    height: 1920,
    withoutEnlargement: false,
    formatOptions: webp,
  },
  { name: 'screen4k', width: 3840, height: 2160, withoutEnlargement: false, formatOptions: webp },
  {
    name: 'screenWhole',
    width: 1920,
    height: 1920,
    fit: 'inside',
    withoutEnlargement: false,
    formatOptions: webp,
  },
  {
    name: 'screenWhole4k',
    width: 3840,
    height: 3840,
    fit: 'inside',
    withoutEnlargement: false,
    formatOptions: webp,
  },
]

/** Images we accept. SVG is left out: it can carry scripts and sharp would rasterise it anyway. */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff']

export const maxImageBytes = 40 * 1024 * 1024
/**
 * Decoding costs memory by pixels, not bytes: a 16000×16000 PNG of 776 KB takes 550 MB and 30 s.
 * 50 megapixels is above any camera the campaign uses (24 MP) and an 8K frame (33 MP).
 */
export const maxImagePixels = 50_000_000
/** The cap on one upload request (a video clip); images have their own, smaller one. */
export const maxUploadBytes = 1024 * 1024 * 1024
