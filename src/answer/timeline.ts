import type { KnowledgeBase, SentenceRecord } from '../search/knowledge.ts';
import { citeSentence } from './citation.ts';
import { bestDate } from './features.ts';
import type { Answer, Citation } from './types.ts';

/** Most dated passages one timeline lists. */
export const MAX_TIMELINE_EVENTS = 25;

/**
 * The dated passages among the given sentences, in calendar order, each cited once per date and
 * paragraph; `label` names the subject in the summary (null for the whole archive).
 */
export function timelineOf(
  kb: KnowledgeBase,
  ids: readonly number[],
  label: string | null,
  base: Answer,
): Answer {
  const events = ids
    .map((id) => ({ id, record: kb.sentences[id] as SentenceRecord }))
    .map((c) => ({ ...c, date: bestDate(c.record.dates, [])?.date ?? null }))
    .filter((c) => c.date?.iso)
    .sort((a, b) => (a.date?.iso ?? '').localeCompare(b.date?.iso ?? '') || a.id - b.id);
  if (events.length === 0) {
    return {
      ...base,
      subject: label,
      summary: label ? `The articles give no dates for ${label}.` : 'The articles give no dates.',
    };
  }
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const key = `${event.date?.iso}:${event.record.article}:${event.record.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const citation = citeSentence(kb, event.record, event.record.text, event.date?.iso ?? null, 1);
    if (citation) citations.push(citation);
  }
  const span = `${citations[0]?.date} to ${citations.at(-1)?.date}`;
  return {
    ...base,
    subject: label,
    found: true,
    summary: `${citations.length} dated passage${citations.length === 1 ? '' : 's'}${label ? ` about ${label}` : ''}, ${span}.`,
    citations: citations.slice(0, MAX_TIMELINE_EVENTS),
  };
}
