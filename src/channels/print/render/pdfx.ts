/**
 * Turns a finished print file into PDF/X-3:2002 for the print shop, with Ghostscript's pdfwrite.
 *
 * Debian's Ghostscript (10.00) writes PDF/X-3 but not PDF/X-4, and the only CMYK profile a Debian
 * package installs is Ghostscript's own SWOP profile (package libgs-common, installed with
 * ghostscript), so the output intent is SWOP, i.e. CGATS TR 001. The file is converted as a
 * whole: RGB art becomes CMYK, fonts stay embedded, page boxes stay as drawn.
 */
import { execFile } from 'child_process'
import fs from 'fs'
import path from 'path'
import { promisify } from 'util'

const run = promisify(execFile)

/** Ghostscript's "Artifex CMYK SWOP Profile". */
export const defaultCmykProfile = '/usr/share/color/icc/ghostscript/default_cmyk.icc'

/** The metro 4-sheet with a 24-megapixel artwork takes a few seconds; this is for a stuck gs. */
const timeoutMs = 180_000

export type PdfXOptions = {
  inputPath: string
  outputPath: string
  /** The document's title (any language); written as the Info Title. */
  title: string
  /** BCP 47 language of the text, written as the Catalog's /Lang. */
  locale: string
  /** When the print file was made: the Info CreationDate and ModDate. */
  createdAt: Date
}

let profile: string | undefined

/** The CMYK output profile, looked up once; a missing one means Ghostscript is not installed. */
export const cmykProfilePath = () => {
  if (profile) return profile
  if (!fs.existsSync(defaultCmykProfile))
    throw new Error(
      `PDF/X needs the CMYK profile ${defaultCmykProfile} (Debian package libgs-common, installed with ghostscript)`,
    )
  profile = defaultCmykProfile
  return profile
}

/** Ghostscript's version, or null when `gs` is not on the PATH. */
export const ghostscriptVersion = async (): Promise<string | null> => {
  try {
    return (await run('gs', ['--version'], { encoding: 'utf8', timeout: 10_000 })).stdout.trim()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

export const isGhostscriptAvailable = async () => (await ghostscriptVersion()) !== null

/** A PostScript literal string: backslash, parentheses and anything outside printable ASCII escaped. */
export const psString = (value: string) =>
  '(' +
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      byte === 0x5c || byte === 0x28 || byte === 0x29
        ? `\\${String.fromCharCode(byte)}`
        : byte >= 0x20 && byte < 0x7f
          ? String.fromCharCode(byte)
          : `\\${byte.toString(8).padStart(3, '0')}`,
    )
    .join('') +
  ')'

/** A PDF text string in UTF-16BE with its byte-order mark, as a PostScript hex string. */
export const psUtf16 = (value: string) => {
  const units = [...value].flatMap((char) => {
    const code = char.codePointAt(0)!
    if (code < 0x10000) return [code]
    const offset = code - 0x10000
    return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)]
  })
  return `<FEFF${units.map((unit) => unit.toString(16).toUpperCase().padStart(4, '0')).join('')}>`
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A PDF date in UTC, e.g. D:20250301120000Z. */
export const pdfDate = (date: Date) =>
  `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
  `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`

/**
 * Image settings, set before the input is read: no downsampling, and the JPEG that CMYK
 * conversion forces gs to re-encode kept at high quality with no chroma subsampling.
 */
export const imageSettingsPs = `<<
  /AutoFilterColorImages false /ColorImageFilter /DCTEncode
  /ColorImageDict << /QFactor 0.15 /Blend 1 /HSamples [1 1 1 1] /VSamples [1 1 1 1] >>
  /AutoFilterGrayImages false /GrayImageFilter /DCTEncode
  /GrayImageDict << /QFactor 0.15 /Blend 1 /HSamples [1 1 1 1] /VSamples [1 1 1 1] >>
>> setdistillerparams`

/**
 * The PDF/X definitions (Ghostscript's lib/PDFX_def.ps, filled in). It runs after the input, so
 * its Title and dates replace the ones the input's Info carried over.
 */
export const pdfxDefinitionPs = ({
  title,
  locale,
  createdAt,
  profilePath,
}: Pick<PdfXOptions, 'title' | 'locale' | 'createdAt'> & { profilePath: string }) => {
  const date = psString(pdfDate(createdAt))
  return `%!
