import { describe, expect, it } from 'vitest'
import { isAppUrl, needsCspHeader, rendererUrl } from '../../../src/main/security/policy'

const built = 'file:///opt/app/resources/app.asar/out/renderer/index.html'
const devServer = 'http://localhost:5173/'

describe('the page the window loads', () => {
  it('is the built file in a packaged app, whatever the environment says', () => {
    expect(
      rendererUrl({
        isPackaged: true,
        env: { ELECTRON_RENDERER_URL: 'https://evil.example/' },
        builtPageUrl: built,
      }),
    ).toEqual({ url: built, devServer: false })
  })

  it('is the dev server in an unpackaged run that names one', () => {
    expect(
      rendererUrl({ isPackaged: false, env: { ELECTRON_RENDERER_URL: devServer }, builtPageUrl: built }),
    ).toEqual({ url: devServer, devServer: true })
  })

  it('is the built file in an unpackaged run without a dev server', () => {
    expect(rendererUrl({ isPackaged: false, env: {}, builtPageUrl: built })).toEqual({
      url: built,
      devServer: false,
    })
  })
})

describe('the Content-Security-Policy header', () => {
  it('is left off the dev server answers, whose inline refresh preamble it would block', () => {
    const page = { url: devServer, devServer: true }
    expect(needsCspHeader('http://localhost:5173/src/main.tsx', page)).toBe(false)
    expect(needsCspHeader('https://elsewhere.example/x.js', page)).toBe(true)
  })

  it('is sent on every answer when the app runs from its files', () => {
    const page = { url: built, devServer: false }
    expect(needsCspHeader(built, page)).toBe(true)
    expect(needsCspHeader('http://localhost:5173/', page)).toBe(true)
  })
})

describe('the app page', () => {
  it('is the very built file, not a sibling file', () => {
    expect(isAppUrl(`${built}#/settings`, built)).toBe(true)
    expect(isAppUrl('file:///tmp/evil.html', built)).toBe(false)
  })

  it('is the dev server origin in development', () => {
    expect(isAppUrl('http://localhost:5173/anything', devServer)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', devServer)).toBe(false)
    expect(isAppUrl(null, devServer)).toBe(false)
  })
})
