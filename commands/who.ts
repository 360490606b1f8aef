import type { CommandDefinition } from './types.ts';

/** `/who`: Who is this person? The sentence that says so, with its source. */
export default {
  name: 'who',
  description: 'Who is this person? The sentence that says so, with its source.',
  usage: '<person>',
  options: [
    {
      name: 'subject',
      description: 'A name, surname or slug (misspellings are fine)',
      required: true,
      autocomplete: true,
    },
  ],
  examples: ['/who <surname>', '/who <first-name> <surname>'],
} as const satisfies CommandDefinition;
