import type { IpcMainInvokeEvent, WebContents } from 'electron'

/**
 * The URL of an IPC call's sender when it is the main frame of the app's own window; null (the
 * dispatcher then refuses the call) for a subframe, a frame that is gone, or any other contents.
 */
export function appMainFrameUrl(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  isAppWindow: (contents: WebContents) => boolean,
): string | null {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null || !isAppWindow(event.sender)) return null
  return frame.url
}
