// Draws the ClauseLens icon (a lens over lines of text on a brand-blue tile) at the sizes the
// manifest needs and writes them as PNGs with Node's own zlib: no image library required.
// Run once with `npm run icons`; the PNGs are committed.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [15, 108, 189];
const WHITE = [255, 255, 255];
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

// Shapes in a unit square; each returns true when the point is inside.
const roundedTile = (x, y) => {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const ring = (x, y) => {
  const d = Math.hypot(x - 0.44, y - 0.44);
  return d <= 0.27 && d >= 0.19;
};
const handle = (x, y) => {
  // A thick segment from the ring towards the bottom-right corner.
  const t = ((x - 0.62) + (y - 0.62)) / 2;
  const px = 0.62 + t, py = 0.62 + t;
  return t >= 0 && t <= 0.18 && Math.hypot(x - px, y - py) <= 0.065;
};
const textLines = (x, y) =>
  x >= 0.33 && x <= 0.55 && ((y >= 0.37 && y <= 0.41) || (y >= 0.47 && y <= 0.51));

function pixel(x, y) {
  if (!roundedTile(x, y)) return null;
  return ring(x, y) || handle(x, y) || textLines(x, y) ? WHITE : BRAND;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = pixel((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; }
      rgba[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return png(size, size, rgba);
}

function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `icon-${size}.png`), render(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${out}`);
