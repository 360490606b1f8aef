import { adaptersOffNotice, runConsole } from './adapters/console/index.ts';
import { startApp } from './app.ts';
import { loadConfigFromProcess } from './config.ts';
import { BriefbotError } from './errors.ts';
import { createLogger } from './log.ts';

/** Longest a shutdown may take before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A shard whose manager died (its IPC channel closed) must not live on alone.
  if (process.send) process.on('disconnect', () => void shutdown('manager gone'));
  if (app.adapters.length === 0) {
    process.stderr.write(`${adaptersOffNotice(false, false)}\n`);
    await runConsole(app.core, process.stdin, process.stdout);
    await shutdown('end of input');
  } else {
    // A shard runs Discord only by design: no notice about Slack there.
    const notice = adaptersOffNotice(
      config.discord !== null,
      config.slack !== null || config.shard !== null,
    );
    if (notice) logger.info(notice);
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof BriefbotError ? error.message : `briefbot failed to start: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof BriefbotError && error.code === 'CONFIG_INVALID' ? 2 : 1);
});
