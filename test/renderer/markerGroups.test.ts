import { describe, expect, it } from 'vitest'
import type { Marker } from '../../src/renderer/src/charts/downsample'
import { groupMarkers, legendSources } from '../../src/renderer/src/charts/markerGroups'

const m = (x: number, source: string | null, dom = false): Marker => ({
  x,
  y: x,
  type: 'ADD',
  seconds: 60,
  source,
  dom,
})

describe('groupMarkers', () => {
  const markers = [
    m(1, 'MANUAL'),
    m(2, 'DOM', true),
    m(3, 'DICE', true),
    m(4, 'LUCK'),
    m(5, null),
    m(6, 'DICE'),
    m(7, 'ZEBRA'),
    m(8, 'LUCK'),
  ]

  it('draws one series per source and dom flag, in the fixed source order, dom after the rest', () => {
    expect(
      groupMarkers(markers).map((g) => `${g.source}${g.dom ? '*' : ''}:${g.data.map((d) => d.x).join(',')}`),
    ).toEqual(['DICE:6', 'DICE*:3', 'LUCK:4,8', 'DOM*:2', 'MANUAL:1', 'UNKNOWN:5', 'ZEBRA:7'])
  })

  it('gives the legend each source once, in the order the series are drawn', () => {
    expect(legendSources(groupMarkers(markers))).toEqual([
      'DICE',
      'LUCK',
      'DOM',
      'MANUAL',
      'UNKNOWN',
      'ZEBRA',
    ])
    // The order does not depend on the order of the rows.
    expect(legendSources(groupMarkers([...markers].reverse()))).toEqual(legendSources(groupMarkers(markers)))
  })
})
