import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ComponentAction,
  decodeAction,
  encodeAction,
} from '../../../../src/adapters/discord/custom-ids.ts';
import { AnswerPages } from '../../../../src/adapters/shared/answer-pages.ts';
import { INTENTS } from '../../../../src/answer/types.ts';

const answerId = fc.constant(null).map(() => new AnswerPages().remember({} as never));
const visibility = fc.constantFrom('private', 'public' as const);
const action: fc.Arbitrary<ComponentAction> = fc.oneof(
  fc.record({
    kind: fc.constant('more' as const),
    answerId,
    page: fc.nat({ max: 9999 }),
    visibility,
  }),
  fc.record({ kind: fc.constant('share' as const), answerId, page: fc.nat({ max: 9999 }) }),
  fc.record({
    kind: fc.constant('pick' as const),
    intent: fc.constantFrom(...INTENTS),
    visibility,
  }),
);

describe('button and menu custom_ids', () => {
  it('carry every action there and back, within Discord’s 100 characters', () => {
    fc.assert(
      fc.property(action, (original) => {
        const customId = encodeAction(original);
        expect(customId.length).toBeLessThanOrEqual(100);
        expect(decodeAction(customId)).toEqual(original);
      }),
    );
  });

  it('reads ids of other bots or older versions as unknown, not as a wrong action', () => {
    for (const foreign of [
      'next-page-2',
      'bb:more:abc',
      'bb:more:abc:x:s',
      'bb:pick:weather:p',
      'bb:zap:1',
      'bb:share:abc:1:2:3x',
    ]) {
      expect(decodeAction(foreign), foreign).toBeNull();
    }
  });
});
