/** The emulator's in-memory data model. Instants are epoch milliseconds; offsets are minutes east of UTC. */

export type TimeUnit = 'MINUTE' | 'HOUR' | 'DAY' | 'MONTH'
export type WaitUnit = 'MINUTE' | 'HOUR' | 'DAY'
export type Flag = 0 | 1
export type GameName = 'DICE' | 'LINK' | 'LUCK'
export type GameKey = 'dice' | 'link' | 'luck'
export type HistoryType = 'START' | 'ADD' | 'SUB'
export type HistorySource = 'DICE' | 'LINK' | 'LUCK' | 'MANUAL' | 'PENALTY' | 'DOM'
export type GameAction = 'INSERT' | 'UPDATE' | 'DELETE'
export type OrgasmMode = 'full' | 'ruined' | 'milking' | 'dom' | 'ted'
export type SeedName = 'empty' | 'demo' | 'large'

export interface PenaltyConfig {
  min: number
  addint: number
  addunit: TimeUnit
  always: Flag
}

export interface DiceConfig {
  dices: number
  addunit: TimeUnit
  waitint: number
  waitunit: WaitUnit
  minmultiplier: number
  maxmultiplier: number
  penalties: PenaltyConfig | null
}

export interface LinkConfig {
  addint: number
  addunit: TimeUnit
  subint: number
  subunit: TimeUnit
  /** Votes required. */
  waitint: number
  minmultiplier: number
  maxmultiplier: number
}

export interface LuckConfig {
  addint: number
  addunit: TimeUnit
  subint: number
  subunit: TimeUnit
  waitint: number
  waitunit: WaitUnit
  minmultiplier: number
  maxmultiplier: number
  penalties: PenaltyConfig | null
}

export interface GameConfigs {
  dice: DiceConfig | null
  link: LinkConfig | null
  luck: LuckConfig | null
}

export type AnyGameConfig = DiceConfig | LinkConfig | LuckConfig

export interface SessionRow {
  id: number
  userId: number
  start: number
  end: number | null
  tzStart: number
  tzEnd: number | null
  scheduledEnd: number | null
  active: boolean
  lockedby: string | null
  notes: string | null
  public: Flag
  inserted: number
  games: GameConfigs
  /** The public LINK token, set while the session is active with a link game. */
  linkToken: string | null
  /** Fields laid over this row's JSON as sent (POST /__control/raw-row): an odd row, for tests. */
  raw?: Record<string, unknown>
}

export interface HistoryRow {
  /** Internal, never sent: the last tie-break of the cursor order. */
  id: number
  session: number
  type: HistoryType
  unit: number | null
  source: HistorySource | null
  dom: Flag
  schedule: number
  happened: number
  /** Fields laid over this row's JSON as sent (POST /__control/raw-row): an odd row, for tests. */
  raw?: Record<string, unknown>
}

export type ChangeValue = string | number | null

export interface ChangeDiff {
  label: string
  from: ChangeValue
  to: ChangeValue
}

export interface GamesChangeRow {
  id: number
  session: number
  game: GameName
  action: GameAction
  domNick: string | null
  happened: number
  before: AnyGameConfig | null
  after: AnyGameConfig | null
  changes: ChangeDiff[]
  /** Fields laid over this row's JSON as sent (POST /__control/raw-row): an odd row, for tests. */
  raw?: Record<string, unknown>
}

export interface OrgasmRow {
  id: number
  userId: number
  /** YYYY-MM-DD, a calendar date as the user entered it. */
  date: string
  mode: OrgasmMode
  public: Flag
  type: string | null
  grantedby: string | null
  inserted: number
  /** Fields laid over this row's JSON as sent (POST /__control/raw-row): an odd row, for tests. */
  raw?: Record<string, unknown>
}

export interface User {
  id: number
  nick: string
  offsetMinutes: number
  profileUrl: string | null
}

export interface TokenGrant {
  userId: number
  write: boolean
}

export interface FakeApiState {
  seed: SeedName
  seedNumber: number
  mainUserId: number
  otherUserId: number
  users: Map<number, User>
  tokens: Map<string, TokenGrant>
  sessions: Map<number, SessionRow>
  /** Per session id. */
  histories: Map<number, HistoryRow[]>
  /** Per session id. */
  gamesChanges: Map<number, GamesChangeRow[]>
  orgasms: Map<number, OrgasmRow>
  nextId: { session: number; history: number; gamesChange: number; orgasm: number }
}
