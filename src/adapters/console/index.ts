import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatAnswer } from '../../cli/format.ts';
import type { Briefbot } from '../../core.ts';

/** Which platform adapters are off, and the variable that turns each on: printed at console start. */
export function adaptersOffNotice(discordOn: boolean, slackOn: boolean): string {
  const lines: string[] = [];
  if (!discordOn)
    lines.push('Discord adapter off: set DISCORD_TOKEN and DISCORD_APP_ID to turn it on.');
  if (!slackOn)
    lines.push('Slack adapter off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn it on.');
  return lines.join('\n');
}

/**
 * A console session over the core: a prompt on a terminal; when the input is not a terminal it
 * answers each line and resolves at end of input. Resolves when the session ends.
 */
export function runConsole(
  core: Briefbot,
  input: Readable & { isTTY?: boolean },
  output: Writable,
): Promise<void> {
  const interactive = input.isTTY === true;
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  if (interactive) {
    output.write('Ask about the articles ("help" lists the commands, Ctrl-D quits).\n');
    lines.setPrompt('briefbot> ');
    lines.prompt();
  }
  lines.on('line', (line) => {
    if (line.trim() !== '') output.write(`${formatAnswer(core.answer(line))}\n\n`);
    if (interactive) lines.prompt();
  });
  return new Promise((resolve) => lines.once('close', () => resolve()));
}
