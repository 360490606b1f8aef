import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from './types.ts';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp with its English model, loaded on first use (the model takes ~100 ms to load). */
function englishNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Splits a paragraph into sentences with wink-nlp, which knows abbreviations ("Mr.", "U.S.",
 * "Jan. 5"), and locates each in the paragraph so quotes stay verbatim.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const found = englishNlp().readDoc(paragraph).sentences().out() as string[];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const piece of found) {
    const text = piece.trim();
    if (!text) continue;
    const start = paragraph.indexOf(text, cursor);
    if (start < 0) continue;
    sentences.push({ text, start, end: start + text.length });
    cursor = start + text.length;
  }
  if (sentences.length === 0 && paragraph.trim()) {
    const text = paragraph.trim();
    const start = paragraph.indexOf(text);
    sentences.push({ text, start, end: start + text.length });
  }
  return sentences;
}

/** A word with its universal part-of-speech tag (`NOUN`, `PROPN`, `VERB`, …) from wink-nlp. */
export interface TaggedWord {
  text: string;
  pos: string;
}

/** Tags the words of a short text; used sparingly, on the phrases around names. */
export function tagWords(text: string): TaggedWord[] {
  const doc = englishNlp().readDoc(text);
  const its = englishNlp().its;
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  return words.map((word, i) => ({ text: word, pos: tags[i] ?? 'X' }));
}
