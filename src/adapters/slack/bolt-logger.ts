import { format } from 'node:util';
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** Token-shaped strings and `"token":"…"` pairs (Slack payloads carry a verification token). */
const SECRET_PATTERN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+|("token"\s*:\s*")[^"]*"/g;

function scrub(message: string): string {
  return message.replace(SECRET_PATTERN, (_match, tokenKey: string | undefined) =>
    tokenKey ? `${tokenKey}[redacted]"` : '[redacted]',
  );
}

function boltLevel(logger: Logger): LogLevel {
  if (logger.isLevelEnabled('debug')) return LogLevel.DEBUG;
  if (logger.isLevelEnabled('info')) return LogLevel.INFO;
  if (logger.isLevelEnabled('warn')) return LogLevel.WARN;
  return LogLevel.ERROR;
}

/**
 * Lets Bolt, its Web API client and its Socket Mode client write to our pino logger, at our
 * level, with anything token-shaped removed from their free-text messages.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  return {
    debug: (...msg: unknown[]) => log.debug(scrub(format(...msg))),
    info: (...msg: unknown[]) => log.info(scrub(format(...msg))),
    warn: (...msg: unknown[]) => log.warn(scrub(format(...msg))),
    error: (...msg: unknown[]) => log.error(scrub(format(...msg))),
    setLevel: () => {},
    getLevel: () => boltLevel(logger),
    setName: () => {},
  };
}
