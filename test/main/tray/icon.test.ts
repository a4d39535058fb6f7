import { describe, expect, it } from 'vitest'
import { PROGRESS_STEPS, iconKey, quantizeProgress, renderTrayIcon } from '../../../src/main/tray/icon'
import type { IconLook, IconStyle, TrayIconInput } from '../../../src/main/tray/icon'
import { encodePng } from '../../../src/main/tray/png'
import type { RgbaBitmap } from '../../../src/main/tray/png'
import { decodePng } from './png-decode'

const TRACK = Math.round(0.35 * 255)
const RED = [229, 72, 77]

function pixel(bitmap: RgbaBitmap, x: number, y: number): number[] {
  const i = (y * bitmap.width + x) * 4
  return [...bitmap.rgba.subarray(i, i + 4)]
}

/** The pixel under a point at `radius` from the centre, `turn` (0..1) clockwise from 12 o'clock. */
function pixelAt(bitmap: RgbaBitmap, turn: number, radius: number): number[] {
  const c = bitmap.width / 2
  const angle = turn * 2 * Math.PI
  return pixel(bitmap, Math.floor(c + radius * Math.sin(angle)), Math.floor(c - radius * Math.cos(angle)))
}

const ON_LIGHT: IconStyle = { template: false, foreground: 'black', highContrast: false }
const ON_DARK: IconStyle = { template: false, foreground: 'white', highContrast: false }

const icon = (over: Partial<TrayIconInput>) =>
  renderTrayIcon({ progress: 0, state: 'counting', size: 32, style: ON_LIGHT, ...over })

// Mid-ring radius: the ring spans from 15 px inwards by 6 px at 32 px, from 7 px by 3 px at 16 px.
const MID_32 = 12
const MID_16 = 5.5

