import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../../src/adapters/slack/render/answer.ts';
import {
  fitBlocks,
  type SlackMessage,
  textSection,
} from '../../../../src/adapters/slack/render/limits.ts';
import {
  escapeMrkdwn,
  escapeWithin,
  plainFromSlack,
  quoteLines,
  sourceLink,
} from '../../../../src/adapters/slack/render/mrkdwn.ts';
import { renderSources } from '../../../../src/adapters/slack/render/sources.ts';
import type { Answer, Citation, SubjectChoice } from '../../../../src/answer/types.ts';
import { expectNoPings, expectWithinSlackLimits } from '../../../fakes/slack/assertions.ts';

/** fast-check runs: a fixed seed in CI; `FC_RUNS=10000` for a longer run. */
const FC = { seed: 20_240_607, numRuns: Number(process.env.FC_RUNS ?? 200) };

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    article: 'harbour-memo',
    title: 'Harbour council memo',
    paragraph: n,
    quote: `Quote number ${n}.`,
    text: `Paragraph ${n} in full.`,
    date: null,
    score: 100 - n,
    url: 'https://example.org/memo',
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: 'who quint',
    intent: 'who',
    subject: 'Mara Quint',
    found: true,
    summary: 'Mara Quint — Harbour councillor (¶1)',
    citations: [citation(1), citation(2), citation(3), citation(4)],
    suggestions: [],
    candidates: [],
    ...overrides,
  };
}

/** A block as the tests read it: loosely typed JSON. */
// biome-ignore lint/suspicious/noExplicitAny: wire JSON read field by field
type Block = Record<string, any>;

const view = { answerId: 'abc123', page: 0, shareable: true };

function asJson(message: SlackMessage): Record<string, unknown> {
  return JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
}

describe('escaping what users and articles say', () => {
  it('turns &, < and > into entities, so <!channel> and <url|text> arrive as plain text', () => {
    expect(escapeMrkdwn('Tom & Jerry <!channel> <https://evil.example|click>')).toBe(
      'Tom &amp; Jerry &lt;!channel&gt; &lt;https://evil.example|click&gt;',
    );
  });

  it('cuts long text so its escaped form fits, never leaving half an entity', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 1, max: 300 }),
        (text, limit) => {
          const escaped = escapeWithin(`${text}<&>`.repeat(3), limit);
          expect(escaped.length).toBeLessThanOrEqual(limit);
          expect(escaped).not.toMatch(/[<>]/);
          expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;)/);
        },
      ),
      FC,
    );
  });

  it('quotes every line, so a newline in a passage cannot end the quote', () => {
    expect(quoteLines('one\ntwo\r\nthree')).toBe('>one\n>two\n>three');
  });

  it('links only http(s) sources, with characters that would end the link encoded', () => {
    expect(sourceLink('https://example.org/a?b=1&c=2', 'source')).toBe(
      '<https://example.org/a?b=1&amp;c=2|source>',
    );
    expect(sourceLink('https://example.org/a|b>c', 'source')).toBe(
      '<https://example.org/a%7Cb%3Ec|source>',
    );
    expect(sourceLink('javascript:alert(1)', 'source')).toBeNull();
    expect(sourceLink('not a url', 'source')).toBeNull();
    expect(sourceLink(null, 'source')).toBeNull();
  });

  it('reads what a user typed back into plain words: entities decoded, links and mentions to labels', () => {
    expect(
      plainFromSlack('who is &lt;b&gt; &amp; <@U123|mara> in <#C1|news> at <https://x.org|x.org>'),
    ).toBe('who is <b> & mara in news at x.org');
  });
});

