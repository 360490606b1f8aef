import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/content/load.ts';
import { readArticleFile } from '../../../src/content/read.ts';
import { BriefbotError } from '../../../src/errors.ts';
import { copyInto, FIXTURE_ARTICLES, tempDirs } from '../support.ts';

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 42),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});

const makeDir = tempDirs('read-properties');
const encoder = new TextEncoder();

/** Text that looks like an article file: optional front matter, lines, blank lines. */
const articleLike = fc
  .tuple(
    fc.option(
      fc.array(
        fc.tuple(
          fc.constantFrom(
            'title',
            'date',
            'published',
            'author',
            'source',
            'url',
            '- x',
            'a: [',
            '{',
          ),
          fc.string({ unit: 'grapheme', maxLength: 30 }),
        ),
        { maxLength: 5 },
      ),
    ),
    fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 8 }),
  )
  .map(([front, blocks]) => {
    const header = front ? `---\n${front.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n` : '';
    return encoder.encode(`${header}${blocks.join('\n\n')}`);
  });

/** A saved page: tags around random text. */
const pageLike = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 6 })
  .map((paragraphs) =>
    encoder.encode(
      `<html><head><title>${paragraphs[0] ?? ''}</title></head><body><article>${paragraphs
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    ),
  );

const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 4096 }), articleLike, pageLike);
const anyExtension = fc.constantFrom('.txt', '.md', '.html');
/** Text files get any bytes; `.html` files get pages (markup-free `.html` is a reported bug). */
const anyTextFile = fc.oneof(
  fc.tuple(anyBytes, fc.constantFrom('.txt', '.md')),
  fc.tuple(pageLike, fc.constant('.html')),
);

describe('any bytes as an article file', () => {
  it('are read as an article or refused with ARTICLE_UNREADABLE naming the file', async () => {
    const dir = makeDir();
    await fc.assert(
      fc.asyncProperty(anyTextFile, async ([bytes, extension]) => {
        const name = `article${extension}`;
        const file = join(dir, name);
        writeFileSync(file, bytes);
        try {
          const raw = await readArticleFile(file);
          expect(raw.slug).toBe('article');
          for (const block of raw.blocks) expect(typeof block).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(BriefbotError);
          expect((error as BriefbotError).code).toBe('ARTICLE_UNREADABLE');
          expect((error as BriefbotError).message.startsWith(`${name}: `)).toBe(true);
        } finally {
          rmSync(file);
        }
      }),
    );
  });

  it('never stop a good article in the same folder from loading', async () => {
    const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
    await fc.assert(
      fc.asyncProperty(anyBytes, anyExtension, async (bytes, extension) => {
        const name = `article${extension}`;
        writeFileSync(join(dir, name), bytes);
        try {
          const { articles, problems } = await loadArticles(dir);
          expect(articles.map((a) => a.slug)).toContain('harbour-row');
          const served = articles.some((a) => a.file === name);
          const reported = problems.filter((p) => p.file === name);
          expect(served || reported.length === 1).toBe(true);
          for (const problem of reported)
            expect(problem.message.startsWith(`${name}: `)).toBe(true);
          for (const article of articles) {
            for (const paragraph of article.paragraphs) {
              expect(paragraph.id).toBe(`${article.slug}#${paragraph.number}`);
            }
          }
        } finally {
          rmSync(join(dir, name));
        }
      }),
      { numRuns: Math.min(100, Number(process.env.FC_RUNS ?? 200)) },
    );
  });
});
