/**
 * A PDF/X-3 preflight that shares nothing with the code that writes the files: no Ghostscript,
 * no src/ import. It reads the object model with qpdf (`--json=2`, `--check`, and
 * `--show-object … --filtered-stream-data` for content streams and the ICC profile) and lists
 * what breaks ISO 15930-3 in the ways a print shop's preflight would refuse the file.
 *
 * Beyond the standard's letter, as a print shop asks: every page must say its BleedBox.
 *
 * Also a CLI: `node --import tsx/esm tests/helpers/pdfx.ts file.pdf` prints the verdict as JSON
 * and exits 1 when the file does not conform.
 */
import { execFile } from 'child_process'
import { open } from 'fs/promises'
import { pathToFileURL } from 'url'
import { promisify } from 'util'

const run = promisify(execFile)

/** qpdf's JSON v2 values: names "/X", strings "u:…" or "b:<hex>", references "N G R". */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Dict = { [key: string]: Json }
type Entry = { value?: Json; stream?: { dict: Dict } }

export type PdfXVerdict = {
  conforms: boolean
  /** The Info GTS_PDFXVersion, if any. */
  version: string | null
  /** The GTS_PDFX output intent's OutputConditionIdentifier, if any. */
  outputCondition: string | null
  violations: string[]
}

/** PDF/X-3:2002 is built on PDF 1.3, PDF/X-3:2003 on PDF 1.4. */
const maxPdfVersion: Record<string, number> = { 'PDF/X-3:2002': 1.3, 'PDF/X-3:2003': 1.4 }
/** Rounding in writers (Ghostscript writes boxes to 3 decimals). */
const boxTolerancePt = 0.01

const isRef = (value: Json | undefined): value is string =>
  typeof value === 'string' && /^\d+ \d+ R$/.test(value)
const isDict = (value: Json | undefined): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A text string's value ("u:" is decoded text; "b:" bytes shown as hex). */
const textOf = (value: Json | undefined) =>
  typeof value === 'string' && /^[ub]:/.test(value) ? value.slice(2) : null

const qpdf = async (args: string[]) => {
  try {
    const { stdout, stderr } = await run('qpdf', args, {
      encoding: 'buffer',
      maxBuffer: 512 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr: stderr.toString('utf8') }
  } catch (err) {
    const failure = err as { code?: number | string; stdout?: Buffer; stderr?: Buffer }
    if (typeof failure.code !== 'number') throw err
    return {
      code: failure.code,
      stdout: failure.stdout ?? Buffer.alloc(0),
      stderr: failure.stderr?.toString('utf8') ?? '',
    }
  }
}

/** The decoded data of one stream object. */
const streamData = async (file: string, ref: string) => {
  const [id, generation] = ref.split(' ')
  const { code, stdout, stderr } = await qpdf([
    `--show-object=${id},${generation}`,
    '--filtered-stream-data',
    file,
  ])
  if (code === 2) throw new Error(`qpdf could not decode stream ${ref}: ${stderr}`)
  return stdout
}

/** D:YYYYMMDDHHmmSS with optional Z or ±HH'mm'; month and later parts may be omitted. */
export const parsePdfDate = (text: string): Date | null => {
  const match =
    /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)(?:00'?00'?)?|([+-])(\d{2})'?(\d{2})?'?)?$/.exec(
      text,
    )
  if (!match) return null
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', , sign, oh = '00', om = '00'] =
    match
  const offsetMin = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offsetMin * 60_000
  const date = new Date(utc)
  return Number.isNaN(date.getTime()) || +mo > 12 || +d > 31 || +h > 23 ? null : date
}

type Rect = [number, number, number, number]

const rectOf = (value: Json | undefined): Rect | null => {
  if (!Array.isArray(value) || value.length !== 4 || value.some((n) => typeof n !== 'number'))
    return null
  const [a, b, c, d] = value as number[]
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]
}

const inside = (inner: Rect, outer: Rect) =>
  inner[0] >= outer[0] - boxTolerancePt &&
  inner[1] >= outer[1] - boxTolerancePt &&
  inner[2] <= outer[2] + boxTolerancePt &&
  inner[3] <= outer[3] + boxTolerancePt

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]

const showRect = (rect: Rect) => `[${rect.map((n) => +n.toFixed(3)).join(' ')}]`

/**
 * The operators of a content stream and the names among their operands, with strings, comments
 * and inline image data skipped so that text like "rg" inside a string is not taken for one.
 */
