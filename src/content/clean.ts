import { wireDateline } from './dateline.ts';
import type { CleaningRule, Removal } from './types.ts';

/** A byline or date line this near the top closes a page's header (headline, subtitle). */
const HEADER_MAX_BLOCKS = 4;
/** A byline this near the top has only page header above it (site name, menu, headline, subtitle). */
const BYLINE_MAX_BLOCK = 8;
/** A subtitle above the byline is at most this long. */
const STANDFIRST_MAX_WORDS = 40;
/** Words of at most this many make a block "short": furniture lines are short. */
const SHORT_BLOCK_WORDS = 14;
/** A pull quote is at most this long, and repeats this share of another paragraph's words. */
const PULL_QUOTE_MAX_WORDS = 60;
const PULL_QUOTE_MIN_SHARED = 0.7;
/** ...including at least one run of this many words in the same order. */
const PULL_QUOTE_MIN_RUN_WORDS = 4;
/** A block opening the text with more words than this may be its lede... */
const LEDE_MIN_WORDS = 2 * SHORT_BLOCK_WORDS;
/** ...and is one unless this share of its words stand in another paragraph in a row. */
const LEDE_MIN_RUN_SHARE = 0.5;

/** "By admin", "By Jane Doe and John Roe": the marker, then a user name or capitalised names only. */
const BYLINE =
  /^(?:by|written by|posted by|words by|story by|reporting by|author:?)\s+(?:[\p{L}\d_.-]+|\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){1,4})(?:,\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,4})?$/iu;
/** "… (Photo: Jane Doe/Reuters)", "(Artist: Elearia)": a caption ends with its credit. */
const CAPTION_CREDIT =
  /\((?:[\p{L}.'’-]+\s+){0,3}(?:photos?|photograph|image|picture|credit|illustration|artist|artwork)(?: by)?\s*[:/]?\s*[^)]{1,80}\)\s*$/iu;
/** "… (Thomas Coex/AFP/Getty Images)": a caption ends with its photographer and agency. */
const AGENCY_CREDIT =
  /\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*\p{Lu}[^)]{1,60}\)\s*$/u;
/** "Photo: …", "Image (Reuters): …", "Image source: Getty Images.": a caption line, however long. */
const CAPTION_LINE =
  /^(?:photos?|photograph|images?|pictures?|video|credit|illustration|graphic)(?:\s+(?:source|credit|courtesy))?\s*(?:\([^)]*\))?\s*:/i;
/** "File photo of …", "Handout picture …": a caption naming the kind of picture. */
const PICTURE_KIND =
  /^(?:file|handout|representative|representational)\s+(?:photo|image|picture)s?\b/i;
/** "Chuck Burton/AP", "(Mike Cason/mcason@al.com)": a photo credit standing alone. */
const LONE_CREDIT =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*\/\p{Lu}[\p{L}.'’ -]{0,40}|\([^()/]{2,60}\/[^()]{2,60}\))$/u;
/** "iStockphoto", "Nick Loeb and Sofia Vergara Shutterstock / Getty Images (Composite)": a picture agency closing a line. */
const STOCK_CREDIT =
  /(?:^|\s)(?:istock(?:photo)?|getty images|shutterstock|alamy|ap photo)(?:\s*\([^)]*\))?$/i;
