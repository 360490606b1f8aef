import { execFileSync } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** tsx's loader, resolved from here so children can run in folders without node_modules. */
const TSX_LOADER = import.meta.resolve('tsx');

/** Node's arguments to run an entry point: through tsx's loader when it is TypeScript. */
export function nodeArgs(entry: string): string[] {
  return entry.endsWith('.ts') ? ['--import', TSX_LOADER, entry] : [entry];
}
/** What the code under test is made of (node_modules is linked, not copied). */
const CODE_PARTS = [
  'src',
  'commands',
  'scripts/bench',
  'scripts/build.mjs',
  'package.json',
  'tsconfig.json',
];

/** A frozen copy of the code under test: the entry points the bench starts. */
export interface CodeSnapshot {
  root: string;
  /**
   * `dist/src/main.js`, what `npm start` runs: the snapshot compiled as `npm start` compiles it.
   */
  main: string;
  /**
   * `dist-bench/scripts/bench/worker.js`, one measurement per process: compiled with the bot, so
   * that what it times is the code `npm start` runs (tsx's output is slower: it names every
   * function made at run time).
   */
  worker: string;
  /** The commit copied, and whether the code under test had uncommitted changes. */
  version: string;
  /** How long compiling it took (`scripts/build.mjs`, which `npm start` runs before starting). */
  compileMs: number;
}

/** `abc1234`, or `abc1234 + uncommitted changes` when the code under test differs from it. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'commands') !== '';
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/**
 * Copies the code under test into `dir`, so that edits made while the bench runs (a shared
 * repository) neither mix two versions in one run nor change the cache key, which hashes the
 * pipeline's source.
 */
export async function snapshotCode(dir: string): Promise<CodeSnapshot> {
  const version = codeVersion();
  const root = join(dir, 'code');
  await mkdir(root, { recursive: true });
  for (const part of CODE_PARTS) await cp(join(ROOT, part), join(root, part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const build = (out: string, ...extra: string[]) =>
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), join(root, out), ...extra], {
      stdio: 'inherit',
    });
  const compiling = performance.now();
  build('dist');
  const compileMs = performance.now() - compiling;
  // The measuring worker, compiled apart so that `compileMs` stays what `npm start` pays.
  build('dist-bench', 'scripts/bench');
  return {
    root,
    main: join(root, 'dist/src/main.js'),
    worker: join(root, 'dist-bench/scripts/bench/worker.js'),
    version,
    compileMs,
  };
}

/** The environment of a started briefbot: no platform tokens (the console adapter) unless added. */
export function botEnv(contentDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CONTENT_DIR: contentDir,
    CACHE_DIR: cacheDir,
    WATCH_CONTENT: 'false',
    LOG_LEVEL: 'info',
  };
}
