/**
 * The security policy of the app's windows, as data: the web preferences every window gets, the
 * Content-Security-Policy of the page, which senders may call IPC, and which links may open in
 * the user's browser. Electron's glue applies it; tests assert it.
 */

export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  spellcheck: false
  navigateOnDragDrop: false
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  }
}

/**
 * The page the window loads. A dev server's address (electron-vite's ELECTRON_RENDERER_URL) is
 * honoured only in an unpackaged run: in a packaged app an environment variable must never be
 * able to point the window, and with it the trusted IPC sender, at another origin.
 */
export function rendererUrl(options: {
  isPackaged: boolean
  env: Record<string, string | undefined>
  builtPageUrl: string
}): { url: string; devServer: boolean } {
  const dev = options.env['ELECTRON_RENDERER_URL']
  if (!options.isPackaged && dev) return { url: dev, devServer: true }
  return { url: options.builtPageUrl, devServer: false }
}

/**
 * Sent as a response header on top of the page's own meta tag, except for the dev server's
 * answers: its inline React refresh preamble comes before the meta tag and would be blocked.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Whether a response gets the CSP header (see CONTENT_SECURITY_POLICY). */
export function needsCspHeader(responseUrl: string, page: { url: string; devServer: boolean }): boolean {
  return !(page.devServer && isAppUrl(responseUrl, page.url))
}

/**
 * Whether a URL is the app's own page: the built renderer file, or the dev server's origin. Every
 * IPC call and every navigation is checked against it.
 */
export function isAppUrl(url: string | null | undefined, appUrl: string): boolean {
  if (!url) return false
  let target: URL
  let app: URL
  try {
    target = new URL(url)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname
  return target.origin === app.origin
}

const EXTERNAL_HOSTS = new Set(['chastitytracker.org', 'www.chastitytracker.org'])

/** Links that may open in the user's browser: https pages of the service only. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && EXTERNAL_HOSTS.has(u.hostname) && u.username === '' && u.password === ''
  } catch {
    return false
  }
}
