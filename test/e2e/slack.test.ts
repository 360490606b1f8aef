import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { startSlackAdapter } from '../../src/adapters/slack/index.ts';
import { SLACK_METHOD_SCOPES } from '../../src/adapters/slack/manifest.ts';
import type { RunningAdapter } from '../../src/adapters/types.ts';
import { startApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Briefbot } from '../../src/core.ts';
import { createLogger } from '../../src/log.ts';
import {
  blocksOf,
  expectNoPings,
  expectWithinSlackLimits,
  shownText,
} from '../fakes/slack/assertions.ts';
import { httpDriver, postSigned, type SlackDriver, socketDriver } from '../fakes/slack/drivers.ts';
import { FakeSlack, freePort } from '../fakes/slack/fake-slack.ts';
import {
  ASKER_DM_ID,
  ASKER_ID,
  appMention,
  blockAction,
  directMessage,
  directMessageDeleted,
  directMessageEdited,
  eventCallback,
  NEWS_CHANNEL_ID,
  slashCommand,
} from '../fakes/slack/payloads.ts';

const ARTICLES_DIR = resolve(import.meta.dirname, '../fixtures/slack/articles');
const BOT_TOKEN = 'xoxb-1111-briefbot-test-token';
const APP_TOKEN = 'xapp-1-briefbot-test-app-token';
const SIGNING_SECRET = 'briefbot-test-signing-secret-8c1f';
const SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'briefbot-slack-e2e-'));

type Json = Record<string, unknown>;
type Transport = 'http' | 'socket';

/** Every log line of every app started in this file, to prove no secret is ever written. */
const allLogLines: string[] = [];

interface RunningBriefbot {
  port: number;
  adapter: RunningAdapter;
  logs: string[];
  stop(): Promise<void>;
}

function envFor(transport: Transport, fake: FakeSlack, port: number): Record<string, string> {
  return {
    CONTENT_DIR: ARTICLES_DIR,
    CACHE_DIR,
    LOG_LEVEL: 'debug',
    WATCH_CONTENT: 'false',
    // The suite asks many questions as one user in one channel; the limits have their own test.
    USER_QUESTIONS_PER_MINUTE: '1000',
    CHANNEL_QUESTIONS_PER_MINUTE: '1000',
    PORT: String(port),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...(transport === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
  };
}

/**
 * Starts briefbot against the fake with the same start-up code as `npm start` (`startApp`), logs
 * captured. With `core`, starts only the Slack adapter around that core (to make the core fail).
 */
async function startBriefbot(
  env: Record<string, string>,
  core?: Briefbot,
): Promise<RunningBriefbot> {
  const config = loadConfig(env);
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, {
    write: (line: string) => {
      logs.push(line);
      allLogLines.push(line);
    },
  });
  if (core) {
    const adapter = await startSlackAdapter({ core, config, logger });
    return { port: config.port, adapter, logs, stop: () => adapter.stop() };
  }
  const app = await startApp(config, logger);
  const adapter = app.adapters.find((running) => running.name === 'slack');
  if (!adapter) throw new Error('startApp did not start the Slack adapter');
  return { port: config.port, adapter, logs, stop: () => app.stop() };
}

function sectionTexts(message: Json): string[] {
  return blocksOf(message)
    .filter((b) => b.type === 'section')
    .map((b) => String((b.text as Json).text));
}

function buttons(message: Json): Json[] {
  return blocksOf(message)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Json[]);
}

function selectOptions(message: Json): unknown[] {
  const menu = blocksOf(message)
    .map((b) => b.accessory as Json | undefined)
    .find((accessory) => accessory?.type === 'static_select');
  return ((menu?.options as Json[] | undefined) ?? []).map((option) => option.value);
}

/** Waits until a response_url has accepted `count` posts and returns their bodies. */
function postsTo(fake: FakeSlack, responseUrl: string, count = 1): Promise<Json[]> {
  return fake.waitFor(`${count} post(s) to ${responseUrl}`, () => {
    const posts = fake.deliveredTo(responseUrl);
    return posts.length >= count && posts.map((post) => post.body);
  });
}