[ /GTS_PDFXVersion (PDF/X-3:2002)
  /Title ${psUtf16(title)}
  /Trapped /False
  /CreationDate ${date}
  /ModDate ${date}
/DOCINFO pdfmark
[/_objdef {icc_PDFX} /type /stream /OBJ pdfmark
[{icc_PDFX} << /N 4 >> /PUT pdfmark
[{icc_PDFX} ${psString(profilePath)} (r) file /PUT pdfmark
[/_objdef {OutputIntent_PDFX} /type /dict /OBJ pdfmark
[{OutputIntent_PDFX} <<
  /Type /OutputIntent
  /S /GTS_PDFX
  /OutputConditionIdentifier (CGATS TR 001)
  /OutputCondition (SWOP \\(Ghostscript default CMYK profile\\))
  /Info (Artifex CMYK SWOP Profile)
  /RegistryName (http://www.color.org)
  /DestOutputProfile {icc_PDFX}
>> /PUT pdfmark
[{Catalog} << /OutputIntents [ {OutputIntent_PDFX} ] /Lang ${psString(locale)} >> /PUT pdfmark
`
}

/** Ghostscript's arguments, the input and the definitions file last. */
export const ghostscriptArgs = ({
  inputPath,
  outputPath,
  definitionPath,
  profilePath,
}: {
  inputPath: string
  outputPath: string
  definitionPath: string
  profilePath: string
}) => [
  '-dSAFER',
  '-dBATCH',
  '-dNOPAUSE',
  '-dQUIET',
  // Ghostscript 10.00's new PDF interpreter cuts ToUnicode targets to one byte when the CMap
  // maps a range to an array (PDFKit's form), which loses ə, ş, ı, İ and Cyrillic from the
  // text layer; the older interpreter keeps them. Releases without it ignore the switch.
  '-dNEWPDF=false',
  '-sDEVICE=pdfwrite',
  '-dPDFX',
  '-dCompatibilityLevel=1.3',
  '-sColorConversionStrategy=CMYK',
  '-sProcessColorModel=DeviceCMYK',
  // The input's TrimBox and BleedBox are kept as they are; these only fill in missing ones.
  '-dPDFXSetBleedBoxToMediaBox=true',
  '-dEmbedAllFonts=true',
  '-dSubsetFonts=true',
  '-dDownsampleColorImages=false',
  '-dDownsampleGrayImages=false',
  '-dDownsampleMonoImages=false',
  '-dPassThroughJPEGImages=true',
  `--permit-file-read=${profilePath}`,
  `-sOutputFile=${outputPath}`,
  '-c',
  imageSettingsPs,
  '-f',
  inputPath,
  definitionPath,
]

/** Writes `outputPath` as PDF/X-3:2002 (CMYK, SWOP output intent) from the PDF at `inputPath`. */
export const convertToPdfX = async ({
  inputPath,
  outputPath,
  title,
  locale,
  createdAt,
}: PdfXOptions) => {
  if (Number.isNaN(createdAt.getTime())) throw new Error('convertToPdfX: createdAt is not a date')
  const profilePath = cmykProfilePath()
  await fs.promises.mkdir(path.dirname(outputPath), { recursive: true })
  const definitionPath = `${outputPath}.pdfx-def.ps`
  await fs.promises.writeFile(
    definitionPath,
    pdfxDefinitionPs({ title, locale, createdAt, profilePath }),
  )
  try {
    await run('gs', ghostscriptArgs({ inputPath, outputPath, definitionPath, profilePath }), {
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 4 * 1024 * 1024,
      encoding: 'utf8',
    })
  } catch (err) {
    await fs.promises.rm(outputPath, { force: true })
    const { stderr, stdout } = err as { stderr?: string; stdout?: string }
    throw new Error(
      `PDF/X conversion failed: ${(err as Error).message}; ${`${stdout ?? ''}${stderr ?? ''}`.slice(-2000)}`,
      { cause: err },
    )
  } finally {
    await fs.promises.rm(definitionPath, { force: true })
  }
}
