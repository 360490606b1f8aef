// Entry of the rebuild worker thread. A TypeScript worker registers tsx first, so that it loads the
// same way under `tsx`, `node --import tsx` and vitest (whose loader a worker does not get); the
// compiled worker `npm start` runs (dist/) needs no loader.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
