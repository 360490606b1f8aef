/** A month as a dateline writes it: "March", "Jan.", "Sept". */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * A wire story's or a press release's dateline: "HALBERG, March 4 (Meridian Wire) - …",
 * "LONDON, Jan. 5, 2021 (Reuters) — …", "MERROWBY, Kessland, 3 June 2025 /Newswire/ -- …": the
 * place in capitals, the day the story was filed and the agency, before the first sentence's
 * own words.
 */
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]*(?:,\\s+[\\p{L}\\p{M} .'’-]+?)?,\\s+(${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+(\\d{4}))?(?:\\s+(?:\\([^)]{2,40}\\)|/[^/]{2,40}/))?\\s*[-–—]+\\s+`,
  'u',
);

/** "Feb. 23, 2015 -- Life-threatening peanut allergies …": a dateline of the day alone, year written. */
const DAY_DATELINE = new RegExp(`^(${MONTH}\\s+\\d{1,2}),\\s+(\\d{4})\\s*[-–—]+\\s+`, 'u');

/** What a dateline gives: its length in the sentence, the day as written, and a year if written. */
export interface WireDateline {
  length: number;
  day: string;
  year: number | null;
}

/** The dateline opening an article's first paragraph, or null when it has none. */
export function wireDateline(text: string): WireDateline | null {
  const match = WIRE_DATELINE.exec(text) ?? DAY_DATELINE.exec(text);
  if (!match) return null;
  return {
    length: match[0].length,
    day: match[1] ?? '',
    year: match[2] ? Number(match[2]) : null,
  };
}
