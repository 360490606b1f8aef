import type { CommandDefinition } from './types.ts';

/** `/why`: Why did it happen? Cause and purpose passages. */
export default {
  name: 'why',
  description: 'Why did it happen? Cause and purpose passages.',
  usage: '<subject or question>',
  options: [
    {
      name: 'subject',
      description: 'What to explain, e.g. a person and an action',
      required: true,
      autocomplete: true,
    },
  ],
  examples: ['/why <person> <action>'],
} as const satisfies CommandDefinition;
