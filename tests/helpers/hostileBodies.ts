import fs from 'fs'
import http from 'http'
import path from 'path'
import zlib from 'zlib'

/** A process's resident memory now and at its peak (VmHWM), in bytes, from /proc. */
export const memoryOf = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = (name: string) =>
    Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))![1])
  return { rss: kilobytes('VmRSS') * 1024, peak: kilobytes('VmHWM') * 1024 }
}

export type StreamedAnswer = {
  status: number
  body: any
  headers: http.IncomingHttpHeaders
  /** Body bytes the client had handed to its socket when the answer arrived. */
  sentBytes: number
  /** Whether the server then closes the connection (true) rather than keep it (never settles). */
  serverCloses: Promise<boolean>
}

type StreamOptions = {
  url: string
  path: string
  method?: string
  headers?: Record<string, string>
  /** Sent first, e.g. a multipart part's headers. */
  head?: Buffer
  /** Bytes in all, head included: filler follows the head. */
  totalBytes: number
  /** Declare the length (Content-Length) or send the body chunked. */
  isChunked: boolean
  /** Sent last, e.g. a multipart closing boundary. */
  tail?: Buffer
  /** Ask first (Expect: 100-continue) and send the body only once the server says go on. */
  isAsking?: boolean
}

const filler = Buffer.alloc(64 * 1024, 0x61)

/**
 * Streams a body of `totalBytes` without holding it, the way an attacker would, and resolves with
 * the server's answer as soon as it arrives, with how much had been sent by then. Writing stops
 * there: a server that answers early and closes must not be fed the rest.
 */
export const streamBody = ({
  url,
  path,
  method = 'POST',
  headers = {},
  head = Buffer.alloc(0),
  totalBytes,
  isChunked,
  tail = Buffer.alloc(0),
  isAsking = false,
}: StreamOptions) =>
  new Promise<StreamedAnswer>((resolve, reject) => {
    const request = http.request(`${url}${path}`, {
      method,
      headers: {
        'accept-language': 'en',
        ...(isChunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': totalBytes }),
        ...(isAsking ? { expect: '100-continue' } : {}),
        ...headers,
      },
    })
    let sentBytes = 0
    let hasAnswer = false
    request.on('response', (response) => {
      hasAnswer = true
      const sentAtAnswer = sentBytes
      const serverCloses = new Promise<boolean>((closes) => {
        response.socket.once('end', () => closes(true))
        response.socket.once('close', () => closes(false))
      })
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString()
        let body: unknown = text
        try {
          body = JSON.parse(text)
        } catch {
          // not JSON: keep the text
        }
        resolve({
          status: response.statusCode!,
          body,
          headers: response.headers,
          sentBytes: sentAtAnswer,
          serverCloses,
        })
      })
    })
    // The server closing while we still write is expected once it has answered.
    request.on('error', (err) => {
      if (!hasAnswer) reject(err)
    })
    const write = async () => {
      if (isAsking) {
        request.flushHeaders()
        await new Promise((go) => request.once('continue', go).once('response', go))
      }
      const body = totalBytes - head.length - tail.length
      const parts = [head]
      for (let left = body; left > 0; left -= filler.length)
        parts.push(left >= filler.length ? filler : filler.subarray(0, left))
      parts.push(tail)
      for (const part of parts) {
        if (hasAnswer || request.destroyed) return
        sentBytes += part.length
        if (!request.write(part))
          await new Promise<void>((drained) => {
            const done = () => {
              request.off('drain', done).off('close', done)
              drained()
            }
            request.on('drain', done).on('close', done)
          })
      }
      request.end()
    }
    write().catch(reject)
  })

/** A multipart body's opening (a file part's headers) and closing, with its content type. */
export const multipartFrame = (
  filename = 'big.jpg',
  type = 'image/jpeg',
  fields: object = { alt: 'x' },
) => {
  const boundary = `----xeberdar${Date.now()}`
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    tail: Buffer.from(`\r\n--${boundary}--\r\n`),
  }
}

/** The start of an MP4 of `fileBytes` whose media data is whatever follows: ftyp, then mdat. */
export const mp4Head = (fileBytes: number) => {
  const ftyp = Buffer.alloc(24)
  ftyp.writeUInt32BE(24, 0)
  ftyp.write('ftypisom', 4, 'latin1')
  ftyp.writeUInt32BE(0x200, 12)
  ftyp.write('isommp41', 16, 'latin1')
  const mdat = Buffer.alloc(8)
  mdat.writeUInt32BE(fileBytes - ftyp.length, 0)
  mdat.write('mdat', 4, 'latin1')
  return Buffer.concat([ftyp, mdat])
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG that says it is `width`×`height` (RGB) in a few bytes: what a decompression bomb declares. */
export const pngHeader = (width: number, height: number) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bits per channel
  header.writeUInt8(2, 9) // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(1 + width * 3))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Resolves once `condition` holds, checking every 20 ms; rejects after `timeoutMs`. */
export const waitUntil = async (condition: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still not so after ${timeoutMs} ms`)
    await new Promise((tick) => setTimeout(tick, 20))
  }
}

/** The bytes of every file in `dir`, 0 if it does not exist. */
export const bytesIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0)
    : 0
