// Compiles src/ and commands/ to plain JavaScript under dist/ (or the folder given first), file by
// file in the same layout, with any other folders named after it (the bench adds its own), so that
// `npm start` runs on Node alone: loading the TypeScript through tsx's loader costs a start about
// 0.35 s more (docs/benchmarks.md). Plain JavaScript, so that it needs no loader itself.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Node 20.0 has neither `import.meta.dirname` nor `readdirSync`'s `recursive`: both are avoided.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'commands', ...process.argv.slice(3)];
const outdir = resolve(process.argv[2] ?? join(ROOT, 'dist'));

/** Every file under `dir` (relative to the root) whose name ends with `ext`. */
function filesUnder(dir, ext) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, ext);
    return entry.isFile() && entry.name.endsWith(ext) ? [path] : [];
  });
}

/** Each module stays its own file: a relative `./x.ts` import becomes `./x.js`, packages stay imports. */
const keepModulesApart = {
  name: 'keep-modules-apart',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (args) => ({
      path: `${args.path.slice(0, -3)}.js`,
      external: true,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: SOURCES.flatMap((dir) => filesUnder(dir, '.ts')).map((file) => join(ROOT, file)),
  outbase: ROOT,
  outdir,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [keepModulesApart],
  logLevel: 'warning',
});
// Plain JavaScript modules (the rebuild worker's entry) are copied as they are, and so is the
// TypeScript: the cache key hashes the pipeline's sources (src/search/cache.ts), so the compiled bot
// keys its cache by the very sources it was built from, as `npm run ask` does by the same files.
for (const file of SOURCES.flatMap((dir) => [
  ...filesUnder(dir, '.mjs'),
  ...filesUnder(dir, '.ts'),
])) {
  cpSync(join(ROOT, file), join(outdir, file));
}
// Node reads `.js` as an ES module only under a package.json that says so, wherever dist/ is put.
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
