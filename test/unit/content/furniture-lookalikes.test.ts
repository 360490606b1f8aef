import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/content/clean.ts';
import { splitFrontMatter } from '../../../src/content/front-matter.ts';
import { readHtmlArticle } from '../../../src/content/html.ts';

const BODY =
  'The ferry service between the two islands resumed on Monday after a three-week strike.';

function keeps(paragraph: string): boolean {
  return cleanBlocks([BODY, paragraph, BODY.replace('Monday', 'Tuesday')], null).kept.includes(
    paragraph,
  );
}

describe('sentences that merely start like page furniture are kept', () => {
  it.each([
    'Comments from residents were mostly positive, the council said.',
    'More from the minister came later in the week.',
    'Follow us, the protesters shouted as they marched.',
    'Most read books last year were about the sea.',
    'Supported by the council, the plan passed easily.',
    'Updated figures show the catch fell.',
    'Credit unions also lent to the fishermen.',
    'Published in 1990, the report was ignored.',
    'By the time the ferry arrived the pier was empty',
  ])('keeps “%s” and every paragraph after it', (paragraph) => {
    expect(keeps(paragraph)).toBe(true);
    expect(
      cleanBlocks([BODY, paragraph, 'A last paragraph that closes the article.'], null).kept,
    ).toHaveLength(3);
  });

  it('a lone "Read more" drops a headline after it, but not a full sentence', () => {
    const sentence = 'The ferry runs twice a day, the captain said.';
    expect(cleanBlocks([BODY, 'Read more', sentence], null).kept).toEqual([BODY, sentence]);
    expect(
      cleanBlocks([BODY, 'Read more', 'Island ferries face a hard winter'], null).kept,
    ).toEqual([BODY]);
  });

  it('date lines are removed, however many words they run to', () => {
    for (const line of [
      'Jan. 5, 2021, 10:37 p.m. EST',
      'June 21, 2024 at 8:01 am Updated June 21, 2024 at 10:37 am',
    ]) {
      expect(cleanBlocks([line, BODY], null).removed).toEqual([
        expect.objectContaining({ rule: 'dateline', text: line }),
      ]);
    }
  });
});

describe('odd but valid inputs', () => {
  it('empty front matter leaves only the body', () => {
    expect(splitFrontMatter('---\n---\nThe ferry ran late.').body).toBe('The ferry ran late.');
  });

  it('an .html file with no markup holds no article rather than throwing', () => {
    for (const html of ['', '   ', 'just some text', '<!-- a comment -->']) {
      expect(() => readHtmlArticle(html)).not.toThrow();
    }
  });

  it('a page dated only in JSON-LD gets that publication date', () => {
    const html = `<html><head><title>Harbour works</title>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-20T08:00:00Z"}</script>
      </head><body><article><h1>Harbour works</h1>
      <p>${BODY} The works will widen the harbour mouth by forty metres, the authority said on its website.</p>
      <p>Engineers expect the first phase to end in the autumn, before the winter storms arrive on the coast.</p>
      <h2>What comes next</h2>
      <p>The second phase will deepen the channel so that larger ferries can dock at the new pier in all tides.</p>
      </article></body></html>`;
    const page = readHtmlArticle(html);
    expect(page?.meta.published).toBe('2024-06-20');
    expect(page?.blocks).not.toContain('What comes next');
    expect(page?.removed).toContainEqual(
      expect.objectContaining({ rule: 'heading', text: 'What comes next' }),
    );
  });
});
