/** How each orgasm mode is named on screen. */
import type { OrgasmMode } from '../../shared/api/schemas'

export const MODE_TEXT: Record<OrgasmMode, string> = {
  full: 'Full',
  ruined: 'Ruined',
  milking: 'Milking',
  dom: 'Dom',
  ted: 'TED',
}
