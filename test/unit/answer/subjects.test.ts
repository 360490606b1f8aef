import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SubjectIndex } from '../../../src/answer/subjects.ts';
import { buildArticle } from '../../../src/content/load.ts';
import { readArticleFile } from '../../../src/content/read.ts';
import { type Entity, extractEntities } from '../../../src/extract/entities.ts';
import { FIXTURE_ARTICLES, SEED_FILE, tempDirs, writeInto } from '../support.ts';

async function subjectsOf(file: string): Promise<{ index: SubjectIndex; entities: Entity[] }> {
  const entities = extractEntities([buildArticle(await readArticleFile(file))]);
  return { index: new SubjectIndex(entities), entities };
}

describe('finding the subject of a question among the seed’s entities', () => {
  let index: SubjectIndex;
  let entities: Entity[];
  const slugs = (ids: readonly number[]) => ids.map((id) => entities[id]?.slug);

  beforeAll(async () => {
    ({ index, entities } = await subjectsOf(SEED_FILE));
  });

  it.each([
    ['kirienko', 'sergei-kiriyenko'],
    ['witkof', 'steve-witkoff'],
    ['Hikmet Hajiev', 'hikmet-hajiyev'],
    ['Prime Minister Pashinian', 'nikol-pashinyan'],
    // Two letters the wrong way round are one slip, even in a five-letter name.
    ['ptuin', 'vladimir-putin'],
  ])('finds the misspelt "%s" as %s', (subject, slug) => {
    expect(slugs(index.resolve(subject).entities)).toEqual([slug]);
  });

  it.each([
    ['abu-dhabi', 'abu-dhabi'],
    ['zangezur-corridor', 'zangezur-corridor'],
    ['samvel-karapetyan', 'samvel-karapetyan'],
  ])('finds the slug "%s"', (subject, slug) => {
    expect(slugs(index.resolve(subject).entities)).toEqual([slug]);
  });

  it('finds a surname alone and a titled surname as the full name', () => {
    expect(slugs(index.resolve('aliyev').entities)).toEqual(['ilham-aliyev']);
    expect(slugs(index.resolve('President Aliyev').entities)).toEqual(['ilham-aliyev']);
    expect(slugs(index.resolve('hajiyev').entities)).toEqual(['hikmet-hajiyev']);
  });

  it('reads "Armenia and Azerbaijan" as two names, and keeps the other words of a subject', () => {
    expect(slugs(index.resolve('Armenia and Azerbaijan').entities)).toEqual([
      'armenia',
      'azerbaijan',
    ]);
    expect(index.resolve('Abu Dhabi talks')).toMatchObject({ otherTerms: ['talks'] });
  });

  it('finds no one for a name the articles never use', () => {
    expect(index.resolve('zelensky')).toMatchObject({ entities: [], otherTerms: ['zelensky'] });
  });

  it('suggests a close name for a subject that matched nothing', () => {
    expect(index.resolve('Kiriyenkaaa').entities).toEqual([]);
    expect(index.didYouMean('Kiriyenkaaa').map((s) => s.slug)).toEqual(['sergei-kiriyenko']);
    expect(index.didYouMean('zelensky')).toEqual([]);
  });

  it('completes a typed prefix with the names that start with it', () => {
    expect(index.suggest('kir', 5)[0]).toEqual({
      slug: 'sergei-kiriyenko',
      name: 'Sergei Kiriyenko',
      kind: 'person',
    });
    expect(index.suggest('', 3)).toHaveLength(3);
  });

  it('completes a prefix that many names share with the most mentioned of them, as a walk would', () => {
    // 60 people called Maria, each mentioned a different number of times.
    const people: Entity[] = Array.from({ length: 60 }, (_, i) => {
      const surname = `Surname${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
      const name = `Maria ${surname}`;
      return {
        slug: name.toLowerCase().replace(' ', '-'),
        name,
        kind: 'person',
        aliases: [name.toLowerCase(), surname.toLowerCase()],
        mentions: Array.from({ length: 1 + ((i * 7) % 60) }, () => ({
          article: 0,
          paragraph: 0,
          sentence: 0,
          index: 0,
          surface: name,
        })),
        definition: null,
        head: null,
        nouns: [],
      };
    });
    const crowd = new SubjectIndex(people);
    const byMentions = [...people]
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .map((e) => e.slug);
    for (const typed of ['mari', 'maria', 'maria s'])
      expect(crowd.suggest(typed, 25).map((c) => c.slug)).toEqual(byMentions.slice(0, 25));
  });

  it('reads at most a name’s length of what was typed: what a pasted page adds is ignored', () => {
    const pasted = index.suggest(`kir${' '.repeat(200)}zzzz`, 5);
    expect(pasted[0]?.slug).toBe('sergei-kiriyenko');
    expect(index.suggest('kir zzzz', 5)).toEqual([]);
  });

  it('completes a misspelt beginning with the names it nearly begins, closest first', () => {
    expect(index.suggest('kiriyenka', 5)[0]?.slug).toBe('sergei-kiriyenko');
    // The slip in the first letter: found once no name keeping it is near.
    expect(index.suggest('pashynian', 5)[0]?.slug).toBe('nikol-pashinyan');
    expect(index.suggest('qashinyan', 5)[0]?.slug).toBe('nikol-pashinyan');
  });
});

describe('a surname two people share', () => {
  let index: SubjectIndex;
  let entities: Entity[];
  const slugs = (ids: readonly number[]) => ids.map((id) => entities[id]?.slug);

  beforeAll(async () => {
    ({ index, entities } = await subjectsOf(join(FIXTURE_ARTICLES, 'harbour-row.txt')));
  });

  it('resolves "halloran" to one of them and lists the other as a candidate', () => {
    const resolved = index.resolve('halloran');
    expect([...slugs(resolved.entities), ...slugs(resolved.ambiguous)].sort()).toEqual([
      'john-halloran',
      'mary-halloran',
    ]);
  });

  it('resolves a full name without ambiguity', () => {
    expect(index.resolve('John Halloran')).toMatchObject({ ambiguous: [] });
    expect(slugs(index.resolve('John Halloran').entities)).toEqual(['john-halloran']);
    expect(slugs(index.resolve('Mary Halloran').entities)).toEqual(['mary-halloran']);
  });
});

describe('a name asked with words left out', () => {
  const entity = (name: string, kind: Entity['kind'], mentions: number): Entity => ({
    slug: name.toLowerCase().replace(/ /g, '-'),
    name,
    kind,
    aliases: [name.toLowerCase()],
    mentions: Array.from({ length: mentions }, (_, i) => ({
      article: 0,
      paragraph: i,
      sentence: 0,
      index: 0,
      surface: name,
    })),
    definition: null,
    head: null,
    nouns: [],
  });

  it('"Carrowmouth council" is Carrowmouth City Council, not the town named more often', () => {
    const entities = [
      entity('Carrowmouth', 'place', 12),
      entity('Carrowmouth City Council', 'organization', 2),
    ];
    const index = new SubjectIndex(entities);
    expect(index.resolve('Carrowmouth council').entities).toEqual([1]);
    expect(index.resolve('Carrowmouth').entities).toEqual([0]);
  });
});

describe('an inflected English word is no misspelt name', () => {
  const makeDir = tempDirs('subjects');

  it('"brought" is not read as a name "Fought" (English by its base form, "bring")', async () => {
    const dir = writeInto(makeDir(), {
      'tax.txt':
        'Cash abroad\n\nCompanies used the cash they repatriated in 2004 for buybacks.\n\nElection Deniers on 2022 Ballot: 14 Republicans Who Fought 2020 Results\n\nThe holiday cost the Treasury billions.',
    });
    const { index } = await subjectsOf(join(dir, 'tax.txt'));
    expect(index.resolve('money brought home in 2004')).toMatchObject({ entities: [] });
  });
});
