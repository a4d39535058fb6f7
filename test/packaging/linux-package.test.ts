import { describe, expect, it } from 'vitest'
import { dependencyNames, parseControl, parseDesktopEntry } from '../../scripts/packaging/linux-package'

describe('parseControl', () => {
  it('reads fields and joins continuation lines', () => {
    const control = parseControl(
      'Package: ct-companion\nVersion: 0.1.0\nDescription: A tray app.\n Longer text\n .\n More\n',
    )
    expect(control).toEqual({
      Package: 'ct-companion',
      Version: '0.1.0',
      Description: 'A tray app.\nLonger text\n.\nMore',
    })
  })
})

describe('dependencyNames', () => {
  it('lists every alternative without version bounds', () => {
    expect([...dependencyNames('libgtk-3-0, libnss3 (>= 3.26), kde-cli-tools | trash-cli')]).toEqual([
      'libgtk-3-0',
      'libnss3',
      'kde-cli-tools',
      'trash-cli',
    ])
  })
})

describe('parseDesktopEntry', () => {
  it('reads the [Desktop Entry] group only', () => {
    const text = '# a comment\n[Desktop Entry]\nName=App\nExec=app %U\n\n[Desktop Action New]\nName=New\n'
    expect(parseDesktopEntry(text)).toEqual({ Name: 'App', Exec: 'app %U' })
  })
})
