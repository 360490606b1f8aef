import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { BriefbotError } from './errors.ts';

/** Log levels pino understands, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything briefbot reads from its environment, typed and validated once. */
export interface Config {
  /** Folder of articles (`.txt`, `.md`, `.html`). */
  contentDir: string;
  /** Folder for the cached index; never inside `contentDir`. */
  cacheDir: string;
  logLevel: LogLevel;
  /** Longest question accepted, in characters. */
  maxQuestionChars: number;
  /** Questions one user may ask per minute before being asked to slow down. */
  userQuestionsPerMinute: number;
  /** Questions one channel may see per minute. */
  channelQuestionsPerMinute: number;
  /** Questions being answered at once before new ones are told "busy". */
  maxPendingQuestions: number;
  /** Watch the content folder and reload the index on change. */
  watchContent: boolean;
  /** Port of the HTTP server (Slack over HTTP and `/healthz`); shard n of a sharded bot uses PORT + n. */
  port: number;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
  /** This process's shard when run by `npm run start:sharded`, else null. */
  shard: ShardPlace | null;
}

/** Settings of the Discord adapter; present only when `DISCORD_TOKEN` is set. */
export interface DiscordConfig {
  token: string;
  appId: string;
  guildId: string | null;
  /** Base of the REST API, without `/api` (e.g. `https://discord.com`). */
  apiUrl: string;
  /** Shards `npm run start:sharded` spawns: a count, or `auto` for what Discord recommends. */
  shards: number | 'auto';
}

/**
 * A shard's place among all shards: discord.js's ShardingManager hands each shard process its id
 * and the total in `SHARDS` and `SHARD_COUNT`, and the Discord client reads the same pair itself.
 */
export interface ShardPlace {
  id: number;
  count: number;
}

/** Settings of the Slack adapter; present only when `SLACK_BOT_TOKEN` is set. */
export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** App-level token: when set, Socket Mode is used instead of HTTP. */
  appToken: string | null;
  /** Base of the Web API, ending in `/` (e.g. `https://slack.com/api/`). */
  apiUrl: string;
  /** Prefix for slash command names, e.g. `brief-` gives `/brief-who`. */
  commandPrefix: string;
}

/** The default Discord REST base; tests and proxies point `DISCORD_API_URL` elsewhere. */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com';
/** The default Slack Web API base. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

type Env = Record<string, string | undefined>;

function invalid(name: string, allowed: string, value: string | undefined, secret = false): never {
  const shown = secret ? '' : ` (got "${value}")`;
  throw new BriefbotError('CONFIG_INVALID', `${name} must be ${allowed}${shown}.`);
}

function readString(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readString(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    invalid(name, `a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = readString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  return invalid(name, 'true or false', raw);
}

function readUrl(env: Env, name: string, fallback: string): string {
  const raw = readString(env, name);
  if (raw === null) return fallback;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    invalid(name, 'an http:// or https:// URL', raw);
  }
  return raw;
}

function readDiscord(env: Env): DiscordConfig | null {
  const token = readString(env, 'DISCORD_TOKEN');
  if (token === null) return null;
  const appId = readString(env, 'DISCORD_APP_ID');
  if (appId === null || !/^\d{5,25}$/.test(appId)) {
    invalid('DISCORD_APP_ID', 'the application id (digits) when DISCORD_TOKEN is set', appId ?? '');
  }
  const guildId = readString(env, 'DISCORD_GUILD_ID');
  if (guildId !== null && !/^\d{5,25}$/.test(guildId)) {
    invalid('DISCORD_GUILD_ID', 'a guild id (digits) or unset', guildId);
  }
  const apiUrl = readUrl(env, 'DISCORD_API_URL', DEFAULT_DISCORD_API_URL).replace(/\/+$/, '');
  return { token, appId, guildId, apiUrl, shards: readShardCount(env) };
}

/** Most shards `DISCORD_SHARDS` may ask for: one process each, so a single machine's worth. */
const MAX_DISCORD_SHARDS = 1000;

function readShardCount(env: Env): number | 'auto' {
  const raw = readString(env, 'DISCORD_SHARDS');
  if (raw === null || raw.toLowerCase() === 'auto') return 'auto';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_DISCORD_SHARDS) {
    invalid('DISCORD_SHARDS', `auto or a whole number from 1 to ${MAX_DISCORD_SHARDS}`, raw);
  }
  return count;
}

