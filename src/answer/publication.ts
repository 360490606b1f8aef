import { indexTerms, type KnowledgeBase, type SentenceRecord } from '../search/knowledge.ts';
import { citeSentence } from './citation.ts';
import type { Answer, Citation } from './types.ts';

/**
 * "When was this story published?", "What date was this superbug story reported?", "When was the
 * article written?": the article's own date is asked, not a date its text tells. ("When was the
 * report published?" may ask of a report the story is about, so "the report" does not count.)
 */
export const PUBLISHED_QUESTION =
  /\b(?:(?:this|that) (?:[\p{L}-]+ ){0,3}(?:story|article|piece|report|post|column|review|interview|page|essay|blog|op-ed|editorial)|the (?:story|article|piece|post|column|essay))\b.*\b(?:published|reported|written|posted|printed|dated|put out|put online|put up|run|updated)\b|\bwhen was (?:it|this) (?:published|written|posted)\b/iu;

/** "Originally published at … on November 18, 2011": the text tells an earlier publication. */
const FIRST_PUBLISHED = /\b(?:originally|first) (?:published|posted|appeared|ran)\b/i;
/** "When was this essay first put online?": the first publication is asked. */
const FIRST_ASKED = /\b(?:first|originally|original)\b/i;

/** Words of such a question that say nothing of which article it asks about. */
const ABOUT_ARTICLE = new Set(
  'story article piece report post column review interview page essay blog published reported written posted printed dated put online run updated date day first originally'.split(
    ' ',
  ),
);

/** The articles most likely asked about: those whose titles share most of the question's words; all when none does. */
function askedArticles(kb: KnowledgeBase, subject: string): number[] {
  const words = indexTerms(subject).filter((term) => !ABOUT_ARTICLE.has(term));
  const scored = kb.articles.map((article, index) => {
    const title = new Set(indexTerms(article.title));
    return { index, shared: words.filter((word) => title.has(word)).length };
  });
  const most = Math.max(0, ...scored.map((s) => s.shared));
  return scored.filter((s) => s.shared === most).map((s) => s.index);
}

/** The sentences of an article telling, with a date, that it was first published elsewhere. */
function toldPublications(kb: KnowledgeBase, index: number): Citation[] {
  const told: Citation[] = [];
  kb.articles[index]?.paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((_, s) => {
      const record = kb.sentences[kb.paragraphs.sentenceId(index, p, s) ?? -1];
      const date = record?.dates.find((d) => d.iso)?.iso;
      if (!record || !date || !FIRST_PUBLISHED.test(record.text)) return;
      const citation = citeSentence(kb, record, record.text, date, 1);
      if (citation) told.push(citation);
    });
  });
  return told;
}

/**
 * The answer to a question about when an article was published: its date from the page's
 * metadata or dateline, cited with the article's opening sentence, and a first publication its
 * text tells ("Originally published at … on November 18, 2011") — first when the question asks
 * when it was first published; "not found" when the articles asked about carry no date.
 */
export function publicationAnswer(
  kb: KnowledgeBase,
  subject: string,
  base: Answer,
  maxCitations: number,
): Answer {
  const asked = askedArticles(kb, subject);
  const citations: Citation[] = [];
  for (const index of asked) {
    const article = kb.articles[index];
    const id = kb.paragraphs.sentenceId(index, 0, 0);
    const record = id === undefined ? undefined : (kb.sentences[id] as SentenceRecord);
    if (!article?.published || !record) continue;
    const citation = citeSentence(kb, record, record.text, article.published, 1);
    if (citation) citations.push(citation);
  }
  citations.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const told = asked.flatMap((index) => toldPublications(kb, index));
  if (citations.length === 0 && told.length === 0)
    return { ...base, summary: 'The articles do not say when they were published.' };
  const firstAsked = told.length > 0 && (FIRST_ASKED.test(subject) || citations.length === 0);
  const [first] = firstAsked ? told : citations;
  return {
    ...base,
    found: true,
    summary: firstAsked
      ? `“${first?.title}” was first published on ${first?.date}.`
      : citations.length === 1
        ? `“${first?.title}” was published on ${first?.date}.`
        : `${citations.length} articles, published ${citations.at(-1)?.date} to ${first?.date}.`,
    citations: (firstAsked ? [...told, ...citations] : [...citations, ...told]).slice(
      0,
      maxCitations,
    ),
  };
}
