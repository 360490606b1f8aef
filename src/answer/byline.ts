import { allowedEdits, contentTokens, editDistance, STOP_WORDS } from '../extract/words.ts';
import type { KnowledgeBase } from '../search/knowledge.ts';
import { toldFirstHand } from './asked.ts';
import { citeSentence } from './citation.ts';
import type { Answer, Citation } from './types.ts';

/** First-person passages quoted for the writer: a few tell who they are, more is a summary. */
const WRITER_PASSAGES = 3;
/** Quotation marks: an "I" inside them is someone the writer quotes, not the writer. */
const QUOTATION = /["“”]/;

/** The names of a byline ("Ben Silverman", "Jane Roe and John Doe", "A, B & C"), each as folded words. */
function bylineNames(author: string): string[][] {
  return author
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => contentTokens(name))
    .filter((words) => words.length > 0);
}

/** Per knowledge base, each article's byline names (none without a byline), worked out once. */
const bylines = new WeakMap<KnowledgeBase, string[][][]>();

function bylinesOf(kb: KnowledgeBase): string[][][] {
  let names = bylines.get(kb);
  if (!names) {
    names = kb.articles.map((article) => (article.author ? bylineNames(article.author) : []));
    bylines.set(kb, names);
  }
  return names;
}

/** True when every word asked is a word of the name, as written or misspelt ("silvermann"). */
function namesWriter(asked: readonly string[], name: readonly string[]): boolean {
  return asked.every((word) =>
    name.some((part) => {
      const edits = allowedEdits(Math.min(word.length, part.length));
      return part === word || (edits > 0 && editDistance(part, word, edits) <= edits);
    }),
  );
}

/**
 * True when the words (folded) are all words of one byline's name, as written or misspelt: the
 * question names an article's writer.
 */
export function namesAWriter(kb: KnowledgeBase, words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    bylinesOf(kb).some((names) => names.some((name) => namesWriter(words, name)))
  );
}

/**
 * "who silverman" where Silverman is known only from the byline: the articles' words about their
 * writer are the first-person passages ("I’ve played just about every launch game …"), quoted
 * with the byline and title the summary gives. Null when no byline names the subject; a "not
 * found" naming the byline when the writer never speaks in the first person.
 */
export function writerAnswer(kb: KnowledgeBase, base: Answer, subject: string): Answer | null {
  const asked = contentTokens(subject).filter((word) => !STOP_WORDS.has(word));
  if (asked.length === 0) return null;
  const index = bylinesOf(kb).findIndex((names) => names.some((name) => namesWriter(asked, name)));
  const article = kb.articles[index];
  if (!article?.author) return null;
  const citations: Citation[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((_, s) => {
      const record = kb.sentences[kb.paragraphs.sentenceId(index, p, s) ?? -1];
      if (!record || citations.length >= WRITER_PASSAGES) return;
      if (QUOTATION.test(record.text) || !toldFirstHand(record.text)) return;
      const citation = citeSentence(kb, record, record.text, null, 1 - citations.length / 10);
      if (citation) citations.push(citation);
    });
  });
  if (citations.length === 0)
    return {
      ...base,
      subject: article.author,
      summary: `${article.author} wrote “${article.title}”; the article says nothing else about them.`,
    };
  return {
    ...base,
    subject: article.author,
    found: true,
    summary: `${article.author} — the writer of “${article.title}”`,
    citations,
  };
}
