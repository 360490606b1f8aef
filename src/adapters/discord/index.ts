import { randomBytes } from 'node:crypto';
import {
  Client,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  Partials,
  Status,
} from 'discord.js';
import { BriefbotError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { AnswerPages } from '../shared/answer-pages.ts';
import { RecentIds } from '../shared/recent-ids.ts';
import type { AdapterDeps, RunningAdapter } from '../types.ts';
import { DiscordContext } from './context.ts';
import { handleInteraction, reportInteractionFailure } from './interactions.ts';
import { loggableError } from './log-safety.ts';
import { handleMessage } from './messages.ts';
import { NO_MENTIONS, renderFailure } from './render.ts';

/** How long start-up waits for the gateway's READY (and the guilds that follow) before giving up. */
export const READY_TIMEOUT_MS = 30_000;
/** How long `stop()` lets in-flight answers finish before closing the connection anyway. */
export const STOP_DRAIN_TIMEOUT_MS = 4000;

/**
 * Guilds: slash commands, guild metadata and the channel cache replies need. GuildMessages and
 * DirectMessages: mentions and DMs. Not MessageContent: Discord delivers the content of messages
 * that mention the bot, and of DMs, without that privileged intent (see docs/discord.md).
 */
const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

function sleep(ms: number): { done: Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}

/**
 * discord.js builds its structures from each dispatch inside a promise nobody awaits, so a
 * malformed payload would surface as an unhandled rejection and end the process. Guarding its
 * packet handler turns that into a logged warning; the packet is dropped, the bot keeps running.
 * Only the event name is logged: payloads carry interaction tokens.
 */
function dropMalformedPackets(client: Client, logger: Logger): void {
  const manager = client.ws as unknown as {
    handlePacket(packet?: unknown, shard?: unknown): boolean;
  };
  const handle = manager.handlePacket.bind(manager);
  manager.handlePacket = (packet, shard) => {
    try {
      return handle(packet, shard);
    } catch (error) {
      const event = (packet as { t?: unknown } | undefined)?.t;
      logger.warn({ err: loggableError(error), event }, 'malformed dispatch dropped');
      return true;
    }
  };
}

function isInvalidToken(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && error.code === DiscordjsErrorCodes.TokenInvalid
  );
}

/**
 * Connects briefbot to Discord: slash commands with autocomplete, mentions and DMs, each answered
 * once, with every handler guarded so that a failure becomes a short message with an error id and
 * never stops the bot. Resolves once the gateway is ready; rejects with `CONFIG_INVALID` naming
 * `DISCORD_TOKEN` when Discord refuses the token.
 */
export async function startDiscordAdapter(deps: AdapterDeps): Promise<RunningAdapter> {
  const settings = deps.config.discord;
  if (settings === null) {
    throw new BriefbotError(
      'CONFIG_INVALID',
      'DISCORD_TOKEN must be set to start the Discord adapter.',
    );
  }
  const logger = deps.logger.child({ adapter: 'discord' });
  const ctx = new DiscordContext(deps.core, new AnswerPages(), logger);
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    rest: { api: `${settings.apiUrl}/api` },
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
  });
  dropMalformedPackets(client, logger);
  const handled = new RecentIds();
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  function guard(
    eventId: string,
    kind: string,
    run: () => Promise<void>,
    tellUser: (errorId: string) => Promise<unknown>,
  ): void {
    if (!accepting) return;
    if (!handled.firstTime(eventId)) {
      logger.info({ requestId: eventId, kind }, 'duplicate dispatch ignored');
      return;
    }
    const task = run()
      .catch(async (error: unknown) => {
        const errorId = randomBytes(4).toString('hex');
        logger.error(
          { err: loggableError(error), errorId, requestId: eventId, kind },
          'handler failed',
        );
        await tellUser(errorId).catch((replyError: unknown) => {
          logger.warn(
            { err: loggableError(replyError), errorId, requestId: eventId },
            'could not report failure',
          );
        });
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  client.on(Events.InteractionCreate, (interaction) => {
    guard(
      interaction.id,
      'interaction',
      () => handleInteraction(ctx, interaction),
      (errorId) => reportInteractionFailure(interaction, errorId),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    guard(
      message.id,
      'message',
      () => handleMessage(ctx, message, client.user?.id ?? ''),
      (errorId) => message.reply({ ...renderFailure(errorId), failIfNotExists: false }),
    );
  });
  client.on(Events.Error, (error) =>
    logger.error({ err: loggableError(error) }, 'discord.js error'),
  );
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord.js warning'));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway closed'));
  client.on(Events.ShardResume, () => logger.info('gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  const timeout = sleep(READY_TIMEOUT_MS);
  try {
    await client.login(settings.token);
    const outcome = await Promise.race([
      ready.then(() => 'ready'),
      timeout.done.then(() => 'late'),
    ]);
    if (outcome === 'late') {
      throw new Error(`Discord did not report ready within ${READY_TIMEOUT_MS / 1000} s.`);
    }
  } catch (error) {
    await client.destroy();
    if (isInvalidToken(error)) {
      throw new BriefbotError(
        'CONFIG_INVALID',
        'DISCORD_TOKEN was rejected by Discord; copy the bot token again from the Developer Portal.',
      );
    }
    throw error;
  } finally {
    timeout.cancel();
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');

  let stopping: Promise<void> | null = null;
  return {
    name: 'discord',
    connected: () => accepting && client.ws.status === Status.Ready,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        const drain = sleep(STOP_DRAIN_TIMEOUT_MS);
        await Promise.race([Promise.allSettled([...inFlight]), drain.done]);
        drain.cancel();
        await client.destroy();
        logger.info('disconnected from Discord');
      })();
      return stopping;
    },
  };
}
