/** Codes for the errors a user or operator can meet; callers branch on these, not on messages. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONTENT_DIR_MISSING'
  | 'CONTENT_EMPTY'
  | 'ARTICLE_UNREADABLE'
  | 'QUESTION_EMPTY'
  | 'QUESTION_TOO_LONG'
  | 'USAGE';

/** An error with a code and a message written for the person who will read it. */
export class BriefbotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'BriefbotError';
    this.code = code;
  }
}