export const contentTokens = (data: Buffer) => {
  const ops: { op: string; names: string[] }[] = []
  const inlineImages: string[][] = []
  let names: string[] = []
  let i = 0
  const n = data.length
  const isSpace = (c: number) => c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32
  const isDelim = (c: number) => '()<>[]{}/%'.includes(String.fromCharCode(c))
  while (i < n) {
    const c = data[i]
    if (isSpace(c)) i++
    else if (c === 0x25) while (i < n && data[i] !== 10 && data[i] !== 13) i++
    else if (c === 0x28) {
      let depth = 0
      for (; i < n; i++) {
        if (data[i] === 0x5c) i++
        else if (data[i] === 0x28) depth++
        else if (data[i] === 0x29 && --depth === 0) break
      }
      i++
    } else if (c === 0x3c && data[i + 1] === 0x3c) i += 2
    else if (c === 0x3e && data[i + 1] === 0x3e) i += 2
    else if (c === 0x3c) {
      while (i < n && data[i] !== 0x3e) i++
      i++
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) i++
    else if (c === 0x2f) {
      let j = i + 1
      while (j < n && !isSpace(data[j]) && !isDelim(data[j])) j++
      names.push(data.subarray(i, j).toString('latin1'))
      i = j
    } else {
      let j = i
      while (j < n && !isSpace(data[j]) && !isDelim(data[j])) j++
      if (j === i) j++
      const word = data.subarray(i, j).toString('latin1')
      i = j
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false') continue
      if (word === 'null') continue
      if (word === 'ID') {
        // Inline image data runs to whitespace + EI + whitespace.
        inlineImages.push(names)
        i++
        while (
          i < n &&
          !(
            isSpace(data[i - 1]) &&
            data[i] === 0x45 &&
            data[i + 1] === 0x49 &&
            (i + 2 >= n || isSpace(data[i + 2]))
          )
        )
          i++
        i += 2
        ops.push({ op: 'EI', names: [] })
        names = []
        continue
      }
      ops.push({ op: word, names })
      names = []
    }
  }
  return { ops, inlineImages }
}

