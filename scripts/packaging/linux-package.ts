/**
 * Reading what a Linux package says about itself: a .deb's control fields and a desktop entry.
 */

/** Control fields (`dpkg-deb -f`), continuation lines joined to their field. */
export function parseControl(text: string): Record<string, string> {
  const fields: Record<string, string> = {}
  let last: string | null = null
  for (const line of text.split('\n')) {
    const field = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line)
    if (field) {
      last = field[1]!
      fields[last] = field[2]!
    } else if (last !== null && /^\s/.test(line)) {
      fields[last] += `\n${line.trim()}`
    }
  }
  return fields
}

/** The package names a Depends field requires, each alternative and without version bounds. */
export function dependencyNames(depends: string): Set<string> {
  return new Set(
    depends
      .split(/[,|]/)
      .map((d) => d.replace(/\(.*?\)/g, '').trim())
      .filter((d) => d.length > 0),
  )
}

/** The keys of a desktop entry's [Desktop Entry] group. */
export function parseDesktopEntry(text: string): Record<string, string> {
  const entry: Record<string, string> = {}
  let inGroup = false
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('[')) {
      inGroup = line === '[Desktop Entry]'
      continue
    }
    const eq = line.indexOf('=')
    if (!inGroup || line.startsWith('#') || eq < 1) continue
    entry[line.slice(0, eq).trim()] = line.slice(eq + 1).trim()
  }
  return entry
}
