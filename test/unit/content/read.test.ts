import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES, readArticleFile, slugify } from '../../../src/content/read.ts';
import { BriefbotError } from '../../../src/errors.ts';
import { FIXTURE_ARTICLES, SEED_FILE, tempDirs, writeInto } from '../support.ts';

const makeDir = tempDirs('read');

/** Reads a file expected to be refused and returns the error it was refused with. */
async function refusal(file: string): Promise<BriefbotError> {
  const error = await readArticleFile(file).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BriefbotError);
  return error as BriefbotError;
}

describe('reading a .txt article', () => {
  it('takes the seed’s first line as its title and keeps its furniture for the cleaner', async () => {
    const raw = await readArticleFile(SEED_FILE);
    expect(raw.slug).toBe('000-e6b419b8511849bc');
    expect(raw.meta).toEqual({
      title: 'Putin sidelined: Russia fails to stop Turkey from reconciling Azerbaijan and Armenia',
      author: null,
      published: null,
      url: null,
    });
    expect(raw.blocks[1]).toBe('by admin');
    expect(raw.blocks.at(-1)).toBe('You may also like');
  });

  it('folds the lines of one paragraph into one block, splitting at blank lines', async () => {
    const dir = writeInto(makeDir(), {
      'Ferry Notes.txt':
        'Ferry notes\n\nThe first line of a paragraph\ncontinues on the next line.\r\n\r\nA second paragraph.\n',
    });
    const raw = await readArticleFile(join(dir, 'Ferry Notes.txt'));
    expect(raw.slug).toBe('ferry-notes');
    expect(raw.blocks).toEqual([
      'Ferry notes',
      'The first line of a paragraph continues on the next line.',
      'A second paragraph.',
    ]);
  });

  it('keeps a wrapped paragraph folded even when its lines are short', async () => {
    const dir = writeInto(makeDir(), {
      'wrapped.txt': 'Ferry notes\n\nThe ferry ran late\nagain today, and\nNobody was surprised.\n',
    });
    const raw = await readArticleFile(join(dir, 'wrapped.txt'));
    expect(raw.blocks).toEqual([
      'Ferry notes',
      'The ferry ran late again today, and Nobody was surprised.',
    ]);
  });

  it('reads each line as a paragraph when a page was copied with no blank line between them', async () => {
    const first =
      'The ferry company said on Monday that its two oldest boats would be withdrawn from the island route by the end of the summer.';
    const second =
      'Passengers will instead travel on a chartered catamaran, which the company says is faster and cheaper to run than the old ships.';
    const dir = writeInto(makeDir(), {
      'copied.txt': `Ferry notes\n\n${first}\nThe Island Star in harbour. Photograph: Jo Bell\n${second}\n`,
    });
    const raw = await readArticleFile(join(dir, 'copied.txt'));
    expect(raw.blocks).toEqual([
      'Ferry notes',
      first,
      'The Island Star in harbour. Photograph: Jo Bell',
      second,
    ]);
  });

  it('takes out the soft hyphens and zero-width spaces a page never shows', async () => {
    const dir = writeInto(makeDir(), {
      'shy.txt':
        'Netan\u00adyahu wins\n\nBenjamin Netan\u00adyahu met Vladi\u200bmir Putin on Monday.\n',
    });
    const raw = await readArticleFile(join(dir, 'shy.txt'));
    expect(raw.meta.title).toBe('Netanyahu wins');
    expect(raw.blocks).toContain('Benjamin Netanyahu met Vladimir Putin on Monday.');
  });

  it('joins a word broken with a hyphen at a line’s end', async () => {
    const dir = writeInto(makeDir(), {
      'hyphen.txt': 'Ferry notes\n\nThe council set up a longer-\nterm fund for the ferry.\n',
    });
    const raw = await readArticleFile(join(dir, 'hyphen.txt'));
    expect(raw.blocks[1]).toBe('The council set up a longer-term fund for the ferry.');
  });

  it('takes the headline, not the site name or menu, as the title of a page copied with its header', async () => {
    const dir = writeInto(makeDir(), {
      'copied.txt':
        'The Harbour Ledger\nNews | World | Sport\nWorld › Transport\n\nIsland ferries cancelled as storm closes harbour\n\nBy Jane Doe\nPublished 9 October 2025\n\nThe ferry ran late again today.',
    });
    const raw = await readArticleFile(join(dir, 'copied.txt'));
    expect(raw.meta.title).toBe('Island ferries cancelled as storm closes harbour');
  });

  it('has no title when the first block is a sentence, and drops a byte-order mark', async () => {
    const dir = writeInto(makeDir(), {
      'no-title.txt': '\uFEFFThe ferry ran late again today.\n\nNobody was surprised.',
    });
    const raw = await readArticleFile(join(dir, 'no-title.txt'));
    expect(raw.meta.title).toBeNull();
    expect(raw.blocks[0]).toBe('The ferry ran late again today.');
  });

  it('reads front matter in a .txt file too', async () => {
    const dir = writeInto(makeDir(), {
      'dated.txt':
        '---\ntitle: Ferry notes\ndate: 2024-06-21\n---\nThe ferry ran late again today.\n',
    });
    const raw = await readArticleFile(join(dir, 'dated.txt'));
    expect(raw.meta.title).toBe('Ferry notes');
    expect(raw.meta.published).toBe('2024-06-21');
    expect(raw.blocks).toEqual(['The ferry ran late again today.']);
  });
});

