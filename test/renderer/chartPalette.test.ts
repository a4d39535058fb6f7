import { describe, expect, it } from 'vitest'

/** This file's project compiles for the browser, without Node's types: the one call it makes. */
declare const process: {
  getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, encoding: 'utf8'): string }
}

/** The chart palette is CSS: the variables each theme sets are read from the app's stylesheets. */
const css = (path: string) =>
  process
    .getBuiltinModule('node:fs')
    .readFileSync(new URL(`../../src/renderer/src/${path}`, import.meta.url), 'utf8')
const appCss = css('styles.css')
const chartsCss = css('charts/charts.css')

function themeVariables(source: string, theme: 'light' | 'dark'): Record<string, string> {
  const out: Record<string, string> = {}
  const blocks = source.matchAll(/([^{}]*)\{([^}]*)\}/g)
  for (const [, selector = '', body = ''] of blocks) {
    if (!selector.includes(`[data-theme='${theme}']`)) continue
    for (const [, name = '', value = ''] of body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g))
      out[name] = value
  }
  return out
}

type Rgb = [number, number, number]
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Viénot, Brettel & Mollon (1999): how a colour looks with protanopia or deuteranopia (linear RGB). */
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.1124, 0.8876, 0],
    [0.1124, 0.8876, 0],
    [0.004, -0.004, 1],
  ],
  deuteranopia: [
    [0.2927, 0.7073, 0],
    [0.2927, 0.7073, 0],
    [-0.0223, 0.0223, 1],
  ],
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
}

/** CIE L*a*b* of a linear RGB colour (sRGB primaries, D65). */
function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

function seenAs(hex: string, vision: string): Rgb {
  const c = rgb(hex).map(linear)
  const m = SIMULATIONS[vision] as number[][]
  return lab(
    m.map((row) =>
      Math.max(
        0,
        row.reduce((a, k, i) => a + k * (c[i] as number), 0),
      ),
    ) as Rgb,
  )
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])

const SERIES = ['orange', 'blue', 'green', 'vermillion', 'purple', 'neutral']

describe.each(['light', 'dark'] as const)('the %s chart palette', (theme) => {
  const page = themeVariables(appCss, theme)
  const chart = themeVariables(chartsCss, theme)

  it('sets every series colour', () => {
    for (const name of [...SERIES, 'muted']) expect(chart[`--chart-${name}`]).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('keeps every colour at 3:1 or more against the card and the page', () => {
    for (const background of [page['--bg-raised'], page['--bg']]) {
      expect(background).toBeDefined()
      for (const name of [...SERIES, 'muted'])
        expect(contrast(chart[`--chart-${name}`] ?? '#000000', background ?? '')).toBeGreaterThanOrEqual(3)
    }
  })

  it.each(['normal', 'protanopia', 'deuteranopia'])('keeps the series apart with %s vision', (vision) => {
    for (let i = 0; i < SERIES.length; i++)
      for (let j = i + 1; j < SERIES.length; j++) {
        const a = chart[`--chart-${SERIES[i]}`] ?? ''
        const b = chart[`--chart-${SERIES[j]}`] ?? ''
        expect(distance(seenAs(a, vision), seenAs(b, vision)), `${SERIES[i]} / ${SERIES[j]}`).toBeGreaterThan(
          10,
        )
      }
  })
})
