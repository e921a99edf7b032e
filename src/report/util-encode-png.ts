import { deflateSync } from 'node:zlib';

/** An RGB raster: `pixels` holds width × height × 3 bytes, row by row. */
export interface Raster { width: number; height: number; pixels: Uint8Array }

/** A white raster of this size. */
export const blankRaster = (width: number, height: number): Raster => ({ width, height, pixels: new Uint8Array(width * height * 3).fill(255) });

/** Paint a rectangle (clipped to the raster) with a `#rrggbb` colour. */
export function fillRect(raster: Raster, x: number, y: number, width: number, height: number, colour: string): void {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16)) as [number, number, number];
  const [left, top] = [Math.max(0, Math.round(x)), Math.max(0, Math.round(y))];
  const [right, bottom] = [Math.min(raster.width, Math.round(x + width)), Math.min(raster.height, Math.round(y + height))];
  for (let row = top; row < bottom; row += 1) {
    for (let column = left; column < right; column += 1) raster.pixels.set([r, g, b], (row * raster.width + column) * 3);
  }
}

/** The raster as a PNG file (8-bit RGB, no filter, zlib-compressed), as the PNG specification lays it out. */
export function encodePng(raster: Raster): Uint8Array {
  const stride = raster.width * 3;
  const scanlines = new Uint8Array((stride + 1) * raster.height);
  for (let row = 0; row < raster.height; row += 1) scanlines.set(raster.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, raster.width);
  view.setUint32(4, raster.height);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', new Uint8Array(0))]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
