/**
 * The tray icon: a progress ring drawn into an RGBA bitmap, one look per countdown state.
 *
 * - counting: a faint full track with the elapsed part drawn solid, clockwise from 12 o'clock
 * - overdue:  the full ring in a warning red
 * - open (locked, no scheduled end): the full ring solid with a dot in the middle
 * - none (not locked): a thin hollow circle
 *
 * Progress is quantised to 1/PROGRESS_STEPS so that `iconKey` changes only when the pixels can,
 * and a controller redraws only then. Edges are anti-aliased by 4x4 supersampling.
 */
import type { CountdownState } from './countdown'
import type { RgbaBitmap } from './png'

export interface TrayIconInput {
  progress: number | null
  state: CountdownState
  /** Width and height in pixels (16 and 32 for the menu bar at 1x and 2x). */
  size: number
  /** Drawn for a dark menu bar (light strokes) instead of a light one. */
  dark: boolean
}

export const PROGRESS_STEPS = 48
export const MIN_ICON_SIZE = 8
export const MAX_ICON_SIZE = 512

type Rgb = readonly [number, number, number]

const OVERDUE_RGB: Rgb = [229, 72, 77]
const TRACK_ALPHA = 0.35
const SUPERSAMPLE = 4

/** Elapsed fraction rounded down to a whole step, so the ring never shows more than has passed. */
export function quantizeProgress(progress: number | null): number {
  if (progress === null || !Number.isFinite(progress)) return 0
  const clamped = Math.min(1, Math.max(0, progress))
  return Math.floor(clamped * PROGRESS_STEPS) / PROGRESS_STEPS
}

/** Equal keys mean identical bitmaps. */
export function iconKey(input: TrayIconInput): string {
  const step = input.state === 'counting' ? Math.round(quantizeProgress(input.progress) * PROGRESS_STEPS) : 0
  return `${input.state}:${input.size}:${input.dark ? 'dark' : 'light'}:${step}`
}

interface Layer {
  rgb: Rgb
  alpha: number
}

interface Geometry {
  outer: number
  inner: number
  dot: number
}

function geometry(state: CountdownState, size: number): Geometry {
  const outer = size / 2 - size / 32
  const thickness = state === 'none' ? size / 16 : (size * 3) / 16
  return { outer, inner: outer - thickness, dot: state === 'open' ? (size * 3) / 32 : 0 }
}

/** The colour at one point (relative to the centre, y down), or null where nothing is drawn. */
function layerAt(
  dx: number,
  dy: number,
  state: CountdownState,
  fg: Rgb,
  g: Geometry,
  sweep: number,
): Layer | null {
  const r = Math.hypot(dx, dy)
  if (r <= g.dot) return { rgb: fg, alpha: 1 }
  if (r > g.outer || r < g.inner) return null
  switch (state) {
    case 'none':
      return { rgb: fg, alpha: 1 }
    case 'overdue':
      return { rgb: OVERDUE_RGB, alpha: 1 }
    case 'open':
      return { rgb: fg, alpha: 1 }
    case 'counting': {
      // Angle clockwise from 12 o'clock, in turns (0..1).
      let turn = Math.atan2(dx, -dy) / (2 * Math.PI)
      if (turn < 0) turn += 1
      return turn < sweep ? { rgb: fg, alpha: 1 } : { rgb: fg, alpha: TRACK_ALPHA }
    }
  }
}

export function renderTrayIcon(input: TrayIconInput): RgbaBitmap {
  const { size, state } = input
  if (!Number.isInteger(size) || size < MIN_ICON_SIZE || size > MAX_ICON_SIZE) {
    throw new RangeError(
      `Icon size must be an integer from ${MIN_ICON_SIZE} to ${MAX_ICON_SIZE}, got ${size}`,
    )
  }
  const fg: Rgb = input.dark ? [255, 255, 255] : [0, 0, 0]
  const g = geometry(state, size)
  const sweep = quantizeProgress(input.progress)
  const rgba = new Uint8Array(size * size * 4)
  const centre = size / 2
  const samples = SUPERSAMPLE * SUPERSAMPLE

  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the subsamples, then back to straight alpha.
      let r = 0
      let gr = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE - centre
          const y = py + (sy + 0.5) / SUPERSAMPLE - centre
          const layer = layerAt(x, y, state, fg, g, sweep)
          if (layer === null) continue
          r += layer.rgb[0] * layer.alpha
          gr += layer.rgb[1] * layer.alpha
          b += layer.rgb[2] * layer.alpha
          a += layer.alpha
        }
      }
      if (a === 0) continue
      const i = (py * size + px) * 4
      rgba[i] = Math.round(r / a)
      rgba[i + 1] = Math.round(gr / a)
      rgba[i + 2] = Math.round(b / a)
      rgba[i + 3] = Math.round((a / samples) * 255)
    }
  }
  return { width: size, height: size, rgba }
}
