import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { type WebSocket, WebSocketServer } from 'ws';

/** Identity the fake workspace gives the bot (what `auth.test` answers). */
export const FAKE_BOT_USER_ID = 'UBRIEFBOT';
export const FAKE_BOT_ID = 'BBRIEFBOT';
export const FAKE_TEAM_ID = 'T0BRIEF';
export const FAKE_APP_ID = 'A0BRIEF';

/** How often the fake pings Socket Mode clients, as Slack does. */
const SOCKET_PING_INTERVAL_MS = 5000;

/** A free TCP port on 127.0.0.1 for the app under test to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A way the Web API can fail one call. */
export type WebApiFailure =
  | { kind: 'ratelimited'; retryAfterSeconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'error'; error: string };

/** One Web API call as it arrived on the wire (form fields, JSON-valued ones parsed). */
export interface WebApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The status the fake answered with (after any injected failure). */
  status: number;
  ok: boolean;
}

/** One POST to a response_url. */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  status: number;
}

/** A Socket Mode envelope sent to the app and the ack it sent back. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

interface FakeSlackOptions {
  botToken: string;
  /** App-level token accepted by `apps.connections.open`; omit for HTTP-only tests. */
  appToken?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * A small Slack on 127.0.0.1: the Web API methods briefbot uses, response_url endpoints and a
 * Socket Mode WebSocket. It records every payload so tests can assert what went over the wire, and
 * fails on demand (`ratelimited`, 5xx, `channel_not_found`, a dead response_url).
 */
export class FakeSlack {
  readonly calls: WebApiCall[] = [];
  readonly responsePosts: ResponseUrlPost[] = [];
  readonly socketAcks: SocketAck[] = [];
  private readonly webApiFailures = new Map<string, WebApiFailure[]>();
  private readonly responseUrlFailures: number[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private nextTs = 1_700_000_000;
  private nextResponseUrl = 1;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeSlackOptions,
  ) {}

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(options: FakeSlackOptions): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server, options);
    server.on('request', (req, res) => {
      fake
        .handle(req, res)
        .catch((error: unknown) => sendJson(res, 500, { ok: false, error: String(error) }));
    });
    server.on('upgrade', (req, socket, head) => fake.upgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The value for `SLACK_API_URL`. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A fresh response_url, as Slack puts in each command and interaction. */
  responseUrl(): string {
    return `${this.origin}/response/${this.nextResponseUrl++}`;
  }

  /** Makes the next calls to `method` fail, one failure per call, in order. */
  failWebApi(method: string, ...failures: WebApiFailure[]): void {
    this.webApiFailures.set(method, [...(this.webApiFailures.get(method) ?? []), ...failures]);
  }

  /** Makes the next response_url posts answer with these HTTP statuses, in order. */
  failResponseUrl(...statuses: number[]): void {
    this.responseUrlFailures.push(...statuses);
  }

  /** Successful calls to one Web API method. */
  callsTo(method: string): WebApiCall[] {
    return this.calls.filter((call) => call.method === method && call.ok);
  }

  /** Posts that a response_url accepted, oldest first. */
  deliveredTo(responseUrl: string): ResponseUrlPost[] {
    const id = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    return this.responsePosts.filter((post) => post.id === id && post.status === 200);
  }

  /** Polls until `find` returns a value, or fails the test after `timeoutMs`. */
  async waitFor<T>(what: string, find: () => T | undefined | false, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined && found !== false) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  }

  /** Resolves once the app holds an open Socket Mode connection. */
  async socketConnected(): Promise<void> {
    await this.waitFor('a Socket Mode connection', () => this.sockets.size > 0);
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /**
   * Sends one Socket Mode envelope (`events_api`, `slash_commands` or `interactive`) and resolves
   * with the app's ack.
   */
  async sendEnvelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: Record<string, unknown>,
    retry: { attempt: number; reason: string } = { attempt: 0, reason: '' },
  ): Promise<SocketAck> {
    const socket = [...this.sockets][0];
    if (!socket) throw new Error('no Socket Mode connection');
    const envelopeId = randomBytes(8).toString('hex');
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: retry.attempt,
        retry_reason: retry.reason,
      }),
    );
    return this.waitFor(`the ack of envelope ${envelopeId}`, () =>
      this.socketAcks.find((ack) => ack.envelope_id === envelopeId),
    );
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/api/')) {
      this.webApi(
        url.pathname.slice('/api/'.length),
        req,
        parseArgs(req.headers['content-type'], raw),
        res,
      );
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const status = this.responseUrlFailures.shift() ?? 200;
      this.responsePosts.push({
        id: url.pathname.slice('/response/'.length),
        body: JSON.parse(raw),
        status,
      });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'failed');
      return;
    }
    sendJson(res, 404, { ok: false, error: 'unknown_path' });
  }

  private webApi(
    method: string,
    req: IncomingMessage,
    args: Record<string, unknown>,
    res: ServerResponse,
  ): void {
    const record = (status: number, ok: boolean) => this.calls.push({ method, args, status, ok });
    const failure = this.webApiFailures.get(method)?.shift();
    if (failure?.kind === 'ratelimited') {
      record(429, false);
      sendJson(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(failure.retryAfterSeconds) },
      );
      return;
    }
    if (failure?.kind === 'http') {
      record(failure.status, false);
      sendJson(res, failure.status, { ok: false, error: 'internal_error' });
      return;
    }
    if (failure?.kind === 'error') {
      record(200, false);
      sendJson(res, 200, { ok: false, error: failure.error });
      return;
    }
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const expected =
      method === 'apps.connections.open' ? this.options.appToken : this.options.botToken;
    if (token !== expected) {
      record(200, false);
      sendJson(res, 200, { ok: false, error: 'invalid_auth' });
      return;
    }
    record(200, true);
    sendJson(res, 200, this.answer(method, args));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://briefbot-test.slack.com/',
          team: 'Briefbot Test',
          user: 'briefbot',
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case 'apps.connections.open':
        return { ok: true, url: `${this.origin.replace('http:', 'ws:')}/socket` };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `${this.nextTs++}.000100`,
          message: { text: args.text },
        };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.nextTs++}.000200` };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.delete':
        return { ok: true, channel: args.channel, ts: args.ts };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private upgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    if (new URL(req.url ?? '/', this.origin).pathname !== '/socket') {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.add(ws);
      // Slack pings every few seconds; the client reconnects when pings stop.
      const pinger = setInterval(() => ws.ping(), SOCKET_PING_INTERVAL_MS);
      ws.on('close', () => {
        clearInterval(pinger);
        this.sockets.delete(ws);
      });
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as SocketAck;
        if (message.envelope_id) this.socketAcks.push(message);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
          connection_info: { app_id: FAKE_APP_ID },
        }),
      );
    });
  }
}
