/**
 * The server's clock as seen through HTTP `Date` headers, so a countdown stays right on a machine
 * whose clock is minutes off.
 *
 * A `Date` header names the whole second in which the server wrote it, somewhere between sending
 * the request and receiving the response. One sample therefore reads the offset as
 *   (header + 500 ms) - (request start + response) / 2
 * with an uncertainty of half the round trip plus half a second. The estimate is the median of the
 * largest group of recent samples that agree within their uncertainties; the rest are outliers (a
 * cached response, a stalled request). When the latest few samples agree with each other and not
 * with the estimate, the local clock has jumped: the older samples are dropped.
 */

export interface ServerClockOptions {
  /** How many recent samples the estimate is taken from. */
  maxSamples?: number
  /** Samples with a longer round trip say too little to be used. */
  maxRoundTripMs?: number
  /** How many agreeing fresh samples outvote the older ones after a jump of the local clock. */
  jumpConfirmations?: number
}

interface Sample {
  offset: number
  /** Half the round trip plus half the header's one-second resolution. */
  uncertainty: number
}

const HEADER_RESOLUTION_MS = 1000
/** Room for timer granularity when comparing two samples' ranges. */
const AGREEMENT_SLACK_MS = 250
/** How far beyond its own uncertainty a fresh sample must be from the estimate to suggest a jump. */
const JUMP_THRESHOLD_MS = 1000

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// IMF-fixdate, the one form RFC 9110 lets a server send: "Sun, 06 Nov 1994 08:49:37 GMT".
const IMF_FIXDATE_RE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/

/** An HTTP `Date` header to an instant; null when it is not an IMF-fixdate. */
export function parseHttpDate(header: string): number | null {
  const m = IMF_FIXDATE_RE.exec(header.trim())
  if (!m) return null
  const [, dd, mon, yyyy, hh, mi, ss] = m
  const day = Number(dd)
  const month = MONTHS.indexOf(mon ?? '')
  const [hour, minute, second] = [Number(hh), Number(mi), Number(ss)]
  if (hour > 23 || minute > 59 || second > 60) return null
  const instant = Date.UTC(Number(yyyy), month, day, hour, minute, Math.min(second, 59))
  // Reject a day that Date.UTC would roll into the next month.
  if (new Date(instant).getUTCDate() !== day) return null
  return instant
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[mid] ?? 0
  return ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

export class ServerClock {
  private readonly localNow: () => number
  private readonly maxSamples: number
  private readonly maxRoundTripMs: number
  private readonly jumpConfirmations: number
  private samples: Sample[] = []
  private offset = 0

  constructor(localNow: () => number, options: ServerClockOptions = {}) {
    this.localNow = localNow
    this.maxSamples = Math.max(1, options.maxSamples ?? 9)
    this.maxRoundTripMs = options.maxRoundTripMs ?? 10_000
    this.jumpConfirmations = Math.max(2, options.jumpConfirmations ?? 3)
  }

  /**
   * Adds one observation; `requestStartedAt` and `responseAt` are local clock readings. Returns
   * whether the sample was usable (a malformed header or an implausible round trip is ignored).
   */
  addSample(serverDateHeader: string, requestStartedAt: number, responseAt: number): boolean {
    const serverSecond = parseHttpDate(serverDateHeader)
    if (serverSecond === null) return false
    const roundTrip = responseAt - requestStartedAt
    if (!Number.isFinite(roundTrip) || roundTrip < 0 || roundTrip > this.maxRoundTripMs) return false
    const offset = serverSecond + HEADER_RESOLUTION_MS / 2 - (requestStartedAt + responseAt) / 2
    this.samples.push({ offset, uncertainty: roundTrip / 2 + HEADER_RESOLUTION_MS / 2 })
    if (this.samples.length > this.maxSamples) this.samples.splice(0, this.samples.length - this.maxSamples)
    this.dropSamplesBeforeJump()
    this.offset = this.estimate()
    return true
  }

  /** The server's current time, by the local clock and the estimated offset. */
  now(): number {
    return this.localNow() + this.offset
  }

  /** Server time minus local time, in ms (0 before any sample). */
  offsetMs(): number {
    return this.offset
  }

  sampleCount(): number {
    return this.samples.length
  }

  /** Forgets every sample, e.g. after the user switched to another server. */
  reset(): void {
    this.samples = []
    this.offset = 0
  }

  /** Two samples agree when their ranges of possible offsets overlap. */
  private agree(a: Sample, b: Sample): boolean {
    return Math.abs(a.offset - b.offset) <= a.uncertainty + b.uncertainty + AGREEMENT_SLACK_MS
  }

  /**
   * The median of the largest group of samples that agree with one sample; a tie keeps the group
   * that agrees with the current estimate, so an even split does not flip it.
   */
  private estimate(): number {
    if (this.samples.length === 0) return 0
    const groups = this.samples.map((s) => this.samples.filter((t) => this.agree(s, t)))
    const largest = Math.max(...groups.map((g) => g.length))
    const candidates = groups.filter((g) => g.length === largest)
    const current: Sample = { offset: this.offset, uncertainty: 0 }
    const chosen =
      candidates.find((g) => g.some((s) => this.agree(s, current))) ?? candidates[candidates.length - 1] ?? []
    return median(chosen.map((s) => s.offset))
  }

  private dropSamplesBeforeJump(): void {
    const n = this.jumpConfirmations
    if (this.samples.length <= n) return
    const recent = this.samples.slice(-n)
    const recentAgree = recent.every((a) => recent.every((b) => this.agree(a, b)))
    const farFromEstimate = recent.every(
      (s) => Math.abs(s.offset - this.offset) > s.uncertainty + JUMP_THRESHOLD_MS,
    )
    if (recentAgree && farFromEstimate) this.samples = recent
  }
}
