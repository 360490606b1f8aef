import type { Intent, SubjectChoice } from '../../answer/types.ts';

/** Action ids of the interactive elements briefbot puts in its messages. */
export const ACTION_MORE = 'briefbot_more';
export const ACTION_SHARE = 'briefbot_share';
export const ACTION_PICK_SUBJECT = 'briefbot_pick_subject';

/** Which stored Answer a button refers to and which page of citations it shows. */
export interface PageRef {
  answerId: string;
  page: number;
}

/** Packs a PageRef into a button value: `<answerId>:<page>`, at most 69 chars (Slack allows 2,000). */
export function encodePageRef(ref: PageRef): string {
  return `${ref.answerId}:${ref.page}`;
}

/** Reads a button value back; null when it is not one of ours (forged or from an older version). */
export function decodePageRef(value: string | undefined): PageRef | null {
  const match = /^([A-Za-z0-9_-]{1,64}):(\d{1,4})$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) return null;
  return { answerId: match[1], page: Number(match[2]) };
}

/**
 * The question a subject picked from a menu asks: the same intent about the chosen entity. A free
 * `ask` becomes the question that suits the entity's kind, since the core needs a subject to cite.
 */
export function pickedQuestion(intent: Intent, choice: SubjectChoice): string {
  if (intent !== 'ask') return `${intent} ${choice.slug}`;
  if (choice.kind === 'person') return `who ${choice.slug}`;
  if (choice.kind === 'place') return `where ${choice.slug}`;
  return `what ${choice.slug}`;
}
