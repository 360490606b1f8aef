import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord, type RecordedRequest } from '../../test/fakes/discord/server.ts';
import { postSigned } from '../../test/fakes/slack/drivers.ts';
import { FakeSlack, freePort, type ResponseUrlPost } from '../../test/fakes/slack/fake-slack.ts';
import { slashCommand } from '../../test/fakes/slack/payloads.ts';
import type { BenchCommand } from './queries.ts';
import { botEnv, nodeArgs } from './snapshot.ts';
import { type Latency, latency } from './stats.ts';

/**
 * End to end through the real discord.js and Bolt: briefbot runs as `npm start` does (a child
 * process of `main`, compiled as `npm start` runs it), connected to the local Discord fake
 * (gateway and REST) and to the Slack fake (Web API) over HTTP; the bench plays the users.
 */

const SLACK_BOT_TOKEN = 'xoxb-0000-bench-token';
const SLACK_SIGNING_SECRET = 'bench-signing-secret-5d1e';
/** The platforms' own deadline: a reply later than this is as good as lost for the user. */
export const PLATFORM_DEADLINE_MS = 3000;
/** How long a request is waited for; later replies are not timed but still count as delivered. */
const LOST_AFTER_MS = 10_000;
/** Quiet time after the last reply before duplicates are counted. */
const SETTLE_MS = 1000;
/** How long the replies to requests that missed LOST_AFTER_MS are waited for before they count as lost. */
const DRAIN_MS = 20_000;
const READY_TIMEOUT_MS = 120_000;
/** pino's level number for `warn`: what the bot logs when something goes wrong. */
const WARN_LEVEL = 40;

/** What one platform did under a run of requests. */
export interface PlatformRun {
  requests: number;
  concurrency: number;
  latency: Latency;
  /** Slack: request to HTTP acknowledgement, which Slack requires within 3 s; null on Discord. */
  ack: Latency | null;
  /** Requests with no reply within LOST_AFTER_MS (not timed; late replies still arrive). */
  unansweredInTime: number;
  /** Requests never answered, counted once the run has settled. */
  lost: number;
  /** Requests answered more than once. */
  duplicates: number;
  /** Replies that were a refusal ("busy", "slow down") rather than an answer. */
  refused: number;
  /** Replies later than the platforms' 3-second window (or not within LOST_AFTER_MS). */
  late: number;
  /** Requests per second over the whole run. */
  throughput: number;
}

export interface EndToEndFigures {
  articles: number;
  discord: { sequential: PlatformRun; load: PlatformRun };
  slack: { sequential: PlatformRun; load: PlatformRun };
  /** Warnings and errors the bot logged during the runs, by message. */
  botWarnings: Record<string, number>;
}

/** One request to a platform: resolves with the reply's text when it arrives, or null when lost. */
type Send = (command: BenchCommand) => {
  done: Promise<string | null>;
  key: string;
  /** Slack only: resolves when the HTTP request is acknowledged (Slack's own 3-second rule). */
  acked?: Promise<unknown>;
};

