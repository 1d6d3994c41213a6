// Bytes to text: BOMs, UTF-16, legacy single-byte text (Windows-1252), and refusal of binary data.
import { ReadError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
const UTF8_LENIENT = new TextDecoder('utf-8');
// Node's 'windows-1252' decoder is really Latin-1 (0x80-0x9F become C1 controls), so those 32 bytes are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** File signatures of formats people drop into a folder of articles by mistake. */
const SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['old Word document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ReadError('empty file');
  for (const [name, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new ReadError(`binary file (${name}), not text`);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(UTF16LE.decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(UTF16BE.decode(bytes.subarray(2)), 'utf-16be');
  // Both checks below look for zero bytes in the first 8 KB: most text has none, which one native search shows.
  const zeros = bytes.subarray(0, 8192).indexOf(0) >= 0;
  const utf16 = zeros ? bomlessUtf16(bytes) : null;
  if (utf16) {
    const decoded = finish((utf16 === 'utf-16le' ? UTF16LE : UTF16BE).decode(bytes), utf16);
    decoded.warnings.push(`no byte order mark: decoded as ${utf16.toUpperCase()}`);
    return decoded;
  }
  const controls = zeros ? -1 : controlBytes(bytes);
  if (zeros || controls > Math.min(bytes.length, 8192) * 0.1) throw new ReadError('binary file, not text');
  // Control characters are single bytes in UTF-8: none in a file of up to 8 KB means none in its text either.
  return utf8(bytes, 'utf-8', controls === 0 && bytes.length <= 8192);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

function utf8(bytes: Uint8Array, encoding: string, noControls = false): Decoded {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return legacy(bytes);
  }
  return finish(text, encoding, noControls);
}

/**
 * Not UTF-8. Text from older Western systems is usually Windows-1252: mostly ASCII, with accented letters and
 * curly quotes here and there. Scraped text often mixes the two, so valid UTF-8 sequences are kept as UTF-8 and
 * only the stray bytes are read as Windows-1252. Bytes that Windows-1252 leaves undefined, or a text made mostly
 * of stray high bytes (Cyrillic or Greek code pages, Shift-JIS...), mean an encoding we cannot tell apart safely.
 */
function legacy(bytes: Uint8Array): Decoded {
  const pieces: string[] = [];
  let runStart = 0;
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = utf8Sequence(bytes, i);
    if (n > 0) {
      sequences++;
      i += n;
      continue;
    }
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) {
      throw new ReadError('invalid UTF-8, and not Windows-1252 text either (convert the file to UTF-8)');
    }
    stray++;
    if (i > runStart) pieces.push(UTF8_LENIENT.decode(bytes.subarray(runStart, i)));
    pieces.push(b >= 0xa0 ? String.fromCharCode(b) : CP1252_HIGH[b - 0x80]!);
    runStart = ++i;
  }
  if (stray > bytes.length * 0.3) {
    throw new ReadError('invalid UTF-8, and too many non-ASCII bytes for Windows-1252 text (convert the file to UTF-8)');
  }
  if (runStart < bytes.length) pieces.push(UTF8_LENIENT.decode(bytes.subarray(runStart)));
  const decoded = finish(pieces.join(''), sequences > 0 ? 'utf-8 + windows-1252' : 'windows-1252');
  decoded.warnings.push(sequences > 0
    ? `not valid UTF-8: ${stray} stray byte${stray === 1 ? '' : 's'} decoded as Windows-1252`
    : 'not valid UTF-8: decoded as Windows-1252');
  return decoded;
}

/** Length of the well-formed UTF-8 sequence starting at i (2-4), or 0. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function finish(text: string, encoding: string, noControls = false): Decoded {
  if (text.trim() === '') throw new ReadError('empty file (only white space)');
  if (text.includes('\0')) throw new ReadError('binary file (contains NUL characters), not text');
  if (!noControls && controlShare(text) > 0.1) throw new ReadError('binary file (many control characters), not text');
  return { text, encoding, warnings: [] };
}

/**
 * UTF-16 without a byte order mark: in mostly-ASCII text every other byte is zero, on the odd side (LE) or the
 * even side (BE), while the other side has almost none.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control bytes (C0 other than tab, line breaks and form feed) in the first 8 KB: many mean the file is not text. */
function controlBytes(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control;
}

/** C0 control characters other than tab, line breaks and form feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

/** Share of C0 control characters (other than tab, line breaks and form feed) in the first 8 K characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 8192);
  if (!CONTROL.test(text.length > n ? text.slice(0, n) : text)) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return n === 0 ? 0 : control / n;
}
