import { describe, expect, it } from 'vitest';
import { createBriefbot } from '../../../src/briefbot.ts';
import type { BriefbotCore } from '../../../src/core.ts';
import { tempDirs, writeInto } from '../support.ts';

const makeDir = tempDirs('byline');

function botOver(files: Record<string, string>): Promise<BriefbotCore> {
  return createBriefbot({
    contentDir: writeInto(makeDir(), files),
    cacheDir: null,
    maxQuestionChars: 500,
  });
}

const REVIEW = `---
title: The best headsets of the year
author: Ben Silverman
---
Six headsets went on sale this autumn, from Varex, Orrin and Tellby.

I’ve tested every one of them for a month, and two are worth your money.

“It is the lightest headset we have made,” said Orrin’s designer, Ada Kell. “I wore it for a day.”
`;

describe('who the writer is', () => {
  it('"who silverman" quotes what the byline’s writer says in the first person, not quoted people', async () => {
    const page = await botOver({ 'review.md': REVIEW });
    for (const question of ['who silverman', 'Who is Ben Silverman?', 'who silvermann']) {
      const answer = page.answer(question);
      expect(answer.found).toBe(true);
      expect(answer.summary).toBe('Ben Silverman — the writer of “The best headsets of the year”');
      expect(answer.citations.map((c) => c.quote)).toEqual([
        'I’ve tested every one of them for a month, and two are worth your money.',
      ]);
    }
  });

  it('says plainly when the writer never speaks in the first person, and leaves other names alone', async () => {
    const page = await botOver({
      'news.md': `---
title: Ferry service resumes
author: Jane Roe and John Doe
---
The Ardrey ferry sailed again on Monday after a month of repairs.
`,
    });
    expect(page.answer('who doe')).toMatchObject({
      found: false,
      citations: [],
      summary:
        'Jane Roe and John Doe wrote “Ferry service resumes”; the article says nothing else about them.',
    });
    expect(page.answer('who kell').found).toBe(false);
    expect(page.answer('who kell').summary).not.toContain('wrote');
  });

  it('answers a question that names the writer, whom the text never names, from what they say of themselves', async () => {
    const page = await botOver({
      'talk.md': `---
title: What the future holds
author: Tim O'Reilly
---
Last Thursday, I opened for the President at the Frontiers Conference in Pittsburgh.

The conference drew engineers from across the country to Pittsburgh.
`,
    });
    for (const question of [
      "Who did Tim O'Reilly open for at the conference?",
      'Who did Tim open for at the conference?',
    ]) {
      const answer = page.answer(question);
      expect(answer.found).toBe(true);
      expect(answer.citations[0]?.quote).toBe(
        'Last Thursday, I opened for the President at the Frontiers Conference in Pittsburgh.',
      );
    }
    // A name no byline holds stays unknown.
    expect(page.answer('Who did Tom Verlaine open for at the conference?').found).toBe(false);
  });
});
