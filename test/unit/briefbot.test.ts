import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBriefbot } from '../../src/briefbot.ts';
import type { BriefbotCore } from '../../src/core.ts';
import { copyInto, FIXTURE_ARTICLES, tempDirs, writeInto } from './support.ts';

const makeDir = tempDirs('briefbot');
const LIMIT_CHARS = 500;

describe('the core over a folder of articles', () => {
  let bot: BriefbotCore;

  beforeAll(async () => {
    const dir = copyInto(
      makeDir(),
      join(FIXTURE_ARTICLES, 'harbour-row.txt'),
      join(FIXTURE_ARTICLES, 'ferry-memo.md'),
    );
    writeInto(dir, { 'broken.md': '---\ntitle: [unclosed\n---\nBody.\n' });
    bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: LIMIT_CHARS });
  });

  it('serves the good articles and reports the broken one by name', () => {
    expect(bot.sources().map((s) => s.article)).toEqual(['ferry-memo', 'harbour-row']);
    expect(bot.status()).toMatchObject({
      articles: 2,
      rebuilding: false,
      problems: [{ file: 'broken.md', message: expect.stringMatching(/^broken\.md: /) }],
    });
    expect(bot.cacheState).toBe('miss');
  });

  it('lists each article with its title, paragraph count, link and date', () => {
    expect(bot.sources()[0]).toEqual({
      article: 'ferry-memo',
      title: 'Ferry memo shows the timetable was rushed',
      paragraphs: 3,
      url: 'https://example.org/news/ferry-memo',
      published: '2024-03-09',
    });
  });

  it.each(['', '   ', '\n\t'])('refuses the empty question %j with a hint', (question) => {
    expect(bot.answer(question)).toMatchObject({
      found: false,
      citations: [],
      summary: expect.stringContaining('Ask a question'),
    });
  });

  it('refuses a 10,000-character question, saying how long it may be', () => {
    const answer = bot.answer('who '.repeat(2500));
    expect(answer).toMatchObject({ found: false, citations: [] });
    expect(answer.summary).toBe(
      `That question is 10000 characters long; ask in at most ${LIMIT_CHARS}.`,
    );
    expect(answer.query.length).toBeLessThanOrEqual(LIMIT_CHARS);
  });

  it('answers a question at exactly the limit', () => {
    const question = `who quigley${' '.repeat(LIMIT_CHARS - 'who quigley'.length)}`;
    expect(bot.answer(question)).toMatchObject({ found: true, subject: 'Peter Quigley' });
  });

  it('completes subject names for autocomplete', () => {
    expect(bot.suggestSubjects('quig', 5).map((s) => s.slug)).toEqual(['peter-quigley']);
  });
});

describe('starting without articles', () => {
  it('fails with CONTENT_EMPTY for an empty folder', async () => {
    const dir = makeDir();
    await expect(
      createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: LIMIT_CHARS }),
    ).rejects.toMatchObject({ code: 'CONTENT_EMPTY', message: expect.stringContaining(dir) });
  });

  it('fails with CONTENT_EMPTY, naming the files, when no article can be read', async () => {
    const dir = writeInto(makeDir(), { 'photo.txt': new Uint8Array([0, 1, 2, 3]) });
    await expect(
      createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: LIMIT_CHARS }),
    ).rejects.toMatchObject({
      code: 'CONTENT_EMPTY',
      message: expect.stringContaining('photo.txt: looks like a binary file'),
    });
  });

  it('fails with CONTENT_DIR_MISSING for a folder that does not exist', async () => {
    await expect(
      createBriefbot({
        contentDir: join(makeDir(), 'missing'),
        cacheDir: null,
        maxQuestionChars: LIMIT_CHARS,
      }),
    ).rejects.toMatchObject({ code: 'CONTENT_DIR_MISSING' });
  });
});

describe('reloading', () => {
  it('serves an article added to the folder after a reload', async () => {
    const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
    const bot = await createBriefbot({ contentDir: dir, cacheDir: null, maxQuestionChars: 500 });
    expect(bot.answer('what ferry board').found).toBe(false);
    copyInto(dir, join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    await expect(bot.reload()).resolves.toEqual({ ok: true, problems: [] });
    expect(bot.sources().map((s) => s.article)).toEqual(['ferry-memo', 'harbour-row']);
    expect(bot.answer('what ferry board')).toMatchObject({ found: true });
  });
});
