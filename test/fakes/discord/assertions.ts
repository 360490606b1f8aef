import { expect } from 'vitest';
import type { FakeDiscord, RecordedRequest } from './server.ts';

type Json = Record<string, unknown>;

/** A message the bot sent, whichever route carried it. */
export interface SentMessage {
  request: RecordedRequest;
  message: Json;
}

/** Interaction callback types that carry a message: reply (4) and update of the clicked message (7). */
const MESSAGE_CALLBACK_TYPES = new Set([4, 7]);

/**
 * Every message the bot sent through the fake: interaction replies and updates, edits of
 * `@original`, follow-ups and channel messages.
 */
export function sentMessages(fake: FakeDiscord): SentMessage[] {
  const sent: SentMessage[] = [];
  for (const request of fake.requests) {
    const body = request.body as Json | null;
    if (body === null || Array.isArray(body)) continue;
    if (request.path.startsWith('/interactions/')) {
      if (MESSAGE_CALLBACK_TYPES.has(body.type as number)) {
        sent.push({ request, message: body.data as Json });
      }
    } else if (
      request.path.startsWith('/webhooks/') ||
      /^\/channels\/\d+\/messages$/.test(request.path)
    ) {
      if (request.method === 'POST' || request.method === 'PATCH')
        sent.push({ request, message: body });
    }
  }
  return sent;
}

/** The first embed of a sent message. */
export function embedOf(message: Json): Json {
  const embeds = message.embeds as Json[] | undefined;
  const embed = embeds?.[0];
  if (embed === undefined) throw new Error(`message has no embed: ${JSON.stringify(message)}`);
  return embed;
}

/** Every component (buttons, selects) of a sent message, rows flattened. */
export function componentsOf(message: Json): Json[] {
  const rows = (message.components as Json[] | undefined) ?? [];
  return rows.flatMap((row) => (row.components as Json[] | undefined) ?? []);
}

/** The string select menu (component type 3) of a message, if it has one. */
export function selectMenuOf(message: Json): Json | undefined {
  return componentsOf(message).find((component) => component.type === 3);
}

/** The button with this label, if the message has one. */
export function buttonLabelled(message: Json, label: string): Json | undefined {
  return componentsOf(message).find(
    (component) => component.type === 2 && component.label === label,
  );
}

/** Nothing in the message may notify anyone: no parsed mentions, no ping of the replied-to user. */
export function expectNoPings(message: Json): void {
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

/**
 * Discord's documented limits, written out here (not imported from the adapter) so a wrong
 * constant in the adapter fails the test instead of agreeing with it.
 */
export function expectWithinDiscordLimits(message: Json): void {
  const content = (message.content as string | undefined) ?? '';
  expect(content.length).toBeLessThanOrEqual(2000);
  for (const embed of (message.embeds as Json[] | undefined) ?? []) {
    const title = (embed.title as string | undefined) ?? '';
    const description = (embed.description as string | undefined) ?? '';
    const footer = ((embed.footer as Json | undefined)?.text as string | undefined) ?? '';
    const fields = (embed.fields as Array<{ name: string; value: string }> | undefined) ?? [];
    expect(title.length).toBeLessThanOrEqual(256);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(footer.length).toBeLessThanOrEqual(2048);
    expect(fields.length).toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    const total =
      title.length +
      description.length +
      footer.length +
      fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
  }
  const rows = (message.components as Json[] | undefined) ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const component of componentsOf(message)) {
    const customId = component.custom_id as string | undefined;
    if (customId !== undefined) expect(customId.length).toBeLessThanOrEqual(100);
    const options =
      (component.options as Array<{ label: string; value: string }> | undefined) ?? [];
    expect(options.length).toBeLessThanOrEqual(25);
    for (const option of options) {
      expect(option.label.trim().length).toBeGreaterThan(0);
      expect(option.label.length).toBeLessThanOrEqual(100);
      expect(option.value.length).toBeLessThanOrEqual(100);
    }
  }
}
