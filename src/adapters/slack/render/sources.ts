import type { types } from '@slack/bolt';
import type { ContentProblem, SourceSummary } from '../../../core.ts';
import {
  fallbackText,
  fitBlocks,
  mrkdwn,
  SLACK_FIELD_LIMIT_CHARS,
  SLACK_SECTION_TEXT_LIMIT_CHARS,
  type SlackMessage,
  textSection,
} from './limits.ts';
import { escapeWithin, sourceLink } from './mrkdwn.ts';

function sourceSection(source: SourceSummary): types.SectionBlock {
  const title = escapeWithin(source.title, SLACK_SECTION_TEXT_LIMIT_CHARS);
  const link = sourceLink(source.url, 'source');
  // At most four fields: Slack allows ten per section.
  const fields = [
    mrkdwn(`${source.paragraphs} paragraphs`),
    mrkdwn(
      escapeWithin(`Published ${source.published ?? 'date unknown'}`, SLACK_FIELD_LIMIT_CHARS),
    ),
    mrkdwn(escapeWithin(`Slug ${source.article}`, SLACK_FIELD_LIMIT_CHARS)),
  ];
  if (link) fields.push(mrkdwn(link));
  return { type: 'section', text: mrkdwn(title), fields };
}

/**
 * `/sources`: each loaded article with its paragraph count, date and link, then any file that
 * could not be served and why, so a broken article is visible to the people asking.
 */
export function renderSources(sources: SourceSummary[], problems: ContentProblem[]): SlackMessage {
  const heading = `${sources.length} article${sources.length === 1 ? '' : 's'} loaded.`;
  const problemLines = problems.map((p) => `Not served: ${p.file}: ${p.message}`);
  const blocks: types.KnownBlock[] = [
    textSection(heading),
    ...sources.map(sourceSection),
    ...problemLines.map(textSection),
  ];
  const text = [heading, ...sources.map((s) => s.title), ...problemLines].join('\n');
  return { text: fallbackText(text), blocks: fitBlocks(blocks) };
}
