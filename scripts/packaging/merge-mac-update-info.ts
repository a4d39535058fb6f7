/**
 * Merges the latest-mac.yml of each Mac build into one (see mac-update-info.ts):
 *   npx tsx scripts/packaging/merge-mac-update-info.ts <output> <x64 latest-mac.yml> <arm64 latest-mac.yml>
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { formatUpdateInfo, mergeUpdateInfo, parseUpdateInfo } from './mac-update-info'

const [output, ...inputs] = process.argv.slice(2)
if (!output || inputs.length < 2) {
  console.error('usage: merge-mac-update-info.ts <output> <latest-mac.yml> <latest-mac.yml>...')
  process.exit(2)
}
const merged = mergeUpdateInfo(inputs.map((file) => parseUpdateInfo(readFileSync(file, 'utf8'), file)))
writeFileSync(output, formatUpdateInfo(merged))
console.log(`${output}: version ${merged.version}, ${merged.files.map((f) => f.url).join(', ')}`)
