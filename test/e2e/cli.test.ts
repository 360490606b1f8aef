import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SEED_FILE = join(REPO_ROOT, 'content', '000_e6b419b8511849bc.txt');
const FURNITURE_FILE = join(REPO_ROOT, 'test', 'fixtures', 'articles', 'furniture.txt');

const ANSWER_KEYS = ['query', 'intent', 'subject', 'found', 'summary', 'citations'];
const CITATION_KEYS = ['article', 'title', 'paragraph', 'quote', 'text', 'date', 'score'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let scratch: string;
let seedDir: string;
let emptyDir: string;

/**
 * Runs the `ask` CLI as a process, from the repository, with its own cache folder: directly
 * through tsx, or (`npm`) exactly as users and the evaluation type it, `npm run ask -- …`.
 */
function ask(
  args: string[],
  options: { stdin?: string; cacheDir?: string; npm?: boolean } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: join(REPO_ROOT, 'content'),
    CACHE_DIR: options.cacheDir ?? join(scratch, 'cache'),
    LOG_LEVEL: 'silent',
  };
  // The project's .npmrc decides npm's log level, not the one this test run was started with.
  delete env.npm_config_loglevel;
  const child = options.npm
    ? spawn('npm', ['run', 'ask', '--', ...args], { cwd: REPO_ROOT, env })
    : spawn(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
        cwd: REPO_ROOT,
        env,
      });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
  seedDir = join(scratch, 'seed');
  emptyDir = join(scratch, 'empty');
  mkdirSync(seedDir);
  mkdirSync(emptyDir);
  copyFileSync(SEED_FILE, join(seedDir, '000_e6b419b8511849bc.txt'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('npm run ask', () => {
  it('`--json "who kiriyenko"` prints one Answer with exactly the contract’s keys, citing who he is', async ({
    expect,
  }) => {
    const run = await ask(['--json', 'who kiriyenko']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer)).toEqual(ANSWER_KEYS);
    expect(answer).toMatchObject({
      query: 'who kiriyenko',
      intent: 'who',
      subject: 'Sergei Kiriyenko',
      found: true,
    });
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) expect(Object.keys(citation)).toEqual(CITATION_KEYS);
    expect(answer.citations[0]).toMatchObject({
      article: '000-e6b419b8511849bc',
      paragraph: 22,
      quote: expect.stringContaining(
        'Sergei Kiriyenko, first deputy chief of staff to Vladimir Putin',
      ),
      date: '2025-04-30',
      score: expect.any(Number),
    });
  });

  it('`--json -` answers one question per line as NDJSON, in order, from one index build', async ({
    expect,
  }) => {
    const dir = join(scratch, 'ndjson');
    const cacheDir = join(scratch, 'ndjson-cache');
    mkdirSync(dir);
    copyFileSync(SEED_FILE, join(dir, '000_e6b419b8511849bc.txt'));
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\nBody.\n');
    const questions = ['who kiriyenko', 'when abu-dhabi', 'who zelensky', 'help'];
    const run = await ask(['--json', '--content', dir, '-'], {
      stdin: `${questions.join('\n')}\n`,
      cacheDir,
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((line) => JSON.parse(line));
    expect(answers.map((a) => a.query)).toEqual(questions);
    for (const answer of answers) expect(Object.keys(answer)).toEqual(ANSWER_KEYS);
    expect(answers[1].citations[0].date).toBe('2025-07-10');
    expect(answers[2]).toMatchObject({ found: false, citations: [] });
    // The broken file is reported once per index load: once, for all four questions.
    expect(run.stderr.match(/skipped broken\.md:/g)).toHaveLength(1);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('index-'))).toHaveLength(1);
  });

  it('`npm run ask -- --json` puts the Answer and nothing else on standard output', async ({
    expect,
  }) => {
    const run = await ask(['--json', 'when abu-dhabi'], { npm: true });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).citations[0].date).toBe('2025-07-10');
  });

  it('prints a readable answer with its citation when not asked for JSON', async ({ expect }) => {
    const run = await ask(['--content', seedDir, 'who kiriyenko']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Sergei Kiriyenko — first deputy chief of staff to Vladimir Putin (¶22)');
    expect(run.stdout).toContain(
      '[1] Putin sidelined: Russia fails to stop Turkey from reconciling Azerbaijan and Armenia, ¶22 · 2025-04-30',
    );
    expect(run.stdout).toContain('“On April 30, Sergei Kiriyenko, first deputy chief of staff');
  });

  it('`--content <empty folder>` exits 1 with a clear message', async ({ expect }) => {
    const run = await ask(['--json', '--content', emptyDir, 'who kiriyenko']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(`No articles in ${emptyDir} (add .txt, .md or .html files).`);
  });

  it('`--content <missing folder>` exits 1 naming the folder', async ({ expect }) => {
    const missing = join(scratch, 'no-such-folder');
    const run = await ask(['--content', missing, 'who kiriyenko']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Content folder not found: ${missing}`);
  });

  it('an unknown flag exits 2 naming it, with the usage', async ({ expect }) => {
    const run = await ask(['--bogus', 'who kiriyenko']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("'--bogus'");
    expect(run.stderr).toContain('Usage: npm run ask');
  });

  it('an empty or blank question exits 2 asking for a question', async ({ expect }) => {
    for (const args of [[], ['   ']]) {
      const run = await ask(['--content', seedDir, ...args]);
      expect(run.code, JSON.stringify(args)).toBe(2);
      expect(run.stderr).toMatch(/^Ask a question/);
    }
  });

  it('a 10,000-character question is refused, saying how long a question may be', async ({
    expect,
  }) => {
    const run = await ask(['--json', '--content', seedDir, 'kiriyenko '.repeat(1000)]);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({
      found: false,
      citations: [],
      summary: 'That question is 10000 characters long; ask in at most 500.',
    });
    expect(run.code).toBe(2);
  });

  it('`--explain-content` lists each removed block with its rule and reason, then the kept paragraphs', async ({
    expect,
  }) => {
    const dir = join(scratch, 'explain');
    mkdirSync(dir);
    copyFileSync(SEED_FILE, join(dir, '000_e6b419b8511849bc.txt'));
    copyFileSync(FURNITURE_FILE, join(dir, 'furniture.txt'));
    const run = await ask(['--explain-content', '--content', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('000_e6b419b8511849bc.txt → 000-e6b419b8511849bc');
    expect(run.stdout).toContain('kept 27 paragraphs, removed 9 blocks');
    expect(run.stdout).toContain('removed [byline] a byline naming the author: “by admin”');
    expect(run.stdout).toMatch(
      /removed \[pull-quote\] a pull quote repeating words of the paragraph beginning "Unsurprisingly, Moscow made.*: “Sergei Kiriyenko, first deputy/,
    );
    expect(run.stdout).toContain(
      'removed [read-also] a "read also" link to another article: “Read also: Dreaming',
    );
    expect(run.stdout).toContain('removed [trailer]');
    expect(run.stdout).toContain(
      '¶22 (3 sentences) Unsurprisingly, Moscow made efforts at crisis management.',
    );
    expect(run.stdout).toContain('furniture.txt → furniture');
    for (const rule of ['title', 'dateline', 'boilerplate', 'duplicate']) {
      expect(run.stdout).toContain(`removed [${rule}]`);
    }
  });

  it('`--explain-content` on an empty folder exits 1', async ({ expect }) => {
    const run = await ask(['--explain-content', '--content', emptyDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`No readable articles in ${emptyDir}.`);
  });
});
