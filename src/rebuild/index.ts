import { Worker } from 'node:worker_threads';
import type { ServedArticle } from '../content/types.ts';
import { BriefbotError, type ErrorCode } from '../errors.ts';
import { MODULE_EXTENSION } from '../module-form.ts';
import type { LoadedKnowledge } from '../search/cache.ts';
import { deserializeKnowledge } from '../search/knowledge.ts';
import { INDEX_FORMAT_VERSION } from '../search/options.ts';
import { KnowledgeAssembler, type KnowledgeChunk } from './transfer.ts';

/** What the rebuild worker is asked to load: the folders, and each file's last good article. */
export interface RebuildRequest {
  contentDir: string;
  cacheDir: string | null;
  lastGood: ServedArticle[];
}

/** Messages from the rebuild worker: chunks of the knowledge base, then how the load went. */
export type WorkerMessage =
  | { type: 'chunk'; chunk: KnowledgeChunk }
  /** `format`: the worker's INDEX_FORMAT_VERSION (its code is read from disk when it starts). */
  | ({ type: 'done'; format: number } & Omit<LoadedKnowledge, 'kb'>)
  | { type: 'failed'; code: ErrorCode | null; message: string };

/**
 * The worker could not start, died, or sent something unreadable: the content was not judged, so
 * the caller may rebuild on the main thread instead.
 */
export class RebuildWorkerError extends Error {
  constructor(message: string) {
    super(`rebuild worker failed: ${message}`);
    this.name = 'RebuildWorkerError';
  }
}

const BOOT = new URL('./boot.mjs', import.meta.url);
const ENTRY = new URL(`./worker${MODULE_EXTENSION}`, import.meta.url);

/**
 * Loads the knowledge base as `loadKnowledge` does, but in a worker thread, so that questions
 * keep being answered meanwhile; only the hand-over (chunk by chunk) and the final
 * `deserializeKnowledge` run on the calling thread. Rejects with the worker's BriefbotError when
 * the content cannot be served, a RebuildWorkerError when the worker itself failed, and the
 * signal's reason when aborted (the worker is stopped).
 */
export function rebuildInWorker(
  request: RebuildRequest,
  signal?: AbortSignal,
): Promise<LoadedKnowledge> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(BOOT, { execArgv: [], workerData: { entry: ENTRY.href, request } });
    } catch (error) {
      reject(new RebuildWorkerError(error instanceof Error ? error.message : String(error)));
      return;
    }
    const assembler = new KnowledgeAssembler();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      outcome();
    };
    const abort = () => settle(() => reject(signal?.reason));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'chunk') {
        assembler.add(message.chunk);
        worker.postMessage('next');
      } else if (message.type === 'done') {
        const { type: _, format, ...meta } = message;
        if (format !== INDEX_FORMAT_VERSION) {
          const versions = `index format ${format} there, ${INDEX_FORMAT_VERSION} here`;
          settle(() => reject(new RebuildWorkerError(`its code differs (${versions})`)));
          return;
        }
        let loaded: LoadedKnowledge;
        try {
          loaded = { kb: deserializeKnowledge(assembler.result()), ...meta };
        } catch (error) {
          settle(() => reject(new RebuildWorkerError(String(error))));
          return;
        }
        settle(() => resolve(loaded));
      } else {
        const { code, message: text } = message;
        settle(() => reject(code ? new BriefbotError(code, text) : new Error(text)));
      }
    });
    worker.on('error', (error) => settle(() => reject(new RebuildWorkerError(error.message))));
    worker.on('exit', (code) =>
      settle(() => reject(new RebuildWorkerError(`it exited with code ${code}`))),
    );
  });
}
