/**
 * The app's log file: a tray app started at login has no console, so what it has to say goes to
 * `<folder>/main.log`, rotated to main.old.log past a size. electron-log's Node flavour writes it
 * (its Electron flavour would add IPC channels of its own, outside the app's contract). Callers
 * pass messages already redacted: the core's log never carries the token.
 */
import { join } from 'node:path'
import log from 'electron-log/node'

export type LogLevel = 'info' | 'warn' | 'error'

export interface FileLog {
  readonly folder: string
  readonly file: string
  write(level: LogLevel, message: string): void
}

export interface FileLogOptions {
  /** Size at which the file is rotated; 1 MiB keeps two files of a few weeks each. */
  maxBytes?: number
  /** Also print to the console (development runs). */
  console?: boolean
}

export function createFileLog(folder: string, options: FileLogOptions = {}): FileLog {
  const file = join(folder, 'main.log')
  const logger = log.create({ logId: `file:${folder}` })
  logger.transports.file.resolvePathFn = () => file
  logger.transports.file.maxSize = options.maxBytes ?? 1024 * 1024
  logger.transports.file.level = 'info'
  logger.transports.console.level = options.console ? 'info' : false
  return {
    folder,
    file,
    write: (level, message) => logger[level](message),
  }
}
