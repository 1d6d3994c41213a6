// Running the built CLI as a user would: a subprocess, a real SQLite file in a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(command: 'ingest' | 'query' | 'extract', args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', `${command}.js`), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, FORCE_COLOR: '0', STRINGER_DB: '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stringer-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Row counts of every record table, read straight from the database file. */
export function counts(dbPath: string): Record<string, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['articles', 'actors', 'aliases', 'mentions', 'dates', 'quotes', 'agreements', 'agreement_parties', 'actor_roles', 'files']) {
      out[t] = (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    }
    return out;
  } finally {
    db.close();
  }
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
