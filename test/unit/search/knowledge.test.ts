import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/content/load.ts';
import { foldCase } from '../../../src/extract/words.ts';
import { buildKnowledge } from '../../../src/search/build.ts';
import {
  deserializeKnowledge,
  type KnowledgeBase,
  type SentenceRecord,
  serializeKnowledge,
} from '../../../src/search/knowledge.ts';
import { copyInto, SEED_FILE, SEED_SLUG, tempDirs, writeInto } from '../support.ts';

const makeDir = tempDirs('knowledge');

let kb: KnowledgeBase;

/** The resolved dates of the sentence that starts with `start`, as [words, ISO date]. */
function datesOf(start: string): Array<[string, string | null]> {
  const record = kb.sentences.find((s) => s.text.startsWith(start));
  if (!record) throw new Error(`no sentence starts with "${start}"`);
  return record.dates.map((d) => [d.text, d.iso]);
}

beforeAll(async () => {
  const dir = copyInto(makeDir(), SEED_FILE);
  writeInto(dir, {
    'pier-notes.md':
      '---\ntitle: Pier notes\ndate: 2024-03-09\n---\nThe pier closed on March 3 after a storm.\n\nRepairs began in November and stalled.\n\nThe pier will reopen on June 1.\n',
    'harbour-history.txt':
      'Harbour history\n\nThe old wall was built in 1998 by the county.\n\nOn June 3, a storm broke the wall.\n\nIn 2003 the county rebuilt it. On May 2, the first ships returned.\n',
    'harbour-talk.txt':
      'Harbour talk\n\nOn June 4, a storm broke the pier.\n\nBy Friday, the ships were back.\n',
  });
  kb = buildKnowledge((await loadArticles(dir)).articles);
});

describe('dates resolved per sentence when the index is built', () => {
  it('anchors year-less dates to the publication date in the front matter', () => {
    expect(datesOf('The pier closed')).toEqual([['March 3', '2024-03-03']]);
    expect(datesOf('Repairs began')).toEqual([['November', '2023-11']]);
    expect(datesOf('The pier will reopen')).toEqual([['June 1', '2024-06-01']]);
  });

  it('anchors the seed’s year-less dates to the year of its latest full date (March 13, 2025)', () => {
    expect(datesOf('On July 10, the leaders')).toEqual([['July 10', '2025-07-10']]);
    expect(datesOf('Then, on June 26')).toEqual([['June 26', '2025-06-26']]);
  });

  it('without any full date, anchors to the nearest year the article states before the sentence', () => {
    expect(datesOf('On June 3, a storm broke the wall')).toEqual([['June 3', '1998-06-03']]);
    expect(datesOf('On May 2, the first ships')).toEqual([['May 2', '2003-05-02']]);
  });

  it('leaves dates null when the article gives no year at all', () => {
    expect(datesOf('On June 4, a storm broke the pier')).toEqual([['June 4', null]]);
    expect(datesOf('By Friday')).toEqual([['Friday', null]]);
  });
});

describe('what the index holds', () => {
  it('has one record per sentence, pointing back to its article and paragraph', () => {
    const seedIndex = kb.articles.findIndex((a) => a.slug === SEED_SLUG);
    const seed = kb.articles[seedIndex];
    const seedSentences = kb.sentences.filter((s) => s.article === seedIndex);
    expect(seedSentences.length).toBe(
      seed?.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
    );
    for (const record of seedSentences) {
      expect(seed?.paragraphs[record.paragraph]?.sentences[record.sentence]?.text).toBe(
        record.text,
      );
    }
  });

  it('links each sentence to the entities it names', () => {
    const kiriyenko = kb.entities.findIndex((e) => e.slug === 'sergei-kiriyenko');
    const naming = kb.sentences.filter((s) => s.entities.includes(kiriyenko));
    expect(naming.map((s) => s.text)).toEqual([
      expect.stringMatching(/^On April 30, Sergei Kiriyenko/),
    ]);
  });

  it('finds a sentence by any form of a name, through the entity aliases', () => {
    const hits = kb.index.search('kiriyenko');
    expect(hits.length).toBeGreaterThan(0);
    expect(kb.sentences[hits[0]?.id as number]?.text).toMatch(/^On April 30, Sergei Kiriyenko/);
  });

  it('gives back the same articles, sentences and paragraphs from its cached form', () => {
    const restored = deserializeKnowledge(JSON.parse(JSON.stringify(serializeKnowledge(kb))));
    expect(restored.articles).toEqual(kb.articles);
    expect(restored.sentences).toEqual(kb.sentences);
    expect(restored.paragraphs).toEqual(kb.paragraphs);
    const last = kb.sentences.length - 1;
    const { article, paragraph, sentence } = kb.sentences[last] as SentenceRecord;
    expect(restored.paragraphs.sentenceId(article, paragraph, sentence)).toBe(last);
    expect(restored.paragraphs.sentenceId(article, paragraph, sentence + 1)).toBeUndefined();
    expect(restored.index.search('kiriyenko')).toEqual(kb.index.search('kiriyenko'));
  });

  it('knows the words the sentences write in lower case, folded', () => {
    const expected = new Set(
      kb.sentences.flatMap((s) =>
        (s.text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []).map(foldCase),
      ),
    );
    expect(kb.index.lowerCaseWords).toEqual(expected);
    expect(kb.index.lowerCaseWords.has('kiriyenko')).toBe(false);
  });
});

describe('a wire story’s dateline', () => {
  it('is no date, place or words of the sentence it opens', async () => {
    const dir = writeInto(makeDir(), {
      'wire.txt':
        'Corran buys Vossberg\n\nHALBERG, March 4 (Meridian Wire) - Corran Industries said on Tuesday it had agreed to buy Vossberg. Shares had lost 22 percent so far in 2025.\n\nVossberg employs 6,400 people at its plant in Halberg.',
    });
    const wire = buildKnowledge((await loadArticles(dir)).articles);
    const opening = wire.sentences[0] as SentenceRecord;
    expect(opening.dates.map((d) => [d.text, d.iso])).toEqual([['on Tuesday', '2025-03-04']]);
    const halberg = wire.entities.findIndex((e) => e.slug === 'halberg');
    expect(opening.entities).not.toContain(halberg);
    expect(wire.sentences[2]?.entities).toContain(halberg);
    expect(wire.index.search('halberg', { fuzzy: false, prefix: false }).map((h) => h.id)).toEqual([
      2,
    ]);
  });
});
