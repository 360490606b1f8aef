import { describe, expect, it } from 'vitest';
import { focusStems, SentenceTests } from '../../../src/answer/evidence.ts';
import type { KnowledgeBase } from '../../../src/search/knowledge.ts';

describe('where a question word stands in a sentence', () => {
  it('finds a short word by its base form ("airs" → "air") and a noun by what it shares with its verb ("decision" → "deci")', () => {
    expect(focusStems(['airs', 'decision', 'arrival'])).toEqual(['air', 'deci', 'arriv']);
  });

  it('keeps a word whose base form is spelt otherwise ("bought") and a stem with no shorter kin', () => {
    expect(focusStems(['bought', 'museum'])).toEqual(['bought', 'museum']);
  });
});

describe("what a typed word's test said of each sentence", () => {
  const kb = {
    sentences: [{ text: 'It cost $9.99.' }, { text: 'It was cheap.' }],
  } as unknown as KnowledgeBase;

  it('answers as the test does, testing each sentence once however many questions ask', () => {
    const tested: string[] = [];
    const givesSum = (text: string) => {
      tested.push(text);
      return text.includes('$');
    };
    const tests = new SentenceTests(kb);
    for (let question = 0; question < 3; question++) {
      expect(tests.passes(givesSum, 0)).toBe(true);
      expect(tests.passes(givesSum, 1)).toBe(false);
    }
    expect(tested).toEqual(['It cost $9.99.', 'It was cheap.']);
  });

  it('keeps the results of two tests apart, and passes no sentence it does not hold', () => {
    const tests = new SentenceTests(kb);
    expect(tests.passes((text) => text.includes('$'), 1)).toBe(false);
    expect(tests.passes((text) => text.includes('cheap'), 1)).toBe(true);
    expect(tests.passes(() => true, 5)).toBe(false);
  });
});
