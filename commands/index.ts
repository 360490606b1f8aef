import ask from './ask.ts';
import help from './help.ts';
import sources from './sources.ts';
import timeline from './timeline.ts';
import type { CommandDefinition } from './types.ts';
import what from './what.ts';
import when from './when.ts';
import where from './where.ts';
import who from './who.ts';
import why from './why.ts';

export type { CommandDefinition, CommandOption } from './types.ts';

/** Every slash command, in the order /help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  who,
  when,
  where,
  what,
  why,
  ask,
  timeline,
  sources,
  help,
];
