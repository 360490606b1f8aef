import { fileURLToPath } from 'node:url';
import { startShards } from './adapters/discord/sharding.ts';
import { loadConfigFromProcess } from './config.ts';
import { BriefbotError } from './errors.ts';
import { createLogger } from './log.ts';
import { MODULE_EXTENSION } from './module-form.ts';

/** What each shard process runs: the normal start-up, which finds its shard in its environment. */
const SHARD_ENTRY = fileURLToPath(new URL(`./main${MODULE_EXTENSION}`, import.meta.url));

/** `npm run start:sharded`: the Discord bot as one process per shard, under a sharding manager. */
async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  const logger = createLogger(config.logLevel).child({ role: 'shard-manager' });
  if (config.discord === null) {
    throw new BriefbotError(
      'CONFIG_INVALID',
      'DISCORD_TOKEN must be set for npm run start:sharded, which runs Discord shards only.',
    );
  }
  if (config.slack !== null) {
    logger.warn(
      'Slack is not started by start:sharded; run `npm start` without DISCORD_TOKEN for it',
    );
  }
  const shards = await startShards(config.discord, SHARD_ENTRY, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await shards.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message =
    error instanceof BriefbotError ? error.message : `briefbot failed to start: ${String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof BriefbotError && error.code === 'CONFIG_INVALID' ? 2 : 1);
});
