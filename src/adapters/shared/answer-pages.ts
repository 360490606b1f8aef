import { randomBytes } from 'node:crypto';
import type { Answer } from '../../answer/types.ts';

/** How many citations one message shows before a "More" button pages on. */
export const CITATIONS_PER_PAGE = 3;

/**
 * Keeps recent Answers under short ids so that "More", "Share" and select-menu interactions can
 * find them again: platform button values are short (Discord custom_id ≤ 100 chars). Bounded: the
 * oldest entries are dropped first, so a very old button answers "expired" instead of growing memory.
 */
export class AnswerPages {
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly capacity = 1000) {}

  /** Stores an Answer and returns its id (12 url-safe characters). */
  remember(answer: Answer): string {
    const id = randomBytes(9).toString('base64url');
    this.answers.set(id, answer);
    while (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
    return id;
  }

  /** The Answer stored under an id, or undefined when it expired or never existed. */
  recall(id: string): Answer | undefined {
    return this.answers.get(id);
  }
}

/** The citations of one page (0-based), and how many remain after it. */
export function pageOf(
  answer: Answer,
  page: number,
): { citations: Answer['citations']; remaining: number } {
  const start = page * CITATIONS_PER_PAGE;
  const citations = answer.citations.slice(start, start + CITATIONS_PER_PAGE);
  return { citations, remaining: Math.max(0, answer.citations.length - start - citations.length) };
}
