/**
 * The sorted keys whose beginning is within `maxEdits` edits (Damerau–Levenshtein) of `typed`,
 * as ranges [low, high, edits] of `sorted` (a branch taken whole is one range, not thousands of
 * entries): autocomplete's near misses ("sanndo" → "sandoval", "eledie l" → "elodie
 * laurent"). The sorted list is walked as the trie it spells, one edit-distance row per letter,
 * so a branch is left as soon as no key under it can come within reach and taken whole as soon as
 * its prefix does: the work grows with the letters typed, not with the number of keys. `low` and
 * `high` bound the range of `sorted` walked.
 */
export function nearPrefixes(
  sorted: readonly string[],
  typed: string,
  maxEdits: number,
  low = 0,
  high = sorted.length,
): Array<[number, number, number]> {
  const found: Array<[number, number, number]> = [];
  const first = Int32Array.from({ length: typed.length + 1 }, (_, j) => j);
  // One row per depth, reused by siblings: the walk is depth first.
  const rows: Int32Array[] = [first];
  // `best` is the fewest edits of any prefix on the path so far: a key is as near as its nearest
  // beginning ("sando" is one edit from "sanndo" though "sand" is two).
  const walk = (
    low: number,
    high: number,
    depth: number,
    row: Int32Array,
    above: Int32Array | null,
    last: string,
    best: number,
  ): void => {
    let start = low;
    // A key that ends here is the branch's prefix itself.
    while (start < high && (sorted[start] as string).length <= depth) start++;
    if (start > low && best <= maxEdits) found.push([low, start, best]);
    while (start < high) {
      const key = sorted[start] as string;
      const letter = key[depth] as string;
      const end = branchEnd(sorted, depth, key.charCodeAt(depth), start, high);
      rows[depth + 1] ??= new Int32Array(typed.length + 1);
      const next = nextRow(row, above, typed, letter, last, rows[depth + 1] as Int32Array);
      const here = Math.min(best, next[typed.length] as number);
      // Deeper rows never fall below this one's least cell: go on only while that could do better.
      if (minimum(next) < Math.min(here, maxEdits + 1)) {
        walk(start, end, depth + 1, next, row, letter, here);
      } else if (here <= maxEdits) {
        found.push([start, end, here]);
      }
      start = end;
    }
  };
  walk(low, high, 0, first, null, '', typed.length);
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

/**
 * The end of a branch of the trie: the first index in [low, high) whose letter at `depth` comes
 * after `code`, where every string in the range shares its first `depth` letters and has more.
 * Found without building the branch's prefix as a string for each node walked.
 */
function branchEnd(
  sorted: readonly string[],
  depth: number,
  code: number,
  low: number,
  high: number,
): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string).charCodeAt(depth) <= code) low = middle + 1;
    else high = middle;
  }
  return low;
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
