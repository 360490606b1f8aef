import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ShardClientUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startShards } from '../../src/adapters/discord/sharding.ts';
import { loadConfig } from '../../src/config.ts';
import { BriefbotError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import { embedOf } from '../fakes/discord/assertions.ts';
import { FakeDiscord } from '../fakes/discord/server.ts';
import { childEnv } from './child-env.ts';
import { type CompiledBriefbot, compileBriefbot } from './compiled.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES_DIR = resolve(ROOT, 'test/fixtures/articles');
const SHARD_COUNT = 2;
const GUILD_COUNT = 4;
/** Two shards each start a process, load the index and connect: allow a slow CI machine. */
const ALL_READY_TIMEOUT_MS = 60_000;

/** One JSON line a briefbot process (the manager or a shard) logged. */
interface LogLine {
  pid: number;
  msg: string;
  [field: string]: unknown;
}

/** Whether a process still exists (signal 0 checks without signalling). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The compiled bot `npm run start:sharded` runs (its shards start the compiled `main.js`). */
let compiled: CompiledBriefbot;
beforeAll(() => {
  compiled = compileBriefbot();
});
afterAll(() => compiled.dispose());

describe('npm run start:sharded: two shard processes under discord.js ShardingManager, against the fake', () => {
  let fake: FakeDiscord;
  let manager: ChildProcess;
  let cacheDir: string;
  const logs: LogLine[] = [];
  let stderr = '';

  const logged = (msg: string) => logs.filter((line) => line.msg === msg);
  /** The pid of each shard's process, by shard id, as the manager logged them. */
  const shardPids = () =>
    new Map(logged('shard spawned').map((line) => [line.shard as number, line.shardPid as number]));
  const guildsOfShard = (shardId: number) =>
    fake.world.guilds
      .map((guild) => guild.id)
      .filter((id) => ShardClientUtil.shardIdForGuildId(id, SHARD_COUNT) === shardId);

  beforeAll(async () => {
    fake = await FakeDiscord.start({
      guilds: GUILD_COUNT,
      shards: SHARD_COUNT,
      maxConcurrency: 16,
    });
    cacheDir = mkdtempSync(join(tmpdir(), 'briefbot-sharded-'));
    manager = spawn(process.execPath, [compiled.sharded], {
      cwd: cacheDir,
      env: childEnv(fake.env(), ARTICLES_DIR, cacheDir),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let partial = '';
    manager.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        try {
          logs.push(JSON.parse(line) as LogLine);
        } catch {
          // Not a log line (e.g. a start-up error); kept in `stderr` for the failure message.
        }
      }
    });
    await vi.waitFor(
      () => {
        if (manager.exitCode !== null) throw new Error(`start:sharded exited early:\n${stderr}`);
        expect(logged('all shards ready')).toHaveLength(1);
      },
      { timeout: ALL_READY_TIMEOUT_MS, interval: 100 },
    );
  }, ALL_READY_TIMEOUT_MS + 5000);

  afterAll(async () => {
    if (manager?.exitCode === null) manager.kill('SIGKILL');
    for (const pid of shardPids().values()) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    await fake?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('with DISCORD_SHARDS unset, takes the count /gateway/bot recommends and spawns one process per shard', () => {
    expect(logged('starting Discord shards')[0]).toMatchObject({
      shards: SHARD_COUNT,
      configured: 'auto',
      recommended: SHARD_COUNT,
    });
    const pids = shardPids();
    expect([...pids.keys()].sort()).toEqual([0, 1]);
    expect(new Set(pids.values()).size).toBe(SHARD_COUNT);
  });

  it('each shard identifies with its own [id, 2] and receives exactly the guilds it owns', () => {
    expect(fake.identifies.map((identify) => identify.shard)).toEqual([
      [0, SHARD_COUNT],
      [1, SHARD_COUNT],
    ]);
    for (const identify of fake.identifies) {
      const shardId = identify.shard?.[0] ?? -1;
      expect(identify.guildIds.sort()).toEqual(guildsOfShard(shardId).sort());
      expect(identify.guildIds).toHaveLength(GUILD_COUNT / SHARD_COUNT);
    }
    // What each shard's discord.js client holds in its cache, as the manager collected it over IPC.
    expect(logged('all shards ready')[0]?.guilds).toEqual([2, 2]);
  });

  it('the first shard builds the index and writes the cache; the second loads it from the cache', () => {
    const pids = shardPids();
    const cacheOf = (shardId: number) =>
      logged('content loaded').find((line) => line.pid === pids.get(shardId))?.cache;
    expect(cacheOf(0)).toBe('miss');
    expect(cacheOf(1)).toBe('hit');
  });

  it('/who quigley in each guild reaches only the shard that owns it, and that shard answers', async () => {
    const pids = shardPids();
    for (const guild of fake.world.guilds) {
      const owner = ShardClientUtil.shardIdForGuildId(guild.id, SHARD_COUNT);
      const interaction = fake.slashCommand('who', { subject: 'quigley' }, 'guild', guild.id);
      const callback = await fake.waitForCallback(interaction);
      expect(embedOf((callback.body as { data: Record<string, unknown> }).data).title).toBe(
        'Peter Quigley',
      );
      expect(fake.deliveries.get(interaction.id)).toEqual([owner]);
      await vi.waitFor(() =>
        expect(
          logged('answered').find((line) => line.eventId === interaction.id)?.pid,
          `guild ${guild.id} belongs to shard ${owner}`,
        ).toBe(pids.get(owner)),
      );
    }
  });

  it('a shard process that dies is respawned by the manager and answers its guilds again', async () => {
    const killedPid = shardPids().get(1) ?? -1;
    const readyBefore = logged('shard ready').length;
    process.kill(killedPid, 'SIGKILL');
    await vi.waitFor(() => expect(logged('shard ready')).toHaveLength(readyBefore + 1), {
      timeout: 30_000,
      interval: 100,
    });
    expect(logged('shard exited; respawning').at(-1)).toMatchObject({
      shard: 1,
      signal: 'SIGKILL',
    });
    const respawnedPid = shardPids().get(1);
    expect(respawnedPid).not.toBe(killedPid);
    expect(fake.identifies.at(-1)?.shard).toEqual([1, SHARD_COUNT]);
    const [guildId = ''] = guildsOfShard(1);
    const interaction = fake.slashCommand('who', { subject: 'quigley' }, 'guild', guildId);
    await fake.waitForCallback(interaction);
    await vi.waitFor(() =>
      expect(logged('answered').find((line) => line.eventId === interaction.id)?.pid).toBe(
        respawnedPid,
      ),
    );
  });

  it('SIGTERM stops every shard, then the manager, leaving no process or connection behind', async () => {
    const pids = [...shardPids().values()];
    const managerPid = logged('starting Discord shards')[0]?.pid ?? -1;
    const exited = once(manager, 'exit');
    const stoppingAt = Date.now();
    manager.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(Date.now() - stoppingAt).toBeLessThan(8000);
    expect(logged('disconnected from Discord')).toHaveLength(SHARD_COUNT);
    expect(logged('all shards stopped')).toHaveLength(1);
    for (const pid of [...pids, managerPid]) expect(isRunning(pid), `pid ${pid}`).toBe(false);
    await vi.waitFor(() => expect(fake.gatewayConnections).toBe(0));
    expect(stderr).not.toContain(fake.token);
  });
});

describe('npm run start:sharded refuses to start when it cannot shard', () => {
  it('without DISCORD_TOKEN it exits with code 2 and says what to set', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'briefbot-sharded-'));
    const child = spawn(process.execPath, [compiled.sharded], {
      cwd: emptyDir,
      env: { PATH: process.env.PATH ?? '', CONTENT_DIR: ARTICLES_DIR },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, 'exit');
    rmSync(emptyDir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_TOKEN must be set for npm run start:sharded');
  });

  it('with a token Discord refuses, it fails before spawning any shard, naming DISCORD_TOKEN', async () => {
    const fake = await FakeDiscord.start();
    try {
      const settings = loadConfig({ ...fake.env(), DISCORD_TOKEN: 'wrong.token' }).discord;
      if (settings === null) throw new Error('the Discord settings did not load');
      const started = startShards(settings, resolve(ROOT, 'src/main.ts'), createLogger('silent'));
      await expect(started).rejects.toThrow(BriefbotError);
      await expect(started).rejects.toThrow(/DISCORD_TOKEN was rejected/);
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});
