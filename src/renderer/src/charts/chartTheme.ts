/** Chart colours come from the CSS variables, so both themes apply. */
import type { OrgasmMode } from '../../../shared/api/schemas'

const SOURCE_COLORS: Record<string, string> = {
  DICE: 'var(--c-dice)',
  LINK: 'var(--c-link)',
  LUCK: 'var(--c-luck)',
  MANUAL: 'var(--c-manual)',
  PENALTY: 'var(--c-penalty)',
  DOM: 'var(--c-dom)',
}

/** A history source's colour; one the app does not know is muted. */
export const sourceColor = (source: string): string => SOURCE_COLORS[source] ?? 'var(--c-muted)'

export const MODE_COLORS: Record<OrgasmMode, string> = {
  full: 'var(--c-full)',
  ruined: 'var(--c-ruined)',
  milking: 'var(--c-milking)',
  dom: 'var(--c-dom)',
  ted: 'var(--c-ted)',
}

export const AXIS = { stroke: 'var(--fg-muted)', fontSize: 12 }
export const GRID = 'var(--border)'
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--bg-raised)', border: '1px solid var(--border)', color: 'var(--fg)' },
  labelStyle: { color: 'var(--fg)' },
}
