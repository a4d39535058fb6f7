/** axe-core in the dashboard's page: WCAG 2.1 A and AA rules, serious and critical findings. */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const BLOCKING = new Set(['serious', 'critical'])

/** Elements listed per rule: enough to find the markup, short enough to read. */
const SHOWN_PER_RULE = 4

/**
 * The serious and critical violations on the page as it is now: one entry per rule, readable.
 * `rules` narrows the run to those rules (default: every WCAG 2.1 A and AA rule).
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const results = await (rules ? builder.withRules([...rules]) : builder.withTags(TAGS)).analyze()
  return results.violations
    .filter((v) => v.impact && BLOCKING.has(v.impact))
    .map((v) => {
      const shown = v.nodes.slice(0, SHOWN_PER_RULE).map((n) => {
        const why = (n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()
        return `\n  - ${n.target.join(' ')}: ${why}`
      })
      const more = v.nodes.length - shown.length
      return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}${shown.join('')}${more > 0 ? `\n  - and ${more} more` : ''}`
    })
}

/** Fails (softly: the other pages are still checked) when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page, where: string, rules?: readonly string[]): Promise<void> {
  expect.soft(await axeViolations(page, rules), `axe on ${where}`).toEqual([])
}