describe('renderTrayIcon', () => {
  it('draws the elapsed quarter solid and the rest as a faint track at 25%', () => {
    const bitmap = icon({ progress: 0.25 })
    expect(bitmap).toMatchObject({ width: 32, height: 32 })
    expect(bitmap.rgba.length).toBe(32 * 32 * 4)
    expect(pixelAt(bitmap, 0.125, MID_32)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.375, MID_32)).toEqual([0, 0, 0, TRACK])
    expect(pixelAt(bitmap, 0.625, MID_32)).toEqual([0, 0, 0, TRACK])
    expect(pixelAt(bitmap, 0.875, MID_32)).toEqual([0, 0, 0, TRACK])
  })

  it('draws three quarters solid at 75%', () => {
    const bitmap = icon({ progress: 0.75 })
    expect(pixelAt(bitmap, 0.125, MID_32)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.375, MID_32)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.625, MID_32)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.875, MID_32)).toEqual([0, 0, 0, TRACK])
  })

  it('draws the same at 16 px', () => {
    const bitmap = icon({ progress: 0.25, size: 16 })
    expect(bitmap.rgba.length).toBe(16 * 16 * 4)
    expect(pixelAt(bitmap, 0.125, MID_16)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.375, MID_16)).toEqual([0, 0, 0, TRACK])
  })

  it('leaves the centre and the corners clear, with soft edges between', () => {
    const bitmap = icon({ progress: 0.5 })
    expect(pixel(bitmap, 16, 16)[3]).toBe(0)
    expect(pixel(bitmap, 0, 0)[3]).toBe(0)
    expect(pixel(bitmap, 31, 31)[3]).toBe(0)
    const alphas = new Set<number>()
    for (let i = 3; i < bitmap.rgba.length; i += 4) alphas.add(bitmap.rgba[i] ?? 0)
    expect([...alphas].some((a) => a > 0 && a < TRACK)).toBe(true)
  })

  it('draws light strokes for a dark menu bar', () => {
    const bitmap = icon({ progress: 0.25, style: ON_DARK })
    expect(pixelAt(bitmap, 0.125, MID_32)).toEqual([255, 255, 255, 255])
    expect(pixelAt(bitmap, 0.375, MID_32)).toEqual([255, 255, 255, TRACK])
  })

  it('shows only the track without a known progress, and the full ring at 100%', () => {
    const none = icon({ progress: null })
    const full = icon({ progress: 1 })
    for (const turn of [0.05, 0.3, 0.6, 0.95]) {
      expect(pixelAt(none, turn, MID_32)).toEqual([0, 0, 0, TRACK])
      expect(pixelAt(full, turn, MID_32)).toEqual([0, 0, 0, 255])
    }
  })

  it('draws overdue as a full red ring', () => {
    const bitmap = icon({ state: 'overdue', progress: 1 })
    for (const turn of [0.05, 0.3, 0.6, 0.95]) expect(pixelAt(bitmap, turn, MID_32)).toEqual([...RED, 255])
    expect(pixel(bitmap, 16, 16)[3]).toBe(0)
  })

  it('draws open (no scheduled end) as a full ring with a centre dot', () => {
    const bitmap = icon({ state: 'open', progress: null })
    for (const turn of [0.05, 0.6]) expect(pixelAt(bitmap, turn, MID_32)).toEqual([0, 0, 0, 255])
    expect(pixel(bitmap, 16, 16)).toEqual([0, 0, 0, 255])
    expect(pixel(bitmap, 15, 15)).toEqual([0, 0, 0, 255])
  })

  it('draws not locked as a thin hollow circle', () => {
    const bitmap = icon({ state: 'none', progress: null })
    // On the thin outline (radius 13..15) but inside where the thick ring would be, nothing.
    expect(pixelAt(bitmap, 0.25, 14.2)).toEqual([0, 0, 0, 255])
    expect(pixelAt(bitmap, 0.25, 10.5)[3]).toBe(0)
    expect(pixel(bitmap, 16, 16)[3]).toBe(0)
  })

  it('gives each state a different picture', () => {
    const pictures = (['counting', 'overdue', 'open', 'none'] as const).map((state) =>
      Buffer.from(icon({ state, progress: 1 }).rgba).toString('base64'),
    )
    expect(new Set(pictures).size).toBe(4)
  })

  it('draws the template of a menu bar icon in black', () => {
    const template = icon({ progress: 0.4, style: { ...ON_LIGHT, template: true } })
    expect(template.rgba).toEqual(icon({ progress: 0.4 }).rgba)
  })

  it('puts the edges on whole pixels at 16 px, so the small icon is crisp', () => {
    const row = (bitmap: RgbaBitmap, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => pixel(bitmap, from + i, 7)[3])
    // Right of the centre (8, 8): the ring spans 4..7 px, the thin circle 6..7 px.
    expect(row(icon({ state: 'open', size: 16 }), 11, 15)).toEqual([0, 255, 255, 255, 0])
    expect(row(icon({ state: 'none', size: 16 }), 13, 15)).toEqual([0, 255, 0])
  })

  describe('high contrast', () => {
    const ON_DARK_HC: IconStyle = { ...ON_DARK, highContrast: true }

    it('draws the time to come as a thin solid line instead of a faint band', () => {
      const bitmap = icon({ progress: 0.25, style: { ...ON_LIGHT, template: true, highContrast: true } })
      expect(pixelAt(bitmap, 0.125, MID_32)).toEqual([0, 0, 0, 255])
      // The line lies on the outer 2 px of the ring (13..15 px from the centre), the rest is clear.
      expect(pixelAt(bitmap, 0.5, 14)).toEqual([0, 0, 0, 255])
      expect(pixelAt(bitmap, 0.5, 10.5)[3]).toBe(0)
      expect(pixel(bitmap, 16, 16)[3]).toBe(0)
    })

    it('puts a coloured icon on a disc of the opposite colour, so it shows on any bar', () => {
      const bitmap = icon({ progress: 0.25, style: ON_DARK_HC })
      expect(pixelAt(bitmap, 0.125, MID_32)).toEqual([255, 255, 255, 255])
      expect(pixelAt(bitmap, 0.5, 14)).toEqual([255, 255, 255, 255])
      expect(pixelAt(bitmap, 0.5, 10.5)).toEqual([0, 0, 0, 255])
      expect(pixel(bitmap, 16, 16)).toEqual([0, 0, 0, 255])
      // Between the ring and the disc's edge a rim of the disc's colour.
      expect(pixelAt(bitmap, 0.25, 15.5)).toEqual([0, 0, 0, 255])
      expect(pixel(bitmap, 0, 0)[3]).toBe(0)
      expect(
        pixelAt(icon({ progress: 0.25, style: { ...ON_LIGHT, highContrast: true } }), 0.5, 10.5),
      ).toEqual([255, 255, 255, 255])
    })

    it('keeps the overdue ring red, on the disc', () => {
      const bitmap = icon({ state: 'overdue', progress: 1, style: ON_DARK_HC })
      expect(pixelAt(bitmap, 0.3, MID_32)).toEqual([...RED, 255])
      expect(pixel(bitmap, 16, 16)).toEqual([0, 0, 0, 255])
    })

    it('never puts a disc behind a template, which the system would tint into a solid blob', () => {
      const bitmap = icon({ state: 'open', style: { ...ON_LIGHT, template: true, highContrast: true } })
      expect(pixelAt(bitmap, 0.625, 7.5)[3]).toBe(0)
      expect(pixel(bitmap, 0, 16)[3]).toBe(0)
    })
  })

  it('rejects sizes it cannot draw', () => {
    expect(() => icon({ size: 4 })).toThrow(RangeError)
    expect(() => icon({ size: 16.5 })).toThrow(RangeError)
    expect(() => icon({ size: 1024 })).toThrow(RangeError)
  })

  it('encodes to a PNG that decodes to the same pixels', () => {
    const bitmap = icon({ progress: 0.4, size: 16, style: ON_DARK })
    const decoded = decodePng(encodePng(bitmap))
    expect(decoded.width).toBe(16)
    expect([...decoded.rgba]).toEqual([...bitmap.rgba])
  })
})

describe('quantizeProgress and iconKey', () => {
  it('rounds progress down to whole steps and clamps it', () => {
    expect(PROGRESS_STEPS).toBe(48)
    expect(quantizeProgress(0.25)).toBe(12 / 48)
    expect(quantizeProgress(0.26)).toBe(12 / 48)
    expect(quantizeProgress(0.2499)).toBe(11 / 48)
    expect(quantizeProgress(-1)).toBe(0)
    expect(quantizeProgress(2)).toBe(1)
    expect(quantizeProgress(null)).toBe(0)
    expect(quantizeProgress(Number.NaN)).toBe(0)
  })

  it('changes exactly when the picture can change', () => {
    const base: IconLook = { progress: 0.25, state: 'counting', style: ON_LIGHT }
    expect(iconKey({ ...base, progress: 0.26 })).toBe(iconKey(base))
    for (const size of [16, 32]) {
      expect(renderTrayIcon({ ...base, progress: 0.26, size }).rgba).toEqual(
        renderTrayIcon({ ...base, size }).rgba,
      )
    }
    expect(iconKey({ ...base, progress: 0.2499 })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, style: ON_DARK })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, style: { ...ON_LIGHT, template: true } })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, style: { ...ON_LIGHT, highContrast: true } })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, state: 'overdue' })).not.toBe(iconKey(base))
  })

  it('ignores progress outside the counting state', () => {
    expect(iconKey({ progress: 0.1, state: 'open', style: ON_LIGHT })).toBe(
      iconKey({ progress: 0.9, state: 'open', style: ON_LIGHT }),
    )
  })
})
