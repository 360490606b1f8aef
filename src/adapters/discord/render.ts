import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type MessageMentionOptions,
} from 'discord.js';
import type { Answer, Citation, SubjectChoice } from '../../answer/types.ts';
import { CITATIONS_PER_PAGE, pageOf } from '../shared/answer-pages.ts';
import { httpUrl } from '../shared/links.ts';
import { truncateText } from '../shared/truncate.ts';
import { encodeAction, type Visibility } from './custom-ids.ts';
import {
  DISCORD_EMBED_DESCRIPTION_LIMIT_CHARS,
  DISCORD_EMBED_FIELD_NAME_LIMIT_CHARS,
  DISCORD_EMBED_FIELD_VALUE_LIMIT_CHARS,
  DISCORD_EMBED_FOOTER_LIMIT_CHARS,
  DISCORD_EMBED_TITLE_LIMIT_CHARS,
  DISCORD_EMBED_TOTAL_LIMIT_CHARS,
  DISCORD_MESSAGE_LIMIT_CHARS,
  DISCORD_SELECT_LABEL_LIMIT_CHARS,
  DISCORD_SELECT_OPTION_LIMIT,
  DISCORD_SELECT_VALUE_LIMIT_CHARS,
} from './limits.ts';

/**
 * Sent with every message: nothing the bot echoes from users or articles may notify anyone, and
 * replying to a question does not ping its asker either.
 */
export const NO_MENTIONS = {
  parse: [],
  repliedUser: false,
} as const satisfies MessageMentionOptions;

/** A message as the handlers send it: ready for reply, update, edit or a channel send. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: typeof NO_MENTIONS;
}

/** Where a rendered answer lives: its id in the AnswerPages store, the page shown and who sees it. */
export interface AnswerView {
  answerId: string;
  /** 0-based page of citations. */
  page: number;
  visibility: Visibility;
}

const FOUND_COLOR = 0x5865f2;
const NOT_FOUND_COLOR = 0x99aab5;
const LONGEST_LINK_URL_CHARS = 512;

/** Placed inside `scheme://` of echoed URLs so Discord does not turn them into links. */
const WORD_JOINER = '\u2060';

/**
 * Escapes text from users or articles so it renders literally: no markdown, no masked or bare
 * links (only the article's own source URL is ever linked), no mention, channel or emoji tags
 * (`<@…>`, `<#…>`, `<:…:…>`), no headings or lists.
 */
function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped
    .replaceAll('<', '\\<')
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1:${WORD_JOINER}//`);
}

/** Escapes, then shortens so that the escaped text fits `maxChars`. */
function fitText(text: string, maxChars: number): string {
  let room = maxChars;
  for (;;) {
    const escaped = escapeText(truncateText(text, room));
    if (escaped.length <= maxChars) return escaped;
    room -= escaped.length - maxChars;
  }
}

/** The article's link when it is a plain http(s) URL safe inside `[label](url)`, else null. */
function linkUrl(url: string | null): string | null {
  const parsed = httpUrl(url);
  if (parsed === null) return null;
  const href = parsed.href.replaceAll('(', '%28').replaceAll(')', '%29');
  return href.length <= LONGEST_LINK_URL_CHARS ? href : null;
}

function citationField(citation: Citation): APIEmbedField {
  const where = `¶${citation.paragraph}${citation.date ? ` · ${citation.date}` : ''}`;
  const titleRoom = DISCORD_EMBED_FIELD_NAME_LIMIT_CHARS - where.length - 3;
  const name = `${fitText(citation.title, titleRoom)} · ${where}`;
  const href = linkUrl(citation.url);
  const link = href === null ? '' : `\n[Source](${href})`;
  const quoteRoom = DISCORD_EMBED_FIELD_VALUE_LIMIT_CHARS - link.length - 2;
  const quote = fitText(citation.quote.replace(/\s+/g, ' ').trim(), quoteRoom);
  return { name, value: `> ${quote}${link}` };
}

function titleOf(answer: Answer): string {
  const subject = answer.subject?.trim();
  if (subject) return subject;
  const query = answer.query.trim();
  return query ? `${query.charAt(0).toUpperCase()}${query.slice(1)}` : 'briefbot';
}

function suggestionLineOf(answer: Answer): string {
  const names = answer.suggestions.map((choice) => `**${escapeText(choice.name)}**`);
  return names.length > 0 ? `\n\nDid you mean ${names.join(', ')}?` : '';
}

