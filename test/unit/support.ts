import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The repository root, whatever folder the tests are started from. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The sample article exactly as it ships in `content/`: a raw web copy with its page furniture. */
export const SEED_FILE = join(REPO_ROOT, 'content', '000_e6b419b8511849bc.txt');
/** The seed's article id, from its file name. */
export const SEED_SLUG = '000-e6b419b8511849bc';

/** Small hand-written articles: furniture of every kind, front matter, a saved page, a shared surname. */
export const FIXTURE_ARTICLES = join(REPO_ROOT, 'test', 'fixtures', 'articles');

/** Real saved web pages (from mozilla/readability's test pages), as the eval sets keep them. */
export const REAL_PAGES = {
  guardian: join(REPO_ROOT, 'test/fixtures/eval/guardian/articles/guardian-1.html'),
  seattletimes: join(REPO_ROOT, 'test/fixtures/eval/seattletimes/articles/seattletimes-1.html'),
  nytimesSudan: join(REPO_ROOT, 'test/fixtures/eval/nytimes-sudan/articles/nytimes-1.html'),
  nytimesDeficit: join(REPO_ROOT, 'test/fixtures/eval/heldout-real-nyt4/articles/nytimes-4.html'),
} as const;

/**
 * Temp folders for one test file, removed after its last test. Call at the top of a file or
 * `describe`; the returned function makes a fresh folder.
 */
export function tempDirs(label: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `briefbot-${label}-`));
    made.push(dir);
    return dir;
  };
}

/** Copies article files into a folder, keeping their names. */
export function copyInto(dir: string, ...files: string[]): string {
  for (const file of files) copyFileSync(file, join(dir, basename(file)));
  return dir;
}

/** Writes articles (text or raw bytes) into a folder by file name. */
export function writeInto(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
