import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CleanResult, cleanBlocks } from '../../../src/content/clean.ts';
import { readArticleFile } from '../../../src/content/read.ts';
import type { CleaningRule } from '../../../src/content/types.ts';
import { FIXTURE_ARTICLES, SEED_FILE } from '../support.ts';

const TITLE = 'Ferry strike ends after three weeks';
const RESUMED =
  'The ferry service between the two islands resumed on Monday after a three-week strike by crews over pay and rosters, the operator said in a statement.';
const AGREEMENT =
  'Union leaders said the new agreement raises wages by six percent and limits night shifts to three a week, ending a dispute that had cut the islands off since June.';
const SHOPKEEPERS =
  'Island shopkeepers, who lost most of their summer trade during the strike, welcomed the news with some relief and a little bitterness about the weeks lost.';

function removedBy(result: CleanResult, rule: CleaningRule): string[] {
  return result.removed.filter((r) => r.rule === rule).map((r) => r.text);
}

/** Cleans the normal paragraphs with one extra block in the middle. */
function withBlock(block: string, title: string | null = TITLE): CleanResult {
  return cleanBlocks([RESUMED, block, AGREEMENT, SHOPKEEPERS], title);
}

describe('cleaning the seed article (a raw web copy)', () => {
  let seed: CleanResult;
  let title: string;

  beforeAll(async () => {
    const raw = await readArticleFile(SEED_FILE);
    title = raw.meta.title ?? '';
    seed = cleanBlocks(raw.blocks, raw.meta.title);
  });

  it('keeps the 27 body paragraphs and removes exactly 9 blocks of furniture', () => {
    expect(seed.kept).toHaveLength(27);
    expect(seed.removed.map((r) => r.rule).sort()).toEqual(
      [
        'byline',
        'pull-quote',
        'pull-quote',
        'pull-quote',
        'read-also',
        'title',
        'title',
        'title',
        'trailer',
      ].sort(),
    );
  });

  it('removes the title line and both copies of the title repeated inside the body', () => {
    expect(title).toBe(
      'Putin sidelined: Russia fails to stop Turkey from reconciling Azerbaijan and Armenia',
    );
    expect(removedBy(seed, 'title')).toEqual([title, title, title]);
    expect(seed.kept).not.toContain(title);
  });

  it('removes the "by admin" byline', () => {
    expect(removedBy(seed, 'byline')).toEqual(['by admin']);
  });

  it('removes the "Read also:" block with its linked headline, and keeps the paragraph after it', () => {
    const [readAlso] = removedBy(seed, 'read-also');
    expect(readAlso).toMatch(/^Read also: Dreaming of dictatorship/);
    expect(seed.kept.some((p) => p.includes('Ivanishvili'))).toBe(false);
    expect(seed.kept).toContainEqual(
      expect.stringMatching(/^Meanwhile, Turkey, in coordination with the U\.S\./),
    );
  });

  it('removes the "You may also like" trailer; the last paragraph kept is the article’s own', () => {
    expect(removedBy(seed, 'trailer')).toEqual(['You may also like']);
    expect(seed.kept.at(-1)).toMatch(/^This shows that both Armenia and Azerbaijan/);
  });

  it('removes the pull quote about Kiriyenko and keeps the body paragraph it repeats', () => {
    const pull = seed.removed.find(
      (r) => r.rule === 'pull-quote' && r.text.startsWith('Sergei Kiriyenko, first deputy'),
    );
    expect(pull?.reason).toContain('Unsurprisingly, Moscow made');
    expect(seed.kept).toContainEqual(
      expect.stringContaining(
        'On April 30, Sergei Kiriyenko, first deputy chief of staff to Vladimir Putin, was appointed',
      ),
    );
    expect(seed.kept.some((p) => p.includes('in an attempt to save Moscow’s relations'))).toBe(
      false,
    );
  });

  it('removes the paraphrased pull quote about reopening borders and the repeated sentence about the May plan', () => {
    const pulls = removedBy(seed, 'pull-quote');
    expect(pulls).toContainEqual(expect.stringMatching(/^Reopening borders and restarting/));
    expect(pulls).toContain(
      'In May, the U.S. proposed a plan under which Armenia and Azerbaijan would hand over management of the transport routes to an American company.',
    );
    expect(seed.kept).toContainEqual(
      expect.stringMatching(/^Azerbaijan initially rejected the idea.*In May, the U\.S\. proposed/),
    );
  });

  it('finds no date line, boilerplate or duplicate among its paragraphs: those rules do not fire on normal prose', () => {
    for (const rule of ['dateline', 'boilerplate', 'duplicate', 'empty'] as const) {
      expect(removedBy(seed, rule)).toEqual([]);
    }
  });

  it('gives every removal a reason a person can read', () => {
    for (const removal of seed.removed) expect(removal.reason.length).toBeGreaterThan(10);
  });
});

