import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { SubjectChoice } from '../../answer/types.ts';
import { truncateText } from '../shared/truncate.ts';
import {
  DISCORD_AUTOCOMPLETE_CHOICE_LIMIT,
  DISCORD_CHOICE_NAME_LIMIT_CHARS,
  DISCORD_CHOICE_VALUE_LIMIT_CHARS,
} from './limits.ts';

/** Longest text typed so far that is passed on to the core; longer input cannot match a name anyway. */
export const AUTOCOMPLETE_INPUT_LIMIT_CHARS = 100;

/**
 * Turns the core's ranked subjects into Discord autocomplete choices: at most 25, names and values
 * within 100 characters. The value is the slug, so the answer resolves the exact entity picked;
 * a subject whose slug would not fit is left out rather than sent cut short.
 */
export function autocompleteChoices(
  subjects: readonly SubjectChoice[],
): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const subject of subjects) {
    if (choices.length === DISCORD_AUTOCOMPLETE_CHOICE_LIMIT) break;
    const value = subject.slug;
    if (value.length === 0 || value.length > DISCORD_CHOICE_VALUE_LIMIT_CHARS || seen.has(value)) {
      continue;
    }
    seen.add(value);
    const name = truncateText(`${subject.name} (${subject.kind})`, DISCORD_CHOICE_NAME_LIMIT_CHARS);
    choices.push({ name, value });
  }
  return choices;
}
