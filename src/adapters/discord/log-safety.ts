/** Interaction and webhook tokens travel in REST paths; they must never reach a log. */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"]+/g;

function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}

/**
 * An error as it may be logged: name, message, stack and the REST status/method/code, with
 * interaction and webhook tokens cut out of every URL, and without the request body that
 * discord.js attaches (it repeats the whole message).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactTokens(String(error)) };
  const details: Record<string, unknown> = {
    type: error.name,
    message: redactTokens(error.message),
    stack: redactTokens(error.stack ?? ''),
  };
  for (const key of ['code', 'status', 'method', 'url'] as const) {
    if (!(key in error)) continue;
    const value = (error as unknown as Record<string, unknown>)[key];
    details[key] = typeof value === 'string' ? redactTokens(value) : value;
  }
  return details;
}