/** Runs `commands` through `send`, `concurrency` at a time, and tallies what came back. */
async function drive(
  commands: readonly BenchCommand[],
  concurrency: number,
  send: Send,
  repliesTo: (key: string) => number,
): Promise<PlatformRun> {
  const timings: number[] = [];
  const ackTimings: number[] = [];
  const keys: string[] = [];
  const unanswered: string[] = [];
  let refused = 0;
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < commands.length) {
      const command = commands[next++] as BenchCommand;
      const sent = performance.now();
      const request = send(command);
      request.acked?.then(() => ackTimings.push(performance.now() - sent));
      keys.push(request.key);
      const text = await request.done;
      if (text === null) {
        unanswered.push(request.key);
        continue;
      }
      timings.push(performance.now() - sent);
      if (/\b(?:busy|slow down)\b/i.test(text)) refused += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedMs = performance.now() - started;
  const drainEnd = performance.now() + DRAIN_MS;
  while (unanswered.some((key) => repliesTo(key) === 0) && performance.now() < drainEnd) {
    await new Promise((done) => setTimeout(done, 200));
  }
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  return {
    requests: commands.length,
    concurrency,
    latency: latency(timings),
    ack: ackTimings.length > 0 ? latency(ackTimings) : null,
    unansweredInTime: unanswered.length,
    lost: unanswered.filter((key) => repliesTo(key) === 0).length,
    duplicates: keys.filter((key) => repliesTo(key) > 1).length,
    refused,
    late: timings.filter((ms) => ms > PLATFORM_DEADLINE_MS).length + unanswered.length,
    throughput: commands.length / (elapsedMs / 1000),
  };
}

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((done) => setTimeout(() => done(fallback), LOST_AFTER_MS).unref()),
  ]);
}

/** A request to the fake that carries the bot's reply to one interaction (not a deferral). */
function isReplyTo(appId: string, interaction: { id: string; token: string }) {
  return (request: RecordedRequest) => {
    if (request.status >= 300) return false;
    const body = request.body as Record<string, unknown> | null;
    if (request.method === 'POST' && request.path.startsWith(`/interactions/${interaction.id}/`)) {
      return body?.type === 4;
    }
    return (
      request.method === 'PATCH' &&
      request.path === `/webhooks/${appId}/${interaction.token}/messages/%40original`
    );
  };
}

function replyText(request: RecordedRequest): string {
  const body = request.body as Record<string, unknown> | null;
  return JSON.stringify(body?.data ?? body ?? '');
}

function discordSender(fake: FakeDiscord): { send: Send; repliesTo: (key: string) => number } {
  const interactions = new Map<string, { id: string; token: string }>();
  return {
    send(command) {
      const option = command.command === 'ask' ? 'question' : 'subject';
      const payload = fake.slashCommand(command.command, { [option]: command.text });
      interactions.set(payload.id, payload);
      const done = fake
        .waitForRequest(isReplyTo(fake.world.appId, payload), LOST_AFTER_MS)
        .then(replyText, () => null);
      return { done, key: payload.id };
    },
    repliesTo(key) {
      const interaction = interactions.get(key);
      if (!interaction) return 0;
      return fake.requests.filter(isReplyTo(fake.world.appId, interaction)).length;
    },
  };
}

/** Calls `onPost` for every response_url post the Slack fake records (it records, it does not notify). */
function observeResponsePosts(fake: FakeSlack, onPost: (post: ResponseUrlPost) => void): void {
  const posts = fake.responsePosts;
  const record = posts.push.bind(posts);
  posts.push = (...items: ResponseUrlPost[]) => {
    const length = record(...items);
    for (const item of items) onPost(item);
    return length;
  };
}

function slackSender(
  fake: FakeSlack,
  eventsUrl: string,
): { send: Send; repliesTo: (key: string) => number } {
  const waiting = new Map<string, (text: string) => void>();
  observeResponsePosts(fake, (post) => {
    if (post.status !== 200) return;
    waiting.get(post.id)?.(JSON.stringify(post.body));
    waiting.delete(post.id);
  });
  return {
    send(command) {
      const responseUrl = fake.responseUrl();
      const key = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
      const reply = new Promise<string>((done) => waiting.set(key, done));
      const body = new URLSearchParams(
        slashCommand(`/${command.command}`, command.text, responseUrl),
      );
      const delivered = postSigned(
        eventsUrl,
        SLACK_SIGNING_SECRET,
        'application/x-www-form-urlencoded',
        body.toString(),
      ).then((response) => response.text());
      const done = withTimeout(
        Promise.all([reply, delivered]).then(([text]) => text),
        null,
      );
      return { done, key, acked: delivered };
    },
    repliesTo: (key) =>
      fake.responsePosts.filter((post) => post.id === key && post.status === 200).length,
  };
}

