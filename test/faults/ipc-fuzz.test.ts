/**
 * Every IPC channel, fed random and hostile arguments through the one dispatch wrapper: each
 * answer is a result or a typed error (never a thrown exception, never a stack trace), an
 * argument that fails the contract never reaches the service, and a caller that is not the app's
 * own page is refused on every channel. Deterministic: the cases come from a seeded generator.
 */
import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, channels, type Channel } from '../../src/shared/ipc/contract'
import { appErrorSchema } from '../../src/shared/ipc/contract'
import type { IpcResult } from '../../src/shared/ipc/errors'
import type { RunningApp } from '../../tools/app'
import type { FakeApi } from '../../tools/fake-api/server'
import { TOKEN, app, emulator, settle } from './support'

const CASES_PER_CHANNEL = 250

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  }
}
type Rng = ReturnType<typeof prng>

function seedOf(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return h >>> 0
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a',
  '0',
  '-1',
  'NaN',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  "'; DROP TABLE sessions; --",
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'http://evil.example/',
  'https://evil.example/',
  'https://www.chastitytracker.org.evil.example/',
  '\u0000\u0001\u001f',
  '\ud800',
  '😀'.repeat(50),
  '2024-02-30',
  '9999-99-99',
  '25:61',
  '${7*7}{{7*7}}',
  'Bearer dev-token',
  '%00%2e%2e%2f',
]

const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  1.5,
  -1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  1e308,
  5e-324,
  2 ** 31,
  -(2 ** 31),
]

function hugeString(rng: Rng): string {
  return rng.pick(['x', 'é', '\u0000', '😀', 'a b']).repeat(rng.pick([513, 1025, 100_000, 1_000_000]))
}

function deepNest(depth: number, leaf: unknown): unknown {
  let v = leaf
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? { a: v } : [v]
  return v
}

/** A value of any kind that may cross IPC (structured clone), hostile more often than not. */
function hostile(rng: Rng, depth = 0): unknown {
  const kind = rng.int(0, depth > 2 ? 9 : 16)
  switch (kind) {
    case 0:
      return undefined
    case 1:
      return null
    case 2:
      return rng.next() < 0.5
    case 3:
    case 4:
      return rng.pick(HOSTILE_NUMBERS)
    case 5:
    case 6:
      return rng.pick(HOSTILE_STRINGS)
    case 7:
      return hugeString(rng)
    case 8:
      return rng.int(-1000, 1000)
    case 9:
      return rng.pick([
        BigInt(1),
        new Date(Number.NaN),
        new Date(0),
        new Uint8Array(4),
        new Map(),
        new Set([1]),
      ])
    case 10:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "id": 1}') as unknown
    case 11:
      return { constructor: { prototype: { polluted: 'yes' } }, __defineGetter__: 'x' }
    case 12:
      return Object.assign(Object.create(null) as object, { id: 1, session: 1 })
    case 13:
      return deepNest(rng.pick([10, 200, 5000]), hostile(rng, depth + 1))
    case 14:
      return Array.from({ length: rng.pick([0, 1, 3, 10_000]) }, () => hostile(rng, 3))
    case 15: {
      const out: Record<string, unknown> = {}
      const keys = rng.int(0, 6)
      for (let i = 0; i < keys; i++)
        out[rng.pick([...HOSTILE_STRINGS, 'id', 'session', 'limit'])] = hostile(rng, depth + 1)
      return out
    }
    default:
      return rng.pick(HOSTILE_NUMBERS)
  }
}

