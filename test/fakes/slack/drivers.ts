import { createHmac } from 'node:crypto';
import type { FakeSlack } from './fake-slack.ts';

/** Slack's v0 request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>`. */
export function slackSignature(
  signingSecret: string,
  timestampSeconds: number,
  body: string,
): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestampSeconds}:${body}`)
    .digest('hex');
  return `v0=${digest}`;
}

/** How to tamper with a signed request, to prove the app refuses it. */
export interface SigningOptions {
  /** Seconds since the epoch to sign with; defaults to now. */
  timestampSeconds?: number;
  /** Sign with this secret instead of the app's. */
  secret?: string;
}

/** What came back from the app for one delivery: an HTTP status, or a Socket Mode ack. */
export interface Delivery {
  status: number;
}

/**
 * Delivers Slack payloads to the app under test, the way one transport does it. The same tests
 * run over HTTP (signed requests to `/slack/events`) and over Socket Mode (envelopes).
 */
export interface SlackDriver {
  command(fields: Record<string, string>): Promise<Delivery>;
  event(body: Record<string, unknown>, retry?: { num: number; reason: string }): Promise<Delivery>;
  interaction(payload: Record<string, unknown>): Promise<Delivery>;
}

/** Posts one signed request to the app's `/slack/events`. */
export async function postSigned(
  eventsUrl: string,
  signingSecret: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  body: string,
  options: SigningOptions & { headers?: Record<string, string> } = {},
): Promise<Response> {
  const timestamp = options.timestampSeconds ?? Math.floor(Date.now() / 1000);
  return fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.secret ?? signingSecret, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

/** Slack over HTTP: signed form posts for commands and interactions, signed JSON for events. */
export function httpDriver(eventsUrl: string, signingSecret: string): SlackDriver {
  const send = async (
    contentType: Parameters<typeof postSigned>[2],
    body: string,
    headers?: Record<string, string>,
  ) => {
    const response = await postSigned(eventsUrl, signingSecret, contentType, body, { headers });
    await response.text();
    return { status: response.status };
  };
  return {
    command: (fields) =>
      send('application/x-www-form-urlencoded', new URLSearchParams(fields).toString()),
    event: (body, retry) =>
      send(
        'application/json',
        JSON.stringify(body),
        retry
          ? { 'x-slack-retry-num': String(retry.num), 'x-slack-retry-reason': retry.reason }
          : undefined,
      ),
    interaction: (payload) =>
      send(
        'application/x-www-form-urlencoded',
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      ),
  };
}

/** Slack over Socket Mode: envelopes on the fake's WebSocket; an ack counts as 200. */
export function socketDriver(fake: FakeSlack): SlackDriver {
  const ok = async (ack: Promise<unknown>) => {
    await ack;
    return { status: 200 };
  };
  return {
    command: (fields) => ok(fake.sendEnvelope('slash_commands', fields)),
    event: (body, retry) =>
      ok(
        fake.sendEnvelope(
          'events_api',
          body,
          retry ? { attempt: retry.num, reason: retry.reason } : undefined,
        ),
      ),
    interaction: (payload) => ok(fake.sendEnvelope('interactive', payload)),
  };
}