/** A line closed by a picture agency is a caption up to this many words. */
const CREDITED_MAX_WORDS = 16;
/** "03:08 - Source: CNN": a video's length and source. */
const VIDEO_CREDIT = /^\d{1,2}:\d{2}\s*[-–—]\s*source\s*:/i;
/** "CNN —": a wire dateline left without its sentence. */
const BARE_DATELINE = /^\p{Lu}[\p{L}.,()' ]{0,40}\s+[—–-]$/u;
/** "skimming scheme seized cash and cards.jpg": an image's file name left as text. */
const IMAGE_FILE = /^[^.!?]{1,120}\.(?:jpe?g|png|gif|webp)$/i;
/** "/ Source: Zillow", "Source: Reuters": a photo or chart's source under it, when short. */
const SOURCE_CREDIT = /^\/?\s*source\s*:/i;
/** Furniture lines are labels, not sentences: at most this many words and no full stop. */
const LABEL_MAX_WORDS = 8;
const READ_ALSO =
  /^(?:read also|also read|for more,? read|read more(?: (?:from|on|about) [^:]{1,60})?|see also|related|more on this(?: story)?|recommended|related (?:articles?|stories|posts|coverage|reading|topics))\s*(?:[:：]\s*(.*))?$/i;
/** A "read also" block with its headline on the same line is at most this long. */
const READ_ALSO_MAX_WORDS = 40;
const TRAILER =
  /^(?:you may also like|you might also like|more from|more stories|recommended for you|most (?:popular|read|viewed)|trending(?: now)?|sign up for|subscribe to|follow us|comments|leave a (?:comment|reply)|about the author|explore more)\b/i;
const BOILERPLATE =
  /^(?:advertisement|continue reading(?: the main story)?|supported by|share(?: (?:on|via|this)\b.*)?$|save(?: (?:article|for later|this))?$|print(?: this (?:article|page))?$|back to top$|listen to this (?:article|story)|\d+\s*min(?:ute)?s? read$|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?) ago$|key (?:events|highlights|points|takeaways)$|(?:exclusive|analysis|opinion|explainer|breaking(?: news)?)$|show key events only$|please (?:turn on|enable) javascript|photo(?:graph)?:|image:|credit:?|getty images|click here|tap here|sign up|updated:?|published:?|skip to|powered by|scroll to continue|show (?:more|less)$|load more$|join the conversation$|\d+\s*reactions?$|follow [^:]{1,40}:\s*(?:twitter|facebook|instagram))\b/i;
/** The label over a press release. */
export const RELEASE_LABEL =
  /^(?:for immediate release|press release|news release|media release|embargoed\b.*)$/i;
/**
 * The foot of a press release: "About Aldercrest Air" over the company's boilerplate (or run into
 * it), "Media contact:", "###".
 */
const RELEASE_FOOT =
  /^(?:About (\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5})(?:$|\s+\1\b)|(?:Media|Press|MEDIA|PRESS) (?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|CONTACTS?)\b|#{3}$)/u;
/** Page lines that are furniture at any length: copyright notices, wire credits, newsletter small print. */
const NOTICE =
  /^(?:copyright\b|©|all rights reserved|our standards:|correction:|an earlier version of this (?:article|story)|this (?:article|story|interview) (?:was|has been) (?:updated|amended|corrected|edited|condensed)\b|\((?:additional )?(?:reporting|writing|editing|compiled) by\b[^)]*\)$|\S+(?: \([^)]*\))? first published\b|this (?:article|story) (?:originally|first) (?:appeared|ran)\b|(?:we apologi[sz]e, )?this video (?:has expired|is no longer available|is not available|could not be (?:loaded|played)))/i;
/**
 * Small print anywhere in a short block, said to the reader ("… to your inbox", "you agree to
 * our Terms of Service"): not a sentence that talks about terms of service.
 */
const SMALL_PRINT =
  /^(?=.*\b(?:you|your|our)\b).*\b(?:to your inbox|unsubscribe at any time|privacy policy|terms of (?:use|service))\b/i;

/** "Topics: Planning | Housing", "Tags: …": what the page is filed under. */
const TOPICS_LINE = /^(?:topics|tags|filed under|categories|more on)\s*:/i;
/** A newsletter box copied with the text: "Sign up to Sound Check / Free weekly newsletter / … Enter your email address". */
const NEWSLETTER_BOX =
  /^(?:sign up|subscribe|get|newsletter)\b.{0,300}?\b(?:newsletters?|email address|inbox)\b/i;
