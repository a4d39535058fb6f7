/** The in-memory database and the queries every route shares. */
import { notFound } from './errors'
import type {
  FakeApiState,
  GamesChangeRow,
  HistoryRow,
  OrgasmRow,
  SeedName,
  SessionRow,
  TokenGrant,
  User,
} from './types'

export interface StateIdentity {
  seed: SeedName
  seedNumber: number
  users: User[]
  tokens: [string, TokenGrant][]
  mainUserId: number
  otherUserId: number
}

export function createState(identity: StateIdentity): FakeApiState {
  return {
    seed: identity.seed,
    seedNumber: identity.seedNumber,
    mainUserId: identity.mainUserId,
    otherUserId: identity.otherUserId,
    users: new Map(identity.users.map((u) => [u.id, u])),
    tokens: new Map(identity.tokens),
    sessions: new Map(),
    histories: new Map(),
    gamesChanges: new Map(),
    orgasms: new Map(),
    nextId: { session: 1000, history: 1, gamesChange: 1, orgasm: 5000 },
  }
}

/** Swaps a state's contents in place, so references held by tests stay valid across a reset. */
export function replaceState(target: FakeApiState, source: FakeApiState): void {
  Object.assign(target, source)
}

export function userOf(state: FakeApiState, userId: number): User {
  const user = state.users.get(userId)
  if (!user) throw new Error(`no user ${userId}`)
  return user
}

export function sessionsOf(state: FakeApiState, userId: number): SessionRow[] {
  return [...state.sessions.values()].filter((s) => s.userId === userId)
}

export function activeSessionOf(state: FakeApiState, userId: number): SessionRow | undefined {
  for (const s of state.sessions.values()) if (s.userId === userId && s.active) return s
  return undefined
}

/** The session if the user owns it; another user's session is as missing as an unknown id. */
export function ownedSession(state: FakeApiState, userId: number, id: number): SessionRow {
  const s = state.sessions.get(id)
  if (!s || s.userId !== userId) throw notFound('Session')
  return s
}

export function ownedOrgasm(state: FakeApiState, userId: number, id: number): OrgasmRow {
  const o = state.orgasms.get(id)
  if (!o || o.userId !== userId) throw notFound('Orgasm')
  return o
}

export function findByLinkToken(state: FakeApiState, token: string): SessionRow | undefined {
  for (const s of state.sessions.values()) if (s.active && s.linkToken === token) return s
  return undefined
}

/** A session of the user whose time span meets [start, end); an open end runs forever. */
export function overlapping(
  state: FakeApiState,
  userId: number,
  start: number,
  end: number | null,
): SessionRow | undefined {
  const endOr = (e: number | null) => e ?? Number.POSITIVE_INFINITY
  return sessionsOf(state, userId).find((s) => s.start < endOr(end) && start < endOr(s.end))
}

export function insertSession(state: FakeApiState, row: Omit<SessionRow, 'id'>): SessionRow {
  const session: SessionRow = { id: state.nextId.session++, ...row }
  state.sessions.set(session.id, session)
  return session
}

export function deleteSession(state: FakeApiState, id: number): void {
  state.sessions.delete(id)
  state.histories.delete(id)
  state.gamesChanges.delete(id)
}

export function historiesOf(state: FakeApiState, sessionId: number): HistoryRow[] {
  return state.histories.get(sessionId) ?? []
}

export function gamesChangesOf(state: FakeApiState, sessionId: number): GamesChangeRow[] {
  return state.gamesChanges.get(sessionId) ?? []
}

export function addHistory(state: FakeApiState, row: Omit<HistoryRow, 'id'>): HistoryRow {
  const history: HistoryRow = { id: state.nextId.history++, ...row }
  const list = state.histories.get(row.session)
  if (list) list.push(history)
  else state.histories.set(row.session, [history])
  return history
}

export function addGamesChange(state: FakeApiState, row: Omit<GamesChangeRow, 'id'>): GamesChangeRow {
  const change: GamesChangeRow = { id: state.nextId.gamesChange++, ...row }
  const list = state.gamesChanges.get(row.session)
  if (list) list.push(change)
  else state.gamesChanges.set(row.session, [change])
  return change
}

export function insertOrgasm(state: FakeApiState, row: Omit<OrgasmRow, 'id'>): OrgasmRow {
  const orgasm: OrgasmRow = { id: state.nextId.orgasm++, ...row }
  state.orgasms.set(orgasm.id, orgasm)
  return orgasm
}
