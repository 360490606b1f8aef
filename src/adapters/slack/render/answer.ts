import type { types } from '@slack/bolt';
import type { Answer, Citation, SubjectChoice } from '../../../answer/types.ts';
import { CITATIONS_PER_PAGE, pageOf } from '../../shared/answer-pages.ts';
import { truncateText } from '../../shared/truncate.ts';
import {
  ACTION_MORE,
  ACTION_PICK_SUBJECT,
  ACTION_SHARE,
  encodePageRef,
  pickedQuestion,
} from '../actions.ts';
import {
  fallbackText,
  fitBlocks,
  mrkdwn,
  plainText,
  SLACK_OPTION_TEXT_LIMIT_CHARS,
  SLACK_OPTION_VALUE_LIMIT_CHARS,
  SLACK_OPTIONS_PER_SELECT,
  SLACK_SECTION_TEXT_LIMIT_CHARS,
  type SlackMessage,
  textSection,
} from './limits.ts';
import { escapeMrkdwn, escapeWithin, quoteLines, sourceLink } from './mrkdwn.ts';

/** Longest article title shown under a quote, so the quote keeps most of the section. */
const CITATION_TITLE_LIMIT_CHARS = 200;

/** How one Answer page is shown. */
export interface AnswerView {
  /** Id of the Answer in AnswerPages, for the More and Share buttons. */
  answerId: string;
  /** 0-based page of citations. */
  page: number;
  /** Only the asker sees it: offer to share it in the channel. */
  shareable: boolean;
  /** Who shared it, when it was shared from an ephemeral answer (escaped here). */
  sharedBy?: string;
}

/** One citation: the quote as a block quote, then title, ¶ number and source link when known. */
export function citationSection(citation: Citation): types.SectionBlock {
  const title = escapeMrkdwn(truncateText(citation.title, CITATION_TITLE_LIMIT_CHARS));
  const link = sourceLink(citation.url, 'source');
  const attribution = `— ${title}, ¶${citation.paragraph}${link ? ` · ${link}` : ''}`;
  const quote = citation.quote.trim() || citation.text;
  const lineCount = quote.split('\n').length;
  const quoteBudget = SLACK_SECTION_TEXT_LIMIT_CHARS - attribution.length - 1 - lineCount;
  return {
    type: 'section',
    text: mrkdwn(`${quoteLines(escapeWithin(quote, quoteBudget))}\n${attribution}`),
  };
}

/** A menu of subjects to pick from; each option carries the question it asks. */
export function subjectMenu(
  answer: Answer,
  prompt: string,
  choices: SubjectChoice[],
): types.SectionBlock {
  const options = choices
    .map((choice) => ({
      text: plainText(`${choice.name} (${choice.kind})`, SLACK_OPTION_TEXT_LIMIT_CHARS),
      value: pickedQuestion(answer.intent, choice),
    }))
    .filter((option) => option.value.length <= SLACK_OPTION_VALUE_LIMIT_CHARS)
    .slice(0, SLACK_OPTIONS_PER_SELECT);
  return {
    type: 'section',
    text: mrkdwn(prompt),
    accessory: {
      type: 'static_select',
      action_id: ACTION_PICK_SUBJECT,
      placeholder: plainText('Choose…', SLACK_OPTION_TEXT_LIMIT_CHARS),
      options,
    },
  };
}

function buttons(answer: Answer, view: AnswerView, remaining: number): types.ActionsBlock | null {
  const elements: types.Button[] = [];
  if (remaining > 0) {
    elements.push({
      type: 'button',
      action_id: ACTION_MORE,
      text: plainText(`More (${remaining})`, SLACK_OPTION_TEXT_LIMIT_CHARS),
      value: encodePageRef({ answerId: view.answerId, page: view.page + 1 }),
    });
  }
  if (view.shareable && answer.found) {
    elements.push({
      type: 'button',
      action_id: ACTION_SHARE,
      text: plainText('Share in channel', SLACK_OPTION_TEXT_LIMIT_CHARS),
      value: encodePageRef({ answerId: view.answerId, page: view.page }),
    });
  }
  return elements.length > 0 ? { type: 'actions', elements } : null;
}

function answerFallback(answer: Answer, citations: Citation[]): string {
  const lines = citations.map((c) => `“${c.quote.trim() || c.text}” (${c.title}, ¶${c.paragraph})`);
  return fallbackText([answer.summary, ...lines].join('\n'));
}

/**
 * Renders one page of an Answer: the summary, a menu when the subject is ambiguous or looks
 * misspelt, the page's citations, and More/Share buttons. Everything echoed is escaped and cut
 * to Slack's limits.
 */
export function renderAnswer(answer: Answer, view: AnswerView): SlackMessage {
  const { citations, remaining } = pageOf(answer, view.page);
  const blocks: types.KnownBlock[] = [];
  if (view.sharedBy !== undefined) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(`Shared by ${escapeWithin(view.sharedBy, 200)}`)],
    });
  }
  blocks.push(textSection(answer.summary));
  if (answer.candidates.length > 0) {
    blocks.push(
      subjectMenu(answer, 'Several subjects match. Which one do you mean?', answer.candidates),
    );
  } else if (answer.suggestions.length > 0) {
    blocks.push(subjectMenu(answer, 'Did you mean…?', answer.suggestions));
  }
  blocks.push(...citations.map(citationSection));
  if (answer.citations.length > CITATIONS_PER_PAGE && citations.length > 0) {
    const first = view.page * CITATIONS_PER_PAGE + 1;
    const last = first + citations.length - 1;
    blocks.push({
      type: 'context',
      elements: [mrkdwn(`Passages ${first}–${last} of ${answer.citations.length}`)],
    });
  }
  const actions = buttons(answer, view, remaining);
  if (actions) blocks.push(actions);
  return { text: answerFallback(answer, citations), blocks: fitBlocks(blocks) };
}
