/**
 * Exposes exactly the contract's channels and events on `window.api`, and nothing else: no raw
 * ipcRenderer, no Node. Built as one CommonJS file, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'api',
  createBridge({
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    subscribe: (event, listener) => {
      const wrapped = (_e: unknown, payload: unknown) => listener(payload)
      ipcRenderer.on(event, wrapped)
      return () => {
        ipcRenderer.removeListener(event, wrapped)
      }
    },
  }),
)