/** An argument each channel accepts, to mutate into near misses. */
function templates(activeId: number): Record<Channel, unknown> {
  const today = new Date().toISOString().slice(0, 10)
  return {
    'app:info': undefined,
    'auth:status': undefined,
    'auth:setToken': { token: TOKEN, memoryOnly: true },
    'auth:removeToken': undefined,
    'settings:get': undefined,
    'settings:update': { tray: { showSeconds: 'always' }, polling: { activeSeconds: 60 } },
    'sync:state': undefined,
    'sync:refresh': undefined,
    'notifications:pause': { minutes: 30 },
    'desktop:status': undefined,
    'desktop:setLaunchAtLogin': { enabled: true },
    'desktop:openLogs': undefined,
    'desktop:installUpdate': undefined,
    'overview:get': undefined,
    'stats:get': undefined,
    'insight:get': {
      views: ['sources', 'sessionSources', 'records', 'heatmap', 'orgasmIntervals'],
      timeZone: 'Europe/Berlin',
      sessionId: activeId,
    },
    'sessions:list': { limit: 5, offset: 0 },
    'sessions:get': { id: activeId },
    'sessions:create': { startdate: today, starttime: '08:00', timezonestart: '+01:00' },
    'sessions:update': { id: activeId, patch: { notes: 'fuzz' } },
    'sessions:stop': { id: activeId, stop: { endNow: true } },
    'sessions:delete': { id: activeId },
    'histories:list': { session: activeId, limit: 5 },
    'histories:all': { session: activeId },
    'gamesChanges:list': { session: activeId, limit: 5 },
    'gamesChanges:all': { session: activeId },
    'orgasms:list': { limit: 5 },
    'orgasms:get': { id: 1 },
    'orgasms:create': { date: today, mode: 'full' },
    'orgasms:update': { id: 1, patch: { type: 'fuzz' } },
    'orgasms:delete': { id: 1 },
    'games:play': { game: 'dice', session: activeId },
    'games:readiness': undefined,
    'games:copyVoteLink': undefined,
    'shell:openExternal': { url: 'https://www.chastitytracker.org/' },
    'export:run': undefined,
    'export:cancel': undefined,
  }
}

/** A near miss: the valid argument with one field replaced, added, removed, or the whole wrapped. */
function mutate(rng: Rng, valid: unknown): unknown {
  if (valid === undefined || valid === null || typeof valid !== 'object') {
    return rng.pick([hostile(rng), {}, [], { extra: 1 }, 0, ''])
  }
  const copy = structuredClone(valid) as Record<string, unknown>
  const keys = Object.keys(copy)
  switch (rng.int(0, 5)) {
    case 0: {
      const key = rng.pick(keys)
      const inner = copy[key]
      if (inner !== null && typeof inner === 'object') copy[key] = mutate(rng, inner)
      else copy[key] = hostile(rng)
      return copy
    }
    case 1:
      copy[rng.pick(['extra', '__proto__', 'constructor', 'prototype', 'toString', ''])] = hostile(rng)
      return copy
    case 2:
      delete copy[rng.pick(keys)]
      return copy
    case 3:
      return [copy]
    case 4:
      return JSON.parse(`{"__proto__": ${JSON.stringify(copy)}}`) as unknown
    default:
      copy[rng.pick(keys)] = rng.pick(HOSTILE_NUMBERS)
      return copy
  }
}

/** A frame of a V8 stack trace, or a path of the app's own source files. */
const STACK_TRACE = /\n\s*at\s|\bat .*:\d+:\d+\)?$|\/src\/(main|shared)\/|node_modules\//m

function expectTypedAnswer(channel: Channel, result: IpcResult<unknown>, arg: unknown): void {
  const label = () => `${channel} with ${describeArg(arg)}`
  if (result.ok) {
    const output = channels[channel].output.safeParse(result.value)
    if (!output.success)
      throw new Error(`${label()}: the answer does not fit the contract: ${output.error.message}`)
    return
  }
  if (!appErrorSchema.safeParse(result.error).success) {
    throw new Error(`${label()}: not a typed error: ${JSON.stringify(result.error)}`)
  }
  if (STACK_TRACE.test(result.error.message))
    throw new Error(`${label()}: a stack trace: ${result.error.message}`)
}

/** A short description of an argument, safe for any depth or size (for failure messages only). */
function describeArg(arg: unknown, depth = 0): string {
  if (depth > 3) return '…'
  if (typeof arg === 'string') return arg.length > 40 ? `"${arg.slice(0, 40)}…"(${arg.length})` : `"${arg}"`
  if (typeof arg === 'bigint') return `${arg}n`
  if (arg === null || typeof arg !== 'object') return String(arg)
  if (Array.isArray(arg))
    return `[${arg
      .slice(0, 3)
      .map((v) => describeArg(v, depth + 1))
      .join(', ')}${arg.length > 3 ? ', …' : ''}]`
  const entries = Object.entries(arg).slice(0, 6)
  return `{${entries.map(([k, v]) => `${k}: ${describeArg(v, depth + 1)}`).join(', ')}}`
}

