// Opening the SQLite store: pragmas, migrations, and clear errors for files that are not (usable) databases.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { MIGRATIONS } from './migrations.js';

export type DB = Database.Database;

/** A problem with the database file itself; the CLI reports it in one line and exits 1. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export function defaultDbPath(option?: string): string {
  return option ?? process.env.STRINGER_DB ?? 'stringer.db';
}

export interface OpenOptions {
  /** Open an existing database for reading; do not create or migrate. */
  readonly?: boolean;
  /** How long to wait for another process's write lock, in ms (default: $STRINGER_BUSY_TIMEOUT or 10 s). */
  busyTimeout?: number;
}

export function openStore(path: string, options: OpenOptions = {}): DB {
  if (options.readonly && !existsSync(path)) {
    throw new StoreError(`${path}: no such database (run \`ingest\` first, or pass --db FILE)`);
  }
  let db: DB;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma(`busy_timeout = ${options.busyTimeout ?? (Number(process.env.STRINGER_BUSY_TIMEOUT) || 10_000)}`);
    if (!options.readonly) {
      // 16 KB pages (a new database only; an existing one keeps its own): an article's ~50 record rows touch fewer
      // pages, which made storing about 15% cheaper than SQLite's default 4 KB, and the file no larger.
      db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('cache_size = -16384');
      // Checkpoint every 16 MB of WAL (1,000 pages of 16 KB) rather than after SQLite's default of 1,000 4 KB pages:
      // a page written by many batches is copied back fewer times. Counted in pages, so set for the file's own size.
      db.pragma(`wal_autocheckpoint = ${Math.round((16 << 20) / (db.pragma('page_size', { simple: true }) as number))}`);
    }
    migrate(db, path, options.readonly ?? false);
    db.pragma('foreign_keys = ON');
  } catch (e) {
    throw asStoreError(path, e);
  }
  return db;
}

function migrate(db: DB, path: string, readonly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new StoreError(`${path}: database schema version ${version} is newer than this Stringer supports (${MIGRATIONS.length}); upgrade Stringer`);
  }
  if (version === MIGRATIONS.length) return;
  if (readonly) throw new StoreError(`${path}: database schema is out of date; run \`ingest\` once to upgrade it`);
  // Foreign keys are checked once at the end of each migration, not row by row: a migration that rebuilds a table
  // drops the old one, and with enforcement on, that drop would cascade into the rows just copied.
  db.pragma('foreign_keys = OFF');
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new StoreError(`${path}: migration ${v + 1} left ${broken.length} dangling references`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

export function asStoreError(path: string, e: unknown): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB' || /not a database/i.test(message)) return new StoreError(`${path}: not a SQLite database`);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || /locked|busy/i.test(message)) {
    return new StoreError(`${path}: database is locked by another process`);
  }
  if (code === 'SQLITE_CANTOPEN' || /unable to open/i.test(message)) return new StoreError(`${path}: cannot open the database file`);
  if (code === 'SQLITE_READONLY') return new StoreError(`${path}: database is read-only`);
  if (code.startsWith('SQLITE_')) return new StoreError(`${path}: ${message}`);
  return e as Error;
}
