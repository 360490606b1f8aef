import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../src/content/files.ts';
import { loadArticles } from '../../../src/content/load.ts';
import type { Article } from '../../../src/content/types.ts';
import { BriefbotError } from '../../../src/errors.ts';
import {
  copyInto,
  FIXTURE_ARTICLES,
  SEED_FILE,
  SEED_SLUG,
  tempDirs,
  writeInto,
} from '../support.ts';

const makeDir = tempDirs('load');

describe('loading the seed', () => {
  let seed: Article;
  beforeAll(async () => {
    const { articles, problems } = await loadArticles(copyInto(makeDir(), SEED_FILE));
    expect(problems).toEqual([]);
    seed = articles[0] as Article;
  });

  it('numbers its 27 cleaned paragraphs <slug>#1 … <slug>#27', () => {
    expect(seed.slug).toBe(SEED_SLUG);
    expect(seed.file).toBe('000_e6b419b8511849bc.txt');
    expect(seed.paragraphs.map((p) => p.id)).toEqual(
      Array.from({ length: 27 }, (_, i) => `${SEED_SLUG}#${i + 1}`),
    );
    expect(seed.paragraphs.map((p) => p.number)).toEqual(
      Array.from({ length: 27 }, (_, i) => i + 1),
    );
  });

  it('puts the body sentence about Kiriyenko in paragraph 22, as users see it', () => {
    const paragraph = seed.paragraphs[21];
    expect(paragraph?.id).toBe(`${SEED_SLUG}#22`);
    expect(paragraph?.sentences.map((s) => s.text)).toContain(
      'On April 30, Sergei Kiriyenko, first deputy chief of staff to Vladimir Putin, was appointed as the Kremlin’s point man for Armenia.',
    );
  });

  it('keeps the removed furniture with the article for `npm run content`', () => {
    expect(seed.removed).toHaveLength(9);
    expect(seed.title).toBe(
      'Putin sidelined: Russia fails to stop Turkey from reconciling Azerbaijan and Armenia',
    );
  });

  it('splits every paragraph into sentences that are verbatim parts of it', () => {
    for (const paragraph of seed.paragraphs) {
      expect(paragraph.sentences.length).toBeGreaterThan(0);
      for (const sentence of paragraph.sentences) {
        expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });
});

describe('one bad file never stops the others', () => {
  let loaded: Awaited<ReturnType<typeof loadArticles>>;

  beforeAll(async () => {
    const dir = copyInto(makeDir(), join(FIXTURE_ARTICLES, 'harbour-row.txt'));
    writeInto(dir, {
      'broken.md': '---\ntitle: [unclosed\n---\nThe body.\n',
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      'only-furniture.txt': 'By admin\n\nAdvertisement\n',
      'harbour_row.md': 'A second file whose name gives the id harbour-row.\n',
      'notes.json': '{"not": "an article"}',
      '.draft.txt': 'A hidden draft that is not served.',
    });
    loaded = await loadArticles(dir);
  });

  it('serves the good article', () => {
    expect(loaded.articles.map((a) => a.file)).toEqual(['harbour-row.txt']);
    expect(loaded.articles[0]?.paragraphs).toHaveLength(4);
  });

  it('reports each bad file once, with a message that names it', () => {
    expect(loaded.problems).toEqual([
      { file: 'broken.md', message: expect.stringMatching(/^broken\.md: broken front matter/) },
      {
        file: 'harbour_row.md',
        message: 'harbour_row.md: another file already uses the id "harbour-row"',
      },
      {
        file: 'only-furniture.txt',
        message: 'only-furniture.txt: no paragraphs left after cleaning',
      },
      { file: 'photo.txt', message: 'photo.txt: looks like a binary file, not text' },
    ]);
  });
});

describe('the content folder', () => {
  it('lists article files by name, skipping hidden files and other kinds of file', async () => {
    const dir = writeInto(makeDir(), {
      'b.md': 'B.',
      'a.txt': 'A.',
      'c.HTML': '<p>C.</p>',
      'd.json': '{}',
      '.e.txt': 'E.',
    });
    const files = await listArticleFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.md', 'c.HTML']);
  });

  it('is reported as missing with CONTENT_DIR_MISSING', async () => {
    const missing = join(makeDir(), 'nowhere');
    await expect(loadArticles(missing)).rejects.toThrow(
      new BriefbotError('CONTENT_DIR_MISSING', `Content folder not found: ${missing}`),
    );
    await expect(loadArticles(missing)).rejects.toMatchObject({ code: 'CONTENT_DIR_MISSING' });
  });
});

describe('a plain page with its byline and date line in the text', () => {
  it('takes the author from the byline and the publication date from the date line it removes', async () => {
    const dir = writeInto(makeDir(), {
      'ferry.txt': `Ferry strike ends

By Jane Doe, Transport Correspondent

September 21, 2023

The ferry service resumed on Monday after a three-week strike, the operator said.`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article).toMatchObject({ author: 'Jane Doe', published: '2023-09-21' });
    expect(article?.paragraphs.map((p) => p.text)).toEqual([
      'The ferry service resumed on Monday after a three-week strike, the operator said.',
    ]);
  });

  it('takes a wire story’s publication day from its dateline, in the year the story names', async () => {
    const dir = writeInto(makeDir(), {
      'wire.txt': `Corran agrees to buy Vossberg

By Jana Kovac

HALBERG, March 4 (Meridian Wire) - Corran Industries said on Tuesday it had agreed to buy Vossberg.

Vossberg shares had lost 22 percent so far in 2025. The deal should close by 2027.`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article?.published).toBe('2025-03-04');
  });

  it('takes the publication day from a dateline of the day alone ("Feb. 23, 2015 -- …")', async () => {
    const dir = writeInto(makeDir(), {
      'health.txt': `Babies who eat peanuts early may avoid allergy

Feb. 23, 2015 -- Peanut allergies have been on the rise in the past decade.

A study published last week suggests a way to stem that rise.`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article?.published).toBe('2015-02-23');
  });

  it('reads a press release: its label, headline and subtitle, dateline, list and foot', async () => {
    const dir = writeInto(makeDir(), {
      'release.txt': `FOR IMMEDIATE RELEASE
Aldercrest Air Orders New Aircraft
Regional carrier also plans a maintenance base

MERROWBY, Kessland, 3 June 2025 /Kessland Newswire/ -- Aldercrest Air today announced a fleet renewal.

Highlights of the plan include:

- A firm order for 12 turboprops
- Six new routes from Merrowby

The first routes will launch on 1 July, the airline said, and the hangar will open in January.

About Aldercrest Air
Aldercrest Air was founded in 1998 and is based at Merrowby Airport.

Media contact:
Priya Holloway
press@aldercrest.example

###`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article).toMatchObject({
      title: 'Aldercrest Air Orders New Aircraft',
      published: '2025-06-03',
    });
    expect(article?.paragraphs.map((p) => p.text)).toEqual([
      'MERROWBY, Kessland, 3 June 2025 /Kessland Newswire/ -- Aldercrest Air today announced a fleet renewal.',
      'A firm order for 12 turboprops',
      'Six new routes from Merrowby',
      'The first routes will launch on 1 July, the airline said, and the hangar will open in January.',
    ]);
  });

  it('reads a header copied without blank lines: title, subtitle, byline and date line, one per line', async () => {
    const dir = writeInto(makeDir(), {
      'ferry.txt': `Ferry strike ends after three weeks
Crews accept a new rota as the operator drops its plan to cut night sailings
By Jane Doe
Published 22 September 2023, 07:12 BST

Share this article

The ferry service resumed on Monday after a three-week strike, the operator said.

Crews voted to accept the new rota on Sunday.

More from Transport

Bus fares to rise in January`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article).toMatchObject({
      title: 'Ferry strike ends after three weeks',
      author: 'Jane Doe',
      published: '2023-09-22',
    });
    expect(article?.paragraphs.map((p) => p.text)).toEqual([
      'The ferry service resumed on Monday after a three-week strike, the operator said.',
      'Crews voted to accept the new rota on Sunday.',
    ]);
    expect(article?.removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['standfirst', 'byline', 'dateline', 'boilerplate', 'trailer']),
    );
  });

  it('reads a page copied with a long site menu, a caption between headline and byline, a newsletter box and a list of topic links', async () => {
    const dir = writeInto(makeDir(), {
      'festival.txt': `The Northern Ledger
Skip to main content
News
Opinion
Sport
Culture
Lifestyle
Culture > Music > Music festivals

Kestrel Meadow festival cancelled after council refuses licence
Organisers promise full refunds to ticket holders

Crowds in front of the main stage in 2019. Photograph: Owain Fell

By Imogen Trask, arts correspondent
Tue 8 Jul 2025 14.05 BST
Share

The Kestrel Meadow music festival has been called off after councillors refused to license it.

Sign up to Sound Check
Free weekly newsletter
Our critics' pick of the week's gigs, every Friday
Enter your email address
Sign up
Privacy Notice: Newsletters may contain info about charities.
after newsletter promotion

About 14,500 tickets had been sold, according to the company.

Explore more on these topics
Music festivals
Music
Live music
news
Share`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article).toMatchObject({
      title: 'Kestrel Meadow festival cancelled after council refuses licence',
      author: 'Imogen Trask',
      published: '2025-07-08',
    });
    expect(article?.paragraphs.map((p) => p.text)).toEqual([
      'The Kestrel Meadow music festival has been called off after councillors refused to license it.',
      'About 14,500 tickets had been sold, according to the company.',
    ]);
  });

  it('keeps the article when a trailer-like label sits above most of its text', async () => {
    const dir = writeInto(makeDir(), {
      'ferry.txt': `Ferry strike ends

Comments

The ferry service resumed on Monday after a three-week strike, the operator said.

Crews voted to accept the new rota on Sunday, ending a dispute over night sailings.`,
    });
    const [article] = (await loadArticles(dir)).articles;
    expect(article?.paragraphs).toHaveLength(2);
  });
});
