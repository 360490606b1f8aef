import { App, HTTPReceiver, type Receiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import { BriefbotError } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { AnswerPages } from '../shared/answer-pages.ts';
import { AnswerTurns } from '../shared/answer-turns.ts';
import {
  HEALTH_PATH,
  type HealthServer,
  healthHandler,
  startHealthServer,
} from '../shared/health.ts';
import { InFlight, settlesWithin } from '../shared/in-flight.ts';
import { QuestionGate } from '../shared/question-gate.ts';
import type { AdapterDeps, RunningAdapter } from '../types.ts';
import { boltLogger } from './bolt-logger.ts';
import { slackErrorCode } from './delivery.ts';
import { registerSlackHandlers } from './handlers.ts';

/** Longest wait for one Web API call before it counts as failed (and is retried). */
export const SLACK_API_TIMEOUT_MS = 10_000;
/**
 * Retries of a Web API call on 5xx and network errors; `ratelimited` (429) waits `Retry-After`
 * first. Bounded so that a reply arrives late rather than never, and a dead Slack fails fast.
 */
export const SLACK_API_RETRY: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4000,
};
/** How long `stop()` waits for answers in flight; with the socket close, within main's 5 s. */
export const SHUTDOWN_DRAIN_MS = 3500;
/** How long `stop()` waits for the Socket Mode connection to close. */
const SOCKET_CLOSE_WAIT_MS = 1000;

/** Platform error codes meaning a token was refused, not that Slack is unreachable. */
const REFUSED_TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/** A start-up failure that names the variable to fix and never prints its value. */
function startupError(variable: string, apiUrl: string, error: unknown): BriefbotError {
  const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
  const message = REFUSED_TOKEN_ERRORS.has(code)
    ? `${variable} was refused by Slack (${code}).`
    : `Could not check ${variable} with Slack at ${apiUrl} (${code}).`;
  return new BriefbotError('CONFIG_INVALID', message);
}

interface Transport {
  receiver: Receiver;
  start(app: App): Promise<void>;
  stop(app: App): Promise<void>;
  connected(): boolean;
}

function httpTransport(
  slack: SlackConfig,
  port: number,
  handler: ReturnType<typeof healthHandler>,
  log: ReturnType<typeof boltLogger>,
): Transport {
  let listening = false;
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret,
    logger: log,
    customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler }],
  });
  return {
    receiver,
    async start(app) {
      await app.start(port);
      listening = true;
    },
    async stop(app) {
      listening = false;
      await app.stop();
    },
    connected: () => listening,
  };
}

function socketTransport(
  slack: SlackConfig & { appToken: string },
  port: number,
  handler: ReturnType<typeof healthHandler>,
  log: ReturnType<typeof boltLogger>,
  logger: Logger,
): Transport {
  let connected = false;
  let health: HealthServer | null = null;
  const receiver = new SocketModeReceiver({
    appToken: slack.appToken,
    logger: log,
    installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
  });
  const client = receiver.client;
  client.on('connected', () => {
    connected = true;
    logger.info('Socket Mode connected');
  });
  for (const state of ['disconnecting', 'reconnecting', 'disconnected']) {
    client.on(state, () => {
      if (connected) logger.info({ state }, 'Socket Mode connection lost');
      connected = false;
    });
  }
  return {
    receiver,
    async start(app) {
      await app.start();
      health = await startHealthServer(port, handler, logger);
    },
    async stop(app) {
      const closed = new Promise<void>((resolve) => client.once('disconnected', () => resolve()));
      await app.stop();
      await settlesWithin(closed, SOCKET_CLOSE_WAIT_MS);
      await health?.close();
    },
    connected: () => connected,
  };
}

/**
 * Starts briefbot on Slack: Bolt over HTTP on `PORT` (`/slack/events`, signatures verified), or
 * Socket Mode when `SLACK_APP_TOKEN` is set. `/healthz` is served on `PORT` either way. Fails
 * fast, naming the variable, when Slack refuses a token.
 */
export async function startSlackAdapter({
  core,
  config,
  logger: parent,
  peers,
  overloaded,
}: AdapterDeps): Promise<RunningAdapter> {
  const slack = config.slack;
  if (slack === null) {
    throw new BriefbotError(
      'CONFIG_INVALID',
      'SLACK_BOT_TOKEN must be set to start the Slack adapter.',
    );
  }
  const logger = parent.child({ adapter: 'slack' });
  const log = boltLogger(logger);
  let transport: Transport | null = null;
  const handler = healthHandler(core, () => ({
    ...(peers?.() ?? {}),
    slack: transport?.connected() ?? false,
  }));
  transport =
    slack.appToken === null
      ? httpTransport(slack, config.port, handler, log)
      : socketTransport({ ...slack, appToken: slack.appToken }, config.port, handler, log, logger);

  const app = new App({
    token: slack.botToken,
    receiver: transport.receiver,
    logger: log,
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: slack.apiUrl,
      retryConfig: SLACK_API_RETRY,
      timeout: SLACK_API_TIMEOUT_MS,
    },
  });
  try {
    await app.init();
  } catch (error) {
    throw startupError('SLACK_BOT_TOKEN', slack.apiUrl, error);
  }

  const inFlight = new InFlight();
  const turns = new AnswerTurns();
  const busy = () => turns.backedUp || (overloaded?.() ?? false);
  registerSlackHandlers(app, {
    core,
    logger,
    commandPrefix: slack.commandPrefix,
    pages: new AnswerPages(),
    inFlight,
    gate: new QuestionGate(config, Date.now, busy),
    turns,
  });
  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'Slack listener failed');
  });

  try {
    await transport.start(app);
  } catch (error) {
    if (slack.appToken !== null) throw startupError('SLACK_APP_TOKEN', slack.apiUrl, error);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new BriefbotError('CONFIG_INVALID', `PORT ${config.port} cannot be opened (${code}).`);
    }
    throw error;
  }
  logger.info(
    { mode: slack.appToken === null ? 'http' : 'socket', port: config.port },
    'Slack adapter started',
  );

  const running = transport;
  let stopping: Promise<void> | null = null;
  return {
    name: 'slack',
    connected: () => running.connected(),
    stop: () => {
      stopping ??= (async () => {
        await running.stop(app);
        const drained = await inFlight.drain(SHUTDOWN_DRAIN_MS);
        if (!drained)
          logger.warn({ pending: inFlight.size }, 'stopped with answers still in flight');
        logger.info('Slack adapter stopped');
      })();
      return stopping;
    },
  };
}
