import { describe, expect, it } from 'vitest'
import type { TrayAppearance } from '../../../src/main/platform/types'
import type { CountdownState } from '../../../src/main/tray/countdown'
import { iconStyle, trayIconImage, trayIconKey } from '../../../src/main/tray/tray-icon'
import type { RgbaBitmap } from '../../../src/main/tray/png'
import { decodePng } from './png-decode'

const LIGHT_BAR: TrayAppearance = { tintsTemplates: false, darkBar: false, highContrast: false }
const DARK_BAR: TrayAppearance = { ...LIGHT_BAR, darkBar: true }
const MENU_BAR: TrayAppearance = { ...LIGHT_BAR, tintsTemplates: true }
const STATES: CountdownState[] = ['none', 'counting', 'open', 'overdue']

/** The colours of the fully opaque pixels, as "r,g,b". */
function solidColours(bitmap: RgbaBitmap): Set<string> {
  const colours = new Set<string>()
  for (let i = 0; i < bitmap.rgba.length; i += 4) {
    if (bitmap.rgba[i + 3] === 255) colours.add([...bitmap.rgba.subarray(i, i + 3)].join(','))
  }
  return colours
}

describe('iconStyle', () => {
  it('draws dark strokes for a light bar and light strokes for a dark one', () => {
    for (const state of STATES) {
      expect(iconStyle(state, LIGHT_BAR)).toEqual({
        template: false,
        foreground: 'black',
        highContrast: false,
      })
      expect(iconStyle(state, DARK_BAR)).toEqual({
        template: false,
        foreground: 'white',
        highContrast: false,
      })
    }
  })

  it('makes a template where the system tints them, whatever the bar, but not for the red of "time is up"', () => {
    for (const appearance of [MENU_BAR, { ...MENU_BAR, darkBar: true }]) {
      for (const state of ['none', 'counting', 'open'] as const) {
        expect(iconStyle(state, appearance)).toEqual({
          template: true,
          foreground: 'black',
          highContrast: false,
        })
      }
      expect(iconStyle('overdue', appearance).template).toBe(false)
    }
  })

  it('passes high contrast on', () => {
    for (const appearance of [LIGHT_BAR, DARK_BAR, MENU_BAR]) {
      expect(iconStyle('counting', { ...appearance, highContrast: true }).highContrast).toBe(true)
    }
  })
})

describe('trayIconImage', () => {
  it('gives a 16 px image and a 32 px one for 2x', () => {
    const image = trayIconImage({ state: 'counting', progress: 0.5 }, LIGHT_BAR)
    expect(decodePng(Buffer.from(image.png))).toMatchObject({ width: 16, height: 16 })
    expect(decodePng(Buffer.from(image.png2x))).toMatchObject({ width: 32, height: 32 })
    expect(image.description).toBe('counting 50%')
  })

  it('draws the ring black on a light bar and white on a dark one, at both sizes', () => {
    for (const state of ['none', 'counting', 'open'] as const) {
      const light = trayIconImage({ state, progress: 0.5 }, LIGHT_BAR)
      const dark = trayIconImage({ state, progress: 0.5 }, DARK_BAR)
      for (const png of [light.png, light.png2x])
        expect(solidColours(decodePng(Buffer.from(png)))).toEqual(new Set(['0,0,0']))
      for (const png of [dark.png, dark.png2x]) {
        expect(solidColours(decodePng(Buffer.from(png)))).toEqual(new Set(['255,255,255']))
      }
      expect(light.template || dark.template).toBe(false)
    }
  })

  it('gives the menu bar a black template, and a red ring once time is up', () => {
    const counting = trayIconImage({ state: 'counting', progress: 0.5 }, { ...MENU_BAR, darkBar: true })
    expect(counting.template).toBe(true)
    expect(solidColours(decodePng(Buffer.from(counting.png2x)))).toEqual(new Set(['0,0,0']))
    const overdue = trayIconImage({ state: 'overdue', progress: 1 }, MENU_BAR)
    expect(overdue.template).toBe(false)
    expect(solidColours(decodePng(Buffer.from(overdue.png2x)))).toEqual(new Set(['229,72,77']))
    expect(overdue.description).toBe('overdue 100%')
  })

  it('sits on a disc of the opposite colour in high contrast', () => {
    const image = trayIconImage({ state: 'counting', progress: 0.5 }, { ...DARK_BAR, highContrast: true })
    const colours = solidColours(decodePng(Buffer.from(image.png)))
    // White strokes, the black disc, and greys where they meet.
    expect(colours).toContain('255,255,255')
    expect(colours).toContain('0,0,0')
    for (const colour of colours) expect(new Set(colour.split(',')).size).toBe(1)
  })
})

describe('trayIconKey', () => {
  it('changes with the appearance only where the image does', () => {
    const counting = { state: 'counting', progress: 0.5 } as const
    expect(trayIconKey(counting, DARK_BAR)).not.toBe(trayIconKey(counting, LIGHT_BAR))
    expect(trayIconKey(counting, MENU_BAR)).not.toBe(trayIconKey(counting, LIGHT_BAR))
    expect(trayIconKey(counting, { ...LIGHT_BAR, highContrast: true })).not.toBe(
      trayIconKey(counting, LIGHT_BAR),
    )
    // A template is the same image on a light and on a dark menu bar.
    expect(trayIconKey(counting, { ...MENU_BAR, darkBar: true })).toBe(trayIconKey(counting, MENU_BAR))
    expect(trayIconKey({ ...counting, progress: 0.505 }, LIGHT_BAR)).toBe(trayIconKey(counting, LIGHT_BAR))
  })
})
