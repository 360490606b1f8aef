import type { CommandDefinition } from './types.ts';

/** `/ask`: Ask any question about the articles. */
export default {
  name: 'ask',
  description: 'Ask any question about the articles.',
  usage: '<question>',
  options: [
    {
      name: 'question',
      description: 'Your question in plain words',
      required: true,
      autocomplete: false,
    },
  ],
  examples: ['/ask what did the talks agree?'],
} as const satisfies CommandDefinition;
