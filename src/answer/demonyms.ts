/**
 * A country's name and the word for its people or language are one subject to a reader: "Japan's
 * prime minister" is the article's "Japanese Prime Minister", "a Russian official" its "Russia".
 */

/** Endings that make the word for a country's people of its name ("Japanese", "Korean", "Iraqi"). */
const ENDINGS = ['ese', 'ian', 'an', 'n', 'i', 'ish'];

/** Letters a name may lose before such an ending ("Chin(a)" → "Chinese", "Pol(and)" → "Polish"). */
const DROPPED = ['a', 'o', 'e', 'y', 'ia', 'and', 'en'];

/** Irregular pairs no ending makes. */
const IRREGULAR: ReadonlyArray<[string, string]> = [
  ['france', 'french'],
  ['britain', 'british'],
  ['netherlands', 'dutch'],
  ['holland', 'dutch'],
  ['wales', 'welsh'],
  ['greece', 'greek'],
  ['switzerland', 'swiss'],
  ['philippines', 'filipino'],
  ['norway', 'norwegian'],
  ['spain', 'spanish'],
  ['denmark', 'danish'],
  ['finland', 'finnish'],
];

/**
 * The words of a people or of their country that a lower-case name may stand for ("japan" ↔
 * "japanese", "russia" ↔ "russian", "italy" ↔ "italian"), among those `known` accepts: guesses
 * made by endings, so only words the articles use are worth anything.
 */
export function demonyms(name: string, known: (word: string) => boolean): string[] {
  const found = new Set<string>();
  const stems = new Set([
    name,
    ...DROPPED.filter((end) => name.endsWith(end)).map((end) => name.slice(0, -end.length)),
  ]);
  for (const stem of stems) for (const ending of ENDINGS) found.add(`${stem}${ending}`);
  for (const ending of ENDINGS) {
    if (!name.endsWith(ending) || name.length - ending.length < 3) continue;
    const stem = name.slice(0, -ending.length);
    for (const restored of ['', ...DROPPED]) found.add(`${stem}${restored}`);
  }
  for (const [country, people] of IRREGULAR) {
    if (name === country) found.add(people);
    if (name === people) found.add(country);
  }
  found.delete(name);
  return [...found].filter((word) => word.length >= 4 && known(word));
}
