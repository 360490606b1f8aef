import type { types } from '@slack/bolt';
import { escapeWithin } from './mrkdwn.ts';

/** Longest `text` of a section block (Block Kit reference). */
export const SLACK_SECTION_TEXT_LIMIT_CHARS = 3000;
/** Longest text of one section field. */
export const SLACK_FIELD_LIMIT_CHARS = 2000;
/** Most blocks one message may carry. */
export const SLACK_BLOCKS_PER_MESSAGE = 50;
/** Longest text of a select option, and most options one static select holds. */
export const SLACK_OPTION_TEXT_LIMIT_CHARS = 75;
export const SLACK_OPTIONS_PER_SELECT = 100;
/** Longest `value` of a select option. */
export const SLACK_OPTION_VALUE_LIMIT_CHARS = 150;
/**
 * Longest top-level `text` we send. Slack truncates beyond 40,000 characters and advises staying
 * under 4,000; the fallback shows in notifications and screen readers, where shorter is better.
 */
export const SLACK_FALLBACK_TEXT_LIMIT_CHARS = 4000;

/** A message as every Slack surface takes it: blocks plus the plain `text` fallback Slack asks for. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** A mrkdwn text object. `verbatim` stops Slack from auto-linking URLs and channel names in echoed text. */
export function mrkdwn(escapedText: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: escapedText, verbatim: true };
}

/**
 * A plain_text object. Slack decodes `&amp;`, `&lt;`, `&gt;` in every text object, so echoed text
 * is escaped here too, and cut so that its escaped form fits `maxChars`.
 */
export function plainText(text: string, maxChars: number): types.PlainTextElement {
  return { type: 'plain_text', text: escapeWithin(text, maxChars), emoji: false };
}

/** A section of echoed text: escaped and cut to Slack's section limit. */
export function textSection(rawText: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(escapeWithin(rawText, SLACK_SECTION_TEXT_LIMIT_CHARS)) };
}

/**
 * Keeps a message within Slack's block limit: when there are too many blocks, the last kept one
 * says how many were left out, so nothing disappears silently.
 */
export function fitBlocks(blocks: types.KnownBlock[]): types.KnownBlock[] {
  if (blocks.length <= SLACK_BLOCKS_PER_MESSAGE) return blocks;
  const kept = blocks.slice(0, SLACK_BLOCKS_PER_MESSAGE - 1);
  const left = blocks.length - kept.length;
  return [...kept, { type: 'context', elements: [mrkdwn(`…and ${left} more not shown.`)] }];
}

/** The plain `text` fallback: escaped like everything else and cut to its limit. */
export function fallbackText(rawText: string): string {
  return escapeWithin(rawText, SLACK_FALLBACK_TEXT_LIMIT_CHARS);
}
