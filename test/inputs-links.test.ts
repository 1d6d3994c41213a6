// Walking input directories: symbolic link loops, dangling links and unreadable directories are reported, the
// walk ends, and every real article is read exactly once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, type Input } from '../src/read/inputs.js';
import { cli, counts, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.cleanup();
});

const STORY = 'Prime Minister Nikol Pashinyan said on Monday that the treaty would be signed in June.\n';

async function walk(paths: string[]): Promise<Input[]> {
  const out: Input[] = [];
  const deadline = Date.now() + 10_000;
  for await (const input of expandInputs(paths)) {
    out.push(input);
    // A walk that follows a loop never ends: fail instead of hanging the suite.
    if (out.length > 10_000 || Date.now() > deadline) throw new Error('the walk does not end');
  }
  return out;
}

const files = (inputs: Input[]): string[] => inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));

describe('symbolic link loops', () => {
  it('a link back to a parent directory is reported once and not followed', async () => {
    const root = join(tmp.dir, 'news');
    mkdirSync(join(root, 'world'), { recursive: true });
    writeFileSync(join(root, 'world', 'story.txt'), STORY);
    symlinkSync('..', join(root, 'world', 'up'));
    symlinkSync('.', join(root, 'here'));
    const inputs = await walk([root]);
    expect(files(inputs)).toEqual([join(root, 'world', 'story.txt')]);
    const skipped = inputs.filter((i) => i.kind === 'skipped');
    expect(skipped.map((i) => i.kind === 'skipped' && i.reason)).toEqual([
      expect.stringMatching(/already visited/), expect.stringMatching(/already visited/),
    ]);
  });

  it('two directories linking to each other are each walked once', async () => {
    for (const d of ['a', 'b']) mkdirSync(join(tmp.dir, d));
    writeFileSync(join(tmp.dir, 'a', 'one.txt'), STORY);
    writeFileSync(join(tmp.dir, 'b', 'two.txt'), STORY);
    symlinkSync(join(tmp.dir, 'b'), join(tmp.dir, 'a', 'to-b'));
    symlinkSync(join(tmp.dir, 'a'), join(tmp.dir, 'b', 'to-a'));
    const inputs = await walk([join(tmp.dir, 'a'), join(tmp.dir, 'b')]);
    expect(files(inputs).map((f) => f.split('/').pop())).toEqual(['one.txt', 'two.txt']);
  });

  it('a link that points to itself is an error for that entry, and the walk goes on', async () => {
    writeFileSync(join(tmp.dir, 'real.txt'), STORY);
    symlinkSync('self.txt', join(tmp.dir, 'self.txt'));
    const inputs = await walk([tmp.dir]);
    expect(files(inputs)).toEqual([join(tmp.dir, 'real.txt')]);
    expect(inputs).toContainEqual({ kind: 'error', path: join(tmp.dir, 'self.txt'), reason: 'too many levels of symbolic links' });
  });
});

describe('directories that cannot be read', () => {
  it('a directory link to a missing target is reported, and the rest is read', async () => {
    writeFileSync(join(tmp.dir, 'real.txt'), STORY);
    symlinkSync(join(tmp.dir, 'gone'), join(tmp.dir, 'archive'));
    const inputs = await walk([tmp.dir]);
    expect(files(inputs)).toEqual([join(tmp.dir, 'real.txt')]);
    expect(inputs).toContainEqual({ kind: 'error', path: join(tmp.dir, 'archive'), reason: 'no such file or directory' });
  });

  it('a path through a file is reported as not a directory', async () => {
    writeFileSync(join(tmp.dir, 'real.txt'), STORY);
    const inputs = await walk([join(tmp.dir, 'real.txt', 'inner')]);
    expect(inputs).toEqual([{ kind: 'error', path: join(tmp.dir, 'real.txt', 'inner'), reason: 'not a directory' }]);
  });

  // Permission bits do not stop root, so this case can only be shown by an ordinary user; the two cases above
  // take the same error path (opendir or stat failing) as root.
  it.skipIf(process.getuid?.() === 0)('a directory without read permission is reported, and the rest is read', async () => {
    mkdirSync(join(tmp.dir, 'locked'));
    writeFileSync(join(tmp.dir, 'locked', 'secret.txt'), STORY);
    writeFileSync(join(tmp.dir, 'real.txt'), STORY);
    chmodSync(join(tmp.dir, 'locked'), 0o000);
    try {
      const inputs = await walk([tmp.dir]);
      expect(files(inputs)).toEqual([join(tmp.dir, 'real.txt')]);
      expect(inputs).toContainEqual({ kind: 'error', path: join(tmp.dir, 'locked'), reason: 'permission denied' });
    } finally {
      chmodSync(join(tmp.dir, 'locked'), 0o755);
    }
  });
});

describe('ingest over a tree with loops and dangling links', () => {
  it('stores each article once, names the broken entries, and exits 1 because some inputs failed', () => {
    const root = join(tmp.dir, 'news');
    mkdirSync(join(root, 'world'), { recursive: true });
    writeFileSync(join(root, 'world', 'story.txt'), STORY);
    writeFileSync(join(root, 'other.txt'), STORY.replace('Monday', 'Tuesday'));
    symlinkSync('..', join(root, 'world', 'up'));
    symlinkSync(join(tmp.dir, 'gone'), join(root, 'archive'));
    const db = join(tmp.dir, 'news.db');
    const r = cli('ingest', [root, '--db', db, '--verbose']);
    expect(r.stderr).toContain(`${join(root, 'archive')}: no such file or directory`);
    expect(r.stderr).toMatch(/world\/up: skipped, directory already visited/);
    expect(r.status).toBe(1);
    expect(counts(db).articles).toBe(2);
  });
});
