/**
 * `npm run register`: makes Discord's registered slash commands match `commands/` — in the guild
 * named by DISCORD_GUILD_ID when set (instant), globally otherwise — and prints what changed.
 */
import { registerCommands } from '../src/adapters/discord/register.ts';
import { loadConfigFromProcess } from '../src/config.ts';

function list(label: string, names: string[]): string | null {
  return names.length > 0 ? `  ${label}: ${names.map((name) => `/${name}`).join(', ')}` : null;
}

async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  if (config.discord === null) {
    throw new Error('DISCORD_TOKEN and DISCORD_APP_ID must be set to register commands.');
  }
  const where = config.discord.guildId === null ? 'globally' : `in guild ${config.discord.guildId}`;
  const report = await registerCommands(config.discord);
  const lines = [
    report.overwritten
      ? `Registered ${report.added.length + report.changed.length + report.unchanged.length} commands ${where}.`
      : `Commands ${where} are already up to date; nothing sent.`,
    list('added', report.added),
    list('changed', report.changed),
    list('removed', report.removed),
    list('unchanged', report.unchanged),
  ];
  process.stdout.write(`${lines.filter((line) => line !== null).join('\n')}\n`);
  if (report.overwritten && report.scope === 'global') {
    process.stdout.write('Global commands can take a few minutes to appear in every server.\n');
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`register: ${message}\n`);
  process.exitCode = 1;
});
