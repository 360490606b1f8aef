import { parentPort, workerData } from 'node:worker_threads';
import { BriefbotError } from '../errors.ts';
import { loadKnowledge } from '../search/cache.ts';
import { serializeKnowledge } from '../search/knowledge.ts';
import { INDEX_FORMAT_VERSION } from '../search/options.ts';
import type { RebuildRequest, WorkerMessage } from './index.ts';
import { knowledgeChunks } from './transfer.ts';

/**
 * The rebuild worker thread: reads, cleans, extracts and indexes the content folder (writing the
 * cache as a start does), then sends the knowledge base to the main thread one chunk at a time,
 * each after the main thread asked for the next, so that its event loop never holds many at once.
 */
async function run(port: NonNullable<typeof parentPort>, request: RebuildRequest): Promise<void> {
  const send = (message: WorkerMessage) => port.postMessage(message);
  try {
    const lastGood = new Map(request.lastGood.map((article) => [article.file, article]));
    const { kb, ...meta } = await loadKnowledge(request.contentDir, request.cacheDir, lastGood);
    const chunks = knowledgeChunks(serializeKnowledge(kb));
    const sendNext = () => {
      const next = chunks.next();
      if (next.done) {
        port.off('message', sendNext);
        send({ type: 'done', format: INDEX_FORMAT_VERSION, ...meta });
      } else send({ type: 'chunk', chunk: next.value });
    };
    port.on('message', sendNext);
    sendNext();
  } catch (error) {
    send({
      type: 'failed',
      code: error instanceof BriefbotError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

if (parentPort) void run(parentPort, workerData.request as RebuildRequest);
