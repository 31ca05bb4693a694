import {crc32, deflateSync} from 'node:zlib'

/**
 * Encodes 8-bit greyscale pixels as a PNG (no filter, one IDAT): enough for
 * test images and bad-input fixtures. The header says `width` × `height`;
 * only the whole rows `pixels` holds are written, so a header can claim a huge
 * image in a few bytes (a decompression bomb's shape, without the bomb).
 */
export function encodeGreyPng(pixels: Uint8Array, width: number, height: number): Buffer {
  const rows = Math.min(height, Math.floor(pixels.length / width))
  const raw = Buffer.alloc((width + 1) * rows)
  for (let y = 0; y < rows; y++) {
    raw[y * (width + 1)] = 0 // filter type: none
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // colour type: greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, {level: 9})), chunk('IEND', Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}
