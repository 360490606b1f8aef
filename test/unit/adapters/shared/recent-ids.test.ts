import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../../../src/adapters/shared/recent-ids.ts';

describe('recently handled event ids', () => {
  it('a redelivered event is recognised as already handled', () => {
    const handled = new RecentIds();
    expect(handled.firstTime('1575752658256527435')).toBe(true);
    expect(handled.firstTime('1575752658256527435')).toBe(false);
    expect(handled.firstTime('1575752658256527436')).toBe(true);
  });

  it('memory stays bounded: the oldest ids are forgotten first', () => {
    const handled = new RecentIds(2);
    handled.firstTime('a');
    handled.firstTime('b');
    handled.firstTime('c');
    expect(handled.firstTime('a')).toBe(true);
    expect(handled.firstTime('c')).toBe(false);
  });
});