/** After a call that was allowed through, put back what the next cases rely on. */
async function restore(a: RunningApp, api: FakeApi): Promise<void> {
  await a.idle()
  const status = (await a.call('auth:status')).state
  if (status !== 'valid' && status !== 'unverified') await a.call('auth:setToken', { token: TOKEN })
  const { settings } = await a.call('settings:get')
  if (settings.apiBaseUrl !== api.url) await a.call('settings:update', { apiBaseUrl: api.url })
  await a.idle()
  // A failed poll would schedule a retry that could land in the middle of a later case.
  if (a.harness.core.syncState().lastError !== null) await a.call('sync:refresh')
  await a.idle()
}

describe('IPC fuzzing', () => {
  it(`${CASES_PER_CHANNEL} random and hostile arguments on every channel: typed answers, nothing invalid reaches the API`, async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const activeId = (await a.call('overview:get')).activeSession?.id ?? 1
    const valid = templates(activeId)
    let invalidCases = 0
    let allowedCases = 0

    for (const channel of CHANNEL_NAMES) {
      const rng = prng(seedOf(channel))
      for (let i = 0; i < CASES_PER_CHANNEL; i++) {
        const arg = i === 0 ? valid[channel] : rng.next() < 0.5 ? hostile(rng) : mutate(rng, valid[channel])
        const accepted = channels[channel].input.safeParse(arg).success
        const before = api.requestLog.length
        let result: IpcResult<unknown>
        try {
          result = await a.harness.core.dispatch(channel, arg, a.harness.url)
        } catch (e) {
          throw new Error(`${channel} threw for ${describeArg(arg)}`, { cause: e })
        }
        expectTypedAnswer(channel, result, arg)
        if (accepted) {
          allowedCases++
          await restore(a, api)
          continue
        }
        invalidCases++
        if (result.ok || result.error.kind !== 'validation') {
          throw new Error(`${channel} accepted ${describeArg(arg)}: ${JSON.stringify(result)}`)
        }
        await a.idle()
        if (api.requestLog.length !== before)
          throw new Error(`${channel} sent a request for ${describeArg(arg)}`)
      }
    }

    // The generator really exercised both sides.
    expect(invalidCases).toBeGreaterThan(CHANNEL_NAMES.length * CASES_PER_CHANNEL * 0.5)
    expect(allowedCases).toBeGreaterThanOrEqual(CHANNEL_NAMES.length)
    // Nothing leaked onto shared prototypes.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
    // And the app still works.
    await restore(a, api)
    expect((await a.call('sync:refresh')).lastError).toBeNull()
  }, 180_000)

  it('a caller that is not the app page is refused on every channel, before anything happens', async () => {
    const api = await emulator()
    const a = await app(api)
    await settle(a)
    const activeId = (await a.call('overview:get')).activeSession?.id ?? 1
    const valid = templates(activeId)
    const origin = a.harness.url
    const strangers = [
      null,
      '',
      'null',
      'http://evil.example',
      'file://',
      `${origin}/`,
      `${origin}.evil.example`,
      origin.replace('127.0.0.1', 'localhost'),
      origin.replace('http:', 'https:'),
      'devtools://devtools',
    ]
    const settingsBefore = await a.call('settings:get')
    const before = api.requestLog.length
    const shownBefore = a.harness.platform.window.shows.length

    for (const channel of CHANNEL_NAMES) {
      for (const sender of strangers) {
        const result = await a.harness.core.dispatch(channel, valid[channel], sender)
        expect(result, `${channel} from ${String(sender)}`).toMatchObject({
          ok: false,
          error: { kind: 'internal', message: 'Refused: not the app window.' },
        })
      }
    }
    await a.idle()
    expect(api.requestLog.length).toBe(before)
    // Nothing changed: the token, the settings, the links opened, the windows shown.
    expect((await a.call('auth:status')).state).toBe('valid')
    expect(await a.call('settings:get')).toEqual(settingsBefore)
    expect(a.harness.platform.app.opened).toEqual([])
    expect(a.harness.platform.window.shows.length).toBe(shownBefore)
    expect(a.harness.platform.tray.menu).toContainEqual(expect.objectContaining({ id: 'pause' }))
  })

  it('unknown channel names, including Object.prototype names, are a typed error', async () => {
    const api = await emulator()
    const a = await app(api)
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'app:info ',
      '',
      'ct:app:info',
    ]) {
      const result = await a.harness.core.dispatch(name, undefined, a.harness.url)
      expect(result, name).toMatchObject({ ok: false, error: { kind: 'internal' } })
      if (!result.ok) expect(result.error.message).toMatch(/^Unknown channel/)
    }
  })
})
