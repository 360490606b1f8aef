import type { CommandDefinition } from './types.ts';

/** `/where`: Where did it happen? Passages placing the subject. */
export default {
  name: 'where',
  description: 'Where did it happen? Passages placing the subject.',
  usage: '<subject>',
  options: [
    {
      name: 'subject',
      description: 'An event, person or slug',
      required: true,
      autocomplete: true,
    },
  ],
  examples: ['/where <event>'],
} as const satisfies CommandDefinition;
