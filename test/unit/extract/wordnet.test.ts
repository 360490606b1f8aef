import { describe, expect, it } from 'vitest';
import {
  derivedWords,
  isEnglishWord,
  isPeopleNoun,
  isPersonNoun,
  isPlaceNoun,
  otherNames,
  relatedWords,
} from '../../../src/extract/wordnet.ts';

describe('words of like meaning, from WordNet', () => {
  it('gives the other words of a word’s commonest senses and the forms derived from it', () => {
    expect(relatedWords('shut')).toContain('close');
    expect(relatedWords('put off')).toContain('postpone');
    // Adverbs too: "officially declared" asked, "formally declared" written.
    expect(relatedWords('officially')).toContain('formally');
    expect(relatedWords('teach')).toContain('teacher');
    // A fourth sense: a country that withdraws its envoy has recalled its ambassador.
    expect(relatedWords('withdraw')).toContain('recall');
  });

  it('leaves out senses that are names (Teach the pirate), stop words and multi-word entries', () => {
    const words = [...relatedWords('teach'), ...relatedWords('cost'), ...relatedWords('jail')];
    expect(words).not.toContain('blackbeard');
    expect(words).not.toContain('be');
    expect(words.every((word) => /^[a-z]+$/.test(word))).toBe(true);
  });

  it('takes the last word of a noun’s compound: "manufacturing plant" makes a factory a plant', () => {
    expect(relatedWords('factory')).toContain('plant');
  });

  it('knows a noun whose commonest sense is a kind of person: a historian, not a headset', () => {
    expect(isPersonNoun('historian')).toBe(true);
    expect(isPersonNoun('optometrist')).toBe(true);
    expect(isPersonNoun('headset')).toBe(false);
    expect(isPersonNoun('company')).toBe(false);
    expect(isPeopleNoun('plumbers')).toBe(true);
    expect(isPeopleNoun('headsets')).toBe(false);
  });

  it('knows the nouns of things and places one can be in, at or on', () => {
    for (const noun of ['office', 'table', 'floor', 'apartment', 'flats', 'church'])
      expect(isPlaceNoun(noun), noun).toBe(true);
    for (const noun of ['statement', 'morning', 'response', 'crisis', 'conference'])
      expect(isPlaceNoun(noun), noun).toBe(false);
  });

  it('gives the ways of doing a verb ("injure" → "stab"), but not of one with too many ("move")', () => {
    expect(relatedWords('injure')).toEqual(expect.arrayContaining(['stab', 'sprain']));
    expect(relatedWords('move')).not.toContain('crawl');
    expect(derivedWords('injure')).not.toContain('stab');
  });

  it('gives the derived forms alone when asked: "close" → "closure", not "shut"', () => {
    expect(derivedWords('close')).toContain('closure');
    expect(derivedWords('close')).not.toContain('shut');
  });

  it('gives the other names of a name or an initialism, and none for a common word', () => {
    expect(otherNames('Britain')).toContain('United Kingdom');
    expect(otherNames('Mideast')).toContain('Middle East');
    expect(otherNames('GDP')).toContain('gross domestic product');
    expect(otherNames('factory')).toEqual([]);
    expect(otherNames('Zangezur')).toEqual([]);
  });

  it('tells an English word ("take", "banks") from a name WordNet knows only as a name ("peirce")', () => {
    expect(isEnglishWord('take')).toBe(true);
    expect(isEnglishWord('banks')).toBe(true);
    expect(isEnglishWord('peirce')).toBe(false);
    expect(isEnglishWord('zangezur')).toBe(false);
  });

  it('gives nothing for a word WordNet does not know', () => {
    expect(relatedWords('zangezur')).toEqual([]);
    expect(relatedWords('')).toEqual([]);
  });
});
