import { describe, expect, it } from 'vitest';
import {
  causeScore,
  definitionPatterns,
  definitionScore,
  givesSum,
  PLACE_MARKER_SCORE,
  placeScore,
} from '../../../src/answer/features.ts';

describe('placeScore', () => {
  it('reads a preposition of place that opens the sentence, capital and all', () => {
    expect(placeScore('At his Scottish castle, Skibo, Carnegie flew a flag.', 0)).toBe(
      PLACE_MARKER_SCORE,
    );
    expect(placeScore('In Warren, then a booming town, he grew up.', 0)).toBe(PLACE_MARKER_SCORE);
  });

  it('does not take a date for a place: "on 4 March", "in May", "on Monday"', () => {
    expect(placeScore('On 4 March 2021, the firm reported a loss.', 0)).toBe(0);
    expect(placeScore('The club signed him in May.', 0)).toBe(0);
    expect(placeScore('The talks resumed on Monday.', 0)).toBe(0);
    // A town whose name begins like a month or a weekday is still a place.
    expect(placeScore('The files sat in a data centre in Moncton.', 0)).toBe(PLACE_MARKER_SCORE);
    expect(placeScore('He lives in Mayfield.', 0)).toBe(PLACE_MARKER_SCORE);
  });

  it('reads a place written into "-based" ("a NYC-based staffer"), not a common word so written', () => {
    expect(placeScore('And as a NYC-based Ars staffer, I tested the devices.', 0)).toBe(
      PLACE_MARKER_SCORE,
    );
    expect(placeScore('It is a plant-based burger.', 0)).toBe(0);
  });

  it('reads a bearing from a named place ("20 miles north of the Bronx")', () => {
    expect(placeScore('The plant is 20 miles north of the Bronx.', 0)).toBe(PLACE_MARKER_SCORE);
    expect(placeScore('The farm lies just south-west of Kelby.', 0)).toBe(PLACE_MARKER_SCORE);
  });

  it('reads a name spelt with a small first letter ("on iPhone")', () => {
    expect(placeScore('The game will launch on iPhone and iPad.', 0)).toBe(PLACE_MARKER_SCORE);
  });

  it('reads a thing or a place one can be in, not named, as weaker evidence of where', () => {
    const office = placeScore('His body was found in a small office on the first floor.', 0);
    expect(office).toBeGreaterThan(0);
    expect(office).toBeLessThan(PLACE_MARKER_SCORE);
    expect(placeScore('She hid under a table.', 0)).toBeGreaterThan(0);
    expect(
      placeScore('In response to the crisis, he said in a statement that he would resign.', 0),
    ).toBe(0);
    // The noun phrase ends at the next small word.
    expect(placeScore('It arrived in time for the office party.', 0)).toBe(0);
  });
});

describe('causeScore', () => {
  it('reads "on account of" and "by virtue of" as causes, like "because"', () => {
    expect(
      causeScore('Dubbed “Gucci Grace” on account of her love of shopping, she rose fast.'),
    ).toBe(1);
    expect(causeScore('He sits on the board by virtue of his shares.')).toBe(1);
    expect(causeScore('She rose fast through the party.')).toBe(0);
  });
});

describe('givesSum', () => {
  it('reads sums written in figures or in words, not counts of other things', () => {
    expect(givesSum('It cost £1,750 in all.')).toBe(true);
    expect(givesSum('He asked if he could borrow five hundred pounds.')).toBe(true);
    expect(givesSum('The state spent about sixty million dollars a year.')).toBe(true);
    expect(givesSum('Five hundred people came.')).toBe(false);
    expect(givesSum('It gives hundreds of millions of dollars of aid.')).toBe(true);
    expect(givesSum('Millions of people watched.')).toBe(false);
  });

  it('reads pence in lower case ("50p"), not a name with a capital P ("comet 67P")', () => {
    expect(givesSum('A loaf now costs 95p.')).toBe(true);
    expect(givesSum('Rosetta will collide with comet 67P on Friday.')).toBe(false);
  });
});

describe('definitionScore', () => {
  it('reads "X, which is …" as defining X, and "Xs, which are …" as defining X asked in the singular', () => {
    const apk = definitionPatterns(['apk']);
    expect(
      definitionScore(
        'Android apps are packaged as APKs, which are ZIP files with conventions.',
        apk,
      ),
    ).toBeGreaterThan(0);
    expect(definitionScore('The APK grew by a third.', apk)).toBe(0);
  });

  it("reads what a thing is used for as defining it, and a name inside another noun's phrase as defining nothing", () => {
    const levamisole = definitionPatterns(['Levamisole']);
    expect(
      definitionScore(
        'Vets prescribe it, as Levamisole is commonly used on animals, primarily for worms.',
        levamisole,
      ),
    ).toBeGreaterThan(0);
    expect(
      definitionScore(
        'The particular case of cocaine cut with Levamisole is one of the reasons for testing.',
        levamisole,
      ),
    ).toBe(0);
  });
});
