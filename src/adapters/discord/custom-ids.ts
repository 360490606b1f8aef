import { INTENTS, type Intent } from '../../answer/types.ts';

/** Who sees a rendered answer: the asker alone (with a Share button) or the whole channel. */
export type Visibility = 'private' | 'public';

/**
 * What a button or select menu does when clicked. Discord hands back only the component's
 * `custom_id` (at most 100 characters), so the action and its arguments travel inside it.
 */
export type ComponentAction =
  | { kind: 'more'; answerId: string; page: number; visibility: Visibility }
  | { kind: 'share'; answerId: string; page: number }
  | { kind: 'pick'; intent: Intent; visibility: Visibility };

const PREFIX = 'bb';
const VISIBILITY_CODES: Record<Visibility, string> = { private: 'p', public: 's' };

function visibilityOf(code: string | undefined): Visibility | null {
  if (code === VISIBILITY_CODES.private) return 'private';
  if (code === VISIBILITY_CODES.public) return 'public';
  return null;
}

function pageOf(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return null;
  return Number(text);
}

/** Encodes an action as a custom_id (well under Discord's 100 characters). */
export function encodeAction(action: ComponentAction): string {
  switch (action.kind) {
    case 'more':
      return `${PREFIX}:more:${action.answerId}:${action.page}:${VISIBILITY_CODES[action.visibility]}`;
    case 'share':
      return `${PREFIX}:share:${action.answerId}:${action.page}`;
    case 'pick':
      return `${PREFIX}:pick:${action.intent}:${VISIBILITY_CODES[action.visibility]}`;
  }
}

/** Decodes a custom_id; null when it is not one of ours or comes from an older, incompatible version. */
export function decodeAction(customId: string): ComponentAction | null {
  const parts = customId.split(':');
  const [prefix, kind, first, second, third] = parts;
  if (prefix !== PREFIX || first === undefined) return null;
  if (kind === 'more' && parts.length === 5) {
    const page = pageOf(second);
    const visibility = visibilityOf(third);
    return page === null || visibility === null
      ? null
      : { kind, answerId: first, page, visibility };
  }
  if (kind === 'share' && parts.length === 4) {
    const page = pageOf(second);
    return page === null ? null : { kind, answerId: first, page };
  }
  if (kind === 'pick' && parts.length === 4) {
    const intent = INTENTS.find((known) => known === first);
    const visibility = visibilityOf(second);
    return intent === undefined || visibility === null ? null : { kind, intent, visibility };
  }
  return null;
}
