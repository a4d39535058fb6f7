/**
 * Which icon the tray shows for a countdown on a given bar, as the tray adapter takes it: PNGs at
 * 1x and 2x and whether the image is a template.
 *
 * Where the system tints template images (the macOS menu bar) the icon is one, so it suits a light
 * and a dark bar, a tinted wallpaper and a highlighted item alike — except "time is up", whose red
 * a template would lose. Elsewhere the strokes are light on a dark bar and dark on a light one.
 */
import type { TrayAppearance, TrayIconImage } from '../platform/types'
import type { CountdownState } from './countdown'
import { iconKey, renderTrayIcon, type IconLook, type IconStyle } from './icon'
import { encodePng } from './png'

/** The icon's side in points: 16 px at 1x, 32 px at 2x. */
const TRAY_ICON_POINTS = 16

/** The part of a countdown the icon shows. */
interface TrayIconState {
  state: CountdownState
  /** Elapsed / scheduled, 0..1; null when unknown. */
  progress: number | null
}

export function iconStyle(state: CountdownState, appearance: TrayAppearance): IconStyle {
  const template = appearance.tintsTemplates && state !== 'overdue'
  return {
    template,
    foreground: !template && appearance.darkBar ? 'white' : 'black',
    highContrast: appearance.highContrast,
  }
}

function lookOf(icon: TrayIconState, appearance: TrayAppearance): IconLook {
  return { state: icon.state, progress: icon.progress, style: iconStyle(icon.state, appearance) }
}

/** Equal keys mean identical images: a tray needs a new one only when the key changes. */
export function trayIconKey(icon: TrayIconState, appearance: TrayAppearance): string {
  return iconKey(lookOf(icon, appearance))
}

export function trayIconImage(icon: TrayIconState, appearance: TrayAppearance): TrayIconImage {
  const look = lookOf(icon, appearance)
  const percent = icon.progress === null ? '' : ` ${Math.round(icon.progress * 100)}%`
  return {
    png: encodePng(renderTrayIcon({ ...look, size: TRAY_ICON_POINTS })),
    png2x: encodePng(renderTrayIcon({ ...look, size: 2 * TRAY_ICON_POINTS })),
    template: look.style.template,
    description: `${icon.state}${percent}`,
  }
}
