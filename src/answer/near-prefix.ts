/**
 * The sorted keys whose beginning is within `maxEdits` edits (Damerau–Levenshtein) of `typed`,
 * as [index, edits]: autocomplete's near misses ("sanndo" → "sandoval", "eledie l" → "elodie
 * laurent"). The sorted list is walked as the trie it spells, one edit-distance row per letter,
 * so a branch is left as soon as no key under it can come within reach and taken whole as soon as
 * its prefix does: the work grows with the letters typed, not with the number of keys.
 */
export function nearPrefixes(
  sorted: readonly string[],
  typed: string,
  maxEdits: number,
): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const first = Int32Array.from({ length: typed.length + 1 }, (_, j) => j);
  // One row per depth, reused by siblings: the walk is depth first.
  const rows: Int32Array[] = [first];
  const walk = (
    low: number,
    high: number,
    depth: number,
    row: Int32Array,
    above: Int32Array | null,
    last: string,
  ): void => {
    let start = low;
    // A key that ends here is the branch's prefix itself, already judged by the caller.
    while (start < high && (sorted[start] as string).length <= depth) start++;
    while (start < high) {
      const key = sorted[start] as string;
      const letter = key[depth] as string;
      const branch = key.slice(0, depth + 1);
      const end = lowerBound(sorted, `${branch}\uffff`, start, high);
      rows[depth + 1] ??= new Int32Array(typed.length + 1);
      const next = nextRow(row, above, typed, letter, last, rows[depth + 1] as Int32Array);
      const edits = next[typed.length] as number;
      if (edits <= maxEdits) {
        for (let k = start; k < end; k++) found.push([k, edits]);
      } else if (minimum(next) <= maxEdits) {
        walk(start, end, depth + 1, next, row, letter);
      }
      start = end;
    }
  };
  walk(0, sorted.length, 0, first, null, '');
  return found;
}

/** Fills `next` with the edit-distance row of `typed` against a prefix one letter longer. */
function nextRow(
  row: Int32Array,
  above: Int32Array | null,
  typed: string,
  letter: string,
  last: string,
  next: Int32Array,
): Int32Array {
  next[0] = (row[0] as number) + 1;
  for (let j = 1; j <= typed.length; j++) {
    const cost = typed[j - 1] === letter ? 0 : 1;
    let value = Math.min(
      (row[j] as number) + 1,
      (next[j - 1] as number) + 1,
      (row[j - 1] as number) + cost,
    );
    if (above && j > 1 && typed[j - 2] === letter && typed[j - 1] === last)
      value = Math.min(value, (above[j - 2] as number) + 1);
    next[j] = value;
  }
  return next;
}

function minimum(row: Int32Array): number {
  let least = Number.POSITIVE_INFINITY;
  for (const value of row) if (value < least) least = value;
  return least;
}

/** The first index in [low, high) of a sorted list whose string is not below `key`. */
export function lowerBound(
  sorted: readonly string[],
  key: string,
  low = 0,
  high = sorted.length,
): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
