import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../../src/adapters/discord/autocomplete.ts';
import type { SubjectChoice } from '../../../../src/answer/types.ts';

function subject(slug: string, name = slug): SubjectChoice {
  return { slug, name, kind: 'person' };
}

describe('autocomplete choices', () => {
  it('name the subject and its kind, and answer with its slug', () => {
    expect(autocompleteChoices([subject('mary-halloran', 'Mary Halloran')])).toEqual([
      { name: 'Mary Halloran (person)', value: 'mary-halloran' },
    ]);
  });

  it('stop at Discord’s 25 choices, keeping the best-ranked first', () => {
    const many = Array.from({ length: 40 }, (_, i) => subject(`person-${i}`));
    const choices = autocompleteChoices(many);
    expect(choices).toHaveLength(25);
    expect(choices[0]?.value).toBe('person-0');
  });

  it('cut long names to 100 characters and leave out subjects whose slug would not fit', () => {
    const choices = autocompleteChoices([
      subject('long-name', `Sergei ${'Vladilenovich '.repeat(20)}Kiriyenko`),
      subject('x'.repeat(101)),
      subject(''),
      subject('long-name', 'duplicate'),
    ]);
    expect(choices).toHaveLength(1);
    expect(choices[0]?.name.length).toBeLessThanOrEqual(100);
    expect(choices[0]?.name.endsWith('…')).toBe(true);
  });
});
