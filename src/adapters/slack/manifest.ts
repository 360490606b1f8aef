import type { CommandDefinition } from '../../../commands/index.ts';
import { BriefbotError } from '../../errors.ts';
import { slackCommandName } from './commands.ts';

/**
 * Every Web API method the adapter calls, with the bot scope it needs (null: none). The manifest's
 * scopes are derived from this table, so the app asks for what it uses and no more; the e2e tests
 * check that no other method is ever called.
 */
export const SLACK_METHOD_SCOPES: Readonly<Record<string, string | null>> = {
  'auth.test': null,
  'apps.connections.open': null,
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.delete': 'chat:write',
};

/** The events the adapter listens to, with the bot scope each needs. */
export const SLACK_EVENT_SCOPES: Readonly<Record<string, string>> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
};

/** Slash commands need the `commands` scope. */
const COMMANDS_SCOPE = 'commands';

/** Bolt's default path for events, commands and interactions over HTTP. */
export const SLACK_EVENTS_PATH = '/slack/events';

/** What Slack accepts as a slash command: lowercase, no spaces, at most 32 characters with the slash. */
export const SLACK_COMMAND_PATTERN = /^\/[a-z0-9_-]{1,31}$/;

/** Where Slack reaches the app: a public HTTPS base URL, or a Socket Mode connection. */
export type ManifestTransport = { kind: 'http'; baseUrl: string } | { kind: 'socket' };

/** A Slack app manifest (schema v1), limited to the parts briefbot sets. */
export interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; background_color: string };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: Array<{
      command: string;
      description: string;
      usage_hint?: string;
      should_escape: boolean;
      url?: string;
    }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/** The URL Slack posts to: `<base>/slack/events`, whether or not the base already ends with it. */
export function slackRequestUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return base.endsWith(SLACK_EVENTS_PATH) ? base : `${base}${SLACK_EVENTS_PATH}`;
}

/** The bot scopes: those of the methods called, the events received, and slash commands. */
export function slackBotScopes(): string[] {
  const scopes = [
    ...Object.values(SLACK_METHOD_SCOPES),
    ...Object.values(SLACK_EVENT_SCOPES),
    COMMANDS_SCOPE,
  ].filter((scope): scope is string => scope !== null);
  return [...new Set(scopes)].sort();
}

/**
 * Builds the app manifest from `commands/`, so installing briefbot in a workspace is one paste:
 * the (prefixed) slash commands, the scopes actually used, the two events, interactivity for the
 * buttons and menus, and either request URLs or Socket Mode.
 */
export function buildSlackManifest(
  commands: readonly CommandDefinition[],
  options: { commandPrefix: string; transport: ManifestTransport },
): SlackManifest {
  const names = commands.map((command) => `/${slackCommandName(command, options.commandPrefix)}`);
  const invalid = names.find((name) => !SLACK_COMMAND_PATTERN.test(name));
  if (invalid !== undefined) {
    throw new BriefbotError(
      'USAGE',
      `Slack would refuse the command "${invalid}": use a prefix of lowercase letters, digits, - or _.`,
    );
  }
  const requestUrl =
    options.transport.kind === 'http' ? slackRequestUrl(options.transport.baseUrl) : undefined;
  const withUrl = requestUrl === undefined ? {} : { request_url: requestUrl };
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'briefbot',
      description: 'Answers questions about news articles, quoting the passages it answers from.',
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'briefbot', always_online: true },
      slash_commands: commands.map((command) => ({
        command: `/${slackCommandName(command, options.commandPrefix)}`,
        description: command.description,
        ...(command.usage ? { usage_hint: command.usage } : {}),
        should_escape: false,
        ...(requestUrl === undefined ? {} : { url: requestUrl }),
      })),
    },
    oauth_config: { scopes: { bot: slackBotScopes() } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: Object.keys(SLACK_EVENT_SCOPES) },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: options.transport.kind === 'socket',
      token_rotation_enabled: false,
    },
  };
}
