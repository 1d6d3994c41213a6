// Bytes to text: BOMs, UTF-16, legacy single-byte text, and refusal of binary data.
import { ReadError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ReadError('empty file');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), 'utf-8 (BOM)');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) throw new ReadError('binary file (not text)');
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: string): Decoded {
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding);
  } catch {
    // Not UTF-8. Text from older systems is usually Windows-1252; bytes it leaves undefined mean something else.
    if (bytes.some((b) => b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)) {
      throw new ReadError('invalid UTF-8 (and not Windows-1252 text)');
    }
    const decoded = finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
    decoded.warnings.push('not valid UTF-8: decoded as Windows-1252');
    return decoded;
  }
}

function finish(text: string, encoding: string): Decoded {
  if (text.trim() === '') throw new ReadError('empty file (no text)');
  if (text.includes('\0')) throw new ReadError('binary file (contains NUL characters)');
  return { text, encoding, warnings: [] };
}

/** NUL bytes, or many control characters, in the first 8 KB mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.1;
}
