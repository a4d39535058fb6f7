/** /api/v2/games.php: play dice, luck or a link vote. */
import { findByLinkToken, ownedSession } from '../db'
import { notFound, validation } from '../errors'
import { type LinkVote, playGame } from '../play'
import type { GameKey } from '../types'
import { asBody, enumField, flagField, intField, rejectUnknownFields } from '../validation'
import { type Endpoint, ok, requireWrite } from './context'

export const gamesEndpoint: Endpoint = {
  POST(ctx, req) {
    const body = asBody(req.body)
    rejectUnknownFields(body, ['game', 'dom', 'session', 'token', 'type'])
    const game = enumField(body, 'game', ['dice', 'luck', 'link'] as const satisfies readonly GameKey[])
    if (game === undefined) throw validation("Field 'game' is required")
    const dom = flagField(body, 'dom')
    if (dom === undefined) throw validation("Field 'dom' is required")
    const type = enumField(body, 'type', ['add', 'sub', 'rand'] as const satisfies readonly LinkVote[])
    if (game === 'link' && type === undefined) throw validation("Field 'type' is required for the link game")

    if (game === 'link' && dom === 0) {
      // A public vote: identified by the link token, no bearer token needed.
      const token = body.token
      if (typeof token !== 'string' || token === '')
        throw validation("Field 'token' is required for a public link vote")
      const session = findByLinkToken(ctx.state, token)
      if (!session) throw notFound('Link')
      // The owner voting on his own link with his own token is punished at once.
      const penalty = req.grant !== null && req.grant.userId === session.userId
      return ok(playGame(ctx.state, ctx.now(), ctx.gameRng, { session, game, dom, type, penalty }))
    }

    const grant = requireWrite(req)
    const sessionId = intField(body, 'session', 1)
    if (sessionId === undefined) throw validation("Field 'session' is required")
    // The same token acts as the owner's dom when dom=1: the emulator has no separate dom accounts.
    const session = ownedSession(ctx.state, grant.userId, sessionId)
    return ok(playGame(ctx.state, ctx.now(), ctx.gameRng, { session, game, dom, type }))
  },
}
