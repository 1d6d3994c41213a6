// Expanding the paths a user names into the inputs to read: files, directories (recursive) and `-` for stdin.
import { opendir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFromPath } from './formats.js';

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'error'; path: string; reason: string };

/** Yields inputs in a stable order (directory entries sorted by name) without holding the whole tree in memory. */
export async function* expandInputs(paths: string[]): AsyncGenerator<Input> {
  const seenDirs = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield { kind: 'error', path, reason: describe(e) };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, seenDirs);
    else yield { kind: 'file', path };
  }
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Input> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    yield { kind: 'error', path: dir, reason: describe(e) };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'skipped', path: dir, reason: 'directory already visited (symbolic link loop?)' };
    return;
  }
  seen.add(real);
  let names: { name: string; dir: boolean; link: boolean }[];
  try {
    names = [];
    for await (const e of await opendir(dir)) names.push({ name: e.name, dir: e.isDirectory(), link: e.isSymbolicLink() });
  } catch (e) {
    yield { kind: 'error', path: dir, reason: describe(e) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const path = join(dir, e.name);
    if (e.name.startsWith('.')) {
      yield { kind: 'skipped', path, reason: 'hidden' };
      continue;
    }
    let isDir = e.dir;
    if (e.link) {
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (err) {
        yield { kind: 'error', path, reason: describe(err) };
        continue;
      }
    }
    if (isDir) yield* walk(path, seen);
    else if (formatFromPath(path) === null) yield { kind: 'skipped', path, reason: 'not an article file (by extension)' };
    else yield { kind: 'file', path };
  }
}

/** One line for a file-system error, without Node's "ENOENT: ..., open 'x'" noise. */
export function describe(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'not a directory';
    case 'EMFILE': return 'too many open files';
    default: return (e as Error).message ?? String(e);
  }
}

export type Loaded =
  | { kind: 'loaded'; path: string; file: string | null; bytes: Uint8Array }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'error'; path: string; reason: string };

/** expandInputs, with each file's (or stdin's) bytes read. `file` is null for stdin. */
export async function* loadInputs(paths: string[], stdin: () => Promise<Uint8Array> = readStdin): AsyncGenerator<Loaded> {
  for await (const input of expandInputs(paths)) {
    if (input.kind === 'skipped' || input.kind === 'error') {
      yield input;
      continue;
    }
    const path = input.kind === 'stdin' ? '-' : input.path;
    try {
      const bytes = input.kind === 'stdin' ? await stdin() : await readFile(path);
      yield { kind: 'loaded', path, file: input.kind === 'stdin' ? null : path, bytes };
    } catch (e) {
      yield { kind: 'error', path, reason: describe(e) };
    }
  }
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
