import { expect } from 'vitest';

type Json = Record<string, unknown>;

/** Every block of a message payload. */
export function blocksOf(message: Json): Json[] {
  return (message.blocks as Json[] | undefined) ?? [];
}

/** Every text object (`{ type: 'mrkdwn' | 'plain_text', text }`) anywhere in a payload. */
export function textObjects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(textObjects);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Json;
  const own =
    (object.type === 'mrkdwn' || object.type === 'plain_text') && typeof object.text === 'string'
      ? [object]
      : [];
  return [...own, ...Object.values(object).flatMap(textObjects)];
}

/** All the text a payload would show: the fallback and every text object, joined. */
export function shownText(message: Json): string {
  return [String(message.text ?? ''), ...textObjects(message).map((t) => String(t.text))].join(
    '\n',
  );
}

/** Slack's documented limits, checked on a wire payload (a message with blocks and text). */
export function expectWithinSlackLimits(message: Json): void {
  expect(
    typeof message.text === 'string' && message.text.length > 0,
    'plain-text fallback present',
  ).toBe(true);
  expect(String(message.text).length).toBeLessThanOrEqual(4000);
  const blocks = blocksOf(message);
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const block of blocks) {
    if (block.type === 'section') {
      const text = block.text as Json | undefined;
      if (text) expect(String(text.text).length).toBeLessThanOrEqual(3000);
      const fields = (block.fields as Json[] | undefined) ?? [];
      expect(fields.length).toBeLessThanOrEqual(10);
      for (const field of fields) expect(String(field.text).length).toBeLessThanOrEqual(2000);
      const accessory = block.accessory as Json | undefined;
      if (accessory?.type === 'static_select') {
        const options = accessory.options as Json[];
        expect(options.length).toBeGreaterThan(0);
        expect(options.length).toBeLessThanOrEqual(100);
        for (const option of options) {
          expect(String((option.text as Json).text).length).toBeLessThanOrEqual(75);
          expect(String(option.value).length).toBeLessThanOrEqual(150);
        }
      }
    }
    if (block.type === 'actions') {
      for (const element of block.elements as Json[]) {
        expect(String(element.value ?? '').length).toBeLessThanOrEqual(2000);
        expect(String((element.text as Json).text).length).toBeLessThanOrEqual(75);
      }
    }
  }
}

/**
 * Nothing in the payload can notify anyone or render a link the bot did not build: no special
 * mention syntax, no link_names or parse=full, and every mrkdwn object marked verbatim.
 */
export function expectNoPings(message: Json): void {
  const text = shownText(message);
  expect(text).not.toMatch(/<!(channel|here|everyone|subteam)/);
  expect(text).not.toMatch(/<@U/);
  expect(text).not.toMatch(/<https?:\/\/evil/);
  expect(message.link_names).toBeUndefined();
  expect(message.parse).not.toBe('full');
  for (const object of textObjects(message)) {
    if (object.type === 'mrkdwn') expect(object.verbatim).toBe(true);
  }
}
