import { describe, expect, it } from 'vitest';
import { nearPrefixes } from '../../../src/answer/near-prefix.ts';
import { editDistance } from '../../../src/extract/words.ts';

/** The keys of the ranges found, each with its edits. */
function expand(keys: readonly string[], ranges: Array<[number, number, number]>) {
  return ranges.flatMap(([low, high, edits]) =>
    keys.slice(low, high).map((key) => [key, edits] as [string, number]),
  );
}

/** The keys whose beginning is within `max` edits of `typed`, by brute force. */
function bruteForce(keys: readonly string[], typed: string, max: number): Array<[string, number]> {
  return keys.flatMap((key) => {
    let best = max + 1;
    for (let end = 0; end <= key.length; end++)
      best = Math.min(best, editDistance(key.slice(0, end), typed, max + 2));
    return best <= max ? [[key, best] as [string, number]] : [];
  });
}

describe('names whose beginning is a near miss of what was typed', () => {
  const keys = [
    'sandoval',
    'sando',
    'sanekoa',
    'santos',
    'halifax',
    'halifax port authority',
    'eledie laurent',
    'elodie laurent',
    'zed',
  ].sort();

  it('finds the same keys, at the same distance, as comparing every beginning of every key', () => {
    for (const typed of ['sanndo', 'hailfax', 'eledie l', 'santso', 'zzz', 'halifaxx']) {
      expect(expand(keys, nearPrefixes(keys, typed, 2))).toEqual(bruteForce(keys, typed, 2));
    }
  });

  it('walks only the range it is given', () => {
    const low = keys.indexOf('sandoval');
    const found = expand(keys, nearPrefixes(keys, 'sanndo', 2, low, low + 1));
    expect(found).toEqual([['sandoval', 1]]);
  });
});
