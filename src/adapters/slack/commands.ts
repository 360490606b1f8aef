import type { CommandDefinition } from '../../../commands/index.ts';

/**
 * The Slack name of a command, without the slash. Slack has one command namespace per workspace,
 * so a prefix (`brief-` → `/brief-who`) avoids clashing with other apps.
 */
export function slackCommandName(command: CommandDefinition, prefix: string): string {
  return `${prefix}${command.name}`;
}

/** Rewrites a `/name …` example from `commands/` to the prefixed Slack name. */
export function slackExample(example: string, command: CommandDefinition, prefix: string): string {
  return example.startsWith(`/${command.name}`)
    ? `/${slackCommandName(command, prefix)}${example.slice(command.name.length + 1)}`
    : example;
}
