/** A test-side PNG reader, independent of the encoder: zlib's CRC and inflate do the checking. */
import { crc32 as zlibCrc32, inflateSync } from 'node:zlib'
import { expect } from 'vitest'
import type { RgbaBitmap } from '../../../src/main/tray/png'

interface Chunk {
  type: string
  data: Buffer
  crc: number
}

/** Splits a PNG into chunks, checking each chunk's CRC with zlib's independent implementation. */
function readChunks(png: Buffer): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const chunks: Chunk[] = []
  let pos = 8
  while (pos < png.length) {
    const length = png.readUInt32BE(pos)
    const type = png.toString('latin1', pos + 4, pos + 8)
    const data = png.subarray(pos + 8, pos + 8 + length)
    const crc = png.readUInt32BE(pos + 8 + length)
    expect(zlibCrc32(png.subarray(pos + 4, pos + 8 + length)), `CRC of ${type}`).toBe(crc)
    chunks.push({ type, data, crc })
    pos += 12 + length
  }
  expect(pos).toBe(png.length)
  return chunks
}

/** A decoder for what the encoder writes: 8-bit RGBA, no interlace, filter 0 on every line. */
export function decodePng(png: Buffer): RgbaBitmap {
  const chunks = readChunks(png)
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND'])
  const ihdr = chunks[0]?.data ?? Buffer.alloc(0)
  expect(ihdr.length).toBe(13)
  const width = ihdr.readUInt32BE(0)
  const height = ihdr.readUInt32BE(4)
  expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0])
  const raw = inflateSync(chunks[1]?.data ?? Buffer.alloc(0))
  const stride = width * 4
  expect(raw.length).toBe((stride + 1) * height)
  const rgba = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0)
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride)
  }
  expect(chunks[2]?.data.length).toBe(0)
  return { width, height, rgba }
}
