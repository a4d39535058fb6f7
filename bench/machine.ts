/** What the numbers were measured on. */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os'

export interface Machine {
  os: string
  arch: string
  cpuModel: string
  cores: number
  memoryGiB: number
  node: string
}

export function describeMachine(): Machine {
  const list = cpus()
  return {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
  }
}

/** The 1-minute load average: other work on the machine skews the times, so it is recorded. */
export function loadAverage(): number {
  return Number((loadavg()[0] ?? 0).toFixed(2))
}
