import type { CommandDefinition } from './types.ts';

/** `/sources`: The articles loaded, with titles and paragraph counts. */
export default {
  name: 'sources',
  description: 'The articles loaded, with titles and paragraph counts.',
  usage: '',
  options: [],
  examples: [],
} as const satisfies CommandDefinition;
