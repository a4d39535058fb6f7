/**
 * Fault injection for the API routes (never the control endpoints). Each fault applies to the next
 * `count` matching requests (all of them when no count is given), or to a `rate` share of them.
 */
import { validation } from './errors'
import type { Rng } from './prng'

export interface FaultSpec {
  /** Apply to the next N matching requests; absent: every matching request until cleared. */
  count?: number
  /** Apply to this share (0..1) of matching requests instead. */
  rate?: number
  /** Matches when the request path equals or ends with one of these ('sessions.php', '/api/v2/stats.php'). */
  paths?: string[]
  /** Upper-case methods; dropAfterWrite defaults to POST, PATCH and DELETE. */
  methods?: string[]
}

export interface FaultConfig {
  /** Added before every API answer. */
  latencyMs?: number
  status500?: FaultSpec
  status429?: FaultSpec & { retryAfterSeconds?: number }
  malformedJson?: FaultSpec
  /** An HTML error page (502 unless `status` says otherwise), as a proxy in front of PHP would send. */
  htmlError?: FaultSpec & { status?: number }
  /** Destroys the socket without answering. */
  dropConnection?: FaultSpec
  /** Answers (normally) only after `ms` (default 60 s), to exercise client timeouts. */
  stallMs?: FaultSpec & { ms?: number }
  /** Performs the request (the write happens), then destroys the socket instead of answering. */
  dropAfterWrite?: FaultSpec
}

export type FaultKind = Exclude<keyof FaultConfig, 'latencyMs'>

/** Checked in this order; the first that matches applies. */
export const FAULT_KINDS: readonly FaultKind[] = [
  'dropConnection',
  'stallMs',
  'status429',
  'status500',
  'htmlError',
  'malformedJson',
  'dropAfterWrite',
]

export interface ActiveFault {
  kind: FaultKind
  spec: FaultSpec & { retryAfterSeconds?: number; status?: number; ms?: number }
}

const WRITE_METHODS = ['POST', 'PATCH', 'DELETE']

function checkSpec(kind: string, value: unknown): ActiveFault['spec'] {
  if (value === true) return {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw validation(`Fault '${kind}' must be an object or true`)
  }
  const spec = value as Record<string, unknown>
  const nonNegative = (name: string) => {
    const v = spec[name]
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0)))
      throw validation(`${kind}.${name} must be a number >= 0`)
  }
  ;['count', 'rate', 'retryAfterSeconds', 'status', 'ms'].forEach(nonNegative)
  for (const name of ['paths', 'methods']) {
    const v = spec[name]
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      throw validation(`${kind}.${name} must be an array of strings`)
    }
  }
  return { ...(spec as ActiveFault['spec']) }
}

export class FaultController {
  latencyMs = 0
  private faults = new Map<FaultKind, ActiveFault['spec']>()

  constructor(private readonly rng: Rng) {}

  /** Sets the given faults (replacing those of the same kind); validates like an API body. */
  set(config: FaultConfig | Record<string, unknown>): void {
    for (const [key, value] of Object.entries(config)) {
      if (key === 'latencyMs') {
        if (typeof value !== 'number' || !(value >= 0)) throw validation('latencyMs must be a number >= 0')
        this.latencyMs = value
      } else if ((FAULT_KINDS as readonly string[]).includes(key)) {
        if (value === null || value === false) this.faults.delete(key as FaultKind)
        else this.faults.set(key as FaultKind, checkSpec(key, value))
      } else {
        throw validation(`Unknown fault '${key}'`)
      }
    }
  }

  clear(): void {
    this.latencyMs = 0
    this.faults.clear()
  }

  /** The current faults, with the counts that remain. */
  get config(): FaultConfig {
    const out: Record<string, unknown> = { latencyMs: this.latencyMs }
    for (const [kind, spec] of this.faults) out[kind] = { ...spec }
    return out
  }

  /** The fault for this request, if any; consumes one of its `count`. */
  take(method: string, path: string): ActiveFault | null {
    for (const kind of FAULT_KINDS) {
      const spec = this.faults.get(kind)
      if (!spec || !this.matches(kind, spec, method, path)) continue
      if (spec.rate !== undefined && !(this.rng.next() < spec.rate)) continue
      if (spec.count !== undefined) {
        spec.count -= 1
        if (spec.count <= 0) this.faults.delete(kind)
      }
      return { kind, spec }
    }
    return null
  }

  private matches(kind: FaultKind, spec: FaultSpec, method: string, path: string): boolean {
    if (spec.count !== undefined && spec.count <= 0) return false
    const methods = spec.methods ?? (kind === 'dropAfterWrite' ? WRITE_METHODS : undefined)
    if (methods && !methods.map((m) => m.toUpperCase()).includes(method)) return false
    if (spec.paths && !spec.paths.some((p) => path === p || path.endsWith(p.startsWith('/') ? p : `/${p}`))) {
      return false
    }
    return true
  }
}
