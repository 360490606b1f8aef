import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../../src/answer/engine.ts';
import { type Answer, INTENTS, toAnswerJson } from '../../../src/answer/types.ts';
import { createBriefbot } from '../../../src/briefbot.ts';
import type { ServedArticle } from '../../../src/content/types.ts';
import type { BriefbotCore } from '../../../src/core.ts';
import { loadKnowledge } from '../../../src/search/cache.ts';
import { copyInto, FIXTURE_ARTICLES, SEED_FILE, tempDirs } from '../support.ts';

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 42),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});

const MAX_QUESTION_CHARS = 500;
/** Long questions cost ~0.1 s each in the engine: a few runs prove the point. */
const LONG_QUESTION_RUNS = 10;

const ANSWER_KEYS = [
  'candidates',
  'citations',
  'found',
  'intent',
  'query',
  'subject',
  'suggestions',
  'summary',
];
const CITATION_KEYS = ['article', 'date', 'paragraph', 'quote', 'score', 'text', 'title', 'url'];
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** Intents that answer without citing a passage. */
const UNCITED_INTENTS = new Set(['help', 'sources']);

const makeDir = tempDirs('properties');
let bot: BriefbotCore;
let engine: AnswerEngine;
let articles: ServedArticle[];

beforeAll(async () => {
  const dir = copyInto(makeDir(), SEED_FILE, join(FIXTURE_ARTICLES, 'harbour-row.txt'));
  bot = await createBriefbot({
    contentDir: dir,
    cacheDir: null,
    maxQuestionChars: MAX_QUESTION_CHARS,
  });
  const { kb } = await loadKnowledge(dir, null);
  engine = new AnswerEngine(kb);
  articles = kb.articles;
});

/** Fails the property unless `answer` keeps every promise of the Answer contract for `question`. */
function expectWellFormed(answer: Answer, question: string): void {
  expect(Object.keys(answer).sort()).toEqual(ANSWER_KEYS);
  expect(question.startsWith(answer.query)).toBe(true);
  expect(INTENTS).toContain(answer.intent);
  expect(answer.subject === null || typeof answer.subject === 'string').toBe(true);
  expect(typeof answer.found).toBe('boolean');
  expect(answer.summary.trim().length).toBeGreaterThan(0);
  expect(answer.summary).not.toMatch(/^Something went wrong/);
  expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  if (!answer.found) expect(answer.citations).toEqual([]);
  if (answer.found && !UNCITED_INTENTS.has(answer.intent)) {
    expect(answer.citations.length).toBeGreaterThan(0);
  }
  for (const citation of answer.citations) {
    expect(Object.keys(citation).sort()).toEqual(CITATION_KEYS);
    const article = articles.find((a) => a.slug === citation.article);
    expect(article?.paragraphs[citation.paragraph - 1]?.text).toBe(citation.text);
    expect(citation.text).toContain(citation.quote);
    if (citation.date !== null) expect(citation.date).toMatch(ISO_DATE);
    expect(Number.isFinite(citation.score)).toBe(true);
  }
  const json = JSON.parse(JSON.stringify(toAnswerJson(answer)));
  expect(Object.keys(json)).toEqual([
    'query',
    'intent',
    'subject',
    'found',
    'summary',
    'citations',
  ]);
}

/** Words that reach the engine's interesting paths, and text that tries to break a chat or a parser. */
const TOKENS = [
  'who',
  'when',
  'where',
  'what',
  'why',
  'ask',
  'timeline',
  'sources',
  'help',
  '/who',
  'is',
  'the',
  'did',
  'kiriyenko',
  'kirienko',
  'Aliyev',
  'abu-dhabi',
  'zangezur-corridor',
  'Halloran',
  'Sergei',
  'zelensky',
  'talks',
  'peace',
  '?',
  '…',
  '@everyone',
  '@here',
  '<!channel>',
  '<!here>',
  '<@U123>',
  '[click here](https://evil.example/login)',
  '```',
  '**bold**',
  '\u202e',
  '\u200f',
  '\u0000',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  'Z̴̡̢̛a̵̢͎l̷̨̛g̶̢͝o̸̧͘',
  'Кириенко',
  'من هو',
  '🙂',
  '👩‍👩‍👧',
  '2025-07-10',
  '$1,950',
  '\n',
  '\t',
];

/** UTF-16 code units of any value, lone surrogates included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
});

const anyQuestion = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  codeUnits,
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((words) => words.join(' ')),
  fc
    .tuple(fc.constantFrom(...TOKENS.slice(0, 9)), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map(([intent, rest]) => `${intent} ${rest}`),
);

describe('any question yields a well-formed Answer', () => {
  it('through the core, which refuses what is empty or too long', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        expectWellFormed(bot.answer(question), question);
      }),
    );
  });

  it('through the engine itself, which never throws', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        expectWellFormed(engine.answer(question), question);
      }),
    );
  });

  it('for questions of up to 10,000 characters', () => {
    const longQuestion = fc.oneof(
      fc.string({ minLength: 9_000, maxLength: 10_000 }),
      fc
        .array(fc.constantFrom(...TOKENS), { minLength: 1500, maxLength: 2000 })
        .map((words) => words.join(' ').slice(0, 10_000)),
    );
    fc.assert(
      fc.property(longQuestion, (question) => {
        expectWellFormed(engine.answer(question), question);
        const refused = bot.answer(question);
        expectWellFormed(refused, question);
        expect(refused.summary).toContain(`at most ${MAX_QUESTION_CHARS}`);
      }),
      { numRuns: LONG_QUESTION_RUNS },
    );
  });

  it('for the hostile questions one by one', () => {
    for (const token of TOKENS) {
      for (const question of [token, `who ${token}`, `when ${token}`, `timeline ${token}`]) {
        expectWellFormed(bot.answer(question), question);
      }
    }
  });

  it('for a question that is not a string at all', () => {
    const answer = bot.answer(undefined as unknown as string);
    expect(answer).toMatchObject({ found: false, citations: [] });
  });
});