/** The preflight's findings for one file. */
export const pdfxVerdict = async (file: string): Promise<PdfXVerdict> => {
  const violations: string[] = []
  const fail = (message: string) => violations.push(message)

  const check = await qpdf(['--check', file])
  if (check.code !== 0)
    fail(`qpdf --check reports problems: ${`${check.stdout}${check.stderr}`.trim().slice(-1000)}`)

  const json = await qpdf(['--json=2', '--json-key=qpdf', '--json-key=pages', file])
  if (json.code === 2) {
    fail(`qpdf cannot read the file: ${json.stderr.trim()}`)
    return { conforms: false, version: null, outputCondition: null, violations }
  }
  const model = JSON.parse(json.stdout.toString('utf8')) as {
    qpdf: [{ pdfversion: string }, Record<string, Entry>]
    pages: { object: string; contents: string[] }[]
  }
  const objects = model.qpdf[1]
  /** A direct value, or the value (or stream dictionary) a reference points to. */
  const resolve = (value: Json | undefined): Json | undefined => {
    if (!isRef(value)) return value
    const entry = objects[`obj:${value}`]
    return entry?.stream ? entry.stream.dict : entry?.value
  }
  const dictAt = (value: Json | undefined) => {
    const resolved = resolve(value)
    return isDict(resolved) ? resolved : undefined
  }
  const isStream = (value: Json | undefined) => isRef(value) && !!objects[`obj:${value}`]?.stream

  const trailer = (objects.trailer?.value ?? {}) as Dict
  const catalog = dictAt(trailer['/Root']) ?? {}
  const info = dictAt(trailer['/Info']) ?? {}

  // File level: encryption, identity, header.
  if (trailer['/Encrypt'] !== undefined) fail('The file is encrypted (trailer /Encrypt)')
  const id = resolve(trailer['/ID'])
  if (!Array.isArray(id) || id.length !== 2) fail('The trailer has no /ID')

  const version = textOf(resolve(info['/GTS_PDFXVersion']))
  if (!version) fail('Info has no GTS_PDFXVersion')
  else if (!version.startsWith('PDF/X-3')) fail(`Info GTS_PDFXVersion is "${version}", not PDF/X-3`)

  const header = Buffer.alloc(1024)
  const handle = await open(file, 'r')
  try {
    await handle.read(header, 0, 1024, 0)
  } finally {
    await handle.close()
  }
  const headerVersion = /%PDF-(\d\.\d)/.exec(header.toString('latin1'))?.[1]
  const catalogVersion = resolve(catalog['/Version'])
  const pdfVersion = Math.max(
    Number(headerVersion ?? NaN),
    typeof catalogVersion === 'string' ? Number(catalogVersion.slice(1)) : 0,
  )
  const allowed = (version && maxPdfVersion[version]) || 1.4
  if (!headerVersion) fail('No %PDF- header in the first 1024 bytes')
  else if (pdfVersion > allowed)
    fail(`PDF version ${pdfVersion} is above ${allowed}, the most ${version ?? 'PDF/X-3'} allows`)

  // Info.
  if (!textOf(resolve(info['/Title']))?.trim()) fail('Info has no Title')
  for (const key of ['/CreationDate', '/ModDate']) {
    const text = textOf(resolve(info[key]))
    const date = text ? parsePdfDate(text) : null
    if (!text) fail(`Info has no ${key.slice(1)}`)
    else if (!date) fail(`Info ${key.slice(1)} "${text}" is not a PDF date`)
    else if (date.getUTCFullYear() < 2000)
      fail(`Info ${key.slice(1)} ${date.toISOString()} is before 2000`)
  }
  const trapped = resolve(info['/Trapped'])
  if (trapped !== '/True' && trapped !== '/False')
    fail(
      `Info Trapped is ${trapped === undefined ? 'missing' : String(trapped)}, not /True or /False`,
    )

  // Output intent.
  const intentsValue = resolve(catalog['/OutputIntents'])
  const intents = (Array.isArray(intentsValue) ? intentsValue : [])
    .map(dictAt)
    .filter((intent) => intent?.['/S'] === '/GTS_PDFX') as Dict[]
  let outputCondition: string | null = null
  let intentSpace: 'CMYK' | 'GRAY' | null = null
  if (!intentsValue) fail('The Catalog has no OutputIntents')
  else if (intents.length !== 1)
    fail(`The Catalog has ${intents.length} GTS_PDFX output intents, not exactly one`)
  const [intent] = intents
  if (intent) {
    outputCondition = textOf(resolve(intent['/OutputConditionIdentifier']))
    if (!outputCondition) fail('The output intent has no OutputConditionIdentifier')
    const profileRef = intent['/DestOutputProfile']
    if (!isStream(profileRef)) fail('The output intent has no DestOutputProfile stream')
    else {
      const icc = await streamData(file, profileRef as string)
      const deviceClass = icc.subarray(12, 16).toString('latin1')
      const space = icc.subarray(16, 20).toString('latin1').trim()
      const n = resolve(dictAt(profileRef)?.['/N'])
      if (icc.length < 128 || icc.subarray(36, 40).toString('latin1') !== 'acsp')
        fail('The DestOutputProfile is not an ICC profile')
      else if (deviceClass !== 'prtr')
        fail(`The DestOutputProfile is a '${deviceClass}' profile, not an output ('prtr') one`)
      else if (space !== 'CMYK' && space !== 'GRAY')
        fail(`The DestOutputProfile's colour space is '${space}', not CMYK or GRAY`)
      else {
        intentSpace = space
        if (n !== (space === 'CMYK' ? 4 : 1))
          fail(`The DestOutputProfile has /N ${String(n)} for a ${space} profile`)
      }
    }
  }
  // Device colour that the output intent does not describe.
  const badDevice = new Set(['/DeviceRGB', '/RGB'])
  if (intentSpace === 'GRAY') ['/DeviceCMYK', '/CMYK'].forEach((name) => badDevice.add(name))
  const deviceShort: Record<string, string> = { '/RGB': '/DeviceRGB', '/CMYK': '/DeviceCMYK' }

  // Actions and scripts.
  const openAction = dictAt(catalog['/OpenAction'])
  if (openAction) fail(`The Catalog has an OpenAction (${String(openAction['/S'])})`)
  if (catalog['/AA'] !== undefined) fail('The Catalog has additional actions (/AA)')
  if (dictAt(catalog['/Names'])?.['/JavaScript'] !== undefined)
    fail('The Catalog names JavaScript (/Names /JavaScript)')

  // Pages and everything they draw.
  const seen = new Set<string>()
  /** Colour spaces that name a forbidden device space anywhere inside (base, alternate, …). */
  const deviceIn = (space: Json | undefined, depth = 0): string | null => {
    const value = resolve(space)
    if (typeof value === 'string') return badDevice.has(value) ? value : null
    if (!Array.isArray(value) || depth > 8) return null
    // An ICCBased space is device independent; its /Alternate only matters without CMM.
    if (value[0] === '/ICCBased') return null
    for (const part of value.slice(1)) {
      const found = deviceIn(part, depth + 1)
      if (found) return found
    }
    return null
  }
  const checkSpace = (where: string, space: Json | undefined) => {
    const found = deviceIn(space)
    if (found) fail(`${where} uses ${deviceShort[found] ?? found}`)
  }

  const checkFont = (where: string, ref: Json) => {
    const font = dictAt(ref)
    if (!font) return
    const name = String(font['/BaseFont'] ?? ref)
    if (font['/Subtype'] === '/Type3') {
      visitResources(`${where} Type3 font ${name}`, font['/Resources'])
      return
    }
    const descendant =
      font['/Subtype'] === '/Type0'
        ? dictAt((resolve(font['/DescendantFonts']) as Json[] | undefined)?.[0])
        : font
    const descriptor = dictAt(descendant?.['/FontDescriptor'])
    const embedded = ['/FontFile', '/FontFile2', '/FontFile3'].some(
      (key) => descriptor?.[key] !== undefined,
    )
    if (!embedded) fail(`${where}: font ${name} is not embedded`)
  }

  const checkGraphicsState = (where: string, state: Dict) => {
    const smask = resolve(state['/SMask'])
    if (smask !== undefined && smask !== '/None')
      fail(`${where}: ExtGState has a soft mask (SMask)`)
    for (const key of ['/CA', '/ca']) {
      const alpha = resolve(state[key])
      if (typeof alpha === 'number' && alpha < 1)
        fail(`${where}: ExtGState ${key.slice(1)} ${alpha} is transparency`)
    }
    const blend = resolve(state['/BM'])
    const modes = (Array.isArray(blend) ? blend : blend === undefined ? [] : [blend]).map(resolve)
    const odd = modes.filter((mode) => mode !== '/Normal' && mode !== '/Compatible')
    if (odd.length) fail(`${where}: ExtGState blend mode ${odd.join(' ')} is transparency`)
    for (const key of ['/TR', '/TR2']) {
      const transfer = resolve(state[key])
      if (transfer !== undefined && transfer !== '/Default')
        fail(`${where}: ExtGState has a transfer function (${key.slice(1)})`)
    }
  }

  const checkGroup = (where: string, group: Json | undefined) => {
    if (dictAt(group)?.['/S'] === '/Transparency') fail(`${where} is a transparency group`)
  }

  const contentStreams: { where: string; ref: string }[] = []

  const checkXObject = (where: string, ref: Json) => {
    const xobject = dictAt(ref)
    if (!xobject) return
    if (xobject['/Subtype'] === '/Image') {
      if (xobject['/SMask'] !== undefined) fail(`${where} has a soft mask (SMask)`)
      if (xobject['/SMaskInData'] !== undefined && resolve(xobject['/SMaskInData']) !== 0)
        fail(`${where} has SMaskInData`)
      checkSpace(where, xobject['/ColorSpace'])
    } else if (xobject['/Subtype'] === '/Form') {
      checkGroup(where, xobject['/Group'])
      visitResources(where, xobject['/Resources'])
      if (isRef(ref)) contentStreams.push({ where, ref })
    } else if (xobject['/Subtype'] === '/PS') fail(`${where} is a PostScript XObject`)
  }

  const checkPattern = (where: string, ref: Json) => {
    const pattern = dictAt(ref)
    if (!pattern) return
    if (pattern['/PatternType'] === 2) checkShading(where, pattern['/Shading'])
    else {
      visitResources(where, pattern['/Resources'])
      if (isRef(ref)) contentStreams.push({ where, ref })
    }
    if (pattern['/ExtGState'] !== undefined)
      checkGraphicsState(where, dictAt(pattern['/ExtGState']) ?? {})
  }

  const checkShading = (where: string, ref: Json | undefined) =>
    checkSpace(`${where} shading`, dictAt(ref)?.['/ColorSpace'])

  /** Every font, graphics state, colour space, pattern, shading and XObject a resource dict holds. */
  function visitResources(where: string, ref: Json | undefined) {
    if (isRef(ref)) {
      if (seen.has(ref)) return
      seen.add(ref)
    }
    const resources = dictAt(ref)
    if (!resources) return
    const each = (key: string, visit: (name: string, value: Json) => void) => {
      const group = dictAt(resources[key])
      for (const [name, value] of Object.entries(group ?? {})) {
        if (isRef(value)) {
          if (seen.has(value)) continue
          seen.add(value)
        }
        visit(name, value)
      }
    }
    each('/Font', (name, value) => checkFont(`${where} font ${name}`, value))
    each('/ExtGState', (name, value) => checkGraphicsState(`${where} ${name}`, dictAt(value) ?? {}))
    each('/ColorSpace', (name, value) => checkSpace(`${where} colour space ${name}`, value))
    each('/Pattern', (name, value) => checkPattern(`${where} pattern ${name}`, value))
    each('/Shading', (name, value) => checkShading(`${where} ${name}`, value))
    each('/XObject', (name, value) => checkXObject(`${where} XObject ${name}`, value))
  }

  const inherited = (page: Dict, key: string) => {
    for (let node: Dict | undefined = page, depth = 0; node && depth < 64; depth++) {
      if (node[key] !== undefined) return node[key]
      node = dictAt(node['/Parent'])
    }
    return undefined
  }

  model.pages.forEach(({ object, contents }, index) => {
    const where = `Page ${index + 1}`
    const page = dictAt(object) ?? {}
    const media = rectOf(resolve(inherited(page, '/MediaBox')))
    const bleed = rectOf(resolve(page['/BleedBox']))
    const trim = rectOf(resolve(page['/TrimBox']))
    const art = rectOf(resolve(page['/ArtBox']))
    if (!media) fail(`${where} has no MediaBox`)
    if (!trim && !art) fail(`${where} has no TrimBox (or ArtBox)`)
    if (trim && art) fail(`${where} has both a TrimBox and an ArtBox`)
    if (!bleed) fail(`${where} has no BleedBox`)
    const finished = trim ?? art
    if (finished && bleed && !inside(finished, bleed))
      fail(
        `${where}: ${trim ? 'TrimBox' : 'ArtBox'} ${showRect(finished)} is not inside the BleedBox ${showRect(bleed)}`,
      )
    if (bleed && media && !inside(bleed, media))
      fail(`${where}: BleedBox ${showRect(bleed)} is not inside the MediaBox ${showRect(media)}`)

    checkGroup(where, page['/Group'])
    if (page['/AA'] !== undefined) fail(`${where} has additional actions (/AA)`)
    const resources = inherited(page, '/Resources')
    visitResources(where, resources)
    for (const ref of contents) contentStreams.push({ where, ref })

    const annotations = resolve(page['/Annots'])
    for (const annotationRef of Array.isArray(annotations) ? annotations : []) {
      const annotation = dictAt(annotationRef) ?? {}
      const subtype = String(annotation['/Subtype'])
      const rect = rectOf(resolve(annotation['/Rect']))
      const printerMark = subtype === '/PrinterMark' || subtype === '/TrapNet'
      if (!printerMark && (!rect || !bleed || overlaps(rect, bleed)))
        fail(`${where}: a ${subtype} annotation lies inside the BleedBox`)
      if (annotation['/A'] !== undefined || annotation['/AA'] !== undefined)
        if (!printerMark) fail(`${where}: a ${subtype} annotation carries an action`)
      const appearance = dictAt(annotation['/AP'])
      for (const state of Object.values(appearance ?? {})) {
        const streams = isStream(state) ? [state] : Object.values(dictAt(state) ?? {})
        for (const stream of streams) checkXObject(`${where} ${subtype} appearance`, stream)
      }
    }
  })

  // Colour set by operators: rg/RG are DeviceRGB, k/K DeviceCMYK, g/G DeviceGray.
  const operatorSpace: Record<string, string> = {
    rg: '/DeviceRGB',
    RG: '/DeviceRGB',
    k: '/DeviceCMYK',
    K: '/DeviceCMYK',
  }
  const reported = new Set<string>()
  for (const { where, ref } of contentStreams) {
    const { ops, inlineImages } = contentTokens(await streamData(file, ref))
    const found = new Set<string>()
    for (const { op, names } of ops) {
      const space = operatorSpace[op]
      if (space && badDevice.has(space)) found.add(`the ${op} operator (${space})`)
      if (op === 'cs' || op === 'CS')
        for (const name of names) {
          // A named space from the resources was checked with them; a device name is here.
          const device = deviceIn(name)
          if (device) found.add(`${op} ${deviceShort[device] ?? device}`)
        }
    }
    for (const names of inlineImages) {
      const space = names.find((name) => badDevice.has(name))
      if (space) found.add(`an inline image in ${deviceShort[space] ?? space}`)
    }
    for (const what of found) {
      const message = `${where} content uses ${what}`
      if (!reported.has(message)) fail(message)
      reported.add(message)
    }
  }

  return { conforms: violations.length === 0, version, outputCondition, violations }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: node --import tsx/esm tests/helpers/pdfx.ts file.pdf')
    process.exit(64)
  }
  const verdict = await pdfxVerdict(file)
  console.log(JSON.stringify(verdict, null, 2))
  process.exit(verdict.conforms ? 0 : 1)
}
