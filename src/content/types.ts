/** Metadata an article file declares (front matter) or its page carries (HTML meta tags). */
export interface ArticleMeta {
  title: string | null;
  author: string | null;
  /** Publication date as ISO `YYYY-MM-DD`, when the file states one. */
  published: string | null;
  /** Link to the original page. */
  url: string | null;
}

/** An article file as read, before cleaning: metadata plus its text blocks in order. */
export interface RawArticle {
  file: string;
  slug: string;
  meta: ArticleMeta;
  blocks: string[];
  /** Blocks the reader itself set aside (e.g. Markdown sub-headings), reported with the cleaner's. */
  removed: Removal[];
}

/** Why the cleaner dropped a block; `npm run content` prints these. */
export type CleaningRule =
  | 'title'
  | 'heading'
  | 'caption'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'read-also'
  | 'trailer'
  | 'boilerplate'
  | 'duplicate'
  | 'pull-quote'
  | 'box'
  | 'table'
  | 'embed'
  | 'code'
  | 'empty';

/** One block the cleaner removed, with the rule and a sentence saying why. */
export interface Removal {
  rule: CleaningRule;
  text: string;
  reason: string;
}

/** A sentence inside a paragraph, with its offsets in the paragraph text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Base forms of the words whose form differs ("bought" → "buy"), so questions match any tense. */
  lemmas: string;
}

/** A paragraph as shown to users: `id` is `<article-slug>#<number>`, number 1-based. */
export interface Paragraph {
  id: string;
  number: number;
  text: string;
  sentences: Sentence[];
}

/** A cleaned article as served: what it says, without what cleaning set aside. */
export interface ServedArticle {
  slug: string;
  file: string;
  title: string;
  author: string | null;
  published: string | null;
  url: string | null;
  paragraphs: Paragraph[];
}

/** A cleaned article, ready for extraction and indexing, with what cleaning removed (for `npm run content`). */
export interface Article extends ServedArticle {
  removed: Removal[];
}
