import { randomBytes } from 'node:crypto';

/**
 * A short id for one question. Every log line about it carries the id, and when answering fails
 * the user sees it as the error id, so the details can be found without a chat ever showing a
 * stack trace.
 */
export function newRequestId(): string {
  return randomBytes(4).toString('hex');
}
