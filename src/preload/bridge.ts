/**
 * `window.api`, built from the contract over any transport: Electron IPC in the preload, HTTP and
 * server-sent events in the browser harness. A channel or event outside the contract is refused
 * before anything is sent.
 */
import type { Api } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/errors'
import {
  CHANNEL_NAMES,
  EVENT_NAMES,
  ipcChannelName,
  ipcEventName,
  type Channel,
  type EventName,
} from '../shared/ipc/names'

export interface BridgeTransport {
  invoke(ipcChannel: string, arg: unknown): Promise<unknown>
  subscribe(ipcEvent: string, listener: (payload: unknown) => void): () => void
}

const channelSet = new Set<string>(CHANNEL_NAMES)
const eventSet = new Set<string>(EVENT_NAMES)

export function createBridge(transport: BridgeTransport): Api {
  const api: Api = {
    channels: Object.freeze([...CHANNEL_NAMES]),
    async invoke(channel: Channel, ...args: unknown[]) {
      if (!channelSet.has(channel)) {
        return {
          ok: false,
          error: { kind: 'internal', message: `Unknown channel: ${String(channel)}`, retryable: false },
        }
      }
      return (await transport.invoke(ipcChannelName(channel), args[0])) as IpcResult<never>
    },
    on(event: EventName, listener: (payload: never) => void) {
      if (!eventSet.has(event)) throw new Error(`Unknown event: ${String(event)}`)
      return transport.subscribe(ipcEventName(event), listener as (payload: unknown) => void)
    },
  }
  return Object.freeze(api)
}
