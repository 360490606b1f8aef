import type { Message } from 'discord.js';
import type { Logger } from '../../log.ts';
import type { DiscordContext } from './context.ts';
import { questionFromMessage } from './mentions.ts';
import { renderAnswer, renderNotice } from './render.ts';

/** Sent when someone mentions the bot without asking anything. */
const MENTION_HINT_TEXT =
  'Ask me about the articles, for example "@briefbot who is …?", or type /help to see the commands.';

/**
 * Answers a channel message that mentions the bot, or any message in a DM with it, as a reply to
 * that message. Messages from bots and webhooks (including this one) are ignored.
 */
export async function handleMessage(
  ctx: DiscordContext,
  message: Message,
  botUserId: string,
  log: Logger,
): Promise<void> {
  if (message.author.bot || message.webhookId !== null || message.system) return;
  const question = questionFromMessage(
    { content: message.content, inDm: !message.inGuild() },
    botUserId,
  );
  if (question === null) return;
  if (question === '') {
    await message.reply({ ...renderNotice(MENTION_HINT_TEXT), failIfNotExists: false });
    return;
  }
  const ticket = ctx.admit(message.author.id, message.channelId);
  if (!ticket.ok) {
    log.info({ reason: ticket.reason }, 'question refused by the gate');
    await message.reply({ ...renderNotice(ticket.message), failIfNotExists: false });
    return;
  }
  try {
    const answer = ctx.ask(question, log);
    const reply = renderAnswer(answer, {
      answerId: ctx.pages.remember(answer),
      page: 0,
      visibility: 'public',
    });
    await message.reply({ ...reply, failIfNotExists: false });
  } finally {
    ticket.release();
  }
}
