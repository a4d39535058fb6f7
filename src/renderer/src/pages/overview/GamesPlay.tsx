import type { GamePlayResult, Session } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { useState } from 'react'
import { call, useAction } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { ErrorNotice } from '../../components/Status'
import { useLocale } from '../../context'
import { useAnnounce } from '../../shell/announcer'
import { useWriteBlock } from '../../shell/connection'
import { describeChange, type Locale } from '../../format'
import { formatDateTime } from '../../../../shared/format'
import { canPlay, readinessText } from '../../../../shared/games/readiness-text'
import { useGameReadiness, VoteLink } from './GameReadiness'

type Game = 'dice' | 'luck'

/** Each game: its button, and the question asked before playing it (a result cannot be undone). */
const GAMES: Record<Game, { name: string; play: string; title: string; confirm: string }> = {
  dice: { name: 'Dice', play: 'Play Dice', title: 'Roll the dice?', confirm: 'Roll the dice' },
  luck: { name: 'Luck', play: 'Play Luck', title: 'Try your luck?', confirm: 'Play Luck' },
}
const PLAY_MESSAGE = 'The result changes your scheduled end and cannot be undone.'

function resultText(game: Game, value: GamePlayResult, loc: Locale): string {
  const change = describeChange({
    type: value.operation,
    seconds: value.seconds,
    source: null,
    dom: value.dom,
  })
  const multiplier = value.multiplier != null ? ` (×${value.multiplier})` : ''
  const newEnd = parseUtc(value.scheduledend_utc)
  const ends = newEnd === null ? '' : `. New end: ${formatDateTime(newEnd, loc)}`
  return `${GAMES[game].name}: ${change}${multiplier}${ends}`
}

/**
 * Play buttons for the session's Dice / Luck games, each blocked until its wait is over with the
 * time left beside it; the last result; and LINK's vote link.
 */
export function GamesPlay({ session }: { session: Session }) {
  const loc = useLocale()
  const announce = useAnnounce()
  const blocked = useWriteBlock()
  const [result, setResult] = useState<string | null>(null)
  /** The game asked about while `confirming`; kept while the dialog closes. */
  const [asked, setAsked] = useState<Game>('dice')
  const [confirming, setConfirming] = useState(false)
  const play = useAction((game: Game) => call('games:play', { game, session: session.id }))
  const readiness = useGameReadiness()
  const games: Game[] = []
  if (session.games?.dice) games.push('dice')
  if (session.games?.luck) games.push('luck')
  const link = readiness.query.data?.sessionId === session.id ? readiness.query.data.link : null
  if (games.length === 0 && link === null) return null

  /** Why `game` cannot be played now: writes blocked, or its wait not over yet. */
  const reasonFor = (game: Game): string | null => {
    if (blocked) return blocked
    const r = readiness.query.data?.games.find((g) => g.game === game)?.readiness
    return r && !canPlay(r, readiness.now) ? readinessText(game, r, readiness.now, loc) : null
  }

  const onConfirm = async () => {
    const r = await play.run(asked)
    setConfirming(false)
    if (!r.ok) return
    const text = resultText(asked, r.value, loc)
    setResult(text)
    announce(text)
  }

  return (
    <div className="games" aria-label="Games" role="group">
      {games.length > 0 && <WriteBlockNotice />}
      <div className="row">
        {games.map((game) => (
          <BusyButton
            key={game}
            type="button"
            busy={play.pending && asked === game}
            busyLabel="Playing…"
            blockedReason={reasonFor(game)}
            onClick={() => {
              setAsked(game)
              setConfirming(true)
            }}
          >
            {GAMES[game].play}
          </BusyButton>
        ))}
      </div>
      {play.error && <ErrorNotice error={play.error} />}
      {result && <p className="notice game-result">{result}</p>}
      {link && <VoteLink link={link} />}
      <ConfirmDialog
        open={confirming}
        title={GAMES[asked].title}
        message={PLAY_MESSAGE}
        confirmLabel={GAMES[asked].confirm}
        pending={play.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void onConfirm()}
      />
    </div>
  )
}
