/**
 * Where a name occurs, apart from the extraction that finds it: the answer engine reads mentions
 * on every start and must not load the NLP libraries the extraction needs.
 */

/** Where a name occurs: article index, paragraph index, sentence index, offset in the sentence. */
export interface Mention {
  article: number;
  paragraph: number;
  sentence: number;
  index: number;
  /** The name as written in this sentence (without title or possessive). */
  surface: string;
}

/**
 * True when a mention stands for a name through "he", "she", "his", "her", "I" or "it", or a
 * description opening a sentence ("The “Perfect Illusion” songstress", "The bank"): not a name
 * to match in text, nor one to count as named.
 */
export function isPronounMention(mention: Mention): boolean {
  return (
    /^(?:he|she|his|her|i|it|its)$/i.test(mention.surface) ||
    (mention.index === 0 && /^The\s(?:.*\s)?\p{Ll}[\p{Ll}-]+(?:['’]s)?$/u.test(mention.surface))
  );
}

/** Reading order of mentions: article, paragraph, sentence, then place in the sentence. */
export function compareMentions(a: Mention, b: Mention): number {
  return (
    a.article - b.article ||
    a.paragraph - b.paragraph ||
    a.sentence - b.sentence ||
    a.index - b.index
  );
}
