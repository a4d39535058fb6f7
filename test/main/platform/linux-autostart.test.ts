import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  LinuxAutostart,
  autostartDir,
  desktopEntry,
  execArgument,
  launchProgram,
} from '../../../src/main/platform/linux-autostart'

const ENTRY = {
  id: 'org.chastitytracker.companion',
  name: 'Chastity Tracker Companion',
  program: '/opt/Chastity Tracker Companion/ct-companion',
}

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-autostart-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * An Exec value read back as the desktop entry specification says a desktop reads it: string
 * escapes first, then quoting, then %% to %. Anything the specification forbids throws.
 */
function readExec(value: string): string[] {
  const unescaped = value.replace(/\\(.)/g, (_, c: string) => {
    const known: Record<string, string> = { s: ' ', n: '\n', t: '\t', r: '\r', '\\': '\\' }
    const out = known[c]
    if (out === undefined) throw new Error(`invalid escape \\${c}`)
    return out
  })
  const args: string[] = []
  let current: string | null = null
  let quoted = false
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i] ?? ''
    if (quoted) {
      if (c === '"') quoted = false
      else if (c === '\\') {
        const next = unescaped[++i] ?? ''
        if (!'"`$\\'.includes(next) || next === '') throw new Error(`invalid quoted escape \\${next}`)
        current += next
      } else current += c
    } else if (c === '"') {
      quoted = true
      current ??= ''
    } else if (c === ' ') {
      if (current !== null) args.push(current)
      current = null
    } else if (/[\t\n"'\\<>~|&;$*?#()`]/.test(c)) {
      throw new Error(`reserved character ${c} outside quotes`)
    } else current = (current ?? '') + c
  }
  if (quoted) throw new Error('unterminated quote')
  if (current !== null) args.push(current)
  return args.map((arg) =>
    arg.replace(/%(.?)/g, (_, c: string) => {
      if (c !== '%') throw new Error(`field code %${c}`)
      return '%'
    }),
  )
}

const execLine = (text: string) => /^Exec=(.*)$/m.exec(text)?.[1] ?? ''

describe('where the entry goes and what it starts', () => {
  it('uses $XDG_CONFIG_HOME/autostart, else ~/.config/autostart; a relative XDG_CONFIG_HOME is ignored', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/home/me/.cfg' }, '/home/me')).toBe('/home/me/.cfg/autostart')
    expect(autostartDir({}, '/home/me')).toBe('/home/me/.config/autostart')
    expect(autostartDir({ XDG_CONFIG_HOME: '' }, '/home/me')).toBe('/home/me/.config/autostart')
    expect(autostartDir({ XDG_CONFIG_HOME: 'cfg' }, '/home/me')).toBe('/home/me/.config/autostart')
  })

  it('starts the AppImage file when run from one, else the binary', () => {
    expect(launchProgram({ APPIMAGE: '/home/me/Apps/CT.AppImage' }, '/tmp/.mount_CTx/ct')).toBe(
      '/home/me/Apps/CT.AppImage',
    )
    expect(launchProgram({}, '/opt/CT/ct')).toBe('/opt/CT/ct')
    expect(launchProgram({ APPIMAGE: '' }, '/opt/CT/ct')).toBe('/opt/CT/ct')
  })
})

describe('Exec quoting', () => {
  it('leaves a plain path alone and quotes one with reserved characters', () => {
    expect(execArgument('/usr/bin/ct-companion')).toBe('/usr/bin/ct-companion')
    expect(execArgument('/opt/Chastity Tracker/ct')).toBe('"/opt/Chastity Tracker/ct"')
    expect(execArgument('/a/$b"c`d\\e')).toBe('"/a/\\$b\\"c\\`d\\\\e"')
    expect(execArgument('/a/50%')).toBe('/a/50%%')
  })

  it('writes a backslash inside quotes as four, as the specification says', () => {
    expect(execLine(desktopEntry({ ...ENTRY, program: '/a b/c\\d' }))).toBe('"/a b/c\\\\\\\\d"')
  })

  it('reads back, the way a desktop reads it, as exactly the program path', () => {
    const paths = [
      '/usr/bin/ct-companion',
      '/opt/Chastity Tracker Companion/ct-companion',
      "/home/me/My Apps (old)/it's ~here/CT & co; $HOME `x` *?#|<>.AppImage",
      '/home/me/back\\slash/"quoted"/tab\there',
      '/home/me/100% sure/ct',
    ]
    for (const path of paths) {
      expect(readExec(execLine(desktopEntry({ ...ENTRY, program: path })))).toEqual([path])
    }
  })
})

