import { type APIApplicationCommand, REST, Routes } from 'discord.js';
import { COMMANDS } from '../../../commands/index.ts';
import type { DiscordConfig } from '../../config.ts';
import { toDiscordCommands } from './commands.ts';

/** What `npm run register` did, by command name. */
export interface RegistrationReport {
  scope: 'guild' | 'global';
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** False when everything already matched, so nothing was sent. */
  overwritten: boolean;
}

/** The fields of a command that registration sets, as both the request and Discord's reply carry them. */
interface CommandShape {
  type?: number;
  name: string;
  description: string;
  contexts?: readonly number[] | null;
  integration_types?: readonly number[] | null;
  options?: readonly {
    type: number;
    name: string;
    description: string;
    required?: boolean;
    autocomplete?: boolean;
  }[];
}

/** The fields we set, with Discord's defaults filled in, so a registered command compares equal. */
function comparable(command: CommandShape): string {
  return JSON.stringify({
    type: command.type ?? 1,
    name: command.name,
    description: command.description,
    contexts: [...(command.contexts ?? [])].sort(),
    integration_types: [...(command.integration_types ?? [])].sort(),
    options: (command.options ?? []).map((option) => ({
      type: option.type,
      name: option.name,
      description: option.description,
      required: option.required ?? false,
      autocomplete: option.autocomplete ?? false,
    })),
  });
}

/**
 * Makes the application's registered slash commands match `commands/`: in one guild when a guild
 * id is configured (instant, for development), globally otherwise. Reads what is registered first
 * and overwrites in bulk only when something differs, so running it twice changes nothing.
 */
export async function registerCommands(settings: DiscordConfig): Promise<RegistrationReport> {
  const rest = new REST({ api: `${settings.apiUrl}/api` }).setToken(settings.token);
  const route =
    settings.guildId === null
      ? Routes.applicationCommands(settings.appId)
      : Routes.applicationGuildCommands(settings.appId, settings.guildId);
  const wanted = toDiscordCommands(COMMANDS);
  const registered = (await rest.get(route)) as APIApplicationCommand[];
  const registeredByName = new Map(registered.map((command) => [command.name, command]));
  const wantedNames = new Set(wanted.map((command) => command.name));
  const report: RegistrationReport = {
    scope: settings.guildId === null ? 'global' : 'guild',
    added: [],
    changed: [],
    removed: registered.map((command) => command.name).filter((name) => !wantedNames.has(name)),
    unchanged: [],
    overwritten: false,
  };
  for (const command of wanted) {
    const current = registeredByName.get(command.name);
    if (current === undefined) report.added.push(command.name);
    else if (comparable(current) !== comparable(command)) report.changed.push(command.name);
    else report.unchanged.push(command.name);
  }
  if (report.added.length + report.changed.length + report.removed.length > 0) {
    await rest.put(route, { body: wanted });
    report.overwritten = true;
  }
  return report;
}
