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
import { InFlight, settlesWithin } from '../shared/in-flight.ts';
import { QuestionGate } from '../shared/question-gate.ts';
import { RecentIds } from '../shared/recent-ids.ts';
import { newRequestId } from '../shared/request-id.ts';
import type { AdapterDeps, RunningAdapter } from '../types.ts';
import { DiscordContext } from './context.ts';
import { handleInteraction, reportInteractionFailure } from './interactions.ts';
import { loggableError } from './log-safety.ts';
import { handleMessage } from './messages.ts';
import { NO_MENTIONS, renderFailure } from './render.ts';

/** How long start-up waits for the gateway's READY (and the guilds that follow) before giving up. */
const READY_TIMEOUT_MS = 30_000;
/** How long `stop()` lets in-flight answers finish before closing the connection anyway. */
const STOP_DRAIN_TIMEOUT_MS = 4000;

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
  const ctx = new DiscordContext(
    deps.core,
    new AnswerPages(),
    new QuestionGate(deps.config, Date.now, deps.overloaded),
  );
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    rest: { api: `${settings.apiUrl}/api` },
    allowedMentions: NO_MENTIONS,
    failIfNotExists: false,
  });
  dropMalformedPackets(client, logger);
  const handled = new RecentIds();
  const inFlight = new InFlight();
  let accepting = true;

  /**
   * Runs a handler once per event id, under a request id that every log line carries and that the
   * user sees as the error id if the handler fails.
   */
  function guard(
    eventId: string,
    kind: 'interaction' | 'message',
    run: (log: Logger) => Promise<void>,
    tellUser: (errorId: string) => Promise<unknown>,
  ): void {
    if (!accepting) return;
    if (!handled.firstTime(eventId)) {
      logger.info({ eventId, kind }, 'duplicate dispatch ignored');
      return;
    }
    const requestId = newRequestId();
    const log = logger.child({ requestId, eventId, kind });
    void inFlight.run(() =>
      run(log).catch(async (error: unknown) => {
        log.error({ err: loggableError(error) }, 'handler failed');
        await tellUser(requestId).catch((replyError: unknown) => {
          log.warn({ err: loggableError(replyError) }, 'could not report the failure');
        });
      }),
    );
  }

  client.on(Events.InteractionCreate, (interaction) => {
    guard(
      interaction.id,
      'interaction',
      (log) => handleInteraction(ctx, interaction, log),
      (errorId) => reportInteractionFailure(interaction, errorId),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    guard(
      message.id,
      'message',
      (log) => handleMessage(ctx, message, client.user?.id ?? '', log),
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
  try {
    await client.login(settings.token);
    if (!(await settlesWithin(ready, READY_TIMEOUT_MS))) {
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
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');

  let stopping: Promise<void> | null = null;
  return {
    name: 'discord',
    connected: () => accepting && client.ws.status === Status.Ready,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        if (!(await inFlight.drain(STOP_DRAIN_TIMEOUT_MS))) {
          logger.warn({ inFlight: inFlight.size }, 'stopping with answers still in flight');
        }
        await client.destroy();
        logger.info('disconnected from Discord');
      })();
      return stopping;
    },
  };
}
