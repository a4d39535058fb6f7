import type { Route } from '../nav'

const ITEMS: [Exclude<Route['page'], 'session' | 'start'>, string][] = [
  ['overview', 'Overview'],
  ['sessions', 'Sessions'],
  ['orgasms', 'Orgasms'],
  ['insight', 'Insight'],
  ['settings', 'Settings'],
]

export function Sidebar({ current, onNavigate }: { current: Route; onNavigate: (route: Route) => void }) {
  const active = current.page === 'session' || current.page === 'start' ? 'sessions' : current.page
  return (
    <nav aria-label="Main" className="sidebar">
      {/* The column runs the page's full length; its content stays on screen as the page scrolls. */}
      <div className="sidebar-content">
        <p className="brand">Chastity Tracker</p>
        <ul>
          {ITEMS.map(([page, label]) => (
            <li key={page}>
              <button
                type="button"
                aria-current={active === page ? 'page' : undefined}
                onClick={() => onNavigate({ page })}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}
