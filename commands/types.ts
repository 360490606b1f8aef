import type { Intent } from '../src/answer/types.ts';

/** One option of a slash command, shared by Discord registration, the Slack manifest and /help. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Offer entity names as the user types (Discord autocomplete). */
  autocomplete: boolean;
}

/** A slash command as plain data: adapters derive their platform formats from it. */
export interface CommandDefinition {
  name: Intent;
  description: string;
  /** Usage hint shown by Slack and /help, e.g. `[person]`. */
  usage: string;
  options: readonly CommandOption[];
  examples: readonly string[];
}
