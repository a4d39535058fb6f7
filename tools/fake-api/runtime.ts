/** The emulator's mutable runtime: state, clock, random streams, faults and the request log. */
import { replaceState } from './db'
import { type FaultConfig, FaultController } from './faults'
import { Rng, deriveSeed } from './prng'
import type { RouteContext } from './routes/context'
import { type SeedOptions, buildState } from './seeds'
import type { FakeApiState, SeedName } from './types'

export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  /** 0 when the connection was dropped without an answer. */
  status: number
  /** Server clock (epoch ms) when the request arrived. */
  time: number
  durationMs: number
  /** Whether an Authorization header was sent (the token itself is never logged). */
  authorization: boolean
  /** The User-Agent header sent, if any. */
  userAgent: string | null
  fault?: string
}

export interface RuntimeOptions extends SeedOptions {
  now: () => number
  faults?: FaultConfig | undefined
}

export class Runtime implements RouteContext {
  readonly state: FakeApiState
  readonly faults: FaultController
  readonly requestLog: RequestLogEntry[] = []
  gameRng: Rng
  tokenRng: Rng
  clockOffsetMs = 0

  constructor(private readonly opts: RuntimeOptions) {
    this.state = buildState(opts, this.now())
    this.gameRng = new Rng(deriveSeed(opts.seedNumber, 'games'))
    this.tokenRng = new Rng(deriveSeed(opts.seedNumber, 'tokens'))
    this.faults = new FaultController(new Rng(deriveSeed(opts.seedNumber, 'faults')))
    if (opts.faults) this.faults.set(opts.faults)
  }

  now(): number {
    return this.opts.now() + this.clockOffsetMs
  }

  /** Rebuilds the data (in place) for a seed, relative to the current server clock. */
  reset(seed: SeedName = this.state.seed, seedNumber: number = this.state.seedNumber): void {
    replaceState(this.state, buildState({ ...this.opts, seed, seedNumber }, this.now()))
    this.gameRng = new Rng(deriveSeed(seedNumber, 'games'))
    this.tokenRng = new Rng(deriveSeed(seedNumber, 'tokens'))
  }
}