describe('reading a .md article with YAML front matter', () => {
  it('takes title, date, author and source from the front matter', async () => {
    const raw = await readArticleFile(join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    expect(raw.slug).toBe('ferry-memo');
    expect(raw.meta).toEqual({
      title: 'Ferry memo shows the timetable was rushed',
      author: 'Aoife Byrne',
      published: '2024-03-09',
      url: 'https://example.org/news/ferry-memo',
    });
  });

  it('strips inline Markdown so quotes are plain sentences: links keep their text, images go', async () => {
    const raw = await readArticleFile(join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    expect(raw.blocks).toEqual([
      'The ferry board approved the winter timetable in one meeting, a memo seen by the Courier shows.',
      'The board chair, Mary Halloran, wrote that the vote "could not wait for the survey".',
      'Crews had asked for six weeks of trials before the change.',
    ]);
  });

  it('sets sub-headings aside as removed, with a reason', async () => {
    const raw = await readArticleFile(join(FIXTURE_ARTICLES, 'ferry-memo.md'));
    expect(raw.removed).toEqual([
      { rule: 'heading', text: 'What the memo says', reason: expect.stringContaining('heading') },
    ]);
  });

  it('takes the first heading as the title when there is no front matter', async () => {
    const dir = writeInto(makeDir(), {
      'plain.md': '# Ferry **timetable** changes\n\nThe winter timetable starts in *October*.\n',
    });
    const raw = await readArticleFile(join(dir, 'plain.md'));
    expect(raw.meta.title).toBe('Ferry timetable changes');
    expect(raw.blocks).toEqual(['The winter timetable starts in October.']);
  });

  it('sets aside a quoted "Key facts" box and a line of links, but keeps a quotation', async () => {
    const dir = writeInto(makeDir(), {
      'explainer.md': [
        'The council wants to charge drivers £9 a day.',
        '> **Key facts**\n> - Cars would pay £9 a day.\n> - Most residents are against it.',
        '> We will keep fighting this in court.',
        '**More explainers:** [How the trams were built](https://example.org/a) · [The new law](https://example.org/b)',
      ].join('\n\n'),
    });
    const raw = await readArticleFile(join(dir, 'explainer.md'));
    expect(raw.blocks).toEqual([
      'The council wants to charge drivers £9 a day.',
      'We will keep fighting this in court.',
    ]);
    expect(raw.removed.map((r) => r.rule)).toEqual(['box', 'read-also']);
  });

  it('refuses broken front matter with ARTICLE_UNREADABLE, naming the file', async () => {
    const dir = writeInto(makeDir(), {
      'broken.md': '---\ntitle: [unclosed\ndate: 2024-03-09\n---\nThe body.\n',
    });
    const error = await refusal(join(dir, 'broken.md'));
    expect(error.code).toBe('ARTICLE_UNREADABLE');
    expect(error.message).toMatch(/^broken\.md: broken front matter/);
  });

  it('refuses front matter that is a list rather than "key: value" lines', async () => {
    const dir = writeInto(makeDir(), { 'list.md': '---\n- a\n- b\n---\nThe body.\n' });
    const error = await refusal(join(dir, 'list.md'));
    expect(error.code).toBe('ARTICLE_UNREADABLE');
    expect(error.message).toMatch(/^list\.md: .*key: value/);
  });

  it('refuses a date that is not a date, naming the file and the field', async () => {
    const dir = writeInto(makeDir(), {
      'bad-date.md': '---\ndate: next Tuesday-ish\n---\nThe body.\n',
    });
    const error = await refusal(join(dir, 'bad-date.md'));
    expect(error.message).toMatch(/^bad-date\.md: .*"date".*next Tuesday-ish/);
  });
});

describe('refusing files that are not text', () => {
  it('refuses binary bytes (an image saved as .txt), naming the file', async () => {
    const dir = writeInto(makeDir(), {
      'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    const error = await refusal(join(dir, 'photo.txt'));
    expect(error.code).toBe('ARTICLE_UNREADABLE');
    expect(error.message).toBe('photo.txt: looks like a binary file, not text');
  });

  it('refuses invalid UTF-8 (a Latin-1 file), naming the file', async () => {
    const dir = writeInto(makeDir(), {
      'latin1.md': new Uint8Array([
        0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74,
      ]),
    });
    const error = await refusal(join(dir, 'latin1.md'));
    expect(error.message).toBe('latin1.md: is not valid UTF-8 text');
  });

  it('reads an HTML page in the charset it declares when its bytes are not UTF-8', async () => {
    const page =
      '<html><head><meta charset="windows-1252"><title>Café owner’s appeal</title></head><body><article><h1>Café owner’s appeal</h1><p>The café on Quay Street will close on Friday after 40 years, its owner said.</p></article></body></html>';
    const dir = writeInto(makeDir(), {
      'cafe.html': new Uint8Array(
        [...page].map((c) => (c === '’' ? 0x92 : (c.codePointAt(0) as number))),
      ),
    });
    const raw = await readArticleFile(join(dir, 'cafe.html'));
    expect(raw.blocks.join(' ')).toContain('The café on Quay Street will close on Friday');
    expect(raw.meta.title).toBe('Café owner’s appeal');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = makeDir();
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_FILE_BYTES + 1, 'a'));
    const error = await refusal(join(dir, 'huge.txt'));
    expect(error.message).toMatch(/^huge\.txt: is \d+ KiB, over the \d+ KiB limit$/);
  });

  it('refuses a web page with no article in it', async () => {
    const dir = writeInto(makeDir(), { 'empty.html': '<html><body></body></html>' });
    const error = await refusal(join(dir, 'empty.html'));
    expect(error.message).toBe('empty.html: holds no readable article text');
  });
});

describe('article ids', () => {
  it.each([
    ['000_e6b419b8511849bc', '000-e6b419b8511849bc'],
    ['My Story', 'my-story'],
    ['Pātaua Ōtaki', 'pataua-otaki'],
    ['Don’t Panic!', 'dont-panic'],
  ])('the file name "%s" gives the id "%s"', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('Markdown lists and image captions', () => {
  const MARKDOWN = `---
title: Payroll breach
---

The company said hackers took bank details.

![The head office](https://example.com/hq.jpg)

*The head office in Halifax, where most staff work. (Dispatch photo / Jo Roe)*

Key facts about the breach:

- Roughly 1.9 million workers are affected.
- Names and bank numbers were taken,
  along with dates of birth.
1. The intruders stayed nine days.`;

  it('reads each list item as a block of its own, its wrapped lines folded', async () => {
    const dir = writeInto(makeDir(), { 'breach.md': MARKDOWN });
    const { blocks } = await readArticleFile(join(dir, 'breach.md'));
    expect(blocks).toEqual([
      'The company said hackers took bank details.',
      'Key facts about the breach:',
      'Roughly 1.9 million workers are affected.',
      'Names and bank numbers were taken, along with dates of birth.',
      'The intruders stayed nine days.',
    ]);
  });

  it('removes the emphasised line under an image as its caption', async () => {
    const dir = writeInto(makeDir(), { 'breach.md': MARKDOWN });
    const { removed } = await readArticleFile(join(dir, 'breach.md'));
    expect(removed).toContainEqual(
      expect.objectContaining({
        rule: 'caption',
        text: 'The head office in Halifax, where most staff work. (Dispatch photo / Jo Roe)',
      }),
    );
  });
});
