import { plainFromSlack } from './render/mrkdwn.ts';

/** Where a slash command's answer goes. */
export type Visibility = 'ephemeral' | 'in_channel';

/** The word that makes an answer visible to the whole channel, first or last in the arguments. */
export const PUBLIC_KEYWORD = 'public';

/**
 * Splits a slash command's arguments (as Slack sends them) into the question and where to answer:
 * `public` as the first or last word posts in the channel, otherwise only the asker sees it.
 */
export function parseCommandText(text: string): { question: string; visibility: Visibility } {
  const words = plainFromSlack(text).split(/\s+/).filter(Boolean);
  const isPublic = (word: string | undefined) => word?.toLowerCase() === PUBLIC_KEYWORD;
  if (isPublic(words[0])) return { question: words.slice(1).join(' '), visibility: 'in_channel' };
  if (isPublic(words.at(-1)))
    return { question: words.slice(0, -1).join(' '), visibility: 'in_channel' };
  return { question: words.join(' '), visibility: 'ephemeral' };
}

/**
 * The question in a message addressed to the bot: its own mentions removed, Slack's escaping and
 * link syntax read back into plain words. Empty when the message only mentions the bot.
 */
export function questionFromMessage(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ')
    : text;
  return plainFromSlack(withoutBot).replace(/\s+/g, ' ').trim();
}
