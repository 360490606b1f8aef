import type { Answer, SubjectChoice } from './answer/types.ts';

/** One loaded article as `/sources` lists it. */
export interface SourceSummary {
  article: string;
  title: string;
  paragraphs: number;
  url: string | null;
  published: string | null;
}

/** A file in the content folder that could not be served, and why. */
export interface ContentProblem {
  file: string;
  message: string;
}

/** What the core reports about itself, for `/healthz` and logs. */
export interface CoreStatus {
  articles: number;
  passages: number;
  /** When the index now served was built or loaded (ISO time). */
  indexBuiltAt: string;
  /** True while a background rebuild is running; answers keep coming from the old index. */
  rebuilding: boolean;
  problems: ContentProblem[];
}

/**
 * The platform-free core every adapter talks to: questions in, Answers out. Adapters never touch
 * the index; the core never sees a platform payload.
 */
export interface Briefbot {
  /** Answers a question in slash form (`who kiriyenko`) or plain words ("Who is …?"). Never throws. */
  answer(question: string): Answer;
  /** Entity names for autocomplete, best match first (prefix, then fuzzy), at most `limit`. */
  suggestSubjects(partial: string, limit: number): SubjectChoice[];
  sources(): SourceSummary[];
  status(): CoreStatus;
}
