/**
 * Launch at login on Linux. Electron's login items exist on macOS and Windows only, so the app
 * writes an XDG autostart entry itself: a desktop entry in $XDG_CONFIG_HOME/autostart (by default
 * ~/.config/autostart) that the desktop starts after login. Plain Node, so it is tested on a
 * temporary folder.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'

/** The user's autostart folder, as the XDG base directory and autostart specifications place it. */
export function autostartDir(env: NodeJS.ProcessEnv, homeDir: string): string {
  const configHome = env['XDG_CONFIG_HOME']
  // The base directory specification: a relative path in this variable is invalid and ignored.
  const base = configHome && isAbsolute(configHome) ? configHome : join(homeDir, '.config')
  return join(base, 'autostart')
}

/**
 * The program that starts this copy of the app: the AppImage file when run from one (the binary
 * inside lives at a mount point that changes on every run), else the installed binary.
 */
export function launchProgram(env: NodeJS.ProcessEnv, execPath: string): string {
  return env['APPIMAGE'] || execPath
}

// The desktop entry specification's reserved characters: an argument holding one must be quoted.
const RESERVED = /[\s"'\\<>~|&;$*?#()`]/

/** One argument of an Exec value, quoted as the desktop entry specification asks. */
export function execArgument(arg: string): string {
  // A literal % would start a field code.
  const literal = arg.replaceAll('%', '%%')
  if (arg !== '' && !RESERVED.test(arg)) return literal
  return `"${literal.replace(/["`$\\]/g, '\\$&')}"`
}

/**
 * A value of type string: backslashes and control characters escaped. For Exec this applies on
 * top of the quoting, so a backslash inside a quoted argument ends up as four.
 */
function stringValue(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r')
}

export interface AutostartEntry {
  /** The entry's file name without ".desktop": the app id (a reverse-DNS name, as the spec asks). */
  id: string
  /** The name the desktop's startup settings show. */
  name: string
  /** The program to start, with no arguments. */
  program: string
}

export function desktopEntry(entry: AutostartEntry): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${stringValue(entry.name)}`,
    `Exec=${stringValue(execArgument(entry.program))}`,
    'Terminal=false',
    // GNOME's own on/off switch for a startup entry; written so that turning it on here wins.
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** The keys of the [Desktop Entry] group, values as written (only exact comparisons are made). */
function mainGroup(text: string): Map<string, string> {
  const keys = new Map<string, string>()
  let inMain = false
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('[')) {
      inMain = line === '[Desktop Entry]'
      continue
    }
    const eq = line.indexOf('=')
    if (!inMain || eq < 0) continue
    keys.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  return keys
}

export class LinuxAutostart {
  readonly path: string

  constructor(
    private readonly dir: string,
    private readonly entry: AutostartEntry,
  ) {
    this.path = join(dir, `${entry.id}.desktop`)
  }

  /**
   * Whether the desktop will start this copy at login: the entry is there, starts this program,
   * and was not switched off in the desktop's startup settings (Hidden=true, which the autostart
   * specification says to ignore the entry for, or GNOME's X-GNOME-Autostart-enabled=false).
   * An entry that cannot be read starts nothing.
   */
  isEnabled(): boolean {
    let text: string
    try {
      text = readFileSync(this.path, 'utf8')
    } catch {
      return false
    }
    const keys = mainGroup(text)
    return (
      keys.get('Exec') === stringValue(execArgument(this.entry.program)) &&
      keys.get('Hidden') !== 'true' &&
      keys.get('X-GNOME-Autostart-enabled') !== 'false'
    )
  }

  /** Writes the entry (replacing one switched off or pointing elsewhere). Throws when it cannot. */
  enable(): void {
    mkdirSync(this.dir, { recursive: true })
    // Written aside, then renamed over: a crash never leaves half an entry behind.
    const temp = `${this.path}.${process.pid}.tmp`
    writeFileSync(temp, desktopEntry(this.entry), { mode: 0o644 })
    renameSync(temp, this.path)
  }

  /** Removes the entry; nothing to do when there is none. Throws when it cannot. */
  disable(): void {
    rmSync(this.path, { force: true })
  }
}
