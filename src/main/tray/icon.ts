/**
 * The tray icon: a progress ring drawn into an RGBA bitmap, one look per countdown state.
 *
 * - counting: a faint full track with the elapsed part drawn solid, clockwise from 12 o'clock
 * - overdue:  the full ring in a warning red
 * - open (locked, no scheduled end): the full ring solid with a dot in the middle
 * - none (not locked): a thin hollow circle
 *
 * The style says how it is coloured (see IconStyle). Radii are whole pixels, so that the edges
 * land on pixel boundaries at 16 px too and the small icon stays crisp.
 *
 * Progress is quantised to 1/PROGRESS_STEPS so that `iconKey` changes only when the pixels can,
 * and a controller redraws only then. Edges are anti-aliased by 4x4 supersampling.
 */
import type { CountdownState } from './countdown'
import type { RgbaBitmap } from './png'

export interface IconStyle {
  /** A macOS template image: drawn black; only its alpha counts, the system tints it. */
  template: boolean
  /** The colour of the strokes: white on a dark bar, else black. */
  foreground: 'black' | 'white'
  /**
   * Shapes instead of translucency: the time still to come is a thin line instead of a faint band,
   * and a coloured icon sits on a disc of the opposite colour, so it stands out on any bar (high
   * contrast themes have no reliable light or dark).
   */
  highContrast: boolean
}

/** Everything the pixels depend on, but the size. */
export interface IconLook {
  progress: number | null
  state: CountdownState
  style: IconStyle
}

export interface TrayIconInput extends IconLook {
  /** Width and height in pixels (16 and 32 for the tray at 1x and 2x). */
  size: number
}

export const PROGRESS_STEPS = 48
const MIN_ICON_SIZE = 8
export const MAX_ICON_SIZE = 512

type Rgb = readonly [number, number, number]

const BLACK: Rgb = [0, 0, 0]
const WHITE: Rgb = [255, 255, 255]
const OVERDUE_RGB: Rgb = [229, 72, 77]
const TRACK_ALPHA = 0.35
const SUPERSAMPLE = 4

/** Elapsed fraction rounded down to a whole step, so the ring never shows more than has passed. */
export function quantizeProgress(progress: number | null): number {
  if (progress === null || !Number.isFinite(progress)) return 0
  const clamped = Math.min(1, Math.max(0, progress))
  return Math.floor(clamped * PROGRESS_STEPS) / PROGRESS_STEPS
}

/** Equal keys mean identical images (at every size, with the same template flag). */
export function iconKey(look: IconLook): string {
  const step = look.state === 'counting' ? Math.round(quantizeProgress(look.progress) * PROGRESS_STEPS) : 0
  const { template, foreground, highContrast } = look.style
  return `${look.state}:${template ? 'template' : foreground}:${highContrast ? 'high' : 'normal'}:${step}`
}

interface Layer {
  rgb: Rgb
  alpha: number
}

interface Geometry {
  outer: number
  inner: number
  /** The thin line of the time to come in high contrast. */
  track: number
  dot: number
  /** The backing disc in high contrast; 0 for none. */
  disc: number
}

function geometry(state: CountdownState, size: number, style: IconStyle): Geometry {
  const outer = Math.floor(size / 2 - size / 32)
  const thin = Math.max(1, Math.round(size / 16))
  const thickness = state === 'none' ? thin : Math.round((size * 3) / 16)
  return {
    outer,
    inner: outer - thickness,
    track: thin,
    dot: state === 'open' ? Math.round((size * 3) / 32) : 0,
    // A disc would turn a template into a solid blob: the system tints by alpha alone.
    disc: style.highContrast && !style.template ? size / 2 : 0,
  }
}

/** The stroke at one point (relative to the centre, y down), or null where there is none. */
function strokeAt(
  dx: number,
  dy: number,
  r: number,
  input: TrayIconInput,
  fg: Rgb,
  g: Geometry,
  sweep: number,
): Layer | null {
  if (r <= g.dot) return { rgb: fg, alpha: 1 }
  if (r > g.outer || r < g.inner) return null
  switch (input.state) {
    case 'none':
    case 'open':
      return { rgb: fg, alpha: 1 }
    case 'overdue':
      return { rgb: OVERDUE_RGB, alpha: 1 }
    case 'counting': {
      // Angle clockwise from 12 o'clock, in turns (0..1).
      let turn = Math.atan2(dx, -dy) / (2 * Math.PI)
      if (turn < 0) turn += 1
      if (turn < sweep) return { rgb: fg, alpha: 1 }
      if (!input.style.highContrast) return { rgb: fg, alpha: TRACK_ALPHA }
      return r >= g.outer - g.track ? { rgb: fg, alpha: 1 } : null
    }
  }
}

export function renderTrayIcon(input: TrayIconInput): RgbaBitmap {
  const { size, state, style } = input
  if (!Number.isInteger(size) || size < MIN_ICON_SIZE || size > MAX_ICON_SIZE) {
    throw new RangeError(
      `Icon size must be an integer from ${MIN_ICON_SIZE} to ${MAX_ICON_SIZE}, got ${size}`,
    )
  }
  const fg = style.foreground === 'white' ? WHITE : BLACK
  const disc: Layer = { rgb: style.foreground === 'white' ? BLACK : WHITE, alpha: 1 }
  const g = geometry(state, size, style)
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
          const radius = Math.hypot(x, y)
          const layer = strokeAt(x, y, radius, input, fg, g, sweep) ?? (radius <= g.disc ? disc : null)
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
