import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ORGASM_MODES, type Orgasm } from '../../../shared/api/schemas'
import { Empty } from '../components/Status'
import { useLocale } from '../context'
import { formatMonth } from '../../../shared/format'
import { MODE_TEXT } from '../orgasmModes'
import { AXIS, GRID, MODE_COLORS, TOOLTIP_STYLE } from './chartTheme'
import { frequencyByMonth } from './orgasmFrequency'

interface Props {
  orgasms: readonly Orgasm[]
  complete: boolean
  total: number
}

export default function OrgasmFrequencyChart({ orgasms, complete, total }: Props) {
  const { locale } = useLocale()
  const rows = useMemo(
    () => frequencyByMonth(orgasms).map((r) => ({ ...r, label: formatMonth(r.month, locale) })),
    [orgasms, locale],
  )
  if (rows.length === 0) return <Empty>Nothing to chart yet.</Empty>
  return (
    <figure className="chart">
      <figcaption>
        Orgasms per month by mode
        {!complete && ` (the first ${orgasms.length} of ${total})`}
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} stroke={AXIS.stroke} minTickGap={12} />
            <YAxis allowDecimals={false} tick={AXIS} stroke={AXIS.stroke} width={36} />
            <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: 'var(--hover)' }} />
            <Legend />
            {ORGASM_MODES.map((m) => (
              <Bar
                key={m}
                dataKey={m}
                name={MODE_TEXT[m]}
                stackId="modes"
                fill={MODE_COLORS[m]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
