/** Progress lines and a tally of named checks, for the packaging scripts. */
import { inspect } from 'node:util'

export class ChecksFailed extends Error {}

export class Checks {
  private passed = 0
  private readonly failed: string[] = []

  constructor(private readonly label: string) {}

  step(title: string): void {
    console.log(`\n== ${title}`)
  }

  /** One named check: it passes when there are no problems. */
  check(name: string, problems: readonly string[] = []): boolean {
    if (problems.length === 0) {
      this.passed++
      console.log(`  ok   ${name}`)
      return true
    }
    this.failed.push(name)
    console.log(`  FAIL ${name}`)
    for (const problem of problems) console.log(`         - ${problem}`)
    return false
  }

  /** Stops here if anything failed: the steps that follow build on what was checked. */
  stopIfFailed(): void {
    if (this.failed.length > 0) throw new ChecksFailed(`${this.failed.length} check(s) failed`)
  }

  /** Prints the closing line and returns the process's exit code. */
  finish(error?: unknown): number {
    if (error !== undefined && !(error instanceof ChecksFailed)) {
      console.error(`\n${this.label}: stopped by an error:`)
      console.error(error instanceof Error ? (error.stack ?? error.message) : inspect(error))
    }
    if (this.failed.length > 0 || error !== undefined) {
      const failed = this.failed.length > 0 ? `; failed: ${this.failed.join(', ')}` : ''
      console.error(`\n${this.label}: FAILED (${this.passed} checks passed${failed})`)
      return 1
    }
    console.log(`\n${this.label}: ${this.passed} checks passed`)
    return 0
  }
}
