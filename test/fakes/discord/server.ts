import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  autocompletePayload,
  botMessage,
  buttonPayload,
  createWorld,
  type FakeWorld,
  guildCreatePayload,
  inGuild,
  type Place,
  readyPayload,
  selectPayload,
  shardOfGuild,
  slashCommandPayload,
  snowflake,
  userMessagePayload,
} from './payloads.ts';

/** One REST request the bot made, with the status the fake answered. */
export interface RecordedRequest {
  method: string;
  /** Path as sent, after `/api/v10` (so `@original` still reads `%40original`). */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | unknown[] | null;
  status: number;
  atMs: number;
}

/** A failure the fake returns instead of handling the next matching request(s). */
export type InjectedFailure =
  | { status: 429; retryAfterSeconds: number; global?: boolean }
  | { status: 500 | 502 | 503 };

interface PendingFailure {
  method: string;
  path: RegExp;
  failure: InjectedFailure;
  remaining: number;
}

interface GatewayClient {
  socket: WebSocket;
  seq: number;
  identified: boolean;
  /** `[shard_id, shard_count]` from IDENTIFY (or the resumed session); `[0, 1]` when unsharded. */
  shard: [number, number];
}

/** One IDENTIFY the bot sent, and the guilds the fake's READY listed in answer. */
export interface RecordedIdentify {
  token: string;
  intents: number;
  /** `[shard_id, shard_count]` as sent, or null when the bot did not shard. */
  shard: [number, number] | null;
  /** Guilds READY listed (and GUILD_CREATE then sent): the shard's own; empty when refused. */
  guildIds: string[];
}

/** A message the bot sent, kept so buttons and selects can be pressed on it. */
export type StoredMessage = ReturnType<typeof botMessage>;

export interface FakeDiscordOptions {
  /** Heartbeat interval announced in HELLO; Discord's is about 41 s. */
  heartbeatIntervalMs?: number;
  /** Guilds the bot is in, spread over shards by id. Default 1. */
  guilds?: number;
  /** Shard count `GET /gateway/bot` recommends. Default 1. */
  shards?: number;
  /** Identifies allowed per 5 s, as `GET /gateway/bot` reports it. Default 1. */
  maxConcurrency?: number;
}

/** Bitfield of the MESSAGE_CONTENT privileged intent. */
export const MESSAGE_CONTENT_INTENT = 1 << 15;

const API_PREFIX = '/api/v10';
const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * A small Discord on 127.0.0.1: the REST routes and the gateway that briefbot uses, recording every
 * request and IDENTIFY so tests can assert what the real discord.js sent, and able to fail the next
 * request to a route with a 429 (with the Retry-After header discord.js reads) or a 5xx. Sharded
 * like Discord: a connection gets the events of the guilds its shard owns, and DMs go to shard 0.
 */
export class FakeDiscord {
  readonly world: FakeWorld;
  readonly token = `fake.${snowflake()}.token`;
  readonly requests: RecordedRequest[] = [];
  readonly identifies: RecordedIdentify[] = [];
  /** Dispatch id (interaction or message id) → the shard ids it was delivered to. */
  readonly deliveries = new Map<string, number[]>();
  /** Heartbeats (op 1) received, each answered with an ACK (op 11). */
  heartbeats = 0;
  /** RESUME frames received: the session id and last sequence number the bot held. */
  readonly resumes: Array<{ sessionId: string; seq: number }> = [];
  /** Commands registered, by scope: `global` or the guild id. */
  readonly registered = new Map<string, Array<Record<string, unknown>>>();

  private readonly events = new EventEmitter();
  private readonly failures: PendingFailure[] = [];
  private readonly clients = new Set<GatewayClient>();
  private readonly messages = new Map<string, StoredMessage>();
  /** Interaction token → id of the message `@original` designates. */
  private readonly originals = new Map<string, string>();
  /** Interaction id → its token, for interactions the fake dispatched. */
  private readonly interactions = new Map<string, string>();
  private readonly acknowledged = new Set<string>();
  /** Session id → the shard it was identified as, so a RESUME keeps its guilds. */
  private readonly sessions = new Map<string, [number, number]>();
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private port = 0;

