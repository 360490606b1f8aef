import type { CommandDefinition } from './types.ts';

/** `/timeline`: Dated events in calendar order. */
export default {
  name: 'timeline',
  description: 'Dated events in calendar order.',
  usage: '[subject]',
  options: [
    {
      name: 'subject',
      description: 'Only events about this subject (optional)',
      required: false,
      autocomplete: true,
    },
  ],
  examples: ['/timeline', '/timeline <subject>'],
} as const satisfies CommandDefinition;