describe('LinuxAutostart', () => {
  const autostart = () => new LinuxAutostart(join(dir, 'autostart'), ENTRY)
  const path = () => join(dir, 'autostart', `${ENTRY.id}.desktop`)

  it('is off without an entry, on once written (creating the folder), off again once removed', () => {
    const a = autostart()
    expect(a.path).toBe(path())
    expect(a.isEnabled()).toBe(false)
    a.enable()
    expect(a.isEnabled()).toBe(true)
    expect(readdirSync(join(dir, 'autostart'))).toEqual([`${ENTRY.id}.desktop`])
    const text = readFileSync(path(), 'utf8')
    expect(text).toMatch(/^\[Desktop Entry\]\n/)
    expect(text).toContain('\nType=Application\n')
    expect(text).toContain('\nName=Chastity Tracker Companion\n')
    expect(text).toContain('\nExec="/opt/Chastity Tracker Companion/ct-companion"\n')

    // A new instance reads the same truth from disk.
    expect(autostart().isEnabled()).toBe(true)
    a.disable()
    expect(existsSync(path())).toBe(false)
    expect(a.isEnabled()).toBe(false)
    expect(() => a.disable()).not.toThrow()
  })

  it('reads an entry switched off in the desktop settings as off, and turning it on rewrites it', () => {
    const a = autostart()
    for (const off of ['Hidden=true', 'X-GNOME-Autostart-enabled=false', 'Hidden = true']) {
      a.enable()
      writeFileSync(
        path(),
        `${readFileSync(path(), 'utf8').replace('X-GNOME-Autostart-enabled=true', '')}${off}\n`,
      )
      expect(a.isEnabled(), off).toBe(false)
      a.enable()
      expect(a.isEnabled(), off).toBe(true)
    }
  })

  it('looks only at the [Desktop Entry] group, and ignores comments', () => {
    const a = autostart()
    a.enable()
    const text = readFileSync(path(), 'utf8')
    writeFileSync(path(), `# Hidden=true\n${text}\n[Desktop Action other]\nHidden=true\n`)
    expect(a.isEnabled()).toBe(true)
  })

  it('reads an entry that starts another program (the AppImage was moved) as off', () => {
    const a = autostart()
    a.enable()
    const moved = new LinuxAutostart(join(dir, 'autostart'), {
      ...ENTRY,
      program: '/home/me/Apps/CT.AppImage',
    })
    expect(moved.isEnabled()).toBe(false)
    moved.enable()
    expect(moved.isEnabled()).toBe(true)
    expect(a.isEnabled()).toBe(false)
  })

  it('reads an entry it cannot read as off, and throws when it cannot write one', () => {
    mkdirSync(path(), { recursive: true })
    const a = autostart()
    expect(a.isEnabled()).toBe(false)
    expect(() => a.enable()).toThrow()
  })

  it.skipIf(!has('desktop-file-validate'))('writes an entry desktop-file-validate accepts', () => {
    const a = new LinuxAutostart(dir, { ...ENTRY, program: "/home/me/My Apps/it's $HOME.AppImage" })
    a.enable()
    expect(() => execFileSync('desktop-file-validate', [a.path], { encoding: 'utf8' })).not.toThrow()
  })

  it.skipIf(!has('gio'))('writes an entry that GLib (GNOME) starts the right program from', () => {
    const folder = join(dir, 'My Apps $HOME (1)')
    mkdirSync(folder)
    const program = join(folder, `it's "odd" \`x\` \\ & co.AppImage`)
    const marker = join(dir, 'started')
    writeFileSync(program, `#!/bin/sh\necho "$#" > '${marker}'\n`, { mode: 0o755 })
    const a = new LinuxAutostart(dir, { ...ENTRY, program })
    a.enable()
    execFileSync('gio', ['launch', a.path])
    return expect.poll(() => (existsSync(marker) ? readFileSync(marker, 'utf8') : '')).toBe('0\n')
  })
})
