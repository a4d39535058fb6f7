/**
 * `window.api` for the browser harness: the same bridge the preload builds, carried over HTTP
 * (POST /ipc/<channel>) and server-sent events (GET /events) instead of Electron IPC.
 */
import { createBridge } from '../../src/preload/bridge'

const CHANNEL_PREFIX = 'ct:'
const EVENT_PREFIX = 'ct-event:'
const source = new EventSource('/events')

Object.defineProperty(window, 'api', {
  value: createBridge({
    async invoke(ipcChannel, arg) {
      const channel = ipcChannel.slice(CHANNEL_PREFIX.length)
      const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(arg === undefined ? null : arg),
      })
      return response.json()
    },
    subscribe(ipcEvent, listener) {
      const event = ipcEvent.slice(EVENT_PREFIX.length)
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data))
      source.addEventListener(event, handler)
      return () => source.removeEventListener(event, handler)
    },
  }),
  writable: false,
  configurable: false,
})