describe('cleaning rules on small synthetic articles', () => {
  describe('repeated title', () => {
    it('removes the title wherever it repeats, whatever its case or punctuation', () => {
      const result = cleanBlocks(
        [TITLE, RESUMED, 'FERRY STRIKE ENDS — AFTER THREE WEEKS!', AGREEMENT],
        TITLE,
      );
      expect(removedBy(result, 'title')).toHaveLength(2);
      expect(result.kept).toEqual([RESUMED, AGREEMENT]);
    });

    it('keeps a paragraph that uses the title’s words in a longer sentence', () => {
      const sentence = 'The ferry strike ends after three weeks of talks, the union said.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });

    it('removes nothing as a title when the article has none', () => {
      expect(removedBy(cleanBlocks([TITLE, RESUMED], null), 'title')).toEqual([]);
    });
  });

  describe('byline', () => {
    it.each([
      'by admin',
      'By Jane Doe and Tom Kerr',
      'Written by Staff Reporter',
      'Posted by ferrywatch',
      'By Jane Doe, Transport Correspondent',
      'By Jonathan Corbet March 25, 2015',
    ])('removes "%s"', (byline) => {
      const result = withBlock(byline);
      expect(removedBy(result, 'byline')).toEqual([byline]);
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('keeps a short paragraph that merely starts with "By"', () => {
      const sentence = 'By noon, the first sailing had left the harbour.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });
  });

  describe('date line', () => {
    it.each([
      'April 28, 2019 at 6:01 am',
      'Friday 21 June 2024 08.01 BST',
      'Jan. 5, 2021, 10:37 pm EST',
    ])('removes "%s"', (line) => {
      expect(removedBy(withBlock(line), 'dateline')).toEqual([line]);
    });

    it('keeps a short sentence that opens with a date', () => {
      const sentence = 'On July 10, the two leaders met in Abu Dhabi.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });

    it('keeps an address with numbers in it', () => {
      expect(withBlock('10 Downing Street').kept).toContain('10 Downing Street');
    });
  });

  describe('captions', () => {
    it('removes a paragraph that ends with its photo credit', () => {
      const caption =
        'Crews wave from the first ferry to leave the harbour on Monday. (Photo: Jane Doe/Island Courier)';
      expect(removedBy(withBlock(caption), 'caption')).toEqual([caption]);
    });

    it('removes an artwork’s credit standing alone: "(Artist: Elearia)"', () => {
      for (const line of ['(Artist: Elearia)', '(Artwork by Mechanical-Hand)']) {
        expect(removedBy(withBlock(line), 'caption')).toEqual([line]);
      }
    });

    it('removes a caption whose credit names the outlet: "(Dispatch photo / Jo Roe)"', () => {
      const caption = 'The head office in Halifax. (Dispatch photo / Jo Roe)';
      expect(removedBy(withBlock(caption), 'caption')).toEqual([caption]);
    });

    it('removes a caption that ends with its photographer and agency: "(Thomas Coex/AFP/Getty Images)"', () => {
      const caption =
        "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 following his party's victory. (Thomas Coex/AFP/Getty Images)";
      expect(removedBy(withBlock(caption), 'caption')).toEqual([caption]);
    });

    it('removes a credit line naming its kind: "Image source: Getty Images."', () => {
      for (const line of ['Image source: Getty Images.', 'Photo credit: Jo Roe/Island Courier']) {
        expect(removedBy(withBlock(line), 'caption')).toEqual([line]);
      }
    });

    it('removes a credit, a file name or the kind of picture standing alone', () => {
      for (const line of [
        'Chuck Burton/AP',
        '(Mike Cason/mcason@al.com)',
        'skimming scheme seized cash and cards.jpg',
        'File photo of the harbour master at the West Quay. (Reuters)',
        'iStockphoto',
        'The harbour master and his deputy Shutterstock / Getty Images (Composite)',
        '03:08 - Source: CNN',
      ]) {
        expect(removedBy(withBlock(line), 'caption')).toEqual([line]);
      }
      expect(removedBy(withBlock('CNN —'), 'dateline')).toEqual(['CNN —']);
      expect(removedBy(withBlock('exclusive'), 'boilerplate')).toEqual(['exclusive']);
      // A label with a slash between its words is not a credit, nor a line ending with "stock".
      expect(withBlock('Firm Chop / Crud').kept).toContain('Firm Chop / Crud');
      expect(withBlock('Why investors are dumping the stock').kept).toContain(
        'Why investors are dumping the stock',
      );
    });

    it('keeps a sentence that ends with an aside in brackets', () => {
      const sentence = 'The ferry company said fares would rise next month (from £4.20 to £4.50).';
      expect(withBlock(sentence).kept).toContain(sentence);
    });

    it('keeps a sentence that mentions a photo in brackets mid-sentence', () => {
      const sentence =
        'The union posted a picture (photo: the crew at the pier) that went viral, and talks resumed.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });
  });

  describe('labels', () => {
    it('removes a short label that introduces what follows ("Key facts about the breach:")', () => {
      expect(removedBy(withBlock('Key facts about the breach:'), 'heading')).toEqual([
        'Key facts about the breach:',
      ]);
    });

    it('keeps a sentence that ends with a colon when it is long', () => {
      const sentence =
        'The union listed three demands in a letter to the operator and the ministry on Monday:';
      expect(withBlock(sentence).kept).toContain(sentence);
    });
  });

  describe('"Read also" links', () => {
    it('removes "Read also:" with its headline in the same block', () => {
      const block = 'Read also: Island ferries face a summer of delays';
      const result = withBlock(block);
      expect(removedBy(result, 'read-also')).toEqual([block]);
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('removes "Read also:" and the headline in the block after it, and nothing more', () => {
      const result = cleanBlocks(
        [RESUMED, 'Read also:', 'Island ferries face a summer of delays', AGREEMENT, SHOPKEEPERS],
        TITLE,
      );
      expect(removedBy(result, 'read-also')).toEqual([
        'Read also:',
        'Island ferries face a summer of delays',
      ]);
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('treats "Read more from <outlet>: <headline>" the same way', () => {
      const block = 'Read more from the Island Courier: Who runs the ferries now?';
      expect(removedBy(withBlock(block), 'read-also')).toEqual([block]);
    });

    it('treats "See also:" the same way', () => {
      const result = withBlock('See also: How the strike began');
      expect(removedBy(result, 'read-also')).toEqual(['See also: How the strike began']);
    });

    it('keeps paragraphs that begin with "Related" or "Read also" as ordinary words', () => {
      const related = 'Related talks were held in the capital on Tuesday.';
      const readAlso = 'Read also the minutes, which the council published on Friday.';
      expect(withBlock(related).kept).toContain(related);
      expect(withBlock(readAlso).kept).toContain(readAlso);
    });
  });

  describe('trailers', () => {
    it('removes "You may also like" and every block after it', () => {
      const result = cleanBlocks(
        [
          RESUMED,
          AGREEMENT,
          'You may also like',
          'Ten quiet beaches to visit this summer',
          'Island life: the bakers who never close',
        ],
        TITLE,
      );
      expect(result.kept).toEqual([RESUMED, AGREEMENT]);
      expect(removedBy(result, 'trailer')).toEqual([
        'You may also like',
        'Ten quiet beaches to visit this summer',
        'Island life: the bakers who never close',
      ]);
      expect(result.removed.map((r) => r.reason)).toEqual([
        expect.stringContaining('you may also like'),
        'follows a page trailer',
        'follows a page trailer',
      ]);
    });

    it('keeps the next story of a page of several when its byline follows a "Comments" link', () => {
      const next = [
        'By Jo Roe March 25, 2015',
        'The harbour board was set up in 1904 to run the quays, the pilots and the lighthouses of the two islands, and it has met in the same stone building by the east quay ever since.',
        'Its members are chosen by the island councils, serve for four years without pay and meet once a month in the old custom house, where the minutes of every meeting since 1904 are kept.',
      ];
      const result = cleanBlocks(
        [RESUMED, AGREEMENT, SHOPKEEPERS, 'Comments (3 posted)', ...next],
        TITLE,
      );
      expect(result.kept).toEqual(expect.arrayContaining(next.slice(1)));
      expect(removedBy(result, 'trailer')).toEqual([]);
      // A line opening with "by" in lower case is no byline: the page's foot is still cut.
      const foot = cleanBlocks(
        [
          RESUMED,
          AGREEMENT,
          SHOPKEEPERS,
          'Comments (3 posted)',
          'by the way, see below',
          ...next.slice(1),
        ],
        TITLE,
      );
      expect(removedBy(foot, 'trailer')).toContain('Comments (3 posted)');
    });

    it('keeps a paragraph that says "may also like" inside a sentence', () => {
      const sentence =
        'Visitors who enjoy the crossing may also like the new harbour museum, which opens in June.';
      expect(withBlock(sentence).kept).toEqual([RESUMED, sentence, AGREEMENT, SHOPKEEPERS]);
    });
  });

  describe('boilerplate', () => {
    it.each([
      'Continue reading the main story',
      'Advertisement',
      'Skip to main content',
      'Join The Conversation',
      '0Reactions',
    ])('removes "%s" and keeps the paragraphs around it', (line) => {
      const result = withBlock(line);
      expect(removedBy(result, 'boilerplate')).toEqual([line]);
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('keeps a sentence about advertising', () => {
      const sentence =
        'Advertising revenue for the ferry company fell by a third during the strike.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });
  });

  describe('duplicate paragraphs', () => {
    it('removes a paragraph repeated word for word and keeps its first appearance', () => {
      const result = cleanBlocks([RESUMED, AGREEMENT, RESUMED, SHOPKEEPERS], TITLE);
      expect(removedBy(result, 'duplicate')).toEqual([RESUMED]);
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('keeps two paragraphs that differ by one word', () => {
      const tuesday = RESUMED.replace('Monday', 'Tuesday');
      expect(cleanBlocks([RESUMED, tuesday], TITLE).kept).toEqual([RESUMED, tuesday]);
    });
  });

  describe('pull quotes', () => {
    it('removes a short paragraph repeating a run of another paragraph’s words, naming its source', () => {
      const result = withBlock('The new agreement raises wages by six percent');
      const [pull] = result.removed;
      expect(pull?.rule).toBe('pull-quote');
      expect(pull?.reason).toContain('Union leaders said');
      expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    });

    it('removes a pull quote that comes before the paragraph it repeats', () => {
      const result = cleanBlocks(['“Raises wages by six percent”', AGREEMENT], TITLE);
      expect(removedBy(result, 'pull-quote')).toEqual(['“Raises wages by six percent”']);
    });

    it('keeps a long opening paragraph that a later one says again in other words', () => {
      const lede =
        'One day you are going to meet someone in your life who is going to change everything. They are going to change the way you think about the world, the way you see yourself and everyone else.';
      const later =
        'One day, you are going to meet someone who will change your life. In the way they smile and talk to you, you see all your potential in one look, and the way you think about the world and yourself changes with it.';
      expect(cleanBlocks([lede, AGREEMENT, later], TITLE).kept).toEqual([lede, AGREEMENT, later]);
      // Word for word, it is a highlight set above the story: a pull quote still.
      const highlight = later.split('. ')[1] ?? '';
      expect(removedBy(cleanBlocks([highlight, AGREEMENT, later], TITLE), 'pull-quote')).toEqual([
        highlight,
      ]);
    });

    it('keeps the items of a list written alike, each opening with its own name', () => {
      const items = [
        'Lady Macbeth is currently streaming on Hulu and available to digitally rent on Google Play and YouTube.',
        'Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube.',
        'The Big Sick is currently streaming on Amazon Prime and available to digitally rent on Google Play and YouTube.',
      ];
      expect(cleanBlocks(items, TITLE).kept).toEqual(items);
    });

    it('keeps a normal short paragraph that shares a few words with another', () => {
      const sentence = 'Shopkeepers say the agreement came too late.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });

    it('keeps a short paragraph sharing most of its words with another, but no run of four', () => {
      const sentence = 'Night shifts, wages and the agreement: a week of talks.';
      expect(withBlock(sentence).kept).toContain(sentence);
    });
  });

  it('keeps a sentence that talks about terms of service; small print said to the reader goes', () => {
    const question =
      'Are those of us who have avoided agreeing to the terms of service simply fair game for surveillance?';
    expect(withBlock(question).kept).toContain(question);
    const small = 'By signing up you agree to our Terms of Service and Privacy Policy.';
    expect(removedBy(withBlock(small), 'boilerplate')).toEqual([small]);
  });

  it('takes a longer row ending with its figure inside a table run ("Sant Ravi Das Nagar (bhadoi) 1")', () => {
    const rows = [
      'Mumbai 3029',
      'Pune 660',
      'Sant Ravi Das Nagar (bhadoi) 1',
      'Thane 465',
      'Nashik 96',
    ];
    const table = cleanBlocks([RESUMED, ...rows, AGREEMENT], null);
    expect(removedBy(table, 'table')).toEqual(rows);
    // Not a sentence of the story that ends with a figure before any row.
    const story = cleanBlocks(
      [RESUMED, 'The fleet now has 12 boats and 40 crew in 2024', AGREEMENT],
      null,
    );
    expect(story.kept).toHaveLength(3);
  });

  it("removes a chart's labels read as a paragraph (names and figures), not a date line", () => {
    const labels = 'Gilead $20M Amgen $50M Google $150M Cisco $430M Apple $590M';
    const dateLine = 'Updated 9 October 2025, 17:05 BST';
    const page = cleanBlocks([RESUMED, labels, AGREEMENT, dateLine], null);
    expect(removedBy(page, 'table')).toEqual([labels]);
  });

  it('removes a run of table rows read as paragraphs ("Mumbai 3029"), not three short figures', () => {
    const rows = ['Mumbai 3029', 'Pune 660', 'Thane 465', 'Nashik 96'];
    const table = cleanBlocks([RESUMED, ...rows, AGREEMENT], null);
    expect(removedBy(table, 'table')).toEqual(rows);
    expect(table.kept).toEqual([RESUMED, AGREEMENT]);
    const few = cleanBlocks(
      [RESUMED, 'Final score 2-1', 'Attendance 41,200', 'Mumbai 3029', AGREEMENT],
      null,
    );
    expect(removedBy(few, 'table')).toEqual([]);
  });

  it('marks a block of only punctuation as empty', () => {
    expect(removedBy(withBlock('* * *'), 'empty')).toEqual(['* * *']);
  });
});

describe('furniture of pages copied as text', () => {
  it.each([
    ['a reading-time line', '3 min read', 'boilerplate'],
    ['a listen control', 'Listen to this article · 5 min', 'boilerplate'],
    ['share and save controls', 'Share', 'boilerplate'],
    ['a live page’s "2h ago"', '2h ago', 'boilerplate'],
    [
      'a copyright notice',
      'Copyright 2025 The Ledger. All rights reserved. This material may not be published.',
      'boilerplate',
    ],
    ['a wire credit', '(Reporting by Oskar Lindqvist; Editing by Mark Pottinger)', 'boilerplate'],
    ['a widget’s credit', 'Powered by SmartAsset.com', 'boilerplate'],
    [
      'a page’s publication note',
      'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET',
      'boilerplate',
    ],
    [
      'newsletter small print',
      'By signing up you agree to our privacy policy. You can unsubscribe at any time.',
      'boilerplate',
    ],
    [
      'a caption ending with its credit',
      'A firefighter at the scene on Monday. Photograph: Ines Valdmaa/Agency',
      'caption',
    ],
    ['a byline with its date', 'By Sunil Hargreaves | March 4, 2025', 'byline'],
    ['the topics the page is filed under', 'Topics: Planning | Housing | Ollerby', 'boilerplate'],
    [
      'a newsletter sign-up box',
      "Sign up to Sound Check Free weekly newsletter Our critics' pick of the week's gigs, every Friday Enter your email address Sign up",
      'boilerplate',
    ],
    ['an editor’s note', 'This interview has been edited for length and clarity.', 'boilerplate'],
    [
      'a correction note',
      'This article was updated on 16 October 2025 to correct the cost of the scheme.',
      'boilerplate',
    ],
  ] as const)('removes %s', (_what, block, rule) => {
    const result = withBlock(block);
    expect(removedBy(result, rule)).toEqual([block]);
    expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
  });

  it('removes the author’s role under the byline and the note about the author at the end', () => {
    const result = cleanBlocks(
      [
        'By Jane Doe',
        'Transport correspondent',
        RESUMED,
        AGREEMENT,
        'Jane Doe is a transport reporter at the Courier.',
      ],
      TITLE,
    );
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
  });

  it('removes the whole page header above a byline: site name, menu, section, headline, subtitle', () => {
    const header = [
      'The Harbour Ledger',
      'News | World | Sport | Sign in',
      'World › Transport',
      'Island ferries cancelled as storm closes harbour',
      'Operators say services will resume once the swell drops.',
    ];
    const result = cleanBlocks(
      [...header, 'By Jane Doe, Transport Correspondent', RESUMED, AGREEMENT],
      null,
    );
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
  });

  it('keeps a sentence opening the page above a byline (a lede, not a subtitle)', () => {
    expect(cleanBlocks([RESUMED, 'By Jane Doe', AGREEMENT], null).kept).toEqual([
      RESUMED,
      AGREEMENT,
    ]);
  });

  it('cuts "Related topics" and "More on this story" at the foot of a page, with their lines', () => {
    const foot = [
      'Related topics',
      'Ferries',
      'Storms',
      'More on this story',
      'Harbour wall to be rebuilt after winter storms',
      '© 2025 The Harbour Ledger. All rights reserved.',
    ];
    const result = cleanBlocks([RESUMED, AGREEMENT, ...foot], null);
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
    expect(removedBy(result, 'trailer')).toEqual(foot);
  });

  it('drops only the label of a "Most Popular" box set inside a story whose prose goes on after it', () => {
    const more = [
      'Some of the islanders who depend on the ferry for hospital visits said they had been forced to stay with relatives on the mainland for most of the three weeks of the strike.',
      'A long summer',
      'Crews returned to work on the first sailing of the morning, and the harbour master said timetables would be back to normal by the end of the week if the weather held.',
    ];
    // Most of the story is behind the box: only the prose right after it says the story goes on.
    const before = [
      RESUMED,
      AGREEMENT,
      SHOPKEEPERS,
      'The operator has promised a review of its rosters by the autumn, and the transport minister said she would visit both islands next month to hear from passengers and from the crews themselves.',
    ];
    const inset = cleanBlocks([...before, 'Most Popular', ...more], null);
    expect(inset.kept).toEqual([...before, ...more]);
    expect(removedBy(inset, 'boilerplate')).toEqual(['Most Popular']);
    const foot = cleanBlocks(
      [RESUMED, AGREEMENT, SHOPKEEPERS, 'Most Popular', 'Harbour wall to be rebuilt'],
      null,
    );
    expect(removedBy(foot, 'trailer')).toEqual(['Most Popular', 'Harbour wall to be rebuilt']);
  });

  it('cuts a list of other stories: date lines ("… PDT by") over cut-off teasers ("implying...")', () => {
    const teasers = [
      'Sunday August 7, 2022 6:13 am PDT by',
      'The harbour board has started to plan its winter timetable, according to a report, and says the new sailings are already under discussion, implying...',
      'Monday August 8, 2022 3:59 am PDT by',
      'The island’s only bakery is rumored to be closing for the season, and most of what is expected comes from a post on a local forum earlier this…',
    ];
    const result = cleanBlocks([RESUMED, AGREEMENT, SHOPKEEPERS, ...teasers], TITLE);
    expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
    expect(removedBy(result, 'trailer')).toEqual(teasers);
    // One date line over one paragraph of the story is no list.
    const dated = cleanBlocks([RESUMED, 'Monday August 8, 2022', AGREEMENT], TITLE);
    expect(dated.kept).toEqual([RESUMED, AGREEMENT]);
  });

  it('removes a short "/ Source: …" credit and an expired video player’s notice', () => {
    const result = cleanBlocks(
      [RESUMED, '/ Source: Harbour Images', 'We apologize, this video has expired.', AGREEMENT],
      TITLE,
    );
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
  });

  it('removes "Get <name>, <site>’s technology newsletter", "For more, read: …" and "This article originally appeared on …"', () => {
    const result = cleanBlocks(
      [
        RESUMED,
        'Get Harbour Sheet, the Courier’s transport newsletter',
        AGREEMENT,
        'For more, read: This Island Hotel Is Installing Ferry Clocks in Every Room',
        SHOPKEEPERS,
        'This article originally appeared on Courier.example.',
      ],
      TITLE,
    );
    expect(result.kept).toEqual([RESUMED, AGREEMENT, SHOPKEEPERS]);
  });

  it('removes "Scroll to Continue", "Show more" and "Follow <site>: Twitter | Facebook" controls', () => {
    const result = cleanBlocks(
      [RESUMED, 'Scroll to Continue', AGREEMENT, 'Show more', 'Follow Courier: Twitter |Facebook'],
      TITLE,
    );
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
  });

  it('removes both copies of a heading a live page shows twice, and keeps the paragraphs', () => {
    const heading = 'Ferries cancelled for the rest of the day';
    const result = cleanBlocks(['Key events', heading, RESUMED, heading, AGREEMENT], TITLE);
    expect(result.kept).toEqual([RESUMED, AGREEMENT]);
  });
});

describe('cleaning a plain-text fixture with every kind of furniture', () => {
  it('keeps only the four body paragraphs, in order', async () => {
    const raw = await readArticleFile(join(FIXTURE_ARTICLES, 'furniture.txt'));
    const result = cleanBlocks(raw.blocks, raw.meta.title);
    expect(result.kept).toEqual([
      RESUMED,
      AGREEMENT,
      SHOPKEEPERS,
      'By noon on Monday, the first sailing had left the harbour with a full car deck.',
    ]);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'title',
      'byline',
      'dateline',
      'boilerplate',
      'pull-quote',
      'read-also',
      'read-also',
      'title',
      'duplicate',
      'trailer',
      'trailer',
      'trailer',
    ]);
  });
});
