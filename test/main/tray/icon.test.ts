import { describe, expect, it } from 'vitest'
import { PROGRESS_STEPS, iconKey, quantizeProgress, renderTrayIcon } from '../../../src/main/tray/icon'
import type { TrayIconInput } from '../../../src/main/tray/icon'
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

const icon = (over: Partial<TrayIconInput>) =>
  renderTrayIcon({ progress: 0, state: 'counting', size: 32, dark: false, ...over })

// Mid-ring radius: the ring spans size/2 - size/32 outwards by size*3/16.
const MID_32 = 12
const MID_16 = 6

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
    const bitmap = icon({ progress: 0.25, dark: true })
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

  it('rejects sizes it cannot draw', () => {
    expect(() => icon({ size: 4 })).toThrow(RangeError)
    expect(() => icon({ size: 16.5 })).toThrow(RangeError)
    expect(() => icon({ size: 1024 })).toThrow(RangeError)
  })

  it('encodes to a PNG that decodes to the same pixels', () => {
    const bitmap = icon({ progress: 0.4, size: 16, dark: true })
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
    const base: TrayIconInput = { progress: 0.25, state: 'counting', size: 32, dark: false }
    expect(iconKey({ ...base, progress: 0.26 })).toBe(iconKey(base))
    expect(renderTrayIcon({ ...base, progress: 0.26 }).rgba).toEqual(renderTrayIcon(base).rgba)
    expect(iconKey({ ...base, progress: 0.2499 })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, dark: true })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, size: 16 })).not.toBe(iconKey(base))
    expect(iconKey({ ...base, state: 'overdue' })).not.toBe(iconKey(base))
  })

  it('ignores progress outside the counting state', () => {
    expect(iconKey({ progress: 0.1, state: 'open', size: 16, dark: false })).toBe(
      iconKey({ progress: 0.9, state: 'open', size: 16, dark: false }),
    )
  })
})
