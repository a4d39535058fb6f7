/**
 * latest-mac.yml for both Mac architectures. Each release job builds one architecture, and
 * electron-builder writes a latest-mac.yml naming only that build's files; electron-updater picks
 * the file of its own architecture from one list, so the lists are merged into one file.
 */
import { dump, load } from 'js-yaml'
import { z } from 'zod'

const updateInfo = z.looseObject({
  version: z.string(),
  files: z.array(z.looseObject({ url: z.string() })).min(1),
})

export type UpdateInfo = z.infer<typeof updateInfo>

export function parseUpdateInfo(text: string, source: string): UpdateInfo {
  const parsed = updateInfo.safeParse(load(text))
  if (!parsed.success)
    throw new Error(`${source} is not electron-builder update info: ${parsed.error.message}`)
  return parsed.data
}

/**
 * One update info listing every build's files. The first keeps its other fields (`path` and
 * `sha512` name one file for old updaters that know no architectures: list x64 first).
 */
export function mergeUpdateInfo(infos: readonly UpdateInfo[]): UpdateInfo {
  const [first, ...rest] = infos
  if (!first) throw new Error('No update info to merge')
  const files = [...first.files]
  for (const info of rest) {
    if (info.version !== first.version) {
      throw new Error(`Versions differ: ${first.version} and ${info.version}`)
    }
    for (const file of info.files) if (!files.some((f) => f.url === file.url)) files.push(file)
  }
  return { ...first, files }
}

export const formatUpdateInfo = (info: UpdateInfo) => dump(info, { lineWidth: -1 })
