import type { CommandDefinition } from './types.ts';

/** `/when`: When did it happen? Dated passages, with the date resolved. */
export default {
  name: 'when',
  description: 'When did it happen? Dated passages, with the date resolved.',
  usage: '<subject>',
  options: [
    {
      name: 'subject',
      description: 'An event, person, place or slug',
      required: true,
      autocomplete: true,
    },
  ],
  examples: ['/when <event-or-place>'],
} as const satisfies CommandDefinition;
