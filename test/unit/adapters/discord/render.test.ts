import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  renderAnswer,
  renderFailure,
  renderNotice,
} from '../../../../src/adapters/discord/render.ts';
import type { Answer, Citation, SubjectChoice } from '../../../../src/answer/types.ts';
import {
  componentsOf,
  embedOf,
  expectNoPings,
  expectWithinDiscordLimits,
  selectMenuOf,
} from '../../../fakes/discord/assertions.ts';

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 42),
  numRuns: Number(process.env.FC_RUNS ?? 200),
});

type Json = Record<string, unknown>;

function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    article: 'harbour-row',
    title: 'Harbour row splits the town',
    paragraph: 2,
    quote:
      'Mary Halloran, the town’s harbour master, signed the breakwater contract on March 4, 2024.',
    text: 'Mary Halloran, the town’s harbour master, signed the breakwater contract on March 4, 2024.',
    date: '2024-03-04',
    score: 1,
    url: null,
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: 'who halloran',
    intent: 'who',
    subject: 'Mary Halloran',
    found: true,
    summary: 'Mary Halloran — the town’s harbour master (¶2)',
    citations: [citation()],
    suggestions: [],
    candidates: [],
    ...overrides,
  };
}

const mary: SubjectChoice = { slug: 'mary-halloran', name: 'Mary Halloran', kind: 'person' };
const john: SubjectChoice = { slug: 'john-halloran', name: 'John Halloran', kind: 'person' };
const publicView = { answerId: 'abcdefghijkl', page: 0, visibility: 'public' } as const;
const privateView = { ...publicView, visibility: 'private' } as const;

/** The rendered message as it goes on the wire (snake_case allowed_mentions). */
function wire(reply: ReturnType<typeof renderAnswer>): Json {
  return {
    content: reply.content,
    embeds: reply.embeds,
    components: reply.components,
    allowed_mentions: {
      parse: reply.allowedMentions.parse,
      replied_user: reply.allowedMentions.repliedUser,
    },
  };
}

function labels(message: Json): unknown[] {
  return componentsOf(message).map((component) => component.label ?? component.type);
}

