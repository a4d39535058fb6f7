/** The timeline's markers as one series per source and dom flag, in one order for drawing and legend. */
import type { Marker } from './downsample'

/** The history sources in the order they are drawn and listed; others follow by name. */
export const SOURCE_ORDER = ['DICE', 'LINK', 'LUCK', 'PENALTY', 'DOM', 'MANUAL'] as const

/** The series name of rows without a source. */
export const UNKNOWN_SOURCE = 'UNKNOWN'

const rank = (source: string) => {
  const i = (SOURCE_ORDER as readonly string[]).indexOf(source)
  return i < 0 ? SOURCE_ORDER.length : i
}

export interface MarkerGroup {
  source: string
  dom: boolean
  data: Marker[]
}

/** One group per source and dom flag: known sources in SOURCE_ORDER, then others; dom after the rest. */
export function groupMarkers(markers: readonly Marker[]): MarkerGroup[] {
  const groups = new Map<string, MarkerGroup>()
  for (const m of markers) {
    const source = m.source ?? UNKNOWN_SOURCE
    const key = `${source}:${m.dom}`
    const g = groups.get(key) ?? { source, dom: m.dom, data: [] }
    g.data.push(m)
    groups.set(key, g)
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source) || +a.dom - +b.dom,
  )
}

/** The sources of the groups, once each, in drawing order: the legend's entries. */
export const legendSources = (groups: readonly MarkerGroup[]): string[] => [
  ...new Set(groups.map((g) => g.source)),
]
