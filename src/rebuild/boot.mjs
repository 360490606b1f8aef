// Entry of the rebuild worker thread: registers tsx so that the TypeScript worker loads the same
// way under `tsx src/main.ts`, `node --import tsx` and vitest (whose loader a worker does not get).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
