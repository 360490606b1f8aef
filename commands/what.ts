import type { CommandDefinition } from './types.ts';

/** `/what`: What is it? The passage that defines or describes it. */
export default {
  name: 'what',
  description: 'What is it? The passage that defines or describes it.',
  usage: '<subject>',
  options: [
    {
      name: 'subject',
      description: 'A thing, organisation, place or slug',
      required: true,
      autocomplete: true,
    },
  ],
  examples: ['/what <organisation>'],
} as const satisfies CommandDefinition;