function button(message: Json, actionId: string): Json {
  const found = buttons(message).find((b) => b.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(message)}`);
  return found;
}

describe.each<Transport>(['http', 'socket'])('briefbot on Slack over %s', (transport) => {
  let fake: FakeSlack;
  let app: RunningBriefbot;
  let slack: SlackDriver;

  beforeAll(async () => {
    fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const port = await freePort();
    app = await startBriefbot(envFor(transport, fake, port));
    if (transport === 'socket') await fake.socketConnected();
    slack =
      transport === 'http'
        ? httpDriver(`http://127.0.0.1:${app.port}/slack/events`, SIGNING_SECRET)
        : socketDriver(fake);
  });

  afterAll(async () => {
    await app.stop();
    await fake.close();
  });

  /** Runs a slash command and returns the first message posted to its response_url. */
  async function runCommand(
    command: string,
    text: string,
  ): Promise<{ message: Json; responseUrl: string }> {
    const responseUrl = fake.responseUrl();
    const delivery = await slack.command(slashCommand(command, text, responseUrl));
    expect(delivery.status).toBe(200);
    const [message = {}] = await postsTo(fake, responseUrl);
    return { message, responseUrl };
  }

  /** Waits for the bot's post in reply to a message (matched by thread or channel). */
  async function replyTo(where: { channel: string; threadTs?: string }, after = 0): Promise<Json> {
    const call = await fake.waitFor('the reply', () =>
      fake
        .callsTo('chat.postMessage')
        .slice(after)
        .find((c) => c.args.channel === where.channel && c.args.thread_ts === where.threadTs),
    );
    return call.args;
  }

  it('/who aliyev answers only the asker: summary, quoted passages with title and ¶, More and Share', async () => {
    const { message } = await runCommand('/who', 'aliyev');
    expect(message.response_type).toBe('ephemeral');
    const [summary, ...citations] = sectionTexts(message);
    expect(summary).toContain('Ilham Aliyev');
    expect(citations).toHaveLength(3);
    for (const citation of citations) {
      expect(citation).toMatch(/^>/);
      expect(citation).toMatch(/— Putin sidelined: Russia fails to stop Turkey .*, ¶\d+/);
    }
    expect(button(message, 'briefbot_more').text).toMatchObject({ text: 'More (7)' });
    expect(button(message, 'briefbot_share')).toBeDefined();
    expect(String(message.text)).toContain('Ilham Aliyev');
    expectWithinSlackLimits(message);
    expectNoPings(message);
  });

  it('every command answers with blocks within Slack limits and a plain-text fallback', async () => {
    const argumentsFor: Record<string, string> = {
      who: 'mara quint',
      when: 'pier',
      where: 'ferry',
      what: 'pier',
      why: 'ferry',
      ask: 'who funds the pier',
      timeline: '',
      sources: '',
      help: '',
    };
    for (const command of COMMANDS) {
      const { message } = await runCommand(`/${command.name}`, argumentsFor[command.name] ?? '');
      expectWithinSlackLimits(message);
      expectNoPings(message);
    }
  });

  it('/sources lists each article with its paragraph count and source link', async () => {
    const { message } = await runCommand('/sources', '');
    const shown = shownText(message);
    expect(shown).toContain('2 articles loaded.');
    expect(shown).toContain('27 paragraphs');
    expect(shown).toContain('<https://example.org/harbour/memo?id=7&amp;view=full|source>');
  });

  it('/help lists every command with its usage', async () => {
    const { message } = await runCommand('/help', '');
    const shown = shownText(message);
    for (const command of COMMANDS) expect(shown).toContain(`/${command.name}`);
    expect(shown).toContain('/who &lt;person&gt;');
  });

  it('/who with no name answers with its usage instead of guessing', async () => {
    const { message } = await runCommand('/who', '');
    expect(shownText(message)).toContain('Usage: /who &lt;person&gt;');
  });

  it('/who public aliyev posts in the channel, with no Share button', async () => {
    const { message } = await runCommand('/who', 'public aliyev');
    expect(message.response_type).toBe('in_channel');
    expect(buttons(message).map((b) => b.action_id)).toEqual(['briefbot_more']);
  });

  it('More replaces the answer with the next passages, and Share posts it for everyone', async () => {
    const { message, responseUrl } = await runCommand('/who', 'aliyev');
    const more = button(message, 'briefbot_more');
    const actionUrl = fake.responseUrl();
    await slack.interaction(
      blockAction(
        { action_id: 'briefbot_more', type: 'button', value: String(more.value) },
        actionUrl,
        { isEphemeral: true },
      ),
    );
    const [page2 = {}] = await postsTo(fake, actionUrl);
    expect(page2.replace_original).toBe(true);
    expect(shownText(page2)).toContain('Passages 4–6 of 10');
    expect(sectionTexts(page2)[1]).not.toBe(sectionTexts(message)[1]);

    const share = button(page2, 'briefbot_share');
    const shareUrl = fake.responseUrl();
    await slack.interaction(
      blockAction(
        { action_id: 'briefbot_share', type: 'button', value: String(share.value) },
        shareUrl,
        { isEphemeral: true },
      ),
    );
    const [shared = {}, removal] = await postsTo(fake, shareUrl, 2);
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(shownText(shared)).toContain('Shared by asker');
    expect(buttons(shared).map((b) => b.action_id)).toEqual(['briefbot_more']);
    expect(removal).toEqual({ delete_original: true });
    expect(fake.deliveredTo(responseUrl)).toHaveLength(1);
  });

  it('an ambiguous name offers a menu, and picking one answers about that person', async () => {
    const { message } = await runCommand('/who', 'quint');
    expect(selectOptions(message)).toEqual(['who mara-quint', 'who jonas-quint']);

    const pickUrl = fake.responseUrl();
    await slack.interaction(
      blockAction(
        {
          action_id: 'briefbot_pick_subject',
          type: 'static_select',
          selected_option: {
            text: { type: 'plain_text', text: 'Jonas Quint (person)' },
            value: 'who jonas-quint',
          },
        },
        pickUrl,
        { isEphemeral: true },
      ),
    );
    const [picked = {}] = await postsTo(fake, pickUrl);
    expect(picked.replace_original).toBe(true);
    expect(sectionTexts(picked)[0]).toContain('Jonas Quint');
  });

  it('a button from an answer that has expired says so instead of failing', async () => {
    const url = fake.responseUrl();
    await slack.interaction(
      blockAction({ action_id: 'briefbot_more', type: 'button', value: 'gone:1' }, url, {
        isEphemeral: true,
      }),
    );
    const [notice = {}] = await postsTo(fake, url);
    expect(shownText(notice)).toContain('This answer has expired');
  });

  it('@briefbot who is mara quint? is answered in a thread under the question', async () => {
    const mention = appMention('who is mara quint?');
    const delivery = await slack.event(eventCallback(mention));
    expect(delivery.status).toBe(200);
    const reply = await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts });
    expect(sectionTexts(reply)[0]).toContain('Mara Quint');
    expect(reply).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    expect(buttons(reply).map((b) => b.action_id)).not.toContain('briefbot_share');
    expectWithinSlackLimits(reply);
    expectNoPings(reply);
  });

  it('a mention inside a thread answers in that same thread', async () => {
    const mention = appMention('when pier', { threadTs: '1719999999.000001' });
    await slack.event(eventCallback(mention));
    const reply = await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: '1719999999.000001' });
    expect(sectionTexts(reply)[0]).toContain('2025-05');
  });

  it('a bare mention gets the help text', async () => {
    const mention = appMention('');
    await slack.event(eventCallback(mention));
    const reply = await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts });
    expect(shownText(reply)).toContain('/who');
  });

  it('a direct message is answered in the DM; editing it updates the answer, deleting it removes it', async () => {
    const dm = directMessage('who is jonas quint?');
    await slack.event(eventCallback(dm));
    const reply = await replyTo({ channel: ASKER_DM_ID, threadTs: undefined });
    expect(sectionTexts(reply)[0]).toContain('Jonas Quint');

    await slack.event(eventCallback(directMessageEdited(dm, 'who is mara quint?')));
    const update = await fake.waitFor('the updated answer', () =>
      fake.callsTo('chat.update').at(-1),
    );
    expect(update.args.channel).toBe(ASKER_DM_ID);
    expect(sectionTexts(update.args)[0]).toContain('Mara Quint');

    await slack.event(eventCallback(directMessageDeleted(dm)));
    const deletion = await fake.waitFor('the deleted answer', () =>
      fake.callsTo('chat.delete').at(-1),
    );
    expect(deletion.args).toMatchObject({ channel: ASKER_DM_ID, ts: update.args.ts });
  });

  it('ignores its own messages and other bots', async () => {
    const before = fake.callsTo('chat.postMessage').length;
    await slack.event(
      eventCallback(directMessage('who is mara quint?', { user: 'UBRIEFBOT', botId: 'BBRIEFBOT' })),
    );
    await slack.event(
      eventCallback(directMessage('who is mara quint?', { user: 'U0OTHERBOT', botId: 'B0OTHER' })),
    );
    await slack.event(
      eventCallback(appMention('who is mara quint?', { user: 'U0OTHERBOT', botId: 'B0OTHER' })),
    );
    await sleep(300);
    expect(fake.callsTo('chat.postMessage').length).toBe(before);
  });

  it('an event Slack retries is answered exactly once', async () => {
    const before = fake.callsTo('chat.postMessage').length;
    const mention = appMention('where ferry');
    const body = eventCallback(mention);
    await slack.event(body);
    await slack.event(body, { num: 1, reason: 'http_timeout' });
    await slack.event(body, { num: 2, reason: 'http_timeout' });
    await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts }, before);
    await sleep(300);
    const replies = fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((c) => c.args.thread_ts === mention.ts);
    expect(replies).toHaveLength(1);
  });

  it('echoed article text and questions never ping: <!channel>, <!here>, @everyone arrive escaped', async () => {
    const mention = appMention('who <!channel> <!here> @everyone mara quint');
    await slack.event(eventCallback(mention));
    const reply = await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts });
    expectNoPings(reply);
    expect(shownText(reply)).toContain(
      'Harbour council memo &lt;!channel&gt; &amp; the *night* ferry',
    );

    const { message } = await runCommand('/what', 'notice');
    expectNoPings(message);
    expect(shownText(message)).toContain('https://evil.example/login|the official notice');
  });

  it('long answers stay within Slack limits: /timeline with 25 dated passages', async () => {
    const { message } = await runCommand('/timeline', '');
    expectWithinSlackLimits(message);
    expect(button(message, 'briefbot_more').text).toMatchObject({
      text: expect.stringMatching(/^More \(\d+\)$/),
    });
  });

  it('a rate-limited chat.postMessage is retried after Retry-After and answered once', async () => {
    fake.failWebApi('chat.postMessage', { kind: 'ratelimited', retryAfterSeconds: 1 });
    const before = fake.calls.length;
    const mention = appMention('who is mara quint?');
    await slack.event(eventCallback(mention));
    await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts });
    const attempts = fake.calls
      .slice(before)
      .filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === mention.ts);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  it('a 503 from the Web API is retried, and the answer still arrives once', async () => {
    fake.failWebApi('chat.postMessage', { kind: 'http', status: 503 });
    const mention = appMention('who is mara quint?');
    await slack.event(eventCallback(mention));
    await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: mention.ts });
    const attempts = fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === mention.ts,
    );
    expect(attempts.map((c) => c.status)).toEqual([503, 200]);
  });

  it('channel_not_found is logged with its code and the bot keeps answering', async () => {
    fake.failWebApi('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    const lost = appMention('who is mara quint?');
    await slack.event(eventCallback(lost));
    await fake.waitFor('the logged error', () =>
      app.logs.some((l) => l.includes('"code":"channel_not_found"')),
    );
    const next = appMention('who is jonas quint?');
    await slack.event(eventCallback(next));
    const reply = await replyTo({ channel: NEWS_CHANNEL_ID, threadTs: next.ts });
    expect(sectionTexts(reply)[0]).toContain('Jonas Quint');
  });

  it('when the response_url keeps failing, the answer arrives as an ephemeral message instead', async () => {
    fake.failResponseUrl(500, 500, 500);
    const responseUrl = fake.responseUrl();
    await slack.command(slashCommand('/who', 'mara quint', responseUrl));
    const ephemeral = await fake.waitFor('the ephemeral fallback', () =>
      fake.callsTo('chat.postEphemeral').find((c) => String(c.args.text).includes('Mara Quint')),
    );
    expect(ephemeral.args).toMatchObject({ channel: NEWS_CHANNEL_ID, user: ASKER_ID });
    expect(fake.deliveredTo(responseUrl)).toHaveLength(0);
  });

  it('when the bot is not in the channel either, the answer goes to the asker by DM', async () => {
    fake.failResponseUrl(404);
    fake.failWebApi('chat.postEphemeral', { kind: 'error', error: 'not_in_channel' });
    await slack.command(slashCommand('/who', 'jonas quint', fake.responseUrl()));
    const dm = await fake.waitFor('the DM fallback', () =>
      fake.callsTo('chat.postMessage').find((c) => c.args.channel === ASKER_ID),
    );
    expect(shownText(dm.args)).toContain("I couldn't post in that channel");
    expect(shownText(dm.args)).toContain('Jonas Quint');
  });

  it('GET /healthz reports the articles loaded and the Slack connection, and no secrets', async () => {
    const response = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({
      ok: true,
      articles: 2,
      rebuilding: false,
      adapters: { slack: true },
    });
    for (const secret of SECRETS) expect(body).not.toContain(secret);
  });

  it('calls only Web API methods whose scopes the manifest asks for', () => {
    const called = new Set(fake.calls.map((call) => call.method));
    expect([...called].filter((method) => !(method in SLACK_METHOD_SCOPES))).toEqual([]);
  });

  it('logs carry a request id per question and never a token or the signing secret', () => {
    expect(app.logs.some((l) => /"requestId":"[0-9a-f]{8}"/.test(l))).toBe(true);
    for (const line of app.logs) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });
});