/** Starts briefbot (`main`) with both adapters on the fakes; resolves once both are connected. */
async function startBriefbot(
  main: string,
  contentDir: string,
  cacheDir: string,
  discord: FakeDiscord,
  slack: FakeSlack,
  port: number,
  cwd: string,
): Promise<{ child: ChildProcess; warnings: Map<string, number> }> {
  const child = spawn(process.execPath, nodeArgs(main), {
    cwd,
    env: {
      ...botEnv(contentDir, cacheDir),
      PORT: String(port),
      // One fake user asks everything here; real load comes from many users and channels.
      USER_QUESTIONS_PER_MINUTE: '100000',
      CHANNEL_QUESTIONS_PER_MINUTE: '100000',
      ...discord.env(),
      SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const warnings = new Map<string, number>();
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (log.length < 1_000_000) log += `${line}\n`;
      const entry = /"level":(\d+).*?"msg":"([^"]*)"/.exec(line);
      if (entry && Number(entry[1]) >= WARN_LEVEL) {
        const message = entry[2] ?? '';
        warnings.set(message, (warnings.get(message) ?? 0) + 1);
      }
    }
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      clearInterval(check);
      child.kill('SIGKILL');
      fail(new Error('briefbot did not connect to the fakes'));
    }, READY_TIMEOUT_MS);
    const check = setInterval(() => {
      if (
        log.includes('"msg":"connected to Discord"') &&
        log.includes('"msg":"Slack adapter started"')
      ) {
        clearTimeout(timer);
        clearInterval(check);
        ready();
      }
    }, 20);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(check);
      fail(new Error(`briefbot exited with ${code}:\n${log.slice(-2000)}`));
    });
  });
  return { child, warnings };
}

async function stopBriefbot(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Sequential requests (`sequential` per platform) for latency, then a load of `load` questions
 * `concurrency` at a time per platform, counting lost and duplicate replies and late ones.
 */
export async function runEndToEnd(options: {
  /** The `src/main.ts` to start. */
  main: string;
  contentDir: string;
  cacheDir: string;
  articles: number;
  commands: readonly BenchCommand[];
  sequential: number;
  load: number;
  concurrency: number;
}): Promise<EndToEndFigures> {
  const discordFake = await FakeDiscord.start();
  const slackFake = await FakeSlack.start({ botToken: SLACK_BOT_TOKEN });
  const port = await freePort();
  const cwd = await mkdtemp(join(tmpdir(), 'briefbot-e2e-'));
  let child: ChildProcess | null = null;
  try {
    const started = await startBriefbot(
      options.main,
      options.contentDir,
      options.cacheDir,
      discordFake,
      slackFake,
      port,
      cwd,
    );
    child = started.child;
    const discord = discordSender(discordFake);
    const slack = slackSender(slackFake, `http://127.0.0.1:${port}/slack/events`);
    const pick = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => options.commands[i % options.commands.length] as BenchCommand,
      );
    const warmUp = pick(20);
    await drive(warmUp, 1, discord.send, discord.repliesTo);
    await drive(warmUp, 1, slack.send, slack.repliesTo);
    const figures = {
      articles: options.articles,
      discord: {
        sequential: await drive(pick(options.sequential), 1, discord.send, discord.repliesTo),
        load: await drive(pick(options.load), options.concurrency, discord.send, discord.repliesTo),
      },
      slack: {
        sequential: await drive(pick(options.sequential), 1, slack.send, slack.repliesTo),
        load: await drive(pick(options.load), options.concurrency, slack.send, slack.repliesTo),
      },
    };
    return { ...figures, botWarnings: Object.fromEntries(started.warnings) };
  } finally {
    if (child) await stopBriefbot(child);
    await discordFake.close();
    await slackFake.close();
    await rm(cwd, { recursive: true, force: true });
  }
}
