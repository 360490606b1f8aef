import { setImmediate } from 'node:timers/promises';
import { AnswerEngine } from './answer/engine.ts';
import type { Answer } from './answer/types.ts';
import type {
  BriefbotCore,
  ContentProblem,
  CoreOptions,
  CoreStatus,
  SourceSummary,
} from './core.ts';
import { BriefbotError } from './errors.ts';
import { RebuildWorkerError, rebuildInWorker } from './rebuild/index.ts';
import { type LoadedKnowledge, loadKnowledge } from './search/cache.ts';

/** An Answer that refuses a question before any search: empty, too long, or failed. */
export function refusal(query: string, summary: string): Answer {
  return {
    query,
    intent: 'ask',
    subject: null,
    found: false,
    summary,
    citations: [],
    suggestions: [],
    candidates: [],
  };
}

interface Loaded {
  engine: AnswerEngine;
  knowledge: LoadedKnowledge;
  builtAt: string;
}

function toLoaded(knowledge: LoadedKnowledge): Loaded {
  return { engine: new AnswerEngine(knowledge.kb), knowledge, builtAt: new Date().toISOString() };
}

/**
 * Starts the core over a content folder: loads (or builds and caches) the index once, then answers
 * questions from memory. Throws a BriefbotError (`CONTENT_DIR_MISSING`, `CONTENT_EMPTY`) when there
 * is nothing to serve.
 */
export async function createBriefbot(options: CoreOptions): Promise<BriefbotCore> {
  let current = toLoaded(await loadKnowledge(options.contentDir, options.cacheDir));
  let rebuilding = false;
  let reloadProblems: ContentProblem[] = [];

  const answer = (question: string): Answer => {
    const query = typeof question === 'string' ? question : '';
    if (query.trim().length === 0) {
      return refusal(query, 'Ask a question about the articles, e.g. "who <name>" or "help".');
    }
    if (query.length > options.maxQuestionChars) {
      return refusal(
        query.slice(0, options.maxQuestionChars),
        `That question is ${query.length} characters long; ask in at most ${options.maxQuestionChars}.`,
      );
    }
    try {
      return current.engine.answer(query);
    } catch {
      return refusal(
        query,
        'Something went wrong while answering that question; please rephrase it.',
      );
    }
  };

  return {
    answer,
    suggestSubjects: (partial, limit) =>
      current.engine.subjects.suggest(String(partial ?? '').slice(0, 100), limit),
    sources: (): SourceSummary[] =>
      current.knowledge.kb.articles.map((a) => ({
        article: a.slug,
        title: a.title,
        paragraphs: a.paragraphs.length,
        url: a.url,
        published: a.published,
      })),
    status: (): CoreStatus => ({
      articles: current.knowledge.kb.articles.length,
      passages: current.knowledge.kb.sentences.length,
      indexBuiltAt: current.builtAt,
      rebuilding,
      problems: [...current.knowledge.problems, ...reloadProblems],
    }),
    get cacheState() {
      return current.knowledge.cache;
    },
    get cacheError() {
      return current.knowledge.cacheError;
    },
    async reload(signal) {
      rebuilding = true;
      try {
        const lastGood = current.knowledge.kb.articles;
        const request = { contentDir: options.contentDir, cacheDir: options.cacheDir, lastGood };
        let inProcess: string | undefined;
        let knowledge: LoadedKnowledge;
        try {
          knowledge = await rebuildInWorker(request, signal);
        } catch (error) {
          if (!(error instanceof RebuildWorkerError)) throw error;
          inProcess = error.message;
          const byFile = new Map(lastGood.map((a) => [a.file, a]));
          knowledge = await loadKnowledge(options.contentDir, options.cacheDir, byFile);
        }
        // Restoring the index and building the engine are each a long synchronous step on this
        // thread: questions waiting meanwhile get a turn between the two.
        await setImmediate();
        current = toLoaded(knowledge);
        reloadProblems = [];
        return { ok: true, problems: current.knowledge.problems, inProcess };
      } catch (error) {
        if (signal?.aborted) return { ok: false, problems: [] };
        const message = error instanceof BriefbotError ? error.message : String(error);
        reloadProblems = [
          {
            file: options.contentDir,
            message: `reload failed, still serving the previous articles: ${message}`,
          },
        ];
        return { ok: false, problems: reloadProblems };
      } finally {
        rebuilding = false;
      }
    },
  };
}
