import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { type RunningApp, startApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { BriefbotError } from '../../src/errors.ts';
import { createLogger } from '../../src/log.ts';
import {
  buttonLabelled,
  embedOf,
  expectNoPings,
  expectWithinDiscordLimits,
  selectMenuOf,
  sentMessages,
} from '../fakes/discord/assertions.ts';
import {
  FakeDiscord,
  MESSAGE_CONTENT_INTENT,
  type RecordedRequest,
} from '../fakes/discord/server.ts';
import { childEnv } from './child-env.ts';
import { compileBriefbot } from './compiled.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES_DIR = resolve(ROOT, 'test/fixtures/articles');
const EPHEMERAL_FLAG = 64;
const INTERACTION_TOKEN_MARK = 'interaction-token-';

type Json = Record<string, unknown>;

/** This suite asks far more than a real user would; the gate has its own test below. */
const UNLIMITED = { USER_QUESTIONS_PER_MINUTE: '100000', CHANNEL_QUESTIONS_PER_MINUTE: '100000' };

interface RunningBriefbot {
  app: RunningApp;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts briefbot exactly as `npm start` does (startApp), pointed at the fake and the fixtures. */
async function startBriefbot(
  fake: FakeDiscord,
  env: Record<string, string> = {},
): Promise<RunningBriefbot> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const config = loadConfig({
    ...fake.env(),
    CONTENT_DIR: ARTICLES_DIR,
    CACHE_DIR: cacheDir,
    WATCH_CONTENT: 'false',
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  try {
    const app = await startApp(config, logger);
    return {
      app,
      logs,
      async stop() {
        await app.stop();
        rmSync(cacheDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(cacheDir, { recursive: true, force: true });
    throw error;
  }
}

function bodyOf(request: RecordedRequest): Json {
  return (request.body ?? {}) as Json;
}

/** The message data of an interaction callback (reply or update). */
function callbackMessage(request: RecordedRequest): Json {
  return bodyOf(request).data as Json;
}

function fieldsOf(message: Json): Array<{ name: string; value: string }> {
  return embedOf(message).fields as Array<{ name: string; value: string }>;
}

function customIdOf(component: Json | undefined): string {
  const customId = component?.custom_id;
  if (typeof customId !== 'string') throw new Error('component has no custom_id');
  return customId;
}

describe('briefbot on Discord: the real discord.js against a fake Discord on 127.0.0.1', () => {
  let fake: FakeDiscord;
  let bot: RunningBriefbot;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    bot = await startBriefbot(fake, UNLIMITED);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('connects with only the intents it needs: no privileged MessageContent', () => {
    expect(bot.app.adapters.map((adapter) => adapter.name)).toContain('discord');
    expect(bot.app.adapters.find((adapter) => adapter.name === 'discord')?.connected()).toBe(true);
    const identify = fake.identifies.at(-1);
    expect(identify?.intents).toBeDefined();
    expect((identify?.intents ?? 0) & MESSAGE_CONTENT_INTENT).toBe(0);
    // Guilds (1), GuildMessages (512) and DirectMessages (4096).
    expect(identify?.intents).toBe(1 | 512 | 4096);
  });

  it('/who quigley answers in the channel with an embed citing the article and paragraph', async () => {
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    const callback = await fake.waitForCallback(interaction);
    expect(bodyOf(callback).type).toBe(4);
    const message = callbackMessage(callback);
    expect((message.flags ?? 0) as number & typeof EPHEMERAL_FLAG).toBe(0);
    const embed = embedOf(message);
    expect(embed.title).toBe('Peter Quigley');
    expect(embed.description).toContain('Mayor');
    expect(fieldsOf(message)[0]).toEqual({
      name: 'Harbour row splits the town · ¶4',
      value: '> Mayor Peter Quigley praised the deal.',
    });
    expect(embed.footer).toEqual({ text: 'Passage 1 of 1' });
    expectNoPings(message);
  });

  it.each(COMMANDS.map((command) => [command.name, command.options[0]?.name ?? null] as const))(
    '/%s answers at once (callback type 4) with an embed within Discord limits',
    async (name, option) => {
      const subjects: Record<string, string> = { question: 'who signed the contract?' };
      const options = option === null ? {} : { [option]: subjects[option] ?? 'halloran' };
      const interaction = fake.slashCommand(name, options);
      const callback = await fake.waitForCallback(interaction);
      expect(bodyOf(callback).type).toBe(4);
      const message = callbackMessage(callback);
      expect(typeof embedOf(message).title).toBe('string');
      expectWithinDiscordLimits(message);
      expectNoPings(message);
    },
  );

  it('a cited passage links to its source when the article names one', async () => {
    const interaction = fake.slashCommand('who', { subject: 'mary-halloran' });
    const message = callbackMessage(await fake.waitForCallback(interaction));
    const memo = fieldsOf(message).find((field) => field.name.startsWith('Ferry memo'));
    expect(memo?.value).toContain('[Source](https://example.org/news/ferry-memo)');
    const harbour = fieldsOf(message).find((field) => field.name.startsWith('Harbour row'));
    expect(harbour?.value).not.toContain('[Source]');
  });

  it('"/who halloran" offers both Hallorans in a select menu; picking John re-asks about him', async () => {
    const interaction = fake.slashCommand('who', { subject: 'halloran' });
    const message = callbackMessage(await fake.waitForCallback(interaction));
    const menu = selectMenuOf(message);
    expect(menu?.options).toEqual([
      { label: 'Mary Halloran', value: 'mary-halloran', description: 'person' },
      { label: 'John Halloran', value: 'john-halloran', description: 'person' },
    ]);
    const shown = fake.original(interaction);
    if (shown === undefined) throw new Error('the answer was not stored');
    const pick = fake.pickOption(shown, customIdOf(menu), ['john-halloran']);
    const update = await fake.waitForCallback(pick);
    expect(bodyOf(update).type).toBe(7);
    expect(embedOf(callbackMessage(update)).title).toBe('John Halloran');
    expect(embedOf(callbackMessage(update)).description).toContain('retired fisherman');
    expectNoPings(callbackMessage(update));
  });

  it('/timeline shows three passages and a More button that pages on in place', async () => {
    const total = bot.app.core.answer('timeline').citations.length;
    expect(total, 'the fixtures hold more dated passages than one page').toBeGreaterThan(3);
    const interaction = fake.slashCommand('timeline');
    const first = callbackMessage(await fake.waitForCallback(interaction));
    expect(fieldsOf(first)).toHaveLength(3);
    expect(embedOf(first).footer).toEqual({
      text: `Passages 1–3 of ${total} · ${total - 3} more (press More)`,
    });
    const more = buttonLabelled(first, 'More');
    expect(more).toBeDefined();
    expect(buttonLabelled(first, 'Share')).toBeUndefined();
    const shown = fake.original(interaction);
    if (shown === undefined) throw new Error('the answer was not stored');
    const press = fake.pressButton(shown, customIdOf(more));
    const update = await fake.waitForCallback(press);
    expect(bodyOf(update).type).toBe(7);
    const second = callbackMessage(update);
    const end = Math.min(6, total);
    expect(fieldsOf(second)).toHaveLength(end - 3);
    expect(fieldsOf(second)[0]).not.toEqual(fieldsOf(first)[0]);
    const range = end === 4 ? 'Passage 4' : `Passages 4–${end}`;
    expect(embedOf(second).footer).toMatchObject({
      text: expect.stringMatching(new RegExp(`^${range} of ${total}`)),
    });
    expect(buttonLabelled(second, 'More') !== undefined).toBe(total > 6);
    expectNoPings(second);
  });

  it('private: true answers only the asker (ephemeral) with a Share button that posts it publicly', async () => {
    const interaction = fake.slashCommand('who', { subject: 'quigley', private: true });
    const callback = await fake.waitForCallback(interaction);
    const message = callbackMessage(callback);
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    const share = buttonLabelled(message, 'Share');
    expect(share).toBeDefined();
    const shown = fake.original(interaction);
    if (shown === undefined) throw new Error('the answer was not stored');
    const press = fake.pressButton({ ...shown, flags: EPHEMERAL_FLAG }, customIdOf(share));
    const shared = await fake.waitForCallback(press);
    expect(bodyOf(shared).type).toBe(4);
    const publicMessage = callbackMessage(shared);
    expect((publicMessage.flags ?? 0) as number & typeof EPHEMERAL_FLAG).toBe(0);
    expect(publicMessage.content).toBe(`<@${fake.world.user.id}> shared this answer.`);
    expect(embedOf(publicMessage).title).toBe('Peter Quigley');
    expect(buttonLabelled(publicMessage, 'Share')).toBeUndefined();
    expectNoPings(publicMessage);
  });

  it('autocomplete offers matching subjects by slug, within 25 choices of 100 characters', async () => {
    const interaction = fake.autocomplete('who', 'subject', 'hal');
    const callback = await fake.waitForCallback(interaction);
    expect(bodyOf(callback).type).toBe(8);
    const choices = (bodyOf(callback).data as Json).choices as Array<{
      name: string;
      value: string;
    }>;
    expect(choices.slice(0, 2)).toEqual([
      { name: 'Mary Halloran (person)', value: 'mary-halloran' },
      { name: 'John Halloran (person)', value: 'john-halloran' },
    ]);
    const everything = await fake.waitForCallback(fake.autocomplete('what', 'subject', ''));
    const all = (bodyOf(everything).data as Json).choices as Array<{ name: string; value: string }>;
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(25);
    for (const choice of all) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('"@briefbot who is quigley?" in a channel is answered as a reply that pings nobody', async () => {
    const message = fake.postMessage(`<@${fake.world.bot.id}> who is quigley?`);
    const reply = await fake.waitForRequest(
      (request) =>
        request.path === `/channels/${fake.world.channelId}/messages` &&
        (bodyOf(request).message_reference as Json | undefined)?.message_id === message.id,
    );
    expect(reply.status).toBe(200);
    expect(embedOf(bodyOf(reply)).title).toBe('Peter Quigley');
    expectNoPings(bodyOf(reply));
  });

  it('a question in a DM is answered there, without any mention', async () => {
    const message = fake.postMessage('When was the breakwater contract signed?', 'dm');
    const reply = await fake.waitForRequest(
      (request) =>
        request.path === `/channels/${fake.world.dmChannelId}/messages` &&
        (bodyOf(request).message_reference as Json | undefined)?.message_id === message.id,
    );
    expect(embedOf(bodyOf(reply)).description).toContain('2024-03-04');
    expectNoPings(bodyOf(reply));
  });

  it('a bare mention gets a hint; channel chatter that does not mention the bot is left alone', async () => {
    const chatter = fake.postMessage('who is quigley?');
    const bare = fake.postMessage(`<@${fake.world.bot.id}>`);
    const hint = await fake.waitForRequest(
      (request) => (bodyOf(request).message_reference as Json | undefined)?.message_id === bare.id,
    );
    expect(bodyOf(hint).content).toContain('/help');
    expect(
      fake.requests.some(
        (request) =>
          (bodyOf(request).message_reference as Json | undefined)?.message_id === chatter.id,
      ),
    ).toBe(false);
  });

  it('a question echoing @everyone, role and user mentions pings nobody and renders them and links inert', async () => {
    const message = fake.postMessage(
      `<@${fake.world.bot.id}> who is @everyone <@&${fake.world.guildId}> <@${fake.world.user.id}> [x](https://evil.example)?`,
    );
    const reply = await fake.waitForRequest(
      (request) =>
        (bodyOf(request).message_reference as Json | undefined)?.message_id === message.id,
    );
    const body = bodyOf(reply);
    expectNoPings(body);
    const shown = JSON.stringify(embedOf(body));
    expect(shown).not.toMatch(/(?<!\\\\)<@/);
    expect(shown).not.toContain('https://evil.example');
  });

  it('a duplicate INTERACTION_CREATE (same id) is answered once', async () => {
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    await fake.waitForCallback(interaction);
    fake.sendInteraction(interaction);
    const marker = fake.slashCommand('sources');
    await fake.waitForCallback(marker);
    await sleep(200);
    expect(fake.callbacks(interaction)).toHaveLength(1);
  });

  it('a duplicate MESSAGE_CREATE (same id) is answered once', async () => {
    const message = fake.postMessage(`<@${fake.world.bot.id}> who is quigley?`);
    const isReply = (request: RecordedRequest) =>
      (bodyOf(request).message_reference as Json | undefined)?.message_id === message.id;
    await fake.waitForRequest(isReply);
    fake.dispatch('MESSAGE_CREATE', message);
    const marker = fake.postMessage(`<@${fake.world.bot.id}> sources`);
    await fake.waitForRequest(
      (request) =>
        (bodyOf(request).message_reference as Json | undefined)?.message_id === marker.id,
    );
    await sleep(200);
    expect(fake.requests.filter(isReply)).toHaveLength(1);
  });

  it('a REST 429 on a route is honoured: the reply is retried after Retry-After, not lost', async () => {
    const route = new RegExp(`^/channels/${fake.world.channelId}/messages$`);
    fake.failNext('POST', route, { status: 429, retryAfterSeconds: 1 });
    const message = fake.postMessage(`<@${fake.world.bot.id}> who is quigley?`);
    const isReply = (request: RecordedRequest) =>
      (bodyOf(request).message_reference as Json | undefined)?.message_id === message.id;
    const delivered = await fake.waitForRequest(
      (request) => isReply(request) && request.status === 200,
    );
    const attempts = fake.requests.filter(isReply);
    expect(attempts.map((attempt) => attempt.status)).toEqual([429, 200]);
    expect(delivered.atMs - (attempts[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('a global REST 429 on an interaction callback delays the answer but still delivers it', async () => {
    fake.failNext('POST', /\/callback$/, { status: 429, retryAfterSeconds: 0.5, global: true });
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    const delivered = await fake.waitForCallback(interaction);
    const attempts = fake.callbacks(interaction);
    expect(attempts.map((attempt) => attempt.status)).toEqual([429, 204]);
    expect(delivered.atMs - (attempts[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(450);
    expect(embedOf(callbackMessage(delivered)).title).toBe('Peter Quigley');
  });

  it('a REST 500 is survived: the callback is retried and the answer arrives', async () => {
    fake.failNext('POST', /\/callback$/, { status: 500 });
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    const delivered = await fake.waitForCallback(interaction);
    expect(fake.callbacks(interaction).map((attempt) => attempt.status)).toEqual([500, 204]);
    expect(embedOf(callbackMessage(delivered)).title).toBe('Peter Quigley');
  });

  it('when Discord keeps failing, the user gets a private error id that is in the logs, and the bot carries on', async () => {
    fake.failNext('POST', /\/callback$/, { status: 500 }, 4);
    const failing = fake.slashCommand('who', { subject: 'quigley' });
    const notice = await fake.waitForCallback(failing, 10_000);
    const message = callbackMessage(notice);
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    const errorId = /error id `([0-9a-f]{8})`/.exec(String(message.content))?.[1];
    expect(errorId).toBeDefined();
    expect(
      bot.logs.some((line) => line.includes('handler failed') && line.includes(`${errorId}`)),
    ).toBe(true);
    expectNoPings(message);
    const next = fake.slashCommand('who', { subject: 'quigley' });
    expect(embedOf(callbackMessage(await fake.waitForCallback(next))).title).toBe('Peter Quigley');
  });

  it('a malformed dispatch is dropped with a warning and the bot keeps answering', async () => {
    fake.dispatch('INTERACTION_CREATE', { id: '1', type: 2 });
    await vi.waitFor(() =>
      expect(bot.logs.filter((line) => line.includes('malformed dispatch dropped'))).toHaveLength(
        1,
      ),
    );
    const next = fake.slashCommand('who', { subject: 'quigley' });
    expect(embedOf(callbackMessage(await fake.waitForCallback(next))).title).toBe('Peter Quigley');
  });

  it('an unknown (stale) command gets a clear private reply pointing to /help', async () => {
    const interaction = fake.slashCommand('weather', { city: 'Dublin' });
    const message = callbackMessage(await fake.waitForCallback(interaction));
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    expect(message.content).toContain('/weather is not a briefbot command');
    expect(message.content).toContain('/help');
  });

  it('a button from an older version, or on a forgotten answer, gets a clear private reply', async () => {
    const interaction = fake.slashCommand('timeline');
    await fake.waitForCallback(interaction);
    const shown = fake.original(interaction);
    if (shown === undefined) throw new Error('the answer was not stored');
    const old = fake.pressButton(shown, 'next-page-2');
    const oldReply = callbackMessage(await fake.waitForCallback(old));
    expect(oldReply.flags).toBe(EPHEMERAL_FLAG);
    expect(oldReply.content).toContain('older version');
    const forgotten = fake.pressButton(shown, 'bb:more:AAAAAAAAAAAA:1:s');
    const forgottenReply = callbackMessage(await fake.waitForCallback(forgotten));
    expect(forgottenReply.content).toContain('expired');
  });

  it('while the index rebuilds, a slash command is deferred first, then @original is edited', async () => {
    const realStatus = bot.app.core.status();
    const status = vi
      .spyOn(bot.app.core, 'status')
      .mockReturnValue({ ...realStatus, rebuilding: true });
    try {
      const interaction = fake.slashCommand('who', { subject: 'quigley', private: true });
      const deferral = await fake.waitForCallback(interaction);
      expect(bodyOf(deferral)).toEqual({ type: 5, data: { flags: EPHEMERAL_FLAG } });
      const edit = await fake.waitForRequest(
        (request) =>
          request.method === 'PATCH' &&
          request.path ===
            `/webhooks/${fake.world.appId}/${interaction.token}/messages/%40original`,
      );
      expect(edit.atMs).toBeGreaterThanOrEqual(deferral.atMs);
      expect(embedOf(bodyOf(edit)).title).toBe('Peter Quigley');
      expect(buttonLabelled(bodyOf(edit), 'Share')).toBeDefined();
      expectNoPings(bodyOf(edit));
    } finally {
      status.mockRestore();
    }
  });

  it('after the gateway drops, the bot resumes its session and keeps answering', async () => {
    const identified = fake.identifies.length;
    fake.dropGateway(4000);
    await vi.waitFor(() => expect(fake.resumes).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(fake.identifies).toHaveLength(identified);
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    const callback = await fake.waitForCallback(interaction);
    expect(embedOf(callbackMessage(callback)).title).toBe('Peter Quigley');
  });

  it('every message sent in this session carried allowed_mentions that ping nobody, within limits', () => {
    const sent = sentMessages(fake);
    expect(sent.length).toBeGreaterThan(20);
    for (const { message } of sent) {
      expectNoPings(message);
      expectWithinDiscordLimits(message);
    }
  });

  it('never writes the bot token or an interaction token to the logs', () => {
    const logs = bot.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(fake.token);
    expect(logs).not.toContain(INTERACTION_TOKEN_MARK);
  });
});

describe('fairness', () => {
  it('a user asking faster than USER_QUESTIONS_PER_MINUTE is asked, privately, to slow down', async () => {
    const fake = await FakeDiscord.start();
    const bot = await startBriefbot(fake, { USER_QUESTIONS_PER_MINUTE: '2' });
    try {
      for (const subject of ['quigley', 'mary-halloran']) {
        const answered = fake.slashCommand('who', { subject });
        expect(embedOf(callbackMessage(await fake.waitForCallback(answered))).title).toBeTruthy();
      }
      const third = fake.slashCommand('who', { subject: 'john-halloran' });
      const refusal = callbackMessage(await fake.waitForCallback(third));
      expect(refusal.flags).toBe(EPHEMERAL_FLAG);
      expect(refusal.content).toMatch(/asking faster than I can brief; please wait \d+ s/);
      const mention = fake.postMessage(`<@${fake.world.bot.id}> who is quigley?`);
      const reply = await fake.waitForRequest(
        (request) =>
          (bodyOf(request).message_reference as Json | undefined)?.message_id === mention.id,
      );
      expect(bodyOf(reply).content).toMatch(/asking faster/);
      expectNoPings(bodyOf(reply));
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});

describe('start-up and shutdown', () => {
  it('a token Discord refuses fails start-up naming DISCORD_TOKEN, without printing it', async () => {
    const fake = await FakeDiscord.start();
    try {
      const wrongToken = 'wrong.token.value';
      const started = startBriefbot(fake, { DISCORD_TOKEN: wrongToken });
      await expect(started).rejects.toThrow(BriefbotError);
      await expect(started).rejects.toThrow(/DISCORD_TOKEN/);
      const error: unknown = await started.catch((caught: unknown) => caught);
      expect(String((error as Error).message)).not.toContain(wrongToken);
    } finally {
      await fake.close();
    }
  });

  it('`npm start` (compiled dist/src/main.js) answers on Discord and exits cleanly within 5 s of SIGTERM', async () => {
    const compiled = compileBriefbot();
    const fake = await FakeDiscord.start();
    const cacheDir = mkdtempSync(join(tmpdir(), 'briefbot-main-'));
    const child = spawn(process.execPath, [compiled.main], {
      cwd: cacheDir,
      env: childEnv(fake.env(), ARTICLES_DIR, cacheDir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, 'exit');
    try {
      await vi.waitFor(() => expect(stderr).toContain('connected to Discord'), {
        timeout: 20_000,
        interval: 100,
      });
      const interaction = fake.slashCommand('who', { subject: 'quigley' });
      expect(embedOf(callbackMessage(await fake.waitForCallback(interaction))).title).toBe(
        'Peter Quigley',
      );
      const stoppingAt = Date.now();
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(Date.now() - stoppingAt).toBeLessThan(5000);
      expect(stderr).toContain('disconnected from Discord');
      expect(stderr).not.toContain(fake.token);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
      rmSync(cacheDir, { recursive: true, force: true });
      compiled.dispose();
    }
  });

  it('heartbeats are acknowledged and the connection holds without reconnecting', async () => {
    const fake = await FakeDiscord.start({ heartbeatIntervalMs: 150 });
    const briefbot = await startBriefbot(fake);
    try {
      await vi.waitFor(() => expect(fake.heartbeats).toBeGreaterThanOrEqual(3), { timeout: 5000 });
      expect(fake.identifies).toHaveLength(1);
      expect(fake.resumes).toHaveLength(0);
      expect(briefbot.app.adapters[0]?.connected()).toBe(true);
    } finally {
      await briefbot.stop();
      await fake.close();
    }
  });

  it('stopping closes every socket and timer the bot opened', async () => {
    const countHandles = () =>
      process
        .getActiveResourcesInfo()
        .filter((kind) => kind.startsWith('TCP') || kind === 'Timeout').length;
    const before = countHandles();
    const fake = await FakeDiscord.start();
    const briefbot = await startBriefbot(fake);
    const interaction = fake.slashCommand('who', { subject: 'quigley' });
    await fake.waitForCallback(interaction);
    expect(countHandles()).toBeGreaterThan(before);
    await briefbot.stop();
    expect(fake.gatewayConnections).toBe(0);
    expect(briefbot.app.adapters[0]?.connected()).toBe(false);
    await fake.close();
    await vi.waitFor(() => expect(countHandles()).toBeLessThanOrEqual(before), { timeout: 3000 });
  });
});

describe('npm run register', () => {
  const execFileAsync = promisify(execFile);
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  async function register(env: Record<string, string> = {}): Promise<string> {
    const { stdout } = await execFileAsync(tsx, ['scripts/register-commands.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...fake.env(), ...env },
    });
    return stdout;
  }

  function puts(): RecordedRequest[] {
    return fake.requests.filter((request) => request.method === 'PUT');
  }

  it('registers every command from commands/ globally, with a private option and autocomplete', async () => {
    const output = await register();
    expect(output).toContain('Registered 9 commands globally');
    expect(output).toContain('added: /who, /when');
    const registered = fake.registered.get('global') ?? [];
    expect(registered.map((command) => command.name)).toEqual(
      COMMANDS.map((command) => command.name),
    );
    const who = registered.find((command) => command.name === 'who');
    expect(who?.options).toEqual([
      expect.objectContaining({ name: 'subject', type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'private', type: 5, required: false }),
    ]);
    const ask = registered.find((command) => command.name === 'ask');
    expect(ask?.options).toContainEqual(
      expect.objectContaining({ name: 'question', autocomplete: false }),
    );
  });

  it('running it again changes nothing and sends nothing', async () => {
    const before = puts().length;
    const output = await register();
    expect(output).toContain('already up to date; nothing sent');
    expect(puts()).toHaveLength(before);
  });

  it('reports what differs from what Discord holds, then overwrites in bulk', async () => {
    const registered = fake.registered.get('global') ?? [];
    fake.registered.set('global', [
      ...registered
        .filter((command) => command.name !== 'why')
        .map((command) => (command.name === 'who' ? { ...command, description: 'old' } : command)),
      { id: '1', name: 'weather', description: 'gone', type: 1, options: [] },
    ]);
    const output = await register();
    expect(output).toContain('added: /why');
    expect(output).toContain('changed: /who');
    expect(output).toContain('removed: /weather');
    expect(fake.registered.get('global')?.map((command) => command.name)).toEqual(
      COMMANDS.map((command) => command.name),
    );
  });

  it('with DISCORD_GUILD_ID set, overwrites that guild commands instead', async () => {
    const output = await register({ DISCORD_GUILD_ID: fake.world.guildId });
    expect(output).toContain(`in guild ${fake.world.guildId}`);
    const put = puts().at(-1);
    expect(put?.path).toBe(
      `/applications/${fake.world.appId}/guilds/${fake.world.guildId}/commands`,
    );
    expect(fake.registered.get(fake.world.guildId)).toHaveLength(COMMANDS.length);
  });
});
