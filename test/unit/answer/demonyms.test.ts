import { describe, expect, it } from 'vitest';
import { demonyms } from '../../../src/answer/demonyms.ts';

const used =
  (...words: string[]) =>
  (word: string) =>
    words.includes(word);

describe("a country's name and its people's word", () => {
  it.each([
    ['japan', 'japanese'],
    ['china', 'chinese'],
    ['korea', 'korean'],
    ['italy', 'italian'],
    ['iraq', 'iraqi'],
    ['poland', 'polish'],
    ['france', 'french'],
    ['japanese', 'japan'],
    ['russian', 'russia'],
    ['mexican', 'mexico'],
  ])('"%s" stands for "%s" where the articles use it', (name, word) => {
    expect(demonyms(name, used(word, 'news', 'report'))).toEqual([word]);
  });

  it('gives nothing the articles do not use', () => {
    expect(demonyms('japan', used('tokyo'))).toEqual([]);
  });
});