describe('briefbot on Slack over HTTP refuses requests Slack did not sign', () => {
  let fake: FakeSlack;
  let app: RunningBriefbot;
  let eventsUrl: string;

  beforeAll(async () => {
    fake = await FakeSlack.start({ botToken: BOT_TOKEN });
    app = await startBriefbot(envFor('http', fake, await freePort()));
    eventsUrl = `http://127.0.0.1:${app.port}/slack/events`;
  });

  afterAll(async () => {
    await app.stop();
    await fake.close();
  });

  const body = () => JSON.stringify(eventCallback(appMention('who is mara quint?')));

  it('a request signed with the wrong secret gets 401 and no answer', async () => {
    const response = await postSigned(eventsUrl, SIGNING_SECRET, 'application/json', body(), {
      secret: 'not-the-secret',
    });
    expect(response.status).toBe(401);
  });

  it('a correctly signed request older than five minutes gets 401 (replay)', async () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await postSigned(eventsUrl, SIGNING_SECRET, 'application/json', body(), {
      timestampSeconds: tenMinutesAgo,
    });
    expect(response.status).toBe(401);
    await sleep(200);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('briefbot on Slack when something breaks', () => {
  let fake: FakeSlack;

  beforeEach(async () => {
    fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('a failing answer shows the user a short message with an error id that is in the logs', async () => {
    let calls = 0;
    const failingCore: Briefbot = {
      answer: (question) => {
        calls += 1;
        if (calls === 1) throw new Error(`index exploded on ${question}`);
        return {
          query: question,
          intent: 'who',
          subject: 'X',
          found: true,
          summary: 'Recovered.',
          citations: [],
          suggestions: [],
          candidates: [],
        };
      },
      suggestSubjects: () => [],
      sources: () => [],
      status: () => ({
        articles: 1,
        passages: 1,
        indexBuiltAt: new Date().toISOString(),
        rebuilding: false,
        problems: [],
      }),
    };
    const app = await startBriefbot(envFor('http', fake, await freePort()), failingCore);
    const slack = httpDriver(`http://127.0.0.1:${app.port}/slack/events`, SIGNING_SECRET);
    try {
      const first = fake.responseUrl();
      await slack.command(slashCommand('/who', 'public anyone', first));
      const [failure = {}] = await postsTo(fake, first);
      expect(failure.response_type).toBe('ephemeral');
      const errorId = /error id ([0-9a-f]{8})/.exec(shownText(failure))?.[1];
      expect(errorId).toBeDefined();
      expect(shownText(failure)).not.toContain('index exploded');
      expect(
        app.logs.some(
          (l) => l.includes(`"requestId":"${errorId}"`) && l.includes('index exploded'),
        ),
      ).toBe(true);

      const second = fake.responseUrl();
      await slack.command(slashCommand('/who', 'anyone', second));
      const [recovered = {}] = await postsTo(fake, second);
      expect(sectionTexts(recovered)[0]).toBe('Recovered.');
    } finally {
      await app.stop();
    }
  });

  it('a bot token Slack refuses stops start-up with a message naming SLACK_BOT_TOKEN, not its value', async () => {
    const env = {
      ...envFor('http', fake, await freePort()),
      SLACK_BOT_TOKEN: 'xoxb-revoked-token-9999',
    };
    const failure = startBriefbot(env);
    await expect(failure).rejects.toThrow('SLACK_BOT_TOKEN was refused by Slack (invalid_auth).');
    await expect(failure).rejects.not.toThrow('xoxb-revoked-token-9999');
  });

  it('a PORT already taken stops HTTP start-up naming PORT', async () => {
    const port = await freePort();
    const squatter = createServer().listen(port);
    await once(squatter, 'listening');
    try {
      await expect(startBriefbot(envFor('http', fake, port))).rejects.toThrow(
        `PORT ${port} cannot be opened (EADDRINUSE).`,
      );
    } finally {
      squatter.close();
    }
  });

  it('an app token Slack refuses stops Socket Mode start-up naming SLACK_APP_TOKEN', async () => {
    const env = { ...envFor('socket', fake, await freePort()), SLACK_APP_TOKEN: 'xapp-1-revoked' };
    await expect(startBriefbot(env)).rejects.toThrow(
      'SLACK_APP_TOKEN was refused by Slack (invalid_auth).',
    );
  });
});

describe('briefbot on Slack keeps one user from flooding a channel', () => {
  it('a user over USER_QUESTIONS_PER_MINUTE is asked, privately, to slow down', async () => {
    const fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
    const port = await freePort();
    const app = await startBriefbot({
      ...envFor('http', fake, port),
      USER_QUESTIONS_PER_MINUTE: '2',
    });
    try {
      const slack = httpDriver(`http://127.0.0.1:${app.port}/slack/events`, SIGNING_SECRET);
      const bodies: Json[] = [];
      for (let i = 0; i < 3; i++) {
        const responseUrl = fake.responseUrl();
        await slack.command(slashCommand('/who', 'aliyev', responseUrl));
        const [body = {}] = await postsTo(fake, responseUrl);
        bodies.push(body);
      }
      expect(bodies.slice(0, 2).every((b) => JSON.stringify(b).includes('Aliyev'))).toBe(true);
      expect(bodies[2]?.response_type).toBe('ephemeral');
      expect(String(bodies[2]?.text)).toMatch(/faster than I can brief; please wait \d+ s/);
    } finally {
      await app.stop();
      await fake.close();
    }
  });
});

describe('briefbot on Slack shuts down cleanly', () => {
  const HANDLE_KINDS = ['TCPServerWrap', 'TCPSocketWrap', 'Timeout'];
  const openHandles = () => {
    const active = process.getActiveResourcesInfo();
    return Object.fromEntries(
      HANDLE_KINDS.map((kind) => [kind, active.filter((r) => r === kind).length]),
    );
  };

  it.each<Transport>(['http', 'socket'])(
    'stop() over %s closes every socket and leaves no handle open',
    async (transport) => {
      await sleep(100);
      const baseline = openHandles();
      const fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
      const app = await startBriefbot(envFor(transport, fake, await freePort()));
      if (transport === 'socket') await fake.socketConnected();
      await (await fetch(`http://127.0.0.1:${app.port}/healthz`)).text();
      expect(app.adapter.connected()).toBe(true);
      await app.stop();
      expect(app.adapter.connected()).toBe(false);
      await fake.waitFor('the socket to close', () => fake.socketCount === 0);
      await fake.close();
      await sleep(50);
      const left = openHandles();
      for (const kind of HANDLE_KINDS)
        expect(left[kind], kind).toBeLessThanOrEqual(baseline[kind] ?? 0);
    },
  );
});

afterAll(() => {
  rmSync(CACHE_DIR, { recursive: true, force: true });
  const leaked = allLogLines.filter((line) => SECRETS.some((secret) => line.includes(secret)));
  expect(leaked).toEqual([]);
});
