import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BriefbotError } from '../errors.ts';

/** File endings briefbot reads as articles; anything else in the folder is ignored. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The article files of a folder, sorted by name so ids and answers are stable. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(dir);
  } catch {
    throw new BriefbotError('CONTENT_DIR_MISSING', `Content folder not found: ${dir}`);
  }
  return entries
    .filter((name) => !name.startsWith('.'))
    .filter((name) =>
      (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()),
    )
    .sort()
    .map((name) => join(dir, name));
}
