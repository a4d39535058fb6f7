/**
 * The export as the window asks for it: one at a time, into a folder the user picks, with its
 * progress sent to the window (a few times a second at most) and a cancel that stops it.
 */
import { ApiError } from '../api/errors'
import type { DialogAdapter, WindowAdapter } from '../platform/types'
import type { ChannelOutput } from '../../shared/ipc/contract'
import { runExport, type ExportProgress } from './exporter'
import type { ExportSource } from './source'

export type ExportResult = ChannelOutput<'export:run'>

export interface ExportControllerOptions {
  dialogs: DialogAdapter
  /** What the export reads (the data service's cache and client). */
  source: () => ExportSource
  window: Pick<WindowAdapter, 'send'>
  now: () => number
}

/** Progress within a step is sent at most this often; a new step and a step's end always. */
const PROGRESS_EVERY_MS = 100

export class ExportController {
  private running: AbortController | null = null
  private last: { progress: ExportProgress; at: number } | null = null

  constructor(private readonly opts: ExportControllerOptions) {}

  /** Asks for a folder and exports into it; cancelled (with no folder) when the user chose none. */
  async run(): Promise<ExportResult> {
    if (this.running) {
      throw new ApiError({ kind: 'conflict', message: 'An export is already running.' })
    }
    const controller = new AbortController()
    this.running = controller
    this.last = null
    try {
      const parent = await this.opts.dialogs.pickFolder({
        title: 'Choose a folder for the export',
        buttonLabel: 'Export here',
      })
      if (parent === null) return { cancelled: true, folder: null, counts: null, files: [] }
      const outcome = await runExport({
        source: this.opts.source(),
        parent,
        signal: controller.signal,
        now: this.opts.now,
        onProgress: (progress) => this.progress(progress),
      })
      if (outcome.cancelled) return { cancelled: true, folder: parent, counts: null, files: [] }
      return { cancelled: false, folder: outcome.folder, counts: outcome.counts, files: outcome.files }
    } finally {
      this.running = null
    }
  }

  /** Stops the export under way; whether one was. */
  cancel(): boolean {
    if (!this.running) return false
    this.running.abort()
    return true
  }

  private progress(progress: ExportProgress): void {
    const at = this.opts.now()
    const last = this.last
    const sameStep = last !== null && last.progress.phase === progress.phase
    const stepEnds = progress.total > 0 && progress.done >= progress.total
    if (sameStep && !stepEnds && at - last.at < PROGRESS_EVERY_MS) return
    this.last = { progress, at }
    this.opts.window.send('export:progress', progress)
  }
}
