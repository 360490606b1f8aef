import { pino } from 'pino';
import type { LogLevel } from './config.ts';

/** The structured logger every module receives; never `console` in library code. */
export type Logger = pino.Logger;

/** Field paths that may hold secrets; pino replaces their values before anything is written. */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  'headers.authorization',
  '*.headers.authorization',
];

/** Creates the JSON logger (to stderr, so stdout stays clean for the CLI's answers). */
export function createLogger(
  level: LogLevel,
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}
