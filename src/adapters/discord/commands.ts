import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition } from '../../../commands/index.ts';
import { truncateText } from '../shared/truncate.ts';
import { DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS } from './limits.ts';

/** Name of the Discord-only option that shows an answer to the asker alone. */
export const PRIVATE_OPTION_NAME = 'private';

/**
 * Turns the platform-free command definitions into Discord application command JSON, adding the
 * Discord-only `private` option. Registration and the tests both use it, so what is registered is
 * what the handlers expect.
 */
export function toDiscordCommands(
  commands: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: truncateText(command.description, DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      ...command.options.map((option) => ({
        type: ApplicationCommandOptionType.String as const,
        name: option.name,
        description: truncateText(option.description, DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS),
        required: option.required,
        autocomplete: option.autocomplete,
      })),
      {
        type: ApplicationCommandOptionType.Boolean as const,
        name: PRIVATE_OPTION_NAME,
        description: 'Show the answer only to you (default: everyone in the channel sees it)',
        required: false,
      },
    ],
  }));
}