describe('an Answer rendered as Block Kit', () => {
  it('shows the summary, three quoted citations with title and ¶, and More and Share buttons', () => {
    const message = asJson(renderAnswer(answer(), view));
    const blocks = message.blocks as Block[];
    expect(blocks[0]?.text.text).toBe('Mara Quint — Harbour councillor (¶1)');
    expect(blocks[1]?.text.text).toBe(
      '>Quote number 1.\n— Harbour council memo, ¶1 · <https://example.org/memo|source>',
    );
    expect(blocks.filter((b) => b.type === 'section')).toHaveLength(4);
    const actions = blocks.find((b) => b.type === 'actions');
    expect(actions?.elements.map((e: Record<string, unknown>) => [e.action_id, e.value])).toEqual([
      ['briefbot_more', 'abc123:1'],
      ['briefbot_share', 'abc123:0'],
    ]);
    expect(message.text).toContain('“Quote number 1.” (Harbour council memo, ¶1)');
  });

  it('the last page has no More button, and a public answer no Share button', () => {
    const message = asJson(renderAnswer(answer(), { ...view, page: 1, shareable: false }));
    expect(JSON.stringify(message)).not.toContain('briefbot_more');
    expect(JSON.stringify(message)).not.toContain('briefbot_share');
    expect(JSON.stringify(message)).toContain('Passages 4–4 of 4');
  });

  it('an ambiguous subject offers a menu whose options ask the same question about each candidate', () => {
    const candidates: SubjectChoice[] = [
      { slug: 'mara-quint', name: 'Mara Quint', kind: 'person' },
      { slug: 'jonas-quint', name: 'Jonas Quint', kind: 'person' },
    ];
    const message = asJson(renderAnswer(answer({ candidates }), view));
    const menu = (message.blocks as Block[]).find((b) => b.accessory?.type === 'static_select');
    expect(menu?.accessory.options.map((o: Record<string, unknown>) => o.value)).toEqual([
      'who mara-quint',
      'who jonas-quint',
    ]);
  });

  it('a misspelt subject offers its did-you-mean choices in the same menu', () => {
    const suggestions: SubjectChoice[] = [{ slug: 'oldport', name: 'Oldport', kind: 'place' }];
    const message = asJson(
      renderAnswer(answer({ intent: 'ask', found: false, citations: [], suggestions }), view),
    );
    expect(JSON.stringify(message)).toContain('Did you mean');
    expect(JSON.stringify(message)).toContain('"value":"where oldport"');
    expect(JSON.stringify(message)).not.toContain('briefbot_share');
  });

  it('a huge answer stays within every Slack limit: long quotes, titles, 120 candidates', () => {
    const long = 'A sentence that goes on. '.repeat(400);
    const candidates = Array.from({ length: 120 }, (_, i) => ({
      slug: `person-${i}-${'x'.repeat(i)}`,
      name: `Person ${i} ${'with a very long name '.repeat(5)}`,
      kind: 'person' as const,
    }));
    const message = renderAnswer(
      answer({
        summary: long,
        candidates,
        citations: Array.from({ length: 40 }, (_, i) =>
          citation(i + 1, { quote: long, title: long }),
        ),
      }),
      view,
    );
    expectWithinSlackLimits(asJson(message));
  });

  it('whatever the article or question says, the message stays within limits and pings no one', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.constantFrom(
        '<!channel>',
        '<!here>',
        '@everyone',
        '<@U123>',
        '<!subteam^S1>',
        '<https://evil.example|x>',
        '```',
        '\u202e',
      ),
    );
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const message = asJson(
          renderAnswer(
            answer({
              summary: text,
              citations: [citation(1, { quote: text, title: text })],
              candidates: [{ slug: 's', name: text || 'x', kind: 'thing' }],
            }),
            view,
          ),
        );
        expectWithinSlackLimits(message);
        expectNoPings(message);
      }),
      FC,
    );
  });
});

describe('long lists', () => {
  it('/sources with 80 articles keeps to 50 blocks and says how many were left out', () => {
    const sources = Array.from({ length: 80 }, (_, i) => ({
      article: `a-${i}`,
      title: `Article ${i}`,
      paragraphs: i,
      url: null,
      published: null,
    }));
    const message = asJson(
      renderSources(sources, [{ file: 'broken.md', message: 'broken front matter' }]),
    );
    const blocks = message.blocks as Block[];
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)?.elements[0].text).toBe('…and 33 more not shown.');
    expectWithinSlackLimits(message);
  });

  it('fitBlocks leaves a message of 50 blocks or fewer alone', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => textSection(`block ${i}`));
    expect(fitBlocks(blocks)).toBe(blocks);
  });
});
