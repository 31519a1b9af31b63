// Load with wrk (Debian's; it keeps up where autocannon does not on 2 cores) and nginx serving
// files as the reference, for the bench scripts that measure HTTP beside a static file server.
import { execFileSync, spawn } from 'child_process'
import fs from 'fs'
import path from 'path'

import { makeTempDir, removeTempDir } from '../tests/helpers/tempDir'

/** What `npm run bench` needs from the system, and the command that installs it. */
export const requiredTools = ['wrk', 'nginx']
export const installCommand = 'apt-get install -y wrk nginx-light'

/** The required tools not on PATH. */
export const missingTools = () =>
  requiredTools.filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
      return false
    } catch {
      return true
    }
  })

export type Figures = { rps: number; p50Ms: number; p99Ms: number }
export type Load = { threads: number; connections: number; seconds: number }

/**
 * Runs wrk and reads its requests/s and latency percentiles; any answer but 2xx/3xx fails.
 * Requests may take 10 s (wrk's default 2 s would leave slow answers out of the percentiles).
 */
export const wrk = (url: string, load: Load, headers: Record<string, string> = {}): Figures => {
  const args = [
    `-t${load.threads}`,
    `-c${load.connections}`,
    `-d${load.seconds}s`,
    '--latency',
    '--timeout',
    '10s',
  ]
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
  const output = execFileSync('wrk', [...args, url], { encoding: 'utf8' })
  const ms = (label: string) => {
    const [, value, unit] = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(output) ?? []
    if (!value) throw new Error(`wrk printed no ${label}th percentile:\n${output}`)
    return Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]
  }
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  if (errors) throw new Error(`${url}: ${errors[1]} failed answers`)
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1])
  return { rps: Math.round(rps), p50Ms: ms('50'), p99Ms: ms('99') }
}

/**
 * nginx (one worker, ETags on) serving `files` (name → body) from a folder of its own on a
 * loopback port; resolves once it answers.
 */
export const startNginx = async (files: Record<string, string | Buffer>, contentType: string) => {
  const dir = makeTempDir('nginx')
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body)
  const port = 20000 + Math.floor(Math.random() * 20000)
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; etag on;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir};
  uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; root ${dir}; default_type ${contentType}; } }`,
  )
  const nginx = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    stdio: 'ignore',
  })
  const url = (name: string) => `http://127.0.0.1:${port}/${name}`
  const first = url(Object.keys(files)[0])
  for (let tries = 0; tries < 50; tries++)
    if (
      await fetch(first).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
  return {
    url,
    stop: () => {
      nginx.kill()
      removeTempDir(dir)
    },
  }
}
