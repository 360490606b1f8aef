import { watch } from 'node:fs';
import { EventLoopLag } from './adapters/shared/event-loop-lag.ts';
import { type HealthServer, healthHandler, startHealthServer } from './adapters/shared/health.ts';
import type { RunningAdapter } from './adapters/types.ts';
import { createBriefbot } from './briefbot.ts';
import type { Config } from './config.ts';
import type { BriefbotCore } from './core.ts';
import type { Logger } from './log.ts';

/**
 * Event-loop lag past which new questions get "busy, try again": an answer started this late could
 * miss Slack's and Discord's 3-second window.
 */
export const OVERLOAD_LAG_MS = 500;

/** Quiet time after the last change in the content folder before the index is rebuilt. */
export const CONTENT_SETTLE_MS = 300;

/** briefbot running: the core, the adapters that had tokens, and one way to stop it all. */
export interface RunningApp {
  core: BriefbotCore;
  adapters: RunningAdapter[];
  /** Stops the watcher and every adapter (each finishes its in-flight answers). */
  stop(): Promise<void>;
}

/**
 * Rebuilds the index in the background (a worker thread) when the content folder changes, one
 * rebuild at a time; the returned stop also stops a rebuild under way.
 */
function watchContent(core: BriefbotCore, dir: string, logger: Logger): () => void {
  const stopped = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        const started = Date.now();
        const result = await core.reload(stopped.signal);
        if (stopped.signal.aborted) return;
        if (result.inProcess)
          logger.warn({ reason: result.inProcess }, 'rebuilt on the main thread instead');
        for (const problem of result.problems) logger.warn({ file: problem.file }, problem.message);
        logger.info(
          { ok: result.ok, ms: Date.now() - started, ...core.status(), problems: undefined },
          'content reloaded',
        );
      } while (again);
    })();
    await running;
    running = null;
  };
  let watcher: ReturnType<typeof watch> | null = null;
  try {
    watcher = watch(dir, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), CONTENT_SETTLE_MS);
    });
    watcher.on('error', (error) =>
      logger.warn({ err: error }, 'content watcher failed; live reload off'),
    );
  } catch (error) {
    logger.warn({ err: error }, 'cannot watch the content folder; live reload off');
  }
  return () => {
    if (timer) clearTimeout(timer);
    watcher?.close();
    stopped.abort();
  };
}

/**
 * Starts briefbot as `npm start` does: the core over the content folder, then every adapter whose
 * tokens are configured. Throws (naming the variable or folder) when something cannot start.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const core = await createBriefbot({
    contentDir: config.contentDir,
    cacheDir: config.cacheDir,
    maxQuestionChars: config.maxQuestionChars,
  });
  const status = core.status();
  for (const problem of status.problems) logger.warn({ file: problem.file }, problem.message);
  logger.info(
    { articles: status.articles, passages: status.passages, cache: core.cacheState },
    'content loaded',
  );
  if (core.cacheError)
    logger.warn(
      { reason: core.cacheError },
      'the index could not be cached; the next start rebuilds it',
    );
  const stopWatching = config.watchContent
    ? watchContent(core, config.contentDir, logger)
    : () => undefined;
  const adapters: RunningAdapter[] = [];
  const peers = () =>
    Object.fromEntries(adapters.map((adapter) => [adapter.name, adapter.connected()]));
  const lag = new EventLoopLag();
  const overloaded = () => lag.ms > OVERLOAD_LAG_MS;
  const deps = { core, config, logger, peers, overloaded };
  let health: HealthServer | null = null;
  try {
    // The platform SDKs load only when their adapter is configured: a console start stays light.
    if (config.discord) {
      const { startDiscordAdapter } = await import('./adapters/discord/index.ts');
      adapters.push(await startDiscordAdapter(deps));
    }
    if (config.slack) {
      const { startSlackAdapter } = await import('./adapters/slack/index.ts');
      adapters.push(await startSlackAdapter(deps));
    }
    // Slack serves /healthz on PORT itself; without it, a chat bot still reports its health there.
    else if (adapters.length > 0)
      health = await startHealthServer(config.port, healthHandler(core, peers), logger);
  } catch (error) {
    stopWatching();
    lag.stop();
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    throw error;
  }
  return {
    core,
    adapters,
    async stop() {
      stopWatching();
      lag.stop();
      await Promise.allSettled([...adapters.map((adapter) => adapter.stop()), health?.close()]);
    },
  };
}
