import type { types } from '@slack/bolt';
import type { CommandDefinition } from '../../../../commands/index.ts';
import { slackCommandName, slackExample } from '../commands.ts';
import { PUBLIC_KEYWORD } from '../questions.ts';
import { fallbackText, fitBlocks, type SlackMessage, textSection } from './limits.ts';

function commandLine(command: CommandDefinition, prefix: string): string {
  const name = `/${slackCommandName(command, prefix)}${command.usage ? ` ${command.usage}` : ''}`;
  const examples = command.examples.map((e) => slackExample(e, command, prefix));
  return [`${name}: ${command.description}`, ...examples.map((e) => `  e.g. ${e}`)].join('\n');
}

/** `/help`, and the reply to an empty mention: the commands from `commands/` with Slack names. */
export function renderHelp(commands: readonly CommandDefinition[], prefix: string): SlackMessage {
  const intro =
    'I answer questions about the loaded news articles and cite the passages I answer from. ' +
    `Mention me or message me directly with a question, or use a command. Answers to commands are ` +
    `shown only to you; add "${PUBLIC_KEYWORD}" to post one in the channel.`;
  const lines = commands.map((c) => commandLine(c, prefix));
  const blocks: types.KnownBlock[] = [textSection(intro), ...lines.map(textSection)];
  return { text: fallbackText([intro, ...lines].join('\n')), blocks: fitBlocks(blocks) };
}

/** Shown when a command that needs a subject gets none. */
export function renderUsage(command: CommandDefinition, prefix: string): SlackMessage {
  const line = `Usage: ${commandLine(command, prefix)}`;
  return { text: fallbackText(line), blocks: [textSection(line)] };
}
