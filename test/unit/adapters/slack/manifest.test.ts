import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../../../commands/index.ts';
import { buildSlackManifest, slackBotScopes } from '../../../../src/adapters/slack/manifest.ts';

/**
 * The parts of Slack's app manifest schema (slackapi/manifest-schema, schemas/manifest.schema.1.0.0.json)
 * that briefbot's manifest touches, transcribed as a small schema: allowed keys (the schema sets
 * additionalProperties: false everywhere), required keys, lengths, patterns and item counts.
 */
type Rule =
  | { type: 'object'; keys: Record<string, Rule | 'other'>; required?: string[] }
  | { type: 'array'; items: Rule; min?: number; max?: number; unique?: boolean }
  | { type: 'string'; min?: number; max?: number; pattern?: RegExp }
  | { type: 'boolean' }
  | { type: 'integer' };

const url = (max: number): Rule => ({ type: 'string', pattern: /^https?:\/\//, max });
const scopeList: Rule = { type: 'array', items: { type: 'string', max: 50 }, max: 255 };

const MANIFEST_V1: Rule = {
  type: 'object',
  required: ['display_information'],
  keys: {
    $schema: 'other',
    _metadata: {
      type: 'object',
      keys: {
        schema_version: { type: 'integer' },
        min_version: { type: 'integer' },
        major_version: { type: 'integer' },
        minor_version: { type: 'integer' },
      },
    },
    app_directory: 'other',
    display_information: {
      type: 'object',
      required: ['name'],
      keys: {
        name: { type: 'string', min: 1, max: 35 },
        description: { type: 'string', min: 1, max: 140 },
        background_color: {
          type: 'string',
          min: 4,
          max: 7,
          pattern: /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/,
        },
        long_description: { type: 'string', min: 175, max: 4000 },
      },
    },
    features: {
      type: 'object',
      keys: {
        app_home: {
          type: 'object',
          keys: {
            home_tab_enabled: { type: 'boolean' },
            messages_tab_enabled: { type: 'boolean' },
            messages_tab_read_only_enabled: { type: 'boolean' },
          },
        },
        bot_user: {
          type: 'object',
          required: ['display_name'],
          keys: {
            display_name: { type: 'string', min: 1, max: 80 },
            always_online: { type: 'boolean' },
          },
        },
        slash_commands: {
          type: 'array',
          min: 1,
          max: 50,
          items: {
            type: 'object',
            required: ['command', 'description'],
            keys: {
              command: { type: 'string', min: 2, max: 32, pattern: /^\// },
              url: url(3000),
              description: { type: 'string', min: 1, max: 2000 },
              usage_hint: { type: 'string', min: 1, max: 1000 },
              should_escape: { type: 'boolean' },
            },
          },
        },
        functions: 'other',
        shortcuts: 'other',
        workflow_steps: 'other',
        unfurl_domains: 'other',
        assistant_view: 'other',
      },
    },
    oauth_config: {
      type: 'object',
      keys: {
        redirect_urls: 'other',
        scopes: {
          type: 'object',
          keys: {
            user: scopeList,
            bot: scopeList,
            user_optional: scopeList,
            bot_optional: scopeList,
          },
        },
        token_management_enabled: { type: 'boolean' },
        pkce_enabled: { type: 'boolean' },
      },
    },
    settings: {
      type: 'object',
      keys: {
        allowed_ip_address_ranges: 'other',
        event_subscriptions: {
          type: 'object',
          keys: {
            request_url: url(3500),
            user_events: {
              type: 'array',
              items: { type: 'string', max: 50 },
              max: 100,
              unique: true,
            },
            bot_events: {
              type: 'array',
              items: { type: 'string', max: 50 },
              max: 100,
              unique: true,
            },
            metadata_subscriptions: 'other',
          },
        },
        incoming_webhooks: 'other',
        interactivity: {
          type: 'object',
          required: ['is_enabled'],
          keys: {
            is_enabled: { type: 'boolean' },
            request_url: url(3500),
            message_menu_options_url: url(3500),
          },
        },
        org_deploy_enabled: { type: 'boolean' },
        socket_mode_enabled: { type: 'boolean' },
        is_hosted: { type: 'boolean' },
        token_rotation_enabled: { type: 'boolean' },
        siws_links: 'other',
        hermes_app_type: 'other',
        function_runtime: 'other',
        is_mcp_enabled: { type: 'boolean' },
      },
    },
    functions: 'other',
    workflows: 'other',
    datastores: 'other',
    outgoing_domains: 'other',
    types: 'other',
    external_auth_providers: 'other',
  },
};

/** Every way `value` breaks `rule`, as `path: problem` lines (empty when it conforms). */
function violations(rule: Rule, value: unknown, path = '$'): string[] {
  switch (rule.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: not a boolean`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: not an integer`];
    case 'string': {
      if (typeof value !== 'string') return [`${path}: not a string`];
      const problems: string[] = [];
      if (rule.min !== undefined && value.length < rule.min)
        problems.push(`${path}: shorter than ${rule.min}`);
      if (rule.max !== undefined && value.length > rule.max)
        problems.push(`${path}: longer than ${rule.max}`);
      if (rule.pattern && !rule.pattern.test(value))
        problems.push(`${path}: does not match ${rule.pattern}`);
      return problems;
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: not an array`];
      const problems = value.flatMap((item, i) => violations(rule.items, item, `${path}[${i}]`));
      if (rule.min !== undefined && value.length < rule.min)
        problems.push(`${path}: fewer than ${rule.min} items`);
      if (rule.max !== undefined && value.length > rule.max)
        problems.push(`${path}: more than ${rule.max} items`);
      if (rule.unique && new Set(value).size !== value.length)
        problems.push(`${path}: items not unique`);
      return problems;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: not an object`];
      const object = value as Record<string, unknown>;
      const problems = (rule.required ?? [])
        .filter((k) => !(k in object))
        .map((k) => `${path}.${k}: required`);
      for (const [key, child] of Object.entries(object)) {
        const childRule = rule.keys[key];
        if (childRule === undefined) problems.push(`${path}.${key}: not allowed by the schema`);
        else if (childRule !== 'other')
          problems.push(...violations(childRule, child, `${path}.${key}`));
      }
      return problems;
    }
  }
}

describe('the Slack app manifest generated from commands/', () => {
  const http = buildSlackManifest(COMMANDS, {
    commandPrefix: 'brief-',
    transport: { kind: 'http', baseUrl: 'https://briefbot.example.org/' },
  });
  const socket = buildSlackManifest(COMMANDS, { commandPrefix: '', transport: { kind: 'socket' } });

  it('conforms to the fields of Slack manifest schema v1, over HTTP and over Socket Mode', () => {
    expect(violations(MANIFEST_V1, http)).toEqual([]);
    expect(violations(MANIFEST_V1, socket)).toEqual([]);
  });

  it('the schema check catches what Slack would refuse', () => {
    const broken = structuredClone(http) as unknown as Record<string, Record<string, unknown>>;
    (broken.display_information as Record<string, unknown>).name =
      'a name far longer than thirty-five characters';
    (broken.settings as Record<string, unknown>).link_names = true;
    expect(violations(MANIFEST_V1, broken)).toEqual([
      '$.display_information.name: longer than 35',
      '$.settings.link_names: not allowed by the schema',
    ]);
  });

  it('lists every command from commands/, prefixed, with its description and usage hint', () => {
    expect(http.features.slash_commands.map((c) => c.command)).toEqual(
      COMMANDS.map((c) => `/brief-${c.name}`),
    );
    const who = http.features.slash_commands[0];
    expect(who).toEqual({
      command: '/brief-who',
      description: COMMANDS[0]?.description,
      usage_hint: '<person>',
      should_escape: false,
      url: 'https://briefbot.example.org/slack/events',
    });
    expect(socket.features.slash_commands.find((c) => c.command === '/help')).not.toHaveProperty(
      'usage_hint',
    );
  });

  it('asks for the four bot scopes the adapter uses, and no more', () => {
    expect(slackBotScopes()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(http.oauth_config.scopes.bot).toEqual(slackBotScopes());
  });

  it('subscribes to app_mention and message.im, with interactivity for More, Share and the subject menu', () => {
    expect(http.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(http.settings.interactivity.is_enabled).toBe(true);
    expect(http.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('over HTTP, points events, commands and interactions at /slack/events; over Socket Mode, at nothing', () => {
    expect(http.settings).toMatchObject({
      socket_mode_enabled: false,
      event_subscriptions: { request_url: 'https://briefbot.example.org/slack/events' },
      interactivity: { request_url: 'https://briefbot.example.org/slack/events' },
    });
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('http');
  });

  it('refuses a prefix Slack would not accept in a command name', () => {
    expect(() =>
      buildSlackManifest(COMMANDS, { commandPrefix: 'Brief ', transport: { kind: 'socket' } }),
    ).toThrow('Slack would refuse the command "/Brief who"');
  });

  it('npm run slack:manifest prints the same manifest as YAML', async () => {
    const root = resolve(import.meta.dirname, '../../../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/slack-manifest.ts',
        '--url',
        'https://briefbot.example.org/',
        '--prefix',
        'brief-',
      ],
      { cwd: root, env: { PATH: process.env.PATH ?? '' } },
    );
    expect(parse(stdout)).toEqual(http);
  });
});
