import { Symbols } from 'recharts'
import type { SeriesStyle } from './chartTheme'

interface Props {
  cx: number
  cy: number
  style: SeriesStyle
  /** A dom action: a star around the source's shape. */
  dom?: boolean
}

const SIZE = 64

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = (Math.PI / 5) * i - Math.PI / 2
    points.push(`${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`)
  }
  return points.join(' ')
}

/**
 * A change's marker: its source's shape in its source's colour, so shape alone tells the source.
 * Dom actions are stars that hold the source's shape in the card colour.
 */
export function MarkerGlyph({ cx, cy, style, dom = false }: Props) {
  if (!dom)
    return (
      <Symbols cx={cx} cy={cy} type={style.shape} size={SIZE} fill={style.color} stroke="var(--bg-raised)" />
    )
  return (
    <g>
      <polygon points={starPoints(cx, cy, 11, 5.5)} fill={style.color} stroke="var(--fg)" strokeWidth={1} />
      <Symbols cx={cx} cy={cy} type={style.shape} size={18} fill="var(--bg-raised)" />
    </g>
  )
}

/** The marker as a legend icon, beside its name. */
export function LegendGlyph({ style, dom = false }: { style: SeriesStyle; dom?: boolean }) {
  return (
    <svg width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <MarkerGlyph cx={12} cy={12} style={style} dom={dom} />
    </svg>
  )
}
