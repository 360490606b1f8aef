import type { CommandDefinition } from './types.ts';

/** `/help`: How to use briefbot, with examples. */
export default {
  name: 'help',
  description: 'How to use briefbot, with examples.',
  usage: '',
  options: [],
  examples: [],
} as const satisfies CommandDefinition;
