/**
 * The Electron tray adapter against a recording stand-in of the 'electron' module: the images it
 * hands to Electron (1x and 2x, template on macOS) and the redraw when the system theme changes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ElectronTray } from '../../../../src/main/platform/electron/tray'
import { TrayController } from '../../../../src/main/tray/controller'
import { NotificationPause } from '../../../../src/main/notify/pause'
import { trayIconImage } from '../../../../src/main/tray/tray-icon'
import { defaultSettings } from '../../../../src/shared/settings'
import { FakeClock } from '../../../support/fake-clock'
import { decodePng } from '../../tray/png-decode'

const electron = vi.hoisted(() => {
  /** A NativeImage that records the calls that build it, in order. */
  class FakeImage {
    readonly steps: string[] = []
    readonly representations: { scaleFactor: number; png: Buffer }[] = []
    template = false
    addRepresentation(options: { scaleFactor?: number; buffer?: Buffer }): void {
      const scaleFactor = options.scaleFactor ?? 1
      this.steps.push(`representation ${scaleFactor}x`)
      if (options.buffer) this.representations.push({ scaleFactor, png: options.buffer })
    }
    setTemplateImage(template: boolean): void {
      this.steps.push(`template ${template}`)
      this.template = template
    }
  }

  /** A Tray that keeps every image it was given, the constructor's first. */
  class FakeTray {
    static readonly instances: FakeTray[] = []
    readonly images: FakeImage[]
    constructor(image: FakeImage) {
      this.images = [image]
      FakeTray.instances.push(this)
    }
    setImage(image: FakeImage): void {
      this.images.push(image)
    }
    setTitle(): void {}
    setToolTip(): void {}
    setContextMenu(): void {}
  }

  const updatedListeners: (() => void)[] = []
  const nativeTheme = {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
    shouldUseHighContrastColors: false,
    on(event: string, listener: () => void) {
      if (event === 'updated') updatedListeners.push(listener)
      return nativeTheme
    },
  }
  /** What Electron does when the system's theme changes. */
  const emitUpdated = () => {
    for (const listener of updatedListeners) listener()
  }

  return { FakeImage, FakeTray, nativeTheme, updatedListeners, emitUpdated }
})

vi.mock('electron', () => ({
  Tray: electron.FakeTray,
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
  nativeImage: { createEmpty: () => new electron.FakeImage() },
  nativeTheme: electron.nativeTheme,
}))

type FakeImage = InstanceType<typeof electron.FakeImage>

beforeEach(() => {
  electron.FakeTray.instances.length = 0
  electron.updatedListeners.length = 0
  Object.assign(electron.nativeTheme, {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
    shouldUseHighContrastColors: false,
  })
})

function images(): FakeImage[] {
  const tray = electron.FakeTray.instances.at(-1)
  if (!tray) throw new Error('no Tray was made')
  return tray.images
}

function lastImage(): FakeImage {
  const image = images().at(-1)
  if (!image) throw new Error('the Tray has no image')
  return image
}

/** Each representation's scale factor and decoded size. */
function sizes(image: FakeImage): { scaleFactor: number; width: number; height: number }[] {
  return image.representations.map(({ scaleFactor, png }) => {
    const { width, height } = decodePng(png)
    return { scaleFactor, width, height }
  })
}

/** The colours of the fully opaque pixels of the 2x representation, as "r,g,b". */
function strokeColours(image: FakeImage): string[] {
  const png = image.representations.find((r) => r.scaleFactor === 2)?.png
  if (!png) throw new Error('no 2x representation')
  const { rgba } = decodePng(png)
  const colours = new Set<string>()
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 255) colours.add([...rgba.subarray(i, i + 3)].join(','))
  }
  return [...colours]
}

const BOTH_SCALES = [
  { scaleFactor: 1, width: 16, height: 16 },
  { scaleFactor: 2, width: 32, height: 32 },
]

describe('ElectronTray', () => {
  it('gives the first icon and every later one a 16 px 1x and a 32 px 2x representation', () => {
    const tray = new ElectronTray('win32')
    expect(sizes(lastImage())).toEqual(BOTH_SCALES)
    tray.setIcon(trayIconImage({ state: 'counting', progress: 0.3 }, tray.appearance))
    expect(images()).toHaveLength(2)
    expect(sizes(lastImage())).toEqual(BOTH_SCALES)
    expect(lastImage().template).toBe(false)
  })

  it('draws the first icon for the bar already: light strokes on a dark panel', () => {
    electron.nativeTheme.shouldUseDarkColors = true
    new ElectronTray('linux')
    expect(strokeColours(lastImage())).toEqual(['255,255,255'])
  })

  it('reads the taskbar mode on Windows, which may differ from the apps mode, and the theme elsewhere', () => {
    Object.assign(electron.nativeTheme, {
      shouldUseDarkColors: false,
      shouldUseDarkColorsForSystemIntegratedUI: true,
      shouldUseHighContrastColors: true,
    })
    expect(new ElectronTray('win32').appearance).toEqual({
      tintsTemplates: false,
      darkBar: true,
      highContrast: true,
    })
    expect(new ElectronTray('linux').appearance.darkBar).toBe(false)
    electron.nativeTheme.shouldUseDarkColors = true
    expect(new ElectronTray('darwin').appearance).toEqual({
      tintsTemplates: true,
      darkBar: true,
      highContrast: true,
    })
  })

  it('on macOS makes template images, marked after both representations, and shows a title', () => {
    const tray = new ElectronTray('darwin')
    expect(tray.showsTitle).toBe(true)
    expect(lastImage().steps).toEqual(['representation 1x', 'representation 2x', 'template true'])
    expect(lastImage().template).toBe(true)
    expect(sizes(lastImage())).toEqual(BOTH_SCALES)

    // "Time is up" keeps its red: no template.
    tray.setIcon(trayIconImage({ state: 'overdue', progress: 1 }, tray.appearance))
    expect(lastImage().template).toBe(false)
    expect(lastImage().steps).toEqual(['representation 1x', 'representation 2x'])
    expect(strokeColours(lastImage())).toEqual(['229,72,77'])
  })

  it('shows no title on Windows and Linux', () => {
    expect(new ElectronTray('win32').showsTitle).toBe(false)
    expect(new ElectronTray('linux').showsTitle).toBe(false)
  })

  for (const [platform, flag] of [
    ['win32', 'shouldUseDarkColorsForSystemIntegratedUI'],
    ['linux', 'shouldUseDarkColors'],
  ] as const) {
    it(`on ${platform}, redraws the icon in the other colour when nativeTheme says 'updated'`, () => {
      const tray = new ElectronTray(platform)
      const clock = new FakeClock(Date.UTC(2026, 1, 10, 12))
      const controller = new TrayController({
        tray,
        clock,
        pause: new NotificationPause(clock.now),
        settings: () => defaultSettings().tray,
        onCommand: () => undefined,
      })
      controller.setSession(null)
      expect(strokeColours(lastImage())).toEqual(['0,0,0'])
      const count = images().length

      electron.nativeTheme[flag] = true
      electron.emitUpdated()
      expect(images()).toHaveLength(count + 1)
      expect(strokeColours(lastImage())).toEqual(['255,255,255'])
      expect(sizes(lastImage())).toEqual(BOTH_SCALES)

      // 'updated' also fires for changes the icon does not show: no redraw then.
      electron.emitUpdated()
      expect(images()).toHaveLength(count + 1)
      controller.dispose()
    })
  }
})
