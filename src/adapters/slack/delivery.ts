import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** Attempts at a response_url before falling back to the Web API. */
export const RESPONSE_URL_ATTEMPTS = 3;
/** Wait before the second attempt; doubles after each failure. */
export const RESPONSE_URL_BACKOFF_MS = 250;
/** Longest wait for one response_url request. */
export const RESPONSE_URL_TIMEOUT_MS = 5000;
/** Longest `Retry-After` honoured; beyond it the fallback is faster than waiting. */
export const RESPONSE_URL_MAX_RETRY_AFTER_MS = 5000;

/** A response_url that refused a message after every retry; `status` is 0 when it never answered. */
export class ResponseUrlError extends Error {
  readonly code = 'RESPONSE_URL_FAILED';

  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`response_url failed (${status === 0 ? detail : `HTTP ${status}: ${detail}`})`);
    this.name = 'ResponseUrlError';
  }
}

/** What can be posted to a response_url: a message with how to place it, or a deletion. */
export type ResponseUrlBody = Record<string, unknown>;

function retryAfterMs(response: Response, fallbackMs: number): number {
  const seconds = Number(response.headers.get('retry-after'));
  if (!Number.isFinite(seconds) || seconds <= 0) return fallbackMs;
  return Math.min(seconds * 1000, RESPONSE_URL_MAX_RETRY_AFTER_MS);
}

/**
 * Posts to a response_url, retrying on 429, 5xx and network failures with backoff. Throws a
 * ResponseUrlError when it still fails (or at once on other 4xx, e.g. an expired URL), so the
 * caller can fall back to the Web API.
 */
export async function postToResponseUrl(
  url: string,
  body: ResponseUrlBody,
  logger: Logger,
): Promise<void> {
  let backoffMs = RESPONSE_URL_BACKOFF_MS;
  let last = new ResponseUrlError(0, 'not attempted');
  for (let attempt = 1; attempt <= RESPONSE_URL_ATTEMPTS; attempt++) {
    let waitMs = backoffMs;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.ok) return;
      last = new ResponseUrlError(response.status, text.slice(0, 200));
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable) throw last;
      waitMs = retryAfterMs(response, backoffMs);
    } catch (error) {
      if (error instanceof ResponseUrlError) throw error;
      last = new ResponseUrlError(0, error instanceof Error ? error.message : String(error));
    }
    logger.warn({ attempt, status: last.status }, 'response_url attempt failed');
    if (attempt < RESPONSE_URL_ATTEMPTS) await sleep(waitMs);
    backoffMs *= 2;
  }
  throw last;
}

/**
 * The Slack error code of a failed Web API call (`channel_not_found`, `not_in_channel`,
 * `ratelimited`, `http_503`, …), or null when the error did not come from the Web API.
 */
export function slackErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  const data = (error as { data?: { error?: unknown } }).data;
  const { ErrorCode } = webApi;
  if (code === ErrorCode.PlatformError && typeof data?.error === 'string') return data.error;
  if (code === ErrorCode.RateLimitedError) return 'ratelimited';
  if (code === ErrorCode.HTTPError) return `http_${(error as { statusCode?: unknown }).statusCode}`;
  if (code === ErrorCode.RequestError) return 'request_failed';
  return null;
}

/** Web API errors that mean the bot cannot post where it was asked: answer the user elsewhere. */
export const UNREACHABLE_CHANNEL_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
]);
