/**
 * When the active session's games can next be played (on the service's clock), and for LINK the
 * public vote link to share, with the votes so far. The app never votes itself: a vote carrying
 * the owner's token is punished by the service.
 */
import type { GamesReadiness } from '../../../../shared/ipc/contract'
import { linkVotesText } from '../../../../shared/games/votes'
import { call, useAction, useQuery, type QueryState } from '../../api'
import { BusyButton } from '../../components/BusyButton'
import { useNow } from '../../hooks/useNow'
import { useAnnounce } from '../../shell/announcer'
import './game-readiness.css'

/** The games' readiness and the service's time now, kept current (the countdown ticks each second). */
export function useGameReadiness(): { query: QueryState<GamesReadiness>; now: number } {
  const query = useQuery('games:readiness', () => call('games:readiness'), {
    scopes: ['active', 'histories', 'stats'],
  })
  const now = useNow(1000) + (query.data?.clockOffsetMs ?? 0)
  return { query, now }
}

/** LINK's public vote link to share, with a copy button, and the votes so far. */
export function VoteLink({ link }: { link: NonNullable<GamesReadiness['link']> }) {
  const announce = useAnnounce()
  const copy = useAction(() => call('games:copyVoteLink'))

  const onCopy = async () => {
    const result = await copy.run()
    if (result.ok && result.value) announce('Vote link copied', 'success')
    else if (result.ok || result.error) announce('The vote link could not be copied', 'error')
  }

  return (
    <div className="game-readiness-link" role="group" aria-label="Public link game">
      <p>
        Public vote link:{' '}
        {link.url === null ? 'not known yet' : <span className="vote-link">{link.url}</span>}
      </p>
      <BusyButton
        type="button"
        busy={copy.pending}
        busyLabel="Copying…"
        blockedReason={link.url === null ? 'The vote link is not known yet.' : null}
        onClick={() => void onCopy()}
      >
        Copy vote link
      </BusyButton>
      <p className="muted">{linkVotesText(link.votes)}</p>
    </div>
  )
}
