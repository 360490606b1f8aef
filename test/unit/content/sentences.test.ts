import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/content/sentences.ts';

function texts(paragraph: string): string[] {
  return splitSentences(paragraph).map((s) => s.text);
}

describe('splitting a paragraph into sentences', () => {
  it('does not end a sentence at "Mr.", "U.S." or "Jan. 5"', () => {
    expect(
      texts(
        'Mr. Smith went to Washington. He met the U.S. ambassador on Jan. 5 at noon. Then he left.',
      ),
    ).toEqual([
      'Mr. Smith went to Washington.',
      'He met the U.S. ambassador on Jan. 5 at noon.',
      'Then he left.',
    ]);
  });

  it('does not end a sentence inside an editor\'s square brackets ("[Warner Bros. Television president]")', () => {
    expect(
      texts(
        'I called [Warner Bros. Television president] Peter Roth and said it. He agreed at once.',
      ),
    ).toEqual([
      'I called [Warner Bros. Television president] Peter Roth and said it.',
      'He agreed at once.',
    ]);
    // A stray bracket never closed does not join the sentences after it.
    expect(texts('He wrote [sic. Then he left. She stayed.')).toHaveLength(3);
  });

  it('does not end a sentence at a title before a name ("Maj.", "Rev.", "Det."), but at "Main St."', () => {
    expect(
      texts('Retired Army Maj. Mike Lyons told NBC. Rev. Al Green and Det. Joe Ray agreed.'),
    ).toEqual(['Retired Army Maj. Mike Lyons told NBC.', 'Rev. Al Green and Det. Joe Ray agreed.']);
    expect(texts('He lives on Main St. Then he left.')).toEqual([
      'He lives on Main St.',
      'Then he left.',
    ]);
  });

  it('does not end a sentence before a piece that goes on in small letters ("… this?” he said.")', () => {
    expect(
      texts('“How could you do this?” he said. I pitched Warner Bros. on it. iPhone sales rose.'),
    ).toEqual([
      '“How could you do this?” he said.',
      'I pitched Warner Bros. on it.',
      'iPhone sales rose.',
    ]);
    expect(texts('The mayor spoke. de Blasio said he would run again.')).toEqual([
      'The mayor spoke.',
      'de Blasio said he would run again.',
    ]);
  });

  it('ends a sentence at "U.S. interests." in the seed', () => {
    expect(
      texts(
        'Turkey’s growing role aligned fully with U.S. interests. While Ankara had experienced tensions with Washington in recent years, things shifted dramatically in 2025.',
      ),
    ).toEqual([
      'Turkey’s growing role aligned fully with U.S. interests.',
      'While Ankara had experienced tensions with Washington in recent years, things shifted dramatically in 2025.',
    ]);
  });

  it('ends a sentence at "logging in." though wink-nlp reads "in." as inches', () => {
    expect(
      texts(
        'Items are shown after logging in. Minecraft items can also store data. It is 10 in. long.',
      ),
    ).toEqual([
      'Items are shown after logging in.',
      'Minecraft items can also store data.',
      'It is 10 in. long.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(texts('“Man’s greed is hurting the whales,” says Parata. “We need to listen.”')).toEqual(
      ['“Man’s greed is hurting the whales,” says Parata.', '“We need to listen.”'],
    );
  });

  it('gives offsets that cut each sentence out of the paragraph verbatim', () => {
    const paragraph = '  Dr. Jones agreed.   The vote passed 7 to 2.  ';
    const sentences = splitSentences(paragraph);
    expect(sentences.map((s) => s.text)).toEqual(['Dr. Jones agreed.', 'The vote passed 7 to 2.']);
    for (const sentence of sentences) {
      expect(paragraph.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('makes a paragraph without a full stop one sentence, and an empty one none', () => {
    expect(texts('Back on the schooner')).toEqual(['Back on the schooner']);
    expect(splitSentences('')).toEqual([]);
  });
});