describe('rendering an Answer for Discord', () => {
  it('cites the article title, paragraph and date, with the quote as a block quote', () => {
    const embed = embedOf(wire(renderAnswer(answer(), publicView)));
    expect(embed.title).toBe('Mary Halloran');
    expect(embed.fields).toEqual([
      {
        name: 'Harbour row splits the town · ¶2 · 2024-03-04',
        value:
          '> Mary Halloran, the town’s harbour master, signed the breakwater contract on March 4, 2024.',
      },
    ]);
    expect(embed.footer).toEqual({ text: 'Passage 1 of 1' });
  });

  it('links the source only when the article has an http(s) URL, with parentheses encoded', () => {
    const linked = answer({
      citations: [
        citation({ url: 'https://example.org/a_(b)' }),
        citation({ url: 'javascript:alert(1)' }),
        citation({ url: 'not a url' }),
      ],
    });
    const fields = embedOf(wire(renderAnswer(linked, publicView))).fields as Array<{
      value: string;
    }>;
    expect(fields[0]?.value).toContain('\n[Source](https://example.org/a_%28b%29)');
    expect(fields[1]?.value).not.toContain('[Source]');
    expect(fields[2]?.value).not.toContain('[Source]');
  });

  it('shows three passages a page, a footer counting the rest and a More button while any remain', () => {
    const many = answer({
      citations: Array.from({ length: 7 }, (_, i) => citation({ paragraph: i + 1 })),
    });
    const first = wire(renderAnswer(many, publicView));
    expect(embedOf(first).fields).toHaveLength(3);
    expect(embedOf(first).footer).toEqual({ text: 'Passages 1–3 of 7 · 4 more (press More)' });
    expect(labels(first)).toEqual(['More']);
    expect(componentsOf(first)[0]?.custom_id).toBe('bb:more:abcdefghijkl:1:s');
    const last = wire(renderAnswer(many, { ...publicView, page: 2 }));
    expect(embedOf(last).fields).toHaveLength(1);
    expect(embedOf(last).footer).toEqual({ text: 'Passage 7 of 7' });
    expect(labels(last)).toEqual([]);
  });

  it('puts a Share button on private answers only', () => {
    expect(labels(wire(renderAnswer(answer(), privateView)))).toEqual(['Share']);
    expect(labels(wire(renderAnswer(answer(), publicView)))).toEqual([]);
  });

  it('offers a select menu when two subjects match, never for one, and skips unusable slugs', () => {
    const ambiguous = answer({
      candidates: [mary, john, { slug: 'x'.repeat(101), name: 'Too long', kind: 'thing' }],
    });
    const menu = selectMenuOf(wire(renderAnswer(ambiguous, privateView)));
    expect(menu?.custom_id).toBe('bb:pick:who:p');
    expect(menu?.options).toEqual([
      { label: 'Mary Halloran', value: 'mary-halloran', description: 'person' },
      { label: 'John Halloran', value: 'john-halloran', description: 'person' },
    ]);
    expect(
      selectMenuOf(wire(renderAnswer(answer({ candidates: [mary] }), publicView))),
    ).toBeUndefined();
  });

  it('lists did-you-mean suggestions under the summary', () => {
    const misspelt = answer({
      found: false,
      summary: 'Nothing about “halloren”.',
      suggestions: [mary],
    });
    expect(embedOf(wire(renderAnswer(misspelt, publicView))).description).toBe(
      'Nothing about “halloren”.\n\nDid you mean **Mary Halloran**?',
    );
  });

  it('renders markdown, mentions and links from articles or askers literally', () => {
    const hostile = answer({
      subject: '**boss** @everyone',
      summary: 'See [here](https://evil.example) <@123> <@&456> <#789> `code` # Heading',
      citations: [citation({ quote: '> ~~gone~~ ||spoiler|| https://evil.example/x' })],
    });
    const embed = embedOf(wire(renderAnswer(hostile, publicView)));
    const shown = JSON.stringify(embed);
    expect(embed.title).toBe('\\*\\*boss\\*\\* @everyone');
    expect(shown).not.toMatch(/(?<!\\\\)<[@#]/);
    expect(shown).not.toContain('https://evil.example');
    expect(embed.description).not.toMatch(/(?<!\\)\[[^\]]*\]\(/);
    expect(shown).not.toMatch(/(?<!\\\\)~~|(?<!\\\\)\|\||(?<!\\\\)`/);
  });

  it('keeps every Discord limit and pings nobody, whatever the answer holds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 7000 });
    const choice = fc.record({
      slug: fc.string({ maxLength: 120 }),
      name: fc.string({ unit: 'binary', maxLength: 300 }),
      kind: fc.constantFrom('person', 'place', 'organization', 'thing' as const),
    });
    const cited = fc.record({
      article: fc.string(),
      title: text,
      paragraph: fc.integer({ min: 1, max: 100_000 }),
      quote: text,
      text: fc.constant(''),
      date: fc.option(fc.constantFrom('2024', '2024-03', '2024-03-04')),
      score: fc.double(),
      url: fc.option(fc.oneof(fc.webUrl(), fc.string())),
    });
    fc.assert(
      fc.property(
        fc.record({
          query: text,
          subject: fc.option(text),
          summary: text,
          found: fc.boolean(),
          citations: fc.array(cited, { maxLength: 30 }),
          suggestions: fc.array(choice, { maxLength: 30 }),
          candidates: fc.array(choice, { maxLength: 30 }),
        }),
        fc.nat({ max: 12 }),
        fc.constantFrom('public', 'private' as const),
        (fields, page, visibility) => {
          const rendered = wire(
            renderAnswer(
              { ...fields, intent: 'who' },
              { answerId: 'abcdefghijkl', page, visibility },
            ),
          );
          expectWithinDiscordLimits(rendered);
          expectNoPings(rendered);
          for (const embed of rendered.embeds as Json[]) {
            expect(JSON.stringify(embed)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])…/);
          }
        },
      ),
    );
  });
});

describe('notices', () => {
  it('a failure tells the user an error id to report, and nothing else of the error', () => {
    expect(renderFailure('9f3a61c2').content).toBe(
      'Sorry, something went wrong while answering that (error id `9f3a61c2`). Please try again; if it keeps happening, give this id to whoever runs the bot.',
    );
  });

  it('a notice is cut to Discord’s 2,000 characters and pings nobody', () => {
    const notice = renderNotice('@everyone '.repeat(500));
    expect(notice.content?.length).toBeLessThanOrEqual(2000);
    expect(notice.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});
