import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  DiscordAPIError,
  REST,
  type RESTGetAPIGatewayBotResult,
  Routes,
  type Shard,
  ShardingManager,
} from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { BriefbotError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { loaderExecArgv } from '../../module-form.ts';
import { settlesWithin } from '../shared/in-flight.ts';
import { loggableError } from './log-safety.ts';

/** Discord allows `max_concurrency` IDENTIFYs per 5 s; discord.js spaces shards 5.5 s apart. */
const IDENTIFY_WINDOW_MS = 5500;
/** Longest one shard may take from spawn to READY: the first one may be building the index. */
const SHARD_READY_TIMEOUT_MS = 120_000;
/** Longest a shard may take to exit after SIGTERM: its own shutdown deadline is 5 s. */
const SHARD_STOP_TIMEOUT_MS = 7000;

/** What `GET /gateway/bot` advises before connecting. */
export interface GatewayAdvice {
  /** Shard count Discord recommends for the bot's guilds. */
  shards: number;
  /** IDENTIFYs allowed per 5 seconds. */
  maxConcurrency: number;
  /** Session starts left today. */
  sessionsRemaining: number;
}

/**
 * Asks Discord how to shard, through `DISCORD_API_URL` (discord.js's own `'auto'` always asks
 * discord.com). Rejects with `CONFIG_INVALID` naming `DISCORD_TOKEN` when the token is refused.
 */
export async function fetchGatewayAdvice(settings: DiscordConfig): Promise<GatewayAdvice> {
  const rest = new REST({ api: `${settings.apiUrl}/api` }).setToken(settings.token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return {
      shards: gateway.shards,
      maxConcurrency: gateway.session_start_limit.max_concurrency,
      sessionsRemaining: gateway.session_start_limit.remaining,
    };
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      throw new BriefbotError(
        'CONFIG_INVALID',
        'DISCORD_TOKEN was rejected by Discord (GET /gateway/bot); copy the bot token again from the Developer Portal.',
      );
    }
    throw error;
  }
}

/**
 * Time between two shards' start-ups. Shards start one after another, so shards `n` and
 * `n + maxConcurrency` (which share an IDENTIFY bucket) start a full window apart.
 */
export function identifySpacingMs(maxConcurrency: number): number {
  return Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, maxConcurrency));
}

/** Shards started by `startShards`. */
export interface RunningShards {
  count: number;
  /** Stops respawning, sends every shard SIGTERM and waits for it to exit (killing it if it hangs). */
  stop(): Promise<void>;
}

/** Sends a shard SIGTERM, lets it finish its answers, and kills it if it has not exited in time. */
async function stopShard(shard: Shard, logger: Logger): Promise<void> {
  const child: ChildProcess | null = shard.process;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  if (await settlesWithin(exited, SHARD_STOP_TIMEOUT_MS)) return;
  logger.warn({ shard: shard.id, shardPid: child.pid }, 'shard did not exit in time; killing it');
  child.kill('SIGKILL');
  await exited;
}

/**
 * Runs the bot as Discord shards through discord.js's ShardingManager: one process per shard, each
 * running `shardFile` (the normal start-up), which learns its shard from `SHARDS`/`SHARD_COUNT`.
 * Shards start one at a time, each after the previous is ready, so the first builds the index
 * cache and the others load it. A shard that dies is respawned. Resolves once every shard is ready.
 */
export async function startShards(
  settings: DiscordConfig,
  shardFile: string,
  logger: Logger,
): Promise<RunningShards> {
  const advice = await fetchGatewayAdvice(settings);
  const count = settings.shards === 'auto' ? advice.shards : settings.shards;
  logger.info(
    {
      shards: count,
      configured: settings.shards,
      recommended: advice.shards,
      maxConcurrency: advice.maxConcurrency,
      sessionsRemaining: advice.sessionsRemaining,
    },
    'starting Discord shards',
  );
  if (advice.sessionsRemaining < count) {
    logger.warn(advice, 'fewer session starts left today than shards; some may not connect');
  }
  const manager = new ShardingManager(shardFile, {
    token: settings.token,
    totalShards: count,
    mode: 'process',
    execArgv: loaderExecArgv(),
  });
  let stopping: Promise<void> | null = null;
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) =>
      logger.info(
        { shard: shard.id, shardPid: 'pid' in child ? child.pid : null },
        'shard spawned',
      ),
    );
    shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
    shard.on('death', (child) => {
      if (stopping) return;
      const exit = 'exitCode' in child ? { code: child.exitCode, signal: child.signalCode } : {};
      logger.warn({ shard: shard.id, ...exit }, 'shard exited; respawning');
    });
    shard.on('error', (error) =>
      logger.error({ shard: shard.id, err: loggableError(error) }, 'shard error'),
    );
  });
  // The manager ending without stop() (a crash) must not leave shards connected to Discord.
  const abandon = () => {
    for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
  };
  process.on('exit', abandon);
  const stop = () => {
    stopping ??= (async () => {
      manager.respawn = false;
      process.off('exit', abandon);
      await Promise.all(manager.shards.map((shard) => stopShard(shard, logger)));
      logger.info({ shards: count }, 'all shards stopped');
    })();
    return stopping;
  };
  try {
    await manager.spawn({
      amount: count,
      delay: identifySpacingMs(advice.maxConcurrency),
      timeout: SHARD_READY_TIMEOUT_MS,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const guilds = await manager.fetchClientValues('guilds.cache.size').catch(() => null);
  logger.info({ shards: count, guilds }, 'all shards ready');
  return { count, stop };
}
