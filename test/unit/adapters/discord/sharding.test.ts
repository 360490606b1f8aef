import { describe, expect, it } from 'vitest';
import { identifySpacingMs } from '../../../../src/adapters/discord/sharding.ts';
import { loadConfig } from '../../../../src/config.ts';
import { BriefbotError } from '../../../../src/errors.ts';

const DISCORD = { DISCORD_TOKEN: 'token', DISCORD_APP_ID: '123456789012345678' };
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-token', SLACK_SIGNING_SECRET: 'secret' };

describe('DISCORD_SHARDS: how many shards npm run start:sharded spawns', () => {
  it('defaults to auto, what Discord recommends', () => {
    expect(loadConfig(DISCORD).discord?.shards).toBe('auto');
    expect(loadConfig({ ...DISCORD, DISCORD_SHARDS: 'AUTO' }).discord?.shards).toBe('auto');
  });

  it('takes a whole number of shards', () => {
    expect(loadConfig({ ...DISCORD, DISCORD_SHARDS: '4' }).discord?.shards).toBe(4);
  });

  it.each(['0', '2.5', 'two', '1001'])('refuses "%s", naming the variable', (value) => {
    expect(() => loadConfig({ ...DISCORD, DISCORD_SHARDS: value })).toThrow(
      new BriefbotError(
        'CONFIG_INVALID',
        `DISCORD_SHARDS must be auto or a whole number from 1 to 1000 (got "${value}").`,
      ),
    );
  });
});

describe('a shard process (SHARDS and SHARD_COUNT set by the ShardingManager)', () => {
  const shard = (id: number, count: number) => ({ SHARDS: String(id), SHARD_COUNT: String(count) });

  it('runs Discord only: Slack stays off even with its tokens set', () => {
    const config = loadConfig({ ...DISCORD, ...SLACK, ...shard(1, 2) });
    expect(config.discord).not.toBeNull();
    expect(config.slack).toBeNull();
    expect(loadConfig({ ...DISCORD, ...SLACK }).slack).not.toBeNull();
  });

  it('serves /healthz on PORT + its shard id, so shards on one machine do not collide', () => {
    expect(loadConfig({ ...DISCORD, PORT: '3000', ...shard(0, 3) }).port).toBe(3000);
    expect(loadConfig({ ...DISCORD, PORT: '3000', ...shard(2, 3) }).port).toBe(3002);
    expect(loadConfig({ ...DISCORD, PORT: '0', ...shard(2, 3) }).port).toBe(0);
    expect(() => loadConfig({ ...DISCORD, PORT: '65535', ...shard(0, 2) })).toThrow(
      /PORT must be at most 65534 with 2 shards/,
    );
  });

  it('refuses a shard id outside the count, or one variable without the other', () => {
    expect(() => loadConfig({ ...DISCORD, ...shard(2, 2) })).toThrow(/SHARDS must be/);
    expect(() => loadConfig({ ...DISCORD, SHARDS: '0' })).toThrow(
      /SHARDS and SHARD_COUNT must be set together/,
    );
  });
});

describe('identifySpacingMs: start-ups spaced so no IDENTIFY bucket exceeds one per 5 s', () => {
  it('spaces shards 5.5 s apart when Discord allows one IDENTIFY at a time', () => {
    expect(identifySpacingMs(1)).toBe(5500);
  });

  it('divides the window by max_concurrency, since shards start one after another', () => {
    expect(identifySpacingMs(16)).toBe(344);
    expect(16 * identifySpacingMs(16)).toBeGreaterThanOrEqual(5500);
  });

  it('treats a max_concurrency of 0 as one', () => {
    expect(identifySpacingMs(0)).toBe(5500);
  });
});