  private constructor(private readonly options: FakeDiscordOptions) {
    this.world = createWorld(options.guilds ?? 1);
    this.server = createServer((request, response) => {
      this.route(request, response).catch((error: unknown) => {
        response
          .writeHead(500, JSON_HEADERS)
          .end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket) => this.greet(socket));
    this.events.setMaxListeners(100);
  }

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What `DISCORD_API_URL` should be: the base, without `/api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The environment a briefbot process needs to talk to this fake. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      DISCORD_TOKEN: this.token,
      DISCORD_APP_ID: this.world.appId,
      DISCORD_API_URL: this.apiUrl,
      ...extra,
    };
  }

  /** Makes the next `times` requests matching method and path fail as described. */
  failNext(method: string, path: RegExp, failure: InjectedFailure, times = 1): void {
    this.failures.push({ method, path, failure, remaining: times });
  }

  /**
   * Sends a gateway dispatch (op 0) as Discord routes it: an event of a guild to the connections of
   * the shard that owns the guild, any other event (DMs) to shard 0.
   */
  dispatch(event: string, data: object): void {
    const guildId =
      'guild_id' in data && typeof data.guild_id === 'string' && /^\d+$/.test(data.guild_id)
        ? data.guild_id
        : null;
    const id = 'id' in data && typeof data.id === 'string' ? data.id : null;
    for (const client of this.clients) {
      if (!client.identified) continue;
      const [shardId, shardCount] = client.shard;
      const owner = guildId === null ? 0 : shardOfGuild(guildId, shardCount);
      if (owner !== shardId) continue;
      this.send(client, event, data);
      if (id !== null) this.deliveries.set(id, [...(this.deliveries.get(id) ?? []), shardId]);
    }
  }

  /** The user runs a slash command (in the first guild unless `guildId` names another); returns the payload. */
  slashCommand(
    name: string,
    options: Record<string, string | boolean> = {},
    place: Place = 'guild',
    guildId = this.world.guildId,
  ) {
    const world = inGuild(this.world, guildId);
    return this.sendInteraction(slashCommandPayload(world, name, options, place));
  }

  /** The user types into an autocomplete option. */
  autocomplete(name: string, focused: string, typed: string, place: Place = 'guild') {
    return this.sendInteraction(
      autocompletePayload(this.world, name, { [focused]: typed }, focused, place),
    );
  }

  /** The user presses a button on a message the bot sent. */
  pressButton(message: StoredMessage, customId: string, place: Place = 'guild') {
    const payload = buttonPayload(this.world, message, customId, place);
    this.originals.set(payload.token, message.id);
    return this.sendInteraction(payload);
  }

  /** The user picks values in a select menu on a message the bot sent. */
  pickOption(message: StoredMessage, customId: string, values: string[], place: Place = 'guild') {
    const payload = selectPayload(this.world, message, customId, values, place);
    this.originals.set(payload.token, message.id);
    return this.sendInteraction(payload);
  }

  /** The user posts a message in the guild channel or in the DM with the bot. */
  postMessage(content: string, place: Place = 'guild') {
    const payload = userMessagePayload(this.world, content, place);
    this.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  /** Dispatches an interaction payload (again, for duplicate-delivery tests). */
  sendInteraction<T extends { id: string; token: string }>(payload: T): T {
    this.interactions.set(payload.id, payload.token);
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** The message an interaction's `@original` currently designates, as last sent or edited. */
  original(interaction: { token: string }): StoredMessage | undefined {
    const id = this.originals.get(interaction.token);
    return id === undefined ? undefined : this.messages.get(id);
  }

  /** Requests to the callback route of one interaction. */
  callbacks(interaction: { id: string }): RecordedRequest[] {
    return this.requests.filter(
      (request) =>
        request.method === 'POST' && request.path.startsWith(`/interactions/${interaction.id}/`),
    );
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(
    match: (request: RecordedRequest) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('request', listener);
        reject(new Error(`no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (request: RecordedRequest) => {
        if (!match(request)) return;
        clearTimeout(timer);
        this.events.off('request', listener);
        resolve(request);
      };
      this.events.on('request', listener);
    });
  }

  /** Waits for the first callback of an interaction. */
  waitForCallback(interaction: { id: string }, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (request) =>
        request.method === 'POST' &&
        request.path.startsWith(`/interactions/${interaction.id}/`) &&
        request.status < 300,
      timeoutMs,
    );
  }

  /** Number of open gateway connections. */
  get gatewayConnections(): number {
    return this.clients.size;
  }

  /** Closes every gateway connection with a close code, as Discord does on a restart. */
  dropGateway(code = 4000): void {
    for (const client of this.clients) client.socket.close(code, 'fake restart');
  }

  /** Stops listening and closes every connection. */
  async close(): Promise<void> {
    for (const client of this.clients) client.socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private greet(socket: WebSocket): void {
    const client: GatewayClient = { socket, seq: 0, identified: false, shard: [0, 1] };
    this.clients.add(client);
    socket.on('close', () => this.clients.delete(client));
    socket.on('message', (raw) => this.onGatewayMessage(client, raw.toString()));
    const heartbeat_interval = this.options.heartbeatIntervalMs ?? 41_250;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval }, s: null, t: null }));
  }

  private onGatewayMessage(client: GatewayClient, raw: string): void {
    const frame = JSON.parse(raw) as { op: number; d: Record<string, unknown> | number | null };
    if (frame.op === 1) {
      this.heartbeats += 1;
      client.socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      return;
    }
    const data = typeof frame.d === 'object' && frame.d !== null ? frame.d : {};
    if (frame.op === 2) {
      this.identify(client, data);
      return;
    }
    if (frame.op === 6) {
      const sessionId = String(data.session_id ?? '');
      this.resumes.push({ sessionId, seq: Number(data.seq ?? 0) });
      client.identified = true;
      client.seq = Number(data.seq ?? 0);
      client.shard = this.sessions.get(sessionId) ?? [0, 1];
      this.send(client, 'RESUMED', {});
    }
  }

  /** IDENTIFY: READY listing the guilds of the shard asked for, then a GUILD_CREATE for each. */
  private identify(client: GatewayClient, data: Record<string, unknown>): void {
    const token = String(data.token ?? '');
    const asked = data.shard;
    const shard: [number, number] | null =
      Array.isArray(asked) && asked.length === 2 ? [Number(asked[0]), Number(asked[1])] : null;
    const recorded: RecordedIdentify = {
      token,
      intents: Number(data.intents ?? 0),
      shard,
      guildIds: [],
    };
    this.identifies.push(recorded);
    if (token !== this.token) {
      client.socket.close(4004, 'Authentication failed.');
      return;
    }
    const [shardId, shardCount] = shard ?? [0, 1];
    if (!Number.isInteger(shardCount) || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      client.socket.close(4010, 'Invalid shard.');
      return;
    }
    client.identified = true;
    client.shard = [shardId, shardCount];
    const sessionId = snowflake();
    this.sessions.set(sessionId, client.shard);
    recorded.guildIds = this.world.guilds
      .map((guild) => guild.id)
      .filter((guildId) => shardOfGuild(guildId, shardCount) === shardId);
    const resumeUrl = `ws://127.0.0.1:${this.port}`;
    this.send(
      client,
      'READY',
      readyPayload(this.world, sessionId, resumeUrl, client.shard, recorded.guildIds),
    );
    for (const guildId of recorded.guildIds) {
      this.send(client, 'GUILD_CREATE', guildCreatePayload(inGuild(this.world, guildId)));
    }
  }

  private send(client: GatewayClient, event: string, data: object): void {
    client.seq += 1;
    client.socket.send(JSON.stringify({ op: 0, t: event, s: client.seq, d: data }));
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.apiUrl);
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname;
    const method = request.method ?? 'GET';
    const body = await readJson(request);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      const recorded: RecordedRequest = {
        method,
        path,
        query: url.searchParams,
        headers: request.headers,
        body,
        status,
        atMs: Date.now(),
      };
      this.requests.push(recorded);
      if (payload === undefined) response.writeHead(status, headers).end();
      else response.writeHead(status, { ...JSON_HEADERS, ...headers }).end(JSON.stringify(payload));
      this.events.emit('request', recorded);
    };

    const failure = this.takeFailure(method, path);
    if (failure?.status === 429) {
      const headers: Record<string, string> = {
        'retry-after': String(failure.retryAfterSeconds),
        'x-ratelimit-scope': failure.global ? 'global' : 'user',
      };
      if (failure.global) headers['x-ratelimit-global'] = 'true';
      reply(
        429,
        {
          message: 'You are being rate limited.',
          retry_after: failure.retryAfterSeconds,
          global: !!failure.global,
        },
        headers,
      );
      return;
    }
    if (failure) {
      reply(failure.status, { message: 'Internal Server Error', code: 0 });
      return;
    }

    const segments = path.split('/').filter(Boolean);
    const [first, second, third, fourth, fifth] = segments;
    const needsAuth = first !== 'interactions' && first !== 'webhooks';
    if (needsAuth && request.headers.authorization !== `Bot ${this.token}`) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }

    if (method === 'GET' && path === '/gateway/bot') {
      reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: this.options.shards ?? 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: this.options.maxConcurrency ?? 1,
        },
      });
      return;
    }
    if (first === 'interactions' && second && third && fourth === 'callback' && method === 'POST') {
      this.interactionCallback(second, third, body as Record<string, unknown>, url, reply);
      return;
    }
    if (first === 'webhooks' && second === this.world.appId && third) {
      this.webhook(method, third, segments.slice(3), body as Record<string, unknown>, reply);
      return;
    }
    if (first === 'channels' && second && third === 'messages' && method === 'POST') {
      const known = this.world.guilds.some((guild) => guild.channelId === second);
      if (!known && second !== this.world.dmChannelId) {
        reply(404, { message: 'Unknown Channel', code: 10003 });
        return;
      }
      reply(200, this.store(botMessage(this.world, second, body as Record<string, unknown>)));
      return;
    }
    if (first === 'applications' && second === this.world.appId) {
      const scope = third === 'guilds' && fourth ? fourth : 'global';
      const isCommands = scope === 'global' ? third === 'commands' : fifth === 'commands';
      if (isCommands && method === 'GET') {
        reply(200, this.registered.get(scope) ?? []);
        return;
      }
      if (isCommands && method === 'PUT' && Array.isArray(body)) {
        this.registered.set(
          scope,
          body.map((command) => this.asRegistered(command as Record<string, unknown>, scope)),
        );
        reply(200, this.registered.get(scope));
        return;
      }
    }
    reply(404, { message: '404: Not Found', code: 0 });
  }

  private takeFailure(method: string, path: string): InjectedFailure | null {
    const index = this.failures.findIndex(
      (pending) => pending.method === method && pending.path.test(path),
    );
    const pending = this.failures[index];
    if (pending === undefined) return null;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.failures.splice(index, 1);
    return pending.failure;
  }

  private interactionCallback(
    id: string,
    token: string,
    body: Record<string, unknown>,
    url: URL,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    if (this.interactions.get(id) !== token) {
      reply(404, { message: 'Unknown interaction', code: 10062 });
      return;
    }
    if (this.acknowledged.has(id)) {
      reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      return;
    }
    this.acknowledged.add(id);
    const data = (body.data ?? {}) as Record<string, unknown>;
    const channelId = this.world.channelId;
    let message: StoredMessage | undefined;
    if (body.type === 4 || body.type === 5) {
      message = this.store(
        botMessage(this.world, channelId, data, {
          interaction_metadata: {
            id,
            type: 2,
            user: this.world.user,
            authorizing_integration_owners: { '0': this.world.guildId },
          },
        }),
      );
      this.originals.set(token, message.id);
    } else if (body.type === 7) {
      message = this.edit(token, data);
    }
    if (url.searchParams.get('with_response') === 'true') {
      reply(200, { interaction: { id, type: body.type }, resource: { type: body.type, message } });
    } else {
      reply(204);
    }
  }

  private webhook(
    method: string,
    token: string,
    rest: string[],
    body: Record<string, unknown>,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    const known = [...this.interactions.values()].includes(token);
    if (!known) {
      reply(404, { message: 'Unknown Webhook', code: 10015 });
      return;
    }
    if (rest.length === 0 && method === 'POST') {
      reply(200, this.store(botMessage(this.world, this.world.channelId, body)));
      return;
    }
    if (rest[0] === 'messages' && rest[1] === '%40original') {
      const message = method === 'PATCH' ? this.edit(token, body) : this.original({ token });
      if (message === undefined) reply(404, { message: 'Unknown Message', code: 10008 });
      else reply(200, message);
      return;
    }
    reply(404, { message: '404: Not Found', code: 0 });
  }

  private store(message: StoredMessage): StoredMessage {
    this.messages.set(message.id, message);
    return message;
  }

  private edit(token: string, changes: Record<string, unknown>): StoredMessage | undefined {
    const current = this.original({ token });
    if (current === undefined) return undefined;
    const edited: StoredMessage = {
      ...current,
      content: typeof changes.content === 'string' ? changes.content : current.content,
      embeds: Array.isArray(changes.embeds) ? changes.embeds : current.embeds,
      components: Array.isArray(changes.components) ? changes.components : current.components,
      edited_timestamp: new Date().toISOString(),
    };
    return this.store(edited);
  }

  private asRegistered(command: Record<string, unknown>, scope: string): Record<string, unknown> {
    const previous = this.registered.get(scope)?.find((known) => known.name === command.name);
    return {
      id: previous?.id ?? snowflake(),
      application_id: this.world.appId,
      version: snowflake(),
      default_member_permissions: null,
      nsfw: false,
      ...(scope === 'global' ? {} : { guild_id: scope }),
      ...command,
    };
  }
}

async function readJson(
  request: IncomingMessage,
): Promise<Record<string, unknown> | unknown[] | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return null;
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}
