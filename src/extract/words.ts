/** Function words that never start or make a name, and never count as content in a question. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with about as into onto upon over under ' +
    'after before during since until till while when where why how what who whom whose which that this ' +
    'these those there here then than thus also too very just only even still already again ever never ' +
    'is am are was were be been being do does did done doing have has had having will would shall should ' +
    'can could may might must it its itself he him his she her hers they them their theirs we us our ' +
    'you your i me my mine not no yes if because though although however meanwhile notably unsurprisingly ' +
    'according such some any all each every both either neither many much more most other another ' +
    'one two three four five six seven eight nine ten first last next new said says say tell tells ' +
    'please briefly explain describe give show find know about between among through throughout against ' +
    'within without via per out up down off around near like unlike despite toward towards ' +
    'happen happens happened happening occur occurs occurred others else ' +
    'go goes went gone going get gets got getting supposed'
  ).split(' '),
);

/** Month and weekday names: capitalised, but dates rather than names. */
export const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday ' +
    'saturday sunday'
  ).split(' '),
);

/** Lower-cases and strips accents so "Pōhara", "Pohara" and "POHARA" compare equal. */
export function foldCase(text: string): string {
  // Plain ASCII has no accents to strip: skip the (slow) Unicode normalisation.
  if (/^[ -~]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * "L.E.A.N.", "U.N.", "e.g.": initials written with full stops, one word as "LEAN" and "UN" are
 * (not "U.S.", which would be the word "us").
 */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}/gu;

/** The text with dotted initials written as one word ("L.E.A.N. Ads" → "LEAN Ads"), for tokenizers. */
export function joinInitials(text: string): string {
  return text.replace(DOTTED_INITIALS, (initials) => {
    const joined = initials.replaceAll('.', '');
    return STOP_WORDS.has(joined.toLowerCase()) ? initials : joined;
  });
}

/** The words of a text, folded and without punctuation; possessive 's dropped; dotted initials as one word. */
export function contentTokens(text: string): string[] {
  const folded = joinInitials(foldCase(text));
  return (folded.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((word) =>
    word.replace(/['’]s$/, '').replace(/['’]/g, ''),
  );
}

/** Damerau–Levenshtein distance (adjacent transpositions count once), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? max + 1;
}

/** Edits allowed when matching a misspelt word of this length: none for short words. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}
