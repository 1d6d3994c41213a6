// Which inputs are articles, by file name: small on purpose, so that walking directories loads no reader.
import { extname } from 'node:path';

export const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = {
  '': 'text', '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** The format a file's name implies, or null when the file is not an article by its extension. */
export function formatFromPath(path: string): Format | null {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (base.startsWith('.')) return null;
  return EXTENSIONS[extname(base).toLowerCase()] ?? null;
}