function footerOf(answer: Answer, page: number, shown: number, remaining: number): string | null {
  if (shown === 0) return null;
  const first = page * CITATIONS_PER_PAGE + 1;
  const total = answer.citations.length;
  const range =
    shown === 1
      ? `Passage ${first} of ${total}`
      : `Passages ${first}–${first + shown - 1} of ${total}`;
  return remaining > 0 ? `${range} · ${remaining} more (press More)` : range;
}

function embedOf(answer: Answer, view: AnswerView): { embed: APIEmbed; remaining: number } {
  const { citations, remaining } = pageOf(answer, view.page);
  const title = fitText(titleOf(answer), DISCORD_EMBED_TITLE_LIMIT_CHARS);
  const fields = citations.map(citationField);
  const footer = footerOf(answer, view.page, citations.length, remaining);
  const suggestionLine = truncateText(
    suggestionLineOf(answer),
    DISCORD_EMBED_DESCRIPTION_LIMIT_CHARS / 4,
  );
  const used =
    title.length +
    (footer?.length ?? 0) +
    suggestionLine.length +
    fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const descriptionRoom = Math.max(
    0,
    Math.min(
      DISCORD_EMBED_DESCRIPTION_LIMIT_CHARS - suggestionLine.length,
      DISCORD_EMBED_TOTAL_LIMIT_CHARS - used,
    ),
  );
  const description = `${fitText(answer.summary, descriptionRoom)}${suggestionLine}`.trim();
  const embed: APIEmbed = { title, color: answer.found ? FOUND_COLOR : NOT_FOUND_COLOR, fields };
  if (description) embed.description = description;
  if (footer !== null)
    embed.footer = { text: truncateText(footer, DISCORD_EMBED_FOOTER_LIMIT_CHARS) };
  return { embed, remaining };
}

function candidateOption(choice: SubjectChoice): APISelectMenuOption | null {
  const label = choice.name.trim();
  const slugFits = choice.slug.length > 0 && choice.slug.length <= DISCORD_SELECT_VALUE_LIMIT_CHARS;
  if (!slugFits || label.length === 0) return null;
  return {
    label: truncateText(label, DISCORD_SELECT_LABEL_LIMIT_CHARS),
    value: choice.slug,
    description: choice.kind,
  };
}

function componentsOf(
  answer: Answer,
  view: AnswerView,
  remaining: number,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const buttons: APIComponentInMessageActionRow[] = [];
  if (remaining > 0) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'More',
      custom_id: encodeAction({ kind: 'more', ...view, page: view.page + 1 }),
    });
  }
  if (view.visibility === 'private') {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'Share',
      custom_id: encodeAction({ kind: 'share', answerId: view.answerId, page: view.page }),
    });
  }
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  const seen = new Set<string>();
  const options = answer.candidates
    .map(candidateOption)
    .filter((option): option is APISelectMenuOption => {
      if (option === null || seen.has(option.value)) return false;
      seen.add(option.value);
      return true;
    })
    .slice(0, DISCORD_SELECT_OPTION_LIMIT);
  if (answer.candidates.length > 1 && options.length > 1) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: encodeAction({
            kind: 'pick',
            intent: answer.intent,
            visibility: view.visibility,
          }),
          placeholder: 'Which one do you mean?',
          options,
        },
      ],
    });
  }
  return rows;
}

/**
 * Renders an Answer as one embed (summary, one page of citations, a footer counting the rest) with
 * a More button while passages remain, a Share button on private answers and a select menu when
 * the subject is ambiguous. Every Discord limit holds whatever the answer holds.
 */
export function renderAnswer(answer: Answer, view: AnswerView): DiscordReply {
  const { embed, remaining } = embedOf(answer, view);
  return {
    embeds: [embed],
    components: componentsOf(answer, view, remaining),
    allowedMentions: NO_MENTIONS,
  };
}

/** A plain text message (errors, expired buttons, hints), within the 2,000-character limit. */
export function renderNotice(text: string): DiscordReply {
  return {
    content: truncateText(text, DISCORD_MESSAGE_LIMIT_CHARS),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** What a user sees when handling their question failed: short, private where possible, with an id to report. */
export function renderFailure(errorId: string): DiscordReply {
  return renderNotice(
    `Sorry, something went wrong while answering that (error id \`${errorId}\`). Please try again; if it keeps happening, give this id to whoever runs the bot.`,
  );
}
