import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crc32, encodePng } from '../../../src/main/tray/png'
import type { RgbaBitmap } from '../../../src/main/tray/png'
import { decodePng } from './png-decode'

function pattern(width: number, height: number): RgbaBitmap {
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 37 + 11) % 256
  return { width, height, rgba }
}

describe('crc32', () => {
  it('matches the standard check value and zlib', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
    const bytes = pattern(7, 5).rgba
    expect(crc32(bytes)).toBe(zlibCrc32(bytes))
  })
})

describe('encodePng', () => {
  it('writes a valid PNG that decodes to the same pixels', () => {
    for (const [w, h] of [
      [1, 1],
      [16, 16],
      [32, 32],
      [5, 3],
    ] as const) {
      const bitmap = pattern(w, h)
      const decoded = decodePng(encodePng(bitmap))
      expect(decoded.width).toBe(w)
      expect(decoded.height).toBe(h)
      expect([...decoded.rgba]).toEqual([...bitmap.rgba])
    }
  })

  it('rejects a bitmap whose bytes do not match its size', () => {
    expect(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(15) })).toThrow(RangeError)
    expect(() => encodePng({ width: 0, height: 2, rgba: new Uint8Array(0) })).toThrow(RangeError)
    expect(() => encodePng({ width: 1.5, height: 2, rgba: new Uint8Array(12) })).toThrow(RangeError)
  })
})