/** Notices are at most this long. */
const NOTICE_MAX_WORDS = 60;
/** True for a notice of the page or its small print. */
function isNotice(text: string, count: number): boolean {
  return count <= NOTICE_MAX_WORDS && (NOTICE.test(text) || SMALL_PRINT.test(text));
}
/** "A firefighter at the scene on Monday. Photograph: Jane Roe/Agency": a caption ending with its credit. */
const CAPTION_TAIL =
  /(?:^|[.!?]\s+)(?:photo(?:graph)?s?|picture|image|credit|illustration)\s*:\s*\p{Lu}[^.!?]{0,80}$/iu;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|\\b(?:a\\.m\\.|p\\.m\\.)|\\b(?:at|on|updated|published|posted|last|modified|am|pm|gmt|utc|est|edt|pst|pdt|bst|cet)\\b|\\d+`,
  'gi',
);
/** A date line ("June 21, 2024 at 8:01 am Updated June 21, 2024 at 10:37 am") is at most this long. */
const DATE_LINE_MAX_WORDS = 24;

/** A word: letters and figures, with an apostrophe's ending ("we're", "Nick’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The name a text opens with ("Faces Places", "Lady Bird"), in lower case: its first three words
 * written with a capital, when two are (one capital alone may only open the sentence).
 */
function openingNames(text: string): string[] {
  const capitals = (text.match(WORD) ?? []).slice(0, 3).filter((word) => /^\p{Lu}/u.test(word));
  return capitals.length >= 2 ? capitals.map((word) => word.toLowerCase()) : [];
}

function normalized(text: string): string {
  return words(text).join(' ');
}

function isShort(wordCount: number): boolean {
  return wordCount <= SHORT_BLOCK_WORDS;
}

/** A short line without sentence punctuation at its end: how page labels look. */
function isLabel(text: string, wordCount: number): boolean {
  return wordCount <= LABEL_MAX_WORDS && !/[.!?;]["”’)]?$/.test(text.trim());
}

/** "April 28, 2019 at 6:01 am Updated April 29, 2019" — nothing left once date words go. */
function isDateLine(text: string, wordCount: number): boolean {
  if (wordCount > DATE_LINE_MAX_WORDS || !/\d/.test(text)) return false;
  return text.replace(DATE_WORDS, '').replace(/[\s,.|:/–—-]+/g, '') === '';
}

/** A teaser's text cut off by the page ("… is already under production, implying..."). */
const CUT_OFF = /(?:\.\.\.|…)\s*$/;

/**
 * "Sunday August 7, 2022 6:13 am PDT by" over "Apple has "started to record" … implying...": a
 * date line (its author's link gone) over a cut-off teaser, twice in a row, is a list of other
 * stories.
 */
function isTeaserList(blocks: readonly string[], blockWords: readonly string[][], i: number) {
  const teaser = (j: number) => {
    if (!CUT_OFF.test(blocks[j + 1] ?? '') || (blockWords[j + 1]?.length ?? 0) <= LABEL_MAX_WORDS)
      return false;
    const line = (blocks[j] ?? '').replace(/\s+by\s*$/i, '');
    return isDateLine(line, words(line).length);
  };
  return teaser(i) && teaser(i + 2);
}

/** True for a page's control or promotion line ("Skip to main content", "Share", "Sign up"). */
export function isPageControl(text: string): boolean {
  return isLabel(text, words(text).length) && BOILERPLATE.test(text);
}

/** A menu's link or a tag has at most this many words. */
const MENU_ITEM_MAX_WORDS = 3;

/** True for a line that may be a link of a page's menu or a tag ("News", "Live music"). */
export function isMenuItem(text: string): boolean {
  return text.trim().split(/\s+/).length <= MENU_ITEM_MAX_WORDS;
}

/**
 * How many blocks above `index` count towards a page header's depth: a site's menu copied a link
 * a line ("News", "Opinion", "Sport") counts for nothing.
 */
export function headerDepth(blocks: readonly string[], index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) if (!isMenuItem(blocks[i] ?? '')) depth++;
  return depth;
}

/** "… March 25, 2015", "… 25 March 2015": a date closing a line. */
const TRAILING_DATE =
  /\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?)\s+\d{4}$/i;

/**
 * A byline, alone or with a date or role beside it: "By Jane Doe", "By Jane Doe | March 4, 2025",
 * "By Jonathan Corbet March 25, 2015", "By Jane Doe · Transport correspondent".
 */
export function isBylineLine(text: string): boolean {
  const [first = '', ...rest] = text.trim().split(/\s+[|·•]\s+/);
  if (!BYLINE.test(first.replace(TRAILING_DATE, ''))) return false;
  return rest.every(
    (part) => isDateLine(part, words(part).length) || isLabel(part, words(part).length),
  );
}

/** Longest run of words that `a` and `b` share in order. */
function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, previous[j] ?? 0);
      diagonal = above;
    }
  }
  return best;
}

/**
 * The paragraph (index) a short block repeats as a pull quote, or -1. A long block opening the
 * text must repeat half of its words in a row: said again in other words, it is the lede. A block
 * opening with a name (`names`) repeats only a paragraph that writes that name.
 */
function pullQuoteSource(
  index: number,
  blockWords: readonly string[][],
  vocabularies: readonly Set<string>[],
  kept: readonly boolean[],
  opening: boolean,
  names: readonly string[],
): number {
  const quote = blockWords[index] ?? [];
  if (quote.length < PULL_QUOTE_MIN_RUN_WORDS || quote.length > PULL_QUOTE_MAX_WORDS) return -1;
  const run =
    opening && quote.length > LEDE_MIN_WORDS
      ? Math.ceil(quote.length * LEDE_MIN_RUN_SHARE)
      : PULL_QUOTE_MIN_RUN_WORDS;
  for (let other = 0; other < blockWords.length; other++) {
    if (other === index || !kept[other]) continue;
    const body = blockWords[other] ?? [];
    if (body.length <= quote.length) continue;
    const vocabulary = vocabularies[other] ?? new Set<string>();
    // "Faces Places is currently streaming on Netflix …" beside "Lady Macbeth is currently
    // streaming on Hulu …": a sentence opening with a name the other never writes is another item.
    if (names.some((name) => !vocabulary.has(name))) continue;
    // Counted until too many words are missing for the share to reach PULL_QUOTE_MIN_SHARED.
    let shared = quote.length;
    for (const word of quote) {
      if (!vocabulary.has(word)) shared--;
      if (shared / quote.length < PULL_QUOTE_MIN_SHARED) break;
    }
    if (shared / quote.length >= PULL_QUOTE_MIN_SHARED && longestSharedRun(quote, body) >= run) {
      return other;
    }
  }
  return -1;
}

/** The name a byline gives ("By Jane Doe | March 4" → "Jane Doe"); null when it gives none. */
export function authorOf(byline: string): string | null {
  const name = byline
    .split(/\s+[|·•]\s+/)[0]
    ?.replace(/^\W*(?:written |posted |words |story |reporting )?by\s+|^author:?\s*/i, '')
    .split(',')[0]
    ?.replace(/\W+$/, '')
    .trim();
  return name || null;
}

/** The blocks kept, in order, and those removed with the rule that removed each. */
export interface CleanResult {
  kept: string[];
  removed: Removal[];
}

/**
 * Removes page furniture from an article's blocks by generic rules — the title repeated in the
 * body, the page header above a byline or a wire dateline (site name, menu, subtitle), bylines
 * (and the author's role and closing note; `author` names the author when the page's metadata
 * does), date lines, captions, "Read also" blocks with their link line, trailers such as "You may
 * also like" or "Related topics" and a press release's "About …" foot (with everything after
 * them, when they stand below most of the text), boilerplate lines and notices, duplicates and
 * pull quotes — and says why for each block removed.
 */
/** A paragraph this long is the story's prose, not a related story's teaser. */
const STORY_PROSE_MIN_WORDS = 30;

/** A table row read as a paragraph: this many words at most, a figure, no sentence's end. */
const TABLE_ROW_MAX_WORDS = 4;
/** A row of a table already begun may hold this many words when a figure ends it. */
const TABLE_LONG_ROW_MAX_WORDS = 8;
/** Rows in a run before it is taken for a table (one such line may be a heading or a score). */
const TABLE_MIN_ROWS = 4;

/** Runs [start, end) of at least TABLE_MIN_ROWS consecutive blocks that read as table rows. */
function tableRuns(
  blocks: readonly string[],
  blockWords: readonly string[][],
): Array<[number, number]> {
  const row = (j: number) =>
    (blockWords[j]?.length ?? 0) <= TABLE_ROW_MAX_WORDS &&
    /\d/.test(blocks[j] ?? '') &&
    !/[.!?]["”’)]?$/.test((blocks[j] ?? '').trim());
  // Once a table has begun, a longer row ending with its figure goes on with it ("Sant Ravi Das
  // Nagar (bhadoi)1" among "Mumbai3029", "Pune660").
  const longRow = (j: number) =>
    (blockWords[j]?.length ?? 0) <= TABLE_LONG_ROW_MAX_WORDS &&
    /\d\s*$/.test(blocks[j] ?? '') &&
    !/[.!?]["”’)]?$/.test((blocks[j] ?? '').trim());
  const runs: Array<[number, number]> = [];
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (end < blocks.length && (row(end) || (end > start && longRow(end)))) end++;
    if (end - start >= TABLE_MIN_ROWS) runs.push([start, end]);
    start = Math.max(end, start + 1);
  }
  return runs;
}

/** Figures and names a line of a chart's labels holds at least ("Cisco $430M Apple $590M"). */
const CHART_LABEL_MIN_FIGURES = 3;
const CHART_LABEL_MIN_NAMES = 3;

/**
 * True for a chart's labels read as a paragraph: names and figures, no word in lower case and no
 * sentence's end ("Gilead $20M Amgen $50M Google $150M Cisco $430M Apple $590M"); a date line
 * ("Updated 9 October 2025, 17:05 BST") names no one.
 */
function isChartLabels(block: string): boolean {
  const text = block.trim();
  const names = (text.replace(DATE_WORDS, ' ').match(/\p{Lu}\p{Ll}+/gu) ?? []).length;
  return (
    !/(?<![\p{L}\p{N}])\p{Ll}/u.test(text) &&
    (text.match(/\d[\d.,]*\p{L}{0,3}/gu)?.length ?? 0) >= CHART_LABEL_MIN_FIGURES &&
    names >= CHART_LABEL_MIN_NAMES &&
    !/[.!?]["”’)]?$/.test(text)
  );
}

export function cleanBlocks(
  blocks: readonly string[],
  title: string | null,
  author: string | null = null,
): CleanResult {
  const reasons = new Map<number, { rule: CleaningRule; reason: string }>();
  const drop = (index: number, rule: CleaningRule, reason: string) => {
    if (!reasons.has(index)) reasons.set(index, { rule, reason });
  };
  const titleKey = title ? normalized(title) : null;
  const blockWords = blocks.map(words);
  const seen = new Map<string, number>();
  /** Words in the sentence blocks (not labels) from `start` up to `end`. */
  const proseWords = (start: number, end: number): number => {
    let total = 0;
    for (let j = start; j < end; j++) {
      const count = blockWords[j]?.length ?? 0;
      if (!isLabel(blocks[j] ?? '', count)) total += count;
    }
    return total;
  };

  /** True when every block from `start` on is a short line or a notice: links, topics, copyright. */
  const onlyShortLinesFrom = (start: number): boolean => {
    for (let j = start; j < blocks.length; j++) {
      const text = blocks[j] ?? '';
      const count = blockWords[j]?.length ?? 0;
      const line = isShort(count) && !/[.!?]["”’)]?$/.test(text.trim());
      if (!line && !isNotice(text, count)) return false;
    }
    return true;
  };
  /** True when block `j` is the story's own prose: long sentences, not a teaser or a heading. */
  const isProse = (j: number): boolean =>
    (blockWords[j]?.length ?? 0) >= STORY_PROSE_MIN_WORDS &&
    /[.!?]["”’)]?$/.test((blocks[j] ?? '').trim());
  /** True when the story goes on from `start`: prose there, and again one block or two later. */
  const storyGoesOn = (start: number): boolean =>
    isProse(start) && (isProse(start + 1) || isProse(start + 2));
  /** True when another story opens at `start` with its byline ("By Jonathan Corbet March 25, 2015"). */
  const nextStory = (start: number): boolean =>
    /^[Bb]y\s+\p{Lu}/u.test(blocks[start] ?? '') &&
    isShort(blockWords[start]?.length ?? 0) &&
    storyGoesOn(start + 1);
  /** Drops a page's trailer, from block `start` to the end. */
  const cutFrom = (start: number): void => {
    for (let j = start; j < blocks.length; j++) {
      const reason =
        j === start
          ? 'a page trailer ("you may also like", "related topics" and the like)'
          : 'follows a page trailer';
      drop(j, 'trailer', reason);
    }
  };

  // "Mumbai 3029", "Pune 660", "Thane 465" …: a live table's rows, not sentences.
  for (const [start, end] of tableRuns(blocks, blockWords))
    for (let j = start; j < end; j++)
      drop(j, 'table', 'a row of a table or data box: figures without a sentence');
  blocks.forEach((block, j) => {
    if (isChartLabels(block)) drop(j, 'table', "a chart's labels: names and figures, no sentence");
  });

  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i] ?? '';
    const count = blockWords[i]?.length ?? 0;
    const key = blockWords[i]?.join(' ') ?? '';
    if (key === '') {
      drop(i, 'empty', 'holds no words');
      continue;
    }
    if (titleKey && key === titleKey) {
      drop(i, 'title', 'repeats the article title');
      continue;
    }
    if (isShort(count) && isBylineLine(text)) {
      drop(i, 'byline', 'a byline naming the author');
      continue;
    }
    if (
      CAPTION_LINE.test(text) ||
      CAPTION_CREDIT.test(text) ||
      CAPTION_TAIL.test(text) ||
      AGENCY_CREDIT.test(text) ||
      PICTURE_KIND.test(text) ||
      LONE_CREDIT.test(text) ||
      (count <= LABEL_MAX_WORDS && IMAGE_FILE.test(text)) ||
      VIDEO_CREDIT.test(text) ||
      (count <= CREDITED_MAX_WORDS && STOCK_CREDIT.test(text)) ||
      (SOURCE_CREDIT.test(text) && count <= LABEL_MAX_WORDS)
    ) {
      drop(i, 'caption', 'an image caption, not article text');
      continue;
    }
    if (isTeaserList(blocks, blockWords, i)) {
      cutFrom(i);
      break;
    }
    if (isDateLine(text, count) || (count <= LABEL_MAX_WORDS && BARE_DATELINE.test(text))) {
      drop(i, 'dateline', 'a date line, not a sentence');
      continue;
    }
    const readAlso = READ_ALSO.exec(text);
    // "Related topics" or "More on this story" with nothing but short lines below: the page's foot.
    if (
      isLabel(text, count) &&
      (TRAILER.test(text) || (readAlso && !readAlso[1])) &&
      onlyShortLinesFrom(i + 1)
    ) {
      cutFrom(i);
      break;
    }
    if (readAlso && count <= READ_ALSO_MAX_WORDS) {
      drop(i, 'read-also', 'a "read also" link to another article');
      const next = blocks[i + 1];
      const headline =
        next !== undefined &&
        (blockWords[i + 1]?.length ?? 0) <= 30 &&
        !/[.!?]["”’)]?$/.test(next.trim());
      if (!readAlso[1] && headline) {
        drop(i + 1, 'read-also', 'the linked headline of a "read also" block');
        i++;
      }
      continue;
    }
    // "About Aldercrest Air …" and the media contact below most of the prose: the release's foot.
    if (RELEASE_FOOT.test(text.trim()) && proseWords(i, blocks.length) < proseWords(0, i)) {
      cutFrom(i);
      break;
    }
    // A trailer ends the article only where most of its prose is behind: "More from Aviation" at
    // the foot of a page; a "Comments" link under the headline goes alone, and so does a "Most
    // Popular" box set inside the story, the story's prose going on right after it.
    if (isLabel(text, count) && TRAILER.test(text)) {
      if (
        proseWords(i, blocks.length) >= proseWords(0, i) ||
        storyGoesOn(i + 1) ||
        nextStory(i + 1)
      ) {
        drop(i, 'boilerplate', 'a page control or promotion line');
        continue;
      }
      cutFrom(i);
      break;
    }
    if (count <= LABEL_MAX_WORDS && /:\s*$/.test(text)) {
      drop(i, 'heading', 'a label introducing what follows, not a sentence');
      continue;
    }
    if (count <= LABEL_MAX_WORDS * 3 && TOPICS_LINE.test(text)) {
      drop(i, 'boilerplate', 'the topics or tags the page is filed under');
      continue;
    }
    if (count <= NOTICE_MAX_WORDS && NEWSLETTER_BOX.test(text)) {
      drop(i, 'boilerplate', 'a newsletter sign-up box');
      continue;
    }
    if (isNotice(text, count)) {
      drop(i, 'boilerplate', 'a notice of the page (copyright, credits, newsletter small print)');
      continue;
    }
    if (RELEASE_LABEL.test(text.trim())) {
      drop(i, 'boilerplate', 'the label of a press release');
      continue;
    }
    if (isLabel(text, count) && BOILERPLATE.test(text)) {
      drop(i, 'boilerplate', 'a page control or promotion line');
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      drop(i, 'duplicate', 'repeats an earlier paragraph word for word');
      // A line without a sentence end, given twice, is a heading and its link ("Key events").
      if (isLabel(text, count)) drop(earlier, 'duplicate', 'a heading repeated later on the page');
      continue;
    }
    seen.set(key, i);
  }

  // Above the byline or date line of a copied page, a line that is no sentence is the subtitle.
  // Above a byline, every short block is page header (site name, menu, section, and a subtitle
  // even with a full stop once a headline is above it): an article's text starts below its byline.
  // A wire or press-release dateline ("MERROWBY, Kessland, 3 June 2025 /Newswire/ -- …") opens
  // the text as a byline does.
  const opening = blocks.findIndex((block, i) => i <= HEADER_MAX_BLOCKS && wireDateline(block));
  const header: [number, { rule: CleaningRule }] | undefined =
    opening >= 0
      ? [opening, { rule: 'byline' }]
      : [...reasons].find(([, why]) => why.rule === 'byline' || why.rule === 'dateline');
  const underByline = header?.[1].rule === 'byline';
  if (
    header &&
    headerDepth(blocks, header[0]) <= (underByline ? BYLINE_MAX_BLOCK : HEADER_MAX_BLOCKS)
  ) {
    let headline = false;
    for (let i = 0; i < header[0]; i++) {
      const count = blockWords[i]?.length ?? 0;
      const sentence = /[.!?]["”’)]?$/.test((blocks[i] ?? '').trim());
      // A sentence is the subtitle only below a headline: one opening the page may be the lede.
      if (count <= STANDFIRST_MAX_WORDS && (!sentence || (underByline && headline)))
        drop(i, 'standfirst', 'page header above the byline (site, menu, subtitle)');
      headline ||= !sentence;
    }
  }

  const byline = [...reasons].find(([, why]) => why.rule === 'byline');
  if (byline) {
    // "Transport correspondent" under "By Jane Doe": the author's role.
    const next = byline[0] + 1;
    const role = blocks[next] ?? '';
    if (!reasons.has(next) && (blockWords[next]?.length ?? 0) <= 4 && isLabel(role, 4))
      drop(next, 'byline', 'the author’s role under the byline');
  }
  // "Jane Doe is a health reporter at the Herald.": the author's note closing the page.
  const writer = author ?? (byline ? authorOf(blocks[byline[0]] ?? '') : null);
  for (let i = blocks.length - 1; writer && i >= Math.max(0, blocks.length - 3); i--) {
    if (!reasons.has(i) && (blocks[i] ?? '').startsWith(`${writer} is `))
      drop(i, 'byline', 'a note about the author');
  }

  const kept = blocks.map((_, i) => !reasons.has(i));
  const vocabularies = blockWords.map((list) => new Set(list));
  // "One day you are going to meet someone …": a long block opening the text is its lede, even
  // when a later paragraph says it again in other words.
  const lede = kept.indexOf(true);
  for (let i = 0; i < blocks.length; i++) {
    if (!kept[i]) continue;
    const source = pullQuoteSource(
      i,
      blockWords,
      vocabularies,
      kept,
      i === lede,
      openingNames(blocks[i] ?? ''),
    );
    if (source >= 0) {
      kept[i] = false;
      drop(
        i,
        'pull-quote',
        `a pull quote repeating words of the paragraph beginning "${(blocks[source] ?? '').slice(0, 40)}…"`,
      );
    }
  }

  const removed: Removal[] = [];
  const keptBlocks: string[] = [];
  blocks.forEach((text, i) => {
    const why = reasons.get(i);
    if (why) removed.push({ ...why, text });
    else keptBlocks.push(text);
  });
  return { kept: keptBlocks, removed };
}
