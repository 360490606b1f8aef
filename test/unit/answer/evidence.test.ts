import { describe, expect, it } from 'vitest';
import { focusStems } from '../../../src/answer/evidence.ts';

describe('where a question word stands in a sentence', () => {
  it('finds a short word by its base form ("airs" → "air") and a noun by what it shares with its verb ("decision" → "deci")', () => {
    expect(focusStems(['airs', 'decision', 'arrival'])).toEqual(['air', 'deci', 'arriv']);
  });

  it('keeps a word whose base form is spelt otherwise ("bought") and a stem with no shorter kin', () => {
    expect(focusStems(['bought', 'museum'])).toEqual(['bought', 'museum']);
  });
});
