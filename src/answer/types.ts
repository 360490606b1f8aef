/** What a question asks for; chooses which sentence answers it. */
export type Intent =
  | 'who'
  | 'when'
  | 'where'
  | 'what'
  | 'why'
  | 'ask'
  | 'timeline'
  | 'sources'
  | 'help';

/** Every intent, in the order `help` lists them. */
export const INTENTS: readonly Intent[] = [
  'who',
  'when',
  'where',
  'what',
  'why',
  'ask',
  'timeline',
  'sources',
  'help',
];

/** The kinds of named thing the extractor recognises. */
export type EntityKind = 'person' | 'place' | 'organization' | 'thing';

/** One cited passage: the sentence that answers, inside the paragraph a reader needs. */
export interface Citation {
  /** Slug of the article (stable id, from its file name). */
  article: string;
  /** Title of the article. */
  title: string;
  /** 1-based paragraph number in the cleaned article. */
  paragraph: number;
  /** The answering sentence(s), verbatim. */
  quote: string;
  /** The whole paragraph. */
  text: string;
  /** ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) the passage resolves, else null. */
  date: string | null;
  /** Relevance, higher is better; comparable within one answer only. */
  score: number;
  /** Link to the article's source page, when the article names one. */
  url: string | null;
}

/** A named subject a user can pick: autocomplete choices, ambiguity menus, suggestions. */
export interface SubjectChoice {
  slug: string;
  name: string;
  kind: EntityKind;
}

/** The core's reply to one question; adapters render it, the CLI prints it. */
export interface Answer {
  query: string;
  intent: Intent;
  /** The subject as resolved (entity name or phrase), null when none was asked or found. */
  subject: string | null;
  found: boolean;
  /** A short answer or a plain "not in the articles" sentence, built from article text. */
  summary: string;
  /** Best first. Empty when `found` is false. */
  citations: Citation[];
  /** "Did you mean" subjects when the asked one looks misspelt. */
  suggestions: SubjectChoice[];
  /** When the subject matches several entities equally well: the choices, best first. */
  candidates: SubjectChoice[];
}

/** The Answer as the CLI contract prints it: exactly these keys, in this order. */
export interface AnswerJson {
  query: string;
  intent: Intent;
  subject: string | null;
  found: boolean;
  summary: string;
  citations: Array<Omit<Citation, 'url'>>;
}

/** Projects an Answer onto the CLI's JSON contract. */
export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    query: answer.query,
    intent: answer.intent,
    subject: answer.subject,
    found: answer.found,
    summary: answer.summary,
    citations: answer.citations.map((c) => ({
      article: c.article,
      title: c.title,
      paragraph: c.paragraph,
      quote: c.quote,
      text: c.text,
      date: c.date,
      score: c.score,
    })),
  };
}
