/**
 * Whether briefbot runs as TypeScript through tsx (`npm run ask`, tests, scripts) or as the
 * JavaScript `npm start` compiles into `dist/` (scripts/build.mjs): an entry point it starts in a
 * worker or a child process must be taken in the same form, with the same loader.
 */
export const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Node flags a started entry point needs: tsx's loader for TypeScript, none for JavaScript. */
export function loaderExecArgv(): string[] {
  return MODULE_EXTENSION === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
}
