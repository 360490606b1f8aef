import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { COMMANDS } from '../../../commands/index.ts';
import type { Answer } from '../../answer/types.ts';
import type { Logger } from '../../log.ts';
import { CITATIONS_PER_PAGE } from '../shared/answer-pages.ts';
import { AUTOCOMPLETE_INPUT_LIMIT_CHARS, autocompleteChoices } from './autocomplete.ts';
import { PRIVATE_OPTION_NAME } from './commands.ts';
import type { DiscordContext } from './context.ts';
import { decodeAction, type Visibility } from './custom-ids.ts';
import { DISCORD_AUTOCOMPLETE_CHOICE_LIMIT } from './limits.ts';
import { type DiscordReply, renderAnswer, renderFailure, renderNotice } from './render.ts';

/** Shown for a component whose custom_id this version does not understand. */
const STALE_COMPONENT_TEXT =
  'That button or menu belongs to an older version of briefbot. Please ask your question again.';
/** Shown when More or Share is pressed on an answer no longer remembered. */
const EXPIRED_ANSWER_TEXT =
  'That answer has expired (I only keep recent ones). Please ask your question again.';

function unknownCommandText(name: string): string {
  return `/${name} is not a briefbot command any more; the command list may be out of date. Type /help to see what I can answer.`;
}

function privately(reply: DiscordReply) {
  return { ...reply, flags: MessageFlags.Ephemeral } as const;
}

/** Asks the gate; when it refuses, tells the user why, privately, and returns null. */
async function admitOrRefuse(
  ctx: DiscordContext,
  interaction: ChatInputCommandInteraction | StringSelectMenuInteraction,
  log: Logger,
): Promise<{ release: () => void } | null> {
  const ticket = ctx.admit(interaction.user.id, interaction.channelId);
  if (ticket.ok) return ticket;
  log.info({ reason: ticket.reason }, 'question refused by the gate');
  await interaction.reply(privately(renderNotice(ticket.message)));
  return null;
}

function render(ctx: DiscordContext, answer: Answer, visibility: Visibility): DiscordReply {
  return renderAnswer(answer, { answerId: ctx.pages.remember(answer), page: 0, visibility });
}

async function answerSlashCommand(
  ctx: DiscordContext,
  interaction: ChatInputCommandInteraction,
  log: Logger,
): Promise<void> {
  const command = COMMANDS.find((known) => known.name === interaction.commandName);
  if (command === undefined) {
    await interaction.reply(privately(renderNotice(unknownCommandText(interaction.commandName))));
    return;
  }
  const ticket = await admitOrRefuse(ctx, interaction, log);
  if (!ticket) return;
  try {
    const visibility: Visibility = interaction.options.getBoolean(PRIVATE_OPTION_NAME)
      ? 'private'
      : 'public';
    const words = command.options
      .map((option) => interaction.options.getString(option.name)?.trim() ?? '')
      .filter((word) => word.length > 0);
    const question = [command.name, ...words].join(' ');
    const flags = visibility === 'private' ? MessageFlags.Ephemeral : undefined;
    if (ctx.mayBeSlow()) {
      await interaction.deferReply({ flags });
      await interaction.editReply(render(ctx, ctx.ask(question, log), visibility));
      return;
    }
    await interaction.reply({ ...render(ctx, ctx.ask(question, log), visibility), flags });
  } finally {
    ticket.release();
  }
}

async function suggestSubjects(
  ctx: DiscordContext,
  interaction: AutocompleteInteraction,
): Promise<void> {
  const command = COMMANDS.find((known) => known.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const option = command?.options.find((known) => known.name === focused.name);
  if (!option?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  const typed = String(focused.value).slice(0, AUTOCOMPLETE_INPUT_LIMIT_CHARS);
  const subjects = ctx.core.suggestSubjects(typed, DISCORD_AUTOCOMPLETE_CHOICE_LIMIT);
  await interaction.respond(autocompleteChoices(subjects));
}

async function pickCandidate(
  ctx: DiscordContext,
  interaction: StringSelectMenuInteraction,
  question: string,
  visibility: Visibility,
  log: Logger,
): Promise<void> {
  const ticket = await admitOrRefuse(ctx, interaction, log);
  if (!ticket) return;
  try {
    if (ctx.mayBeSlow()) {
      await interaction.deferUpdate();
      await interaction.editReply(render(ctx, ctx.ask(question, log), visibility));
      return;
    }
    await interaction.update(render(ctx, ctx.ask(question, log), visibility));
  } finally {
    ticket.release();
  }
}

async function handleComponent(
  ctx: DiscordContext,
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  log: Logger,
): Promise<void> {
  const action = decodeAction(interaction.customId);
  if (action?.kind === 'pick') {
    const slug = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
    if (slug === undefined || !interaction.isStringSelectMenu()) {
      await interaction.reply(privately(renderNotice(STALE_COMPONENT_TEXT)));
      return;
    }
    await pickCandidate(ctx, interaction, `${action.intent} ${slug}`, action.visibility, log);
    return;
  }
  if (action === null || !interaction.isButton()) {
    await interaction.reply(privately(renderNotice(STALE_COMPONENT_TEXT)));
    return;
  }
  const answer = ctx.pages.recall(action.answerId);
  if (answer === undefined) {
    await interaction.reply(privately(renderNotice(EXPIRED_ANSWER_TEXT)));
    return;
  }
  const lastPage = Math.max(0, Math.ceil(answer.citations.length / CITATIONS_PER_PAGE) - 1);
  const page = Math.min(action.page, lastPage);
  if (action.kind === 'more') {
    await interaction.update(
      renderAnswer(answer, { answerId: action.answerId, page, visibility: action.visibility }),
    );
    return;
  }
  await interaction.reply({
    ...renderAnswer(answer, { answerId: action.answerId, page, visibility: 'public' }),
    content: `<@${interaction.user.id}> shared this answer.`,
  });
}

/**
 * Routes one interaction: slash commands are asked of the core, autocomplete is answered from its
 * subjects, buttons page or share remembered answers, the select menu re-asks with the picked
 * subject. Anything else gets a clear private reply instead of Discord's "interaction failed".
 */
export async function handleInteraction(
  ctx: DiscordContext,
  interaction: Interaction,
  log: Logger,
): Promise<void> {
  if (interaction.isChatInputCommand()) return answerSlashCommand(ctx, interaction, log);
  if (interaction.isAutocomplete()) return suggestSubjects(ctx, interaction);
  if (interaction.isButton() || interaction.isStringSelectMenu()) {
    return handleComponent(ctx, interaction, log);
  }
  if (interaction.isRepliable()) {
    await interaction.reply(privately(renderNotice(STALE_COMPONENT_TEXT)));
  }
}

/** Tells the user, privately, that their interaction failed and which error id to report. */
export async function reportInteractionFailure(
  interaction: Interaction,
  errorId: string,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const notice = privately(renderFailure(errorId));
  if (interaction.deferred || interaction.replied) await interaction.followUp(notice);
  else await interaction.reply(notice);
}
