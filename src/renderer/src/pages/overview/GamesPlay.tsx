import type { GamePlayResult, Session } from '../../../../shared/api/schemas'
import { parseUtc } from '../../../../shared/api/time'
import { useState } from 'react'
import { call, useAction } from '../../api'
import { WriteBlockNotice } from '../../components/WriteBlockNotice'
import { ErrorNotice } from '../../components/Status'
import { useLocale } from '../../context'
import { useWriteBlock } from '../../shell/connection'
import { describeChange } from '../../format'
import { formatDateTime } from '../../../../shared/format'

type Game = 'dice' | 'luck'

/** Play buttons for the session's Dice / Luck games, and the last result. */
export function GamesPlay({ session }: { session: Session }) {
  const loc = useLocale()
  const canWrite = useWriteBlock() === null
  const [result, setResult] = useState<{ game: Game; value: GamePlayResult } | null>(null)
  const play = useAction((game: Game) => call('games:play', { game, session: session.id }))
  const games: [Game, string][] = []
  if (session.games?.dice) games.push(['dice', 'Play Dice'])
  if (session.games?.luck) games.push(['luck', 'Play Luck'])
  if (games.length === 0) return null

  const onPlay = async (game: Game) => {
    const r = await play.run(game)
    if (r.ok) setResult({ game, value: r.value })
  }
  const newEnd = result ? parseUtc(result.value.scheduledend_utc) : null

  return (
    <div className="games" aria-label="Games" role="group">
      <WriteBlockNotice />
      <div className="row">
        {games.map(([game, label]) => (
          <button key={game} type="button" disabled={play.pending || !canWrite} onClick={() => onPlay(game)}>
            {label}
          </button>
        ))}
      </div>
      {play.error && <ErrorNotice error={play.error} />}
      {result && (
        <p role="status" className="notice">
          {result.game === 'dice' ? 'Dice' : 'Luck'}:{' '}
          {describeChange({
            type: result.value.operation,
            seconds: result.value.seconds,
            source: null,
            dom: result.value.dom,
          })}
          {result.value.multiplier != null && ` (×${result.value.multiplier})`}
          {newEnd !== null && `. New end: ${formatDateTime(newEnd, loc)}`}
        </p>
      )}
    </div>
  )
}
