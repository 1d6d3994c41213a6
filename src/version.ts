// The extractor's version, derived from what decides its output: the package version plus a hash of the code that
// reads, analyses and extracts, and of the lexicons. Stored with every article and file, so after an upgrade (or an
// edited lexicon) `ingest` extracts again instead of reporting old records as unchanged. Nobody has to remember
// to bump it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
/** Relative to this module (src/ when run from source, dist/ when built). */
const CODE = ['read', 'analyse', 'extract', 'pipeline', 'model'];

let cached: string | undefined;

export function extractorVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  const files = [
    ...CODE.flatMap((name) => filesUnder(HERE, name)),
    ...filesUnder(join(ROOT, 'src'), 'lexicons').filter((f) => f.endsWith('.txt')),
  ];
  for (const file of files) hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  cached = `${pkg.version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

/** The code files of a folder (recursively) or of a module, in a stable order. */
function filesUnder(dir: string, name: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.name === name || e.name.startsWith(`${name}.`));
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(js|ts|txt)$/.test(f.name) && !f.name.endsWith('.d.ts'))
      .map((f) => join(f.parentPath, f.name));
    return /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  }).sort();
}
