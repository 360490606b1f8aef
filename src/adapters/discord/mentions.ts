/** Where a message was written, as far as deciding whether it asks the bot something. */
export interface IncomingMessage {
  content: string;
  /** True in a direct message with the bot: every message there is a question. */
  inDm: boolean;
}

/**
 * The question a message asks the bot, or null when it is not addressed to it. In a channel only
 * messages that mention the bot (`<@id>` or the legacy `<@!id>`) count; in a DM every message does.
 * The bot's own mentions are removed; an empty string means "addressed to us, but no question".
 */
export function questionFromMessage(message: IncomingMessage, botUserId: string): string | null {
  const mention = new RegExp(`<@!?${botUserId}>`, 'g');
  const addressed = message.inDm || mention.test(message.content);
  if (!addressed) return null;
  return message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
