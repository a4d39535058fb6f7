import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const cli = fileURLToPath(new URL('../../tools/fake-api/cli.ts', import.meta.url))
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
let child: ChildProcess | undefined

afterEach(() => {
  child?.kill('SIGTERM')
  child = undefined
})

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString()
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '')
    })
    proc.stderr?.on('data', (c: Buffer) => (err += c.toString()))
    proc.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)))
  })
}

describe('cli', () => {
  it('starts on 127.0.0.1 with the given seed, tokens and latency', async () => {
    child = spawn(tsx, [
      cli,
      '--port',
      '0',
      '--seed',
      'demo',
      '--token',
      't1',
      '--read-only-token',
      'r1',
      '--seed-number',
      '5',
      '--latency-ms',
      '10',
    ])
    const line = await firstLine(child)
    const m = /^Fake Chastity Tracker API listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)
    expect(m).not.toBeNull()
    const url = m?.[1] ?? ''
    const stats = await fetch(`${url}/api/v2/stats.php`, { headers: { Authorization: 'Bearer t1' } })
    expect(stats.status).toBe(200)
    expect(((await stats.json()) as { data: { nick: string; locked: boolean } }).data).toMatchObject({
      nick: 'Tester',
      locked: true,
    })
    const ro = await fetch(`${url}/api/v2/orgasms.php`, {
      method: 'POST',
      headers: { Authorization: 'Bearer r1' },
      body: '{}',
    })
    expect(ro.status).toBe(403)
    const faults = await fetch(`${url}/__control/faults`)
    expect(((await faults.json()) as { data: { latencyMs: number } }).data.latencyMs).toBe(10)
  })

  it('refuses an unknown seed', async () => {
    child = spawn(tsx, [cli, '--port', '0', '--seed', 'huge'])
    await expect(firstLine(child)).rejects.toThrow(/--seed/)
  })
})
