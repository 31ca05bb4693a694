export {encodeGreyPng} from '../../../test/support/png.ts'

/** Rotates greyscale pixels a quarter turn clockwise. */
export function rotateQuarter(pixels: Uint8Array, width: number, height: number): {pixels: Uint8Array; width: number; height: number} {
  const out = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = pixels[y * width + x]!
  return {pixels: out, width: height, height: width}
}
