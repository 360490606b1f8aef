import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** briefbot compiled as `npm start` compiles it, in a folder of its own. */
export interface CompiledBriefbot {
  /** `dist/src/main.js`: what `npm start` runs. */
  main: string;
  /** `dist/src/sharded.js`: what `npm run start:sharded` runs. */
  sharded: string;
  dispose(): void;
}

/**
 * Compiles briefbot with `scripts/build.mjs` into a temporary folder beside a link to the project's
 * node_modules, so that a test starts the very JavaScript `npm start` runs, without touching the
 * developer's own `dist/`.
 */
export function compileBriefbot(): CompiledBriefbot {
  const root = mkdtempSync(join(tmpdir(), 'briefbot-compiled-'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), join(root, 'dist')]);
  return {
    main: join(root, 'dist/src/main.js'),
    sharded: join(root, 'dist/src/sharded.js'),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
