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
  /** Answers a question in slash form (`who petrova`) or plain words ("Who is …?"). Never throws. */
  answer(question: string): Answer;
  /** Entity names for autocomplete, best match first (prefix, then fuzzy), at most `limit`. */
  suggestSubjects(partial: string, limit: number): SubjectChoice[];
  sources(): SourceSummary[];
  status(): CoreStatus;
}

/** What the core needs to start: where the articles and the cache live, and its limits. */
export interface CoreOptions {
  contentDir: string;
  /** Folder for the cached index; null turns the cache off. */
  cacheDir: string | null;
  maxQuestionChars: number;
}

/** How a reload went, and the files that could not be served. */
export interface ReloadResult {
  ok: boolean;
  problems: ContentProblem[];
  /** Set when the worker thread failed and the index was rebuilt on the main thread: why. */
  inProcess?: string;
}

/** The running core: answers from the current index and can rebuild it in the background. */
export interface BriefbotCore extends Briefbot {
  /**
   * Re-reads the content folder in a worker thread and swaps in the new index atomically;
   * questions asked meanwhile get the old one. A file that now fails keeps its last good version.
   * When the worker cannot run, the rebuild runs on the main thread and `inProcess` says why.
   * An aborted reload keeps the old index and resolves `ok: false`. Never throws.
   */
  reload(signal?: AbortSignal): Promise<ReloadResult>;
  /** How the index was obtained at the last (re)load. */
  readonly cacheState: 'hit' | 'miss';
  /** Why the last build could not be cached, if it could not (every start then rebuilds). */
  readonly cacheError: string | null;
}