/** `SHARDS` and `SHARD_COUNT`: both set (by the ShardingManager, for each shard process) or neither. */
function readShardPlace(env: Env): ShardPlace | null {
  const id = readString(env, 'SHARDS');
  const count = readString(env, 'SHARD_COUNT');
  if (id === null && count === null) return null;
  if (id === null || count === null) {
    invalid(
      'SHARDS and SHARD_COUNT',
      'set together (npm run start:sharded sets both) or unset',
      '',
    );
  }
  const total = readInt(env, 'SHARD_COUNT', 1, 1, MAX_DISCORD_SHARDS);
  return { id: readInt(env, 'SHARDS', 0, 0, total - 1), count: total };
}

/** A shard serves `/healthz` on PORT + its id, so that shards on one machine do not collide. */
function shardPort(port: number, shard: ShardPlace | null): number {
  if (shard === null || port === 0) return port;
  if (port + shard.count - 1 > 65_535) {
    invalid('PORT', `at most ${65_536 - shard.count} with ${shard.count} shards`, String(port));
  }
  return port + shard.id;
}

function readSlack(env: Env): SlackConfig | null {
  const botToken = readString(env, 'SLACK_BOT_TOKEN');
  if (botToken === null) return null;
  if (!botToken.startsWith('xoxb-'))
    invalid('SLACK_BOT_TOKEN', 'a bot token starting with xoxb-', '', true);
  const signingSecret = readString(env, 'SLACK_SIGNING_SECRET');
  if (signingSecret === null) {
    invalid('SLACK_SIGNING_SECRET', 'set when SLACK_BOT_TOKEN is set', '', true);
  }
  const appToken = readString(env, 'SLACK_APP_TOKEN');
  if (appToken !== null && !appToken.startsWith('xapp-')) {
    invalid('SLACK_APP_TOKEN', 'an app-level token starting with xapp- or unset', '', true);
  }
  let apiUrl = readUrl(env, 'SLACK_API_URL', DEFAULT_SLACK_API_URL);
  if (!apiUrl.endsWith('/')) apiUrl += '/';
  const commandPrefix = readString(env, 'SLACK_COMMAND_PREFIX') ?? '';
  if (!/^[a-z0-9_-]{0,20}$/.test(commandPrefix)) {
    invalid('SLACK_COMMAND_PREFIX', 'up to 20 lowercase letters, digits, - or _', commandPrefix);
  }
  return { botToken, signingSecret, appToken, apiUrl, commandPrefix };
}

/**
 * Reads and validates the configuration from an environment object: the only place that knows
 * variable names. Throws a `CONFIG_INVALID` BriefbotError naming the variable and what is allowed.
 */
export function loadConfig(env: Env): Config {
  const logLevel = (readString(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    invalid('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, logLevel);
  }
  const shard = readShardPlace(env);
  return {
    contentDir: resolve(readString(env, 'CONTENT_DIR') ?? 'content'),
    cacheDir: resolve(readString(env, 'CACHE_DIR') ?? '.cache'),
    logLevel: logLevel as LogLevel,
    maxQuestionChars: readInt(env, 'MAX_QUESTION_CHARS', 500, 10, 100_000),
    userQuestionsPerMinute: readInt(env, 'USER_QUESTIONS_PER_MINUTE', 20, 1, 100_000),
    channelQuestionsPerMinute: readInt(env, 'CHANNEL_QUESTIONS_PER_MINUTE', 60, 1, 100_000),
    maxPendingQuestions: readInt(env, 'MAX_PENDING_QUESTIONS', 100, 1, 100_000),
    watchContent: readBool(env, 'WATCH_CONTENT', true),
    port: shardPort(readInt(env, 'PORT', 3000, 0, 65_535), shard),
    discord: readDiscord(env),
    // One Slack app per deployment: shards run Discord only, or each would bind PORT and answer twice.
    slack: shard ? null : readSlack(env),
    shard,
  };
}

/** Loads `.env` from the working directory (when present) into the process environment, then reads it. */
export function loadConfigFromProcess(): Config {
  if (existsSync('.env')) loadDotenv({ path: '.env', quiet: true });
  return loadConfig(process.env);
}
