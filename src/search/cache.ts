import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticleFiles } from '../content/files.ts';
import type { ServedArticle } from '../content/types.ts';
import type { ContentProblem } from '../core.ts';
import { BriefbotError } from '../errors.ts';
import {
  deserializeKnowledge,
  type KnowledgeBase,
  type SerializedKnowledge,
  serializeKnowledge,
} from './knowledge.ts';
import { INDEX_FORMAT_VERSION, INDEX_OPTIONS } from './options.ts';

/** A knowledge base ready to answer, with the files that could not be served and how it was obtained. */
export interface LoadedKnowledge {
  kb: KnowledgeBase;
  problems: ContentProblem[];
  /** `hit`: loaded from the cache; `miss`: built (and cached) now. */
  cache: 'hit' | 'miss';
  key: string;
  /** Why the cache could not be written, when it could not (the next start rebuilds). */
  cacheError: string | null;
}

const CACHE_PREFIX = 'index-';
const CACHE_SUFFIX = '.ndjson';
/**
 * The cache holds one JSON value per line, in this order: each part is parsed on its own, so a
 * large archive never needs one string longer than V8 allows (about 512 MB).
 */
const CACHE_PARTS = [
  'problems',
  'articles',
  'sentences',
  'entities',
  'index',
  'termSentences',
] as const;
type CacheParts = { problems: ContentProblem[] } & SerializedKnowledge;

/** Folders whose code decides what the index holds: a change there must rebuild it. */
const PIPELINE_DIRS = ['../content', '../extract', '.'];

/**
 * The source of the reading, extraction and indexing code, so that a code change misses the cache.
 * Always the TypeScript: the compiled copy in `dist/` sits beside the sources it was built from
 * (scripts/build.mjs), so the bot and `npm run ask` share one cache.
 */
async function pipelineSource(): Promise<string> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const parts: string[] = [];
  for (const dir of PIPELINE_DIRS) {
    const folder = join(here, dir);
    const names = (await readdir(folder).catch(() => []))
      .filter((name) => name.endsWith('.ts'))
      .sort();
    for (const name of names) parts.push(name, readFileSync(join(folder, name), 'utf8'));
  }
  return parts.join('\n');
}

/** Hash of every article file's name and bytes plus the index options, format and pipeline code: the cache key. */
export async function contentKey(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format:${INDEX_FORMAT_VERSION}\n`);
  hash.update(await pipelineSource());
  // Its functions are left out: their source is hashed above, and their compiled text in dist/
  // differs from it.
  hash.update(JSON.stringify(INDEX_OPTIONS));
  // Read synchronously: a thousand awaited reads cost 0.4 s at start, the same reads in one go
  // 30 ms (this runs at start, or in the rebuild worker).
  for (const file of files) {
    hash.update(`\n${basename(file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * JSON with every character past ASCII written as a `\u` escape, so that the cache is read as
 * Latin-1: decoding UTF-8 took 60–100 ms of a start at 1,000 articles, Latin-1 about 15 ms.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

async function readCache(path: string): Promise<CacheParts | null> {
  try {
    const bytes = await readFile(path);
    const parts: Record<string, unknown> = {};
    let start = 0;
    for (const name of CACHE_PARTS) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) return null;
      parts[name] = JSON.parse(bytes.toString('latin1', start, end));
      start = end + 1;
    }
    return parts as unknown as CacheParts;
  } catch {
    return null;
  }
}

/** Writes the cache atomically (temp file, then rename), part by part, and drops older caches. */
async function writeCache(cacheDir: string, key: string, data: CacheParts): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = join(cacheDir, `${CACHE_PREFIX}${key}${CACHE_SUFFIX}`);
  const temporary = `${target}.${process.pid}.tmp`;
  const file = await open(temporary, 'w');
  try {
    for (const name of CACHE_PARTS) await file.write(`${asciiJson(data[name])}\n`);
  } finally {
    await file.close();
  }
  await rename(temporary, target);
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith(CACHE_PREFIX) && name !== basename(target))
      await rm(join(cacheDir, name), { force: true });
  }
}

/**
 * Loads the knowledge base for a content folder: from the on-disk cache when the articles and
 * options are unchanged, else by reading, cleaning, extracting and indexing them (then caching).
 * Throws `CONTENT_EMPTY` when no article could be loaded. `lastGood` (file name → article) lets
 * a reload keep serving a file's previous version when the file breaks. A cache that cannot be
 * written only costs the next start its speed; `cacheError` says why.
 */
export async function loadKnowledge(
  contentDir: string,
  cacheDir: string | null,
  lastGood: ReadonlyMap<string, ServedArticle> = new Map(),
): Promise<LoadedKnowledge> {
  const files = await listArticleFiles(contentDir);
  if (files.length === 0) {
    throw new BriefbotError(
      'CONTENT_EMPTY',
      `No articles in ${contentDir} (add .txt, .md or .html files).`,
    );
  }
  const key = await contentKey(files);
  const cachePath = cacheDir ? join(cacheDir, `${CACHE_PREFIX}${key}${CACHE_SUFFIX}`) : null;
  const cached = cachePath ? await readCache(cachePath) : null;
  if (cached) {
    const { problems, ...knowledge } = cached;
    return { kb: deserializeKnowledge(knowledge), problems, cache: 'hit', key, cacheError: null };
  }
  // Reading and extraction libraries load only when there is something to build.
  const [{ loadArticles }, { buildKnowledge }] = await Promise.all([
    import('../content/load.ts'),
    import('./build.ts'),
  ]);
  const { articles, problems, servedLastGood } = await loadArticles(contentDir, lastGood);
  if (articles.length === 0) {
    const details = problems.map((p) => p.message).join('; ');
    throw new BriefbotError('CONTENT_EMPTY', `No readable articles in ${contentDir}: ${details}`);
  }
  const kb = buildKnowledge(articles);
  let cacheError: string | null = null;
  // An index holding last-good versions does not match the files' hash: never cache it.
  if (cacheDir && !servedLastGood) {
    await writeCache(cacheDir, key, { problems, ...serializeKnowledge(kb) }).catch((error) => {
      cacheError = error instanceof Error ? error.message : String(error);
    });
  }
  return { kb, problems, cache: 'miss', key, cacheError };
}
