import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toAnswerJson } from '../answer/types.ts';
import { createBriefbot } from '../briefbot.ts';
import { loadConfigFromProcess } from '../config.ts';
import { BriefbotError } from '../errors.ts';
import { formatAnswer, formatContentReport } from './format.ts';

/** Exit codes of `npm run ask`: scripts can tell a usage mistake from missing content. */
export const EXIT = { ok: 0, content: 1, usage: 2 } as const;

const USAGE = `Usage: npm run ask -- [--json] [--content <dir>] "<question>"
       npm run ask -- --json -          (one question per line on stdin, one JSON answer per line)
       npm run ask -- --explain-content (what cleaning kept and removed in each article)`;

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: {
        json: { type: 'boolean', default: false },
        content: { type: 'string' },
        'explain-content': { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(EXIT.usage, `${message}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  const { values, positionals } = readArgs();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfigFromProcess();
  const contentDir = values.content ?? config.contentDir;
  if (values['explain-content']) {
    const { loadArticles } = await import('../content/load.ts');
    const { articles, problems } = await loadArticles(contentDir);
    for (const article of articles) process.stdout.write(`${formatContentReport(article)}\n\n`);
    for (const problem of problems) process.stderr.write(`skipped ${problem.message}\n`);
    if (articles.length === 0) fail(EXIT.content, `No readable articles in ${contentDir}.`);
    return;
  }
  const fromStdin = positionals.length === 1 && positionals[0] === '-';
  const question = positionals.join(' ');
  if (!fromStdin && question.trim() === '') {
    fail(EXIT.usage, `Ask a question, e.g. npm run ask -- "who <name>".\n${USAGE}`);
  }
  const bot = await createBriefbot({
    contentDir,
    cacheDir: values['no-cache'] ? null : config.cacheDir,
    maxQuestionChars: config.maxQuestionChars,
  });
  for (const problem of bot.status().problems) process.stderr.write(`skipped ${problem.message}\n`);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  if (fromStdin) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const answer = bot.answer(line);
      print(values.json ? JSON.stringify(toAnswerJson(answer)) : `${formatAnswer(answer)}\n`);
    }
    return;
  }
  const answer = bot.answer(question);
  print(values.json ? JSON.stringify(toAnswerJson(answer), null, 2) : formatAnswer(answer));
  // An over-long question is refused (the refusal is printed) like any other usage mistake.
  if (question.length > config.maxQuestionChars) process.exitCode = EXIT.usage;
}

main().catch((error: unknown) => {
  if (error instanceof BriefbotError) {
    fail(
      error.code === 'CONFIG_INVALID' || error.code === 'USAGE' ? EXIT.usage : EXIT.content,
      error.message,
    );
  }
  fail(EXIT.content, `briefbot failed: ${error instanceof Error ? error.message : String(error)}`);
});
