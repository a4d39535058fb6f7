/** How the insight names sources and orgasm modes: the dashboard's own words for them. */
import type { InsightWords } from '../../../../shared/insight/summary'
import { sourceWords } from '../../../../shared/words'
import { MODE_TEXT } from '../../orgasmModes'

export function insightWords(locale: string | undefined): InsightWords {
  return {
    source: (source) => sourceWords(source),
    mode: (mode) => (mode === null ? 'Any kind' : MODE_TEXT[mode]),
    locale,
  }
}
