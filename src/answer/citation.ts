import type { KnowledgeBase, SentenceRecord } from '../search/knowledge.ts';
import type { Citation } from './types.ts';

/** Builds the citation of a sentence: its article, paragraph number and text, and the quote given. */
export function citeSentence(
  kb: KnowledgeBase,
  record: SentenceRecord,
  quote: string,
  date: string | null,
  score: number,
): Citation | null {
  const article = kb.articles[record.article];
  const paragraph = article?.paragraphs[record.paragraph];
  if (!article || !paragraph) return null;
  return {
    article: article.slug,
    title: article.title,
    paragraph: paragraph.number,
    quote,
    text: paragraph.text,
    date,
    score: Math.round(score * 1000) / 1000,
    url: article.url,
  };
}
