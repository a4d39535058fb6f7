/**
 * What the charts draw with. Colours are CSS variables from charts.css (an Okabe–Ito palette per
 * theme, at least 3:1 against the card), so both themes apply; every series also has a shape, so
 * nothing is told by colour alone.
 */
import { pattern, patterns, type RechartsFill, type SymbolType } from 'recharts'
import type { OrgasmMode } from '../../../shared/api/schemas'
import './charts.css'

export interface SeriesStyle {
  color: string
  shape: SymbolType
}

const SOURCE_STYLES: Record<string, SeriesStyle> = {
  DICE: { color: 'var(--chart-orange)', shape: 'square' },
  LINK: { color: 'var(--chart-blue)', shape: 'diamond' },
  LUCK: { color: 'var(--chart-green)', shape: 'circle' },
  PENALTY: { color: 'var(--chart-vermillion)', shape: 'triangle' },
  DOM: { color: 'var(--chart-purple)', shape: 'wye' },
  MANUAL: { color: 'var(--chart-neutral)', shape: 'cross' },
}

const UNKNOWN_STYLE: SeriesStyle = { color: 'var(--chart-muted)', shape: 'circle' }

/** A history source's colour and marker; a source the app does not know is a muted circle. */
export const sourceStyle = (source: string): SeriesStyle => SOURCE_STYLES[source] ?? UNKNOWN_STYLE

export const MODE_COLORS: Record<OrgasmMode, string> = {
  full: 'var(--chart-blue)',
  ruined: 'var(--chart-vermillion)',
  milking: 'var(--chart-green)',
  dom: 'var(--chart-purple)',
  ted: 'var(--chart-orange)',
}

/** A texture in the card colour over a mode's colour, so stacked modes differ without colour too. */
const texture = (value: (typeof patterns)[keyof typeof patterns]) =>
  pattern({ ...value, color: 'var(--bg-raised)', opacity: 0.7 })

const MODE_TEXTURES: Record<OrgasmMode, RechartsFill['definition'] | null> = {
  full: null,
  ruined: texture(patterns.diagonal),
  milking: texture(patterns.horizontal),
  dom: texture(patterns.crosshatch),
  ted: texture(patterns.vertical),
}

/** A mode's bar fill: its colour, and its texture (Full is plain). */
export function modeFill(mode: OrgasmMode): string | RechartsFill {
  const definition = MODE_TEXTURES[mode]
  return definition === null ? MODE_COLORS[mode] : { color: MODE_COLORS[mode], definition }
}

/** Bars and the session still running. */
export const BAR_COLOR = 'var(--chart-blue)'
export const ACTIVE_COLOR = 'var(--chart-orange)'
export const LINE_COLOR = 'var(--fg)'
export const MUTED_COLOR = 'var(--chart-muted)'

/** Tick text is filled only, at normal weight: a stroke on text draws it smudged and faux-bold. */
export const TICK = { fill: 'var(--fg-muted)', fontSize: 12, fontWeight: 400 }
export const AXIS_LINE = 'var(--fg-muted)'
export const AXIS_TITLE = { fill: 'var(--fg)', fontSize: 12, fontWeight: 400 }
export const GRID = 'var(--border)'
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--bg-raised)', border: '1px solid var(--border)', color: 'var(--fg)' },
  labelStyle: { color: 'var(--fg)' },
  // Series colours are for shapes; text is in the text colour, for contrast.
  itemStyle: { color: 'var(--fg)' },
}
