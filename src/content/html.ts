import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DAY_MS, latestFullDate } from '../extract/dates.ts';
import type { ArticleMeta, Removal } from './types.ts';

/** Blocks that carry article text; everything else in Readability's output is layout. */
const TEXT_BLOCKS = 'p, li, blockquote, h2, h3, h4, pre';
/** Section headings: structure, not sentences to cite. */
const HEADINGS = 'h2, h3, h4';
/** Containers whose text is never evidence: captions, asides, figures, navigation. */
const FURNITURE = 'figure, figcaption, aside, nav, footer';
/**
 * The summary under the headline (standfirst, dek, strapline): an editor's digest of the body,
 * marked by its class; Readability drops classes, so it is taken out before.
 */
const STANDFIRST =
  '[class*="standfirst"], [class~="dek"], [class*="-dek"], [class*="dek-"], [class*="subheadline"], [class*="strapline"], [class*="article-summary"], [class~="subtitle"]';
/** A newsletter or subscription box: taken out before Readability, which drops the classes. */
const PROMOTION =
  '[class*="newsletter"], [class*="signup"], [class*="sign-up"], [class*="subscribe"], [id*="newsletter"]';
/** An advertisement or shopping box set in the story ("Use the promo code …"): taken out likewise. */
const ADVERTISING =
  '[id*="commerce"], [class*="commerce"], [class*="sponsored"], [id*="sponsored"], [class*="advert"], [id*="advert"]';
/**
 * A caption or photo credit marked by its class outside a figure ("<p class="story-meta__credit">
 * President Joe Biden speaks about …"): marked before Readability, which drops the classes, and
 * left out after it.
 */
const CAPTIONED = '[class*="caption"], [class*="credit"]';
/** Elements a <div> holds that keep Readability from making it a paragraph. */
const BLOCK_CHILDREN = 'p, div, ul, ol, table, figure, section, blockquote, h1, h2, h3, h4, h5, h6';
/** A caption holds at most this many words; more is text under a misleading class. */
const CAPTION_MAX_WORDS = 60;
/** The attribute that marks a captioned element through Readability, which keeps attributes. */
const CAPTION_MARK = 'data-briefbot-caption';
/** An advertising box holds at most this many words; more is a sponsored story's text. */
const ADVERT_MAX_WORDS = 80;
/**
 * A post from a social network shown in the page ("Anis Amri, the suspect …, was killed …, officials
 * said — The New York Times (@nytimes)"): another account's words, not the article's.
 */
const EMBEDDED_POST =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';
/** The byline block (author, role, time): taken out before Readability, which may keep it as text. */
const BYLINE = '[class*="byline"], [rel="author"]:not(p *)';

/** A meta tag's value: its `content`, or the `value` some saved pages write instead. */
function metaContent(document: Document, selector: string): string | null {
  const meta = document.querySelector(selector);
  return (meta?.getAttribute('content') ?? meta?.getAttribute('value'))?.trim() || null;
}

/** The day of an ISO timestamp, or of a written one ("Mon Aug 03 12:45:00 EDT 2015"). */
function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  return value.length <= 80 ? (latestFullDate([value])?.toISOString().slice(0, 10) ?? null) : null;
}

function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(found?.[1]);
    if (day) return day;
  }
  return null;
}

/** `/2017/01/13/` or `/2019/jan/03/` in a news URL: many sites date their links. */
function urlDate(url: string | null): string | null {
  if (!url) return null;
  const numeric = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url);
  if (numeric) return `${numeric[1]}-${numeric[2]}-${numeric[3]}`;
  const named = /\/((?:19|20)\d{2})\/([a-z]{3})\/(\d{2})\//i.exec(url);
  if (!named) return null;
  const month =
    'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(named[2]?.toLowerCase() ?? '') / 3 + 1;
  return month >= 1 ? `${named[1]}-${String(month).padStart(2, '0')}-${named[3]}` : null;
}

/** Other metadata sites put the publication date in ("date", "pubdate", Dublin Core, Parse.ly). */
const PUBLISHED_META = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'article:published_time',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
]
  .map((name) => `meta[name="${name}" i]`)
  .join(', ');

/**
 * A timestamp in UTC ("2016-12-23T00:47:31Z"): its day may not be the day the page shows. (One
 * without a zone is taken as the page's own time: "2019-04-28 06:01:07" is the 28th.)
 */
const UTC_STAMP = /\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)$/i;

/**
 * The day a published timestamp gives, or, for one in UTC, the day the page shows when that is
 * the day before or after ("Dec. 22, 2016, 6:47 p.m." for 2016-12-23T00:47:31Z).
 */
function stampDay(document: Document, stamp: string | null): string | null {
  const day = isoDay(stamp);
  if (!day || !stamp || !UTC_STAMP.test(stamp.trim())) return day;
  const shown = visibleDate(document);
  return shown && Math.abs(Date.parse(shown) - Date.parse(day)) === DAY_MS ? shown : day;
}

function publishedDate(document: Document, url: string | null): string | null {
  return (
    stampDay(
      document,
      metaContent(
        document,
        'meta[property="article:published_time"], meta[name="article:published_time"], meta[name="og:article:published_time"]',
      ),
    ) ??
    jsonLdDate(document) ??
    isoDay(metaContent(document, 'meta[itemprop="datePublished"]')) ??
    isoDay(metaContent(document, PUBLISHED_META)) ??
    isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    urlDate(url) ??
    visibleDate(document)
  );
}

/**
 * Elements that show a page's date as text: `<span class="date">4 March 2025</span>`, or in
 * the author line ("Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT").
 */
const DATE_ELEMENTS =
  '[class*="date"], [class*="published"], [class*="timestamp"], [itemprop="datePublished"], time, [class~="time"], [class*="byline"], [class~="author"]';

/** A date element longer than this is no date line (an author's whole bio, a list of posts). */
const DATE_ELEMENT_MAX_CHARS = 120;

/**
 * A line that is a date and nothing else, as a page shows it under the headline: "December 16,
 * 2016, 4:19 PM", "Posted: Oct 14, 2022 9:27 AM ET", "Monday, February 29, 2016 @ 11:10 PM UTC".
 */
const DATE_ONLY_LINE =
  /^(?:(?:published|posted|updated)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+\d{4}(?:,?\s+(?:(?:at|@)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$/i;

/**
 * The first full date (day, month and year) a short date element shows, as an ISO day; else the
 * first element of the page whose whole text is a date.
 */
function visibleDate(document: Document): string | null {
  for (const element of document.querySelectorAll(DATE_ELEMENTS)) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > DATE_ELEMENT_MAX_CHARS) continue;
    const day = latestFullDate([text]);
    if (day) return day.toISOString().slice(0, 10);
  }
  for (const element of document.querySelectorAll('body div, body span, body p')) {
    if (element.children.length > 0) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const day = DATE_ONLY_LINE.test(text) ? latestFullDate([text]) : null;
    if (day) return day.toISOString().slice(0, 10);
  }
  return null;
}

/** Drops a " | Site" or " | Byline" tail (or " - Site") that pages append to their <title>. */
function cleanTitle(title: string, byline: string | null, site: string | null): string {
  let text = title.trim();
  if (site) {
    for (const separator of [' - ', ' – ', ' — ', ' | ']) {
      if (text.endsWith(`${separator}${site}`))
        text = text.slice(0, -separator.length - site.length);
    }
  }
  const parts = text.split(/\s+\|\s+/);
  const last = parts.at(-1)?.trim().toLowerCase() ?? '';
  const isTail = last.length < 30 || (byline !== null && byline.trim().toLowerCase() === last);
  return parts.length > 1 && isTail ? parts.slice(0, -1).join(' | ') : text;
}

/**
 * The "By" opening a byline, in any case, with the name after a space or glued to it
 * ("<span>By</span>Travis Haney" reads "ByTravis Haney": the name starts at its capital).
 */
const BY_SOURCE = String.raw`^[Bb][Yy](?:\s+|(?=\p{Lu}\p{Ll}))`;
const BY = new RegExp(BY_SOURCE, 'u');
/** A byline's name: up to four capitalised words, ended by a comma, a bar, a date or the line's end. */
const BYLINE_NAME = new RegExp(
  String.raw`${BY_SOURCE}(\p{Lu}[\p{L}'’.-]+(?:\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)\p{Lu}[\p{L}'’.-]+){0,3})(?:,|\s*$|\s+[|·•]|\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?\d)`,
  'u',
);

/**
 * A byline that is really a date line ("April 28, 2019 at 6:01 am") or a prompt to follow the
 * author ("Follow @StevenMufson") is not an author.
 */
function cleanByline(byline: string | null): string | null {
  const text = byline?.replace(BY, '').trim();
  if (!text || /\d{4}/.test(text) || /^(?:follow\b|@)/i.test(text)) return null;
  return text;
}

/** The name in a byline block: "By Jane Doe", "By Jane Doe, Transport Correspondent 06:30, 9 November 2022". */
function bylineName(byline: string | null): string | null {
  return BYLINE_NAME.exec(byline ?? '')?.[1] ?? null;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when one element inside `element` matching `selector` holds all of its text. */
function wholly(element: Element, text: string, selector: string): boolean {
  return [...element.querySelectorAll(selector)].some(
    (inner) => (inner.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
}

/** Share of a block's words found in one image description: captions echo their image's alt. */
const CAPTION_MIN_SHARED_WITH_ALT = 0.6;

function isCaption(element: Element, text: string, alts: readonly Set<string>[]): boolean {
  const previous = element.closest('ul, ol')?.previousElementSibling;
  if (previous?.matches('figure, picture, img')) return true;
  const blockWords = [...wordSet(text)];
  if (blockWords.length === 0) return false;
  return alts.some(
    (alt) =>
      blockWords.filter((word) => alt.has(word)).length / blockWords.length >=
      CAPTION_MIN_SHARED_WITH_ALT,
  );
}

/** An image's wrapper inside a paragraph holds at most this many words: its caption and credit. */
const INLINE_IMAGE_MAX_WORDS = 20;

/**
 * "<p><span class="storyimage"><img …>© Provided by Business Insider Nintendo/Apple</span>
 * Nintendo and Apple shocked …": an image set inside a paragraph takes its caption and credit
 * with it, and the paragraph keeps its own text.
 */
function dropInlineImages(body: Document, removed: Removal[]): void {
  for (const img of body.querySelectorAll('p img, li img')) {
    let wrapper: Element = img;
    while (wrapper.parentElement && !wrapper.parentElement.matches('p, li')) {
      wrapper = wrapper.parentElement;
    }
    const text = (wrapper.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (wrapper === img || text.split(' ').length > INLINE_IMAGE_MAX_WORDS) continue;
    if (text) removed.push({ rule: 'caption', text, reason: 'an image caption, not article text' });
    wrapper.remove();
  }
}

/**
 * A note set inside a paragraph, shown on hover or tap ("<span class="footnoteLink">DC Comics<span
 * class="footnote">In the mid-1980s, DC published …</span></span> influenced them"): read in place,
 * it runs into the sentence around it ("DC ComicsIn the mid-1980s").
 */
const INLINE_NOTES = '[class~="footnote"], [class~="sidenote"], [class~="marginnote"]';
/** The attribute that marks an inline note through Readability, which drops classes. */
const NOTE_MARK = 'data-briefbot-note';

/** Marks the notes set inside paragraphs (see `INLINE_NOTES`), before Readability. */
function markInlineNotes(document: Document): void {
  for (const note of document.querySelectorAll(INLINE_NOTES)) {
    if (note.closest('p, li') && !note.querySelector(TEXT_BLOCKS)) note.setAttribute(NOTE_MARK, '');
  }
}

/**
 * Takes the marked notes out of their paragraphs: each paragraph's notes, in order, to be told as
 * paragraphs of their own after it (what they say is the article's too).
 */
function takeInlineNotes(body: Document): Map<Element, string[]> {
  const notes = new Map<Element, string[]>();
  for (const note of body.querySelectorAll(`[${NOTE_MARK}]`)) {
    const block = note.parentElement?.closest(TEXT_BLOCKS);
    if (!block) continue;
    const text = undoubleEscaping((note.textContent ?? '').replace(/\s+/g, ' ').trim());
    note.remove();
    if (!text) continue;
    const told = notes.get(block);
    if (told) told.push(text);
    else notes.set(block, [text]);
  }
  return notes;
}

/** The attribute that numbers a page's paragraphs in reading order, through Readability. */
const PARAGRAPH_AT = 'data-briefbot-at';
/** Paragraphs of one class that make the story: most of those kept share it. */
const STORY_CLASS_MIN = 3;

/** A paragraph of the page as it was before Readability: its place, class and text. */
interface PageParagraph {
  at: number;
  className: string;
  text: string;
}

/**
 * Numbers the page's paragraphs outside furniture, and notes their class and text, so that what
 * Readability leaves out can be found again.
 */
function storyParagraphs(document: Document): PageParagraph[] {
  return [...document.querySelectorAll('p')].flatMap((element, at) => {
    element.setAttribute(PARAGRAPH_AT, String(at));
    const className = (element.getAttribute('class') ?? '').trim();
    if (!className || element.closest(FURNITURE)) return [];
    const text = undoubleEscaping((element.textContent ?? '').replace(/\s+/g, ' ').trim());
    return text ? [{ at, className, text }] : [];
  });
}

/**
 * Paragraphs of the story's own class that Readability left out, in reading order: a story set in
 * two containers, with advertising between ("<p class="story-text__paragraph">" before and
 * after), loses its opening to the container Readability did not pick. The story's class is the
 * one most paragraphs it kept carry.
 */
function leftOut(body: Document, page: readonly PageParagraph[]): PageParagraph[] {
  const byAt = new Map(page.map((paragraph) => [paragraph.at, paragraph]));
  const kept = new Set<number>();
  const classes = new Map<string, number>();
  for (const element of body.querySelectorAll(`p[${PARAGRAPH_AT}]`)) {
    const at = Number(element.getAttribute(PARAGRAPH_AT));
    kept.add(at);
    const className = byAt.get(at)?.className;
    if (className) classes.set(className, (classes.get(className) ?? 0) + 1);
  }
  const [story, count] = [...classes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < STORY_CLASS_MIN || count * 2 < kept.size) return [];
  // "has-dropcap paywall" is of the story whose class is "paywall": a first letter set large.
  const tokens = story.split(/\s+/);
  const ofStory = (className: string) =>
    className === story || tokens.every((token) => className.split(/\s+/).includes(token));
  return page.filter((paragraph) => ofStory(paragraph.className) && !kept.has(paragraph.at));
}

/** A heading this long, ending with a full stop, may be the story's first sentence. */
const SENTENCE_MIN_WORDS = 12;

/** What a block holding other blocks says outside them (those are blocks of their own). */
function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (!child.matches(NESTED_BLOCKS) && !child.querySelector(TEXT_BLOCKS))
        text += child.textContent ?? '';
    }
  }
  return text;
}

/** Blocks inside another whose text is not the outer block's own. */
const NESTED_BLOCKS = `${TEXT_BLOCKS}, ul, ol, div, table, figure, section`;

/** A run of words that reads as a sentence: long, or closed by a stop. */
function isSentence(text: string): boolean {
  return (
    wordCount(text) >= SENTENCE_MIN_WORDS || (wordCount(text) >= 4 && /[.!?][”"’)]*$/.test(text))
  );
}

/** True for a heading that is a sentence the next paragraph goes on from ("But …", "Yet …"). */
function continuedSentence(element: Element, text: string): boolean {
  if (!/\.["”’)]?$/.test(text) || wordCount(text) < SENTENCE_MIN_WORDS) return false;
  const next = (element.nextElementSibling?.textContent ?? '').trim();
  return /^(?:But|And|Yet|However|Still|So|Now)\b/.test(next);
}

/**
 * Headings ending with a full stop, or caption paragraphs of a full sentence: a page with this many
 * may tell its story in them.
 */
const TOLD_BLOCKS = 3;

/** How many words a text has. */
function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * "<h3>A few months ago, Vladimir Serbanescu … drew this image of Demi Lovato.</h3>": a list
 * article that sets its sentences as headings, one per picture. Its long headings are its text.
 */
function tellsInHeadings(body: Document): boolean {
  let told = 0;
  for (const heading of body.querySelectorAll(HEADINGS)) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (/[.!]["”’)]?$/.test(text) && wordCount(text) >= SENTENCE_MIN_WORDS) told++;
  }
  return told >= TOLD_BLOCKS;
}

/**
 * True for a slideshow: a page whose paragraphs inside figure captions, at least TOLD_BLOCKS of
 * them full sentences, hold more words than its paragraphs outside them ("<figcaption><p>"Oftentimes
 * millennials settle for what's fastest …," Sasha says.</p>" under each photo): the captions are
 * the story, not furniture.
 */
function tellsInCaptions(body: Document): boolean {
  if (!body.querySelector('figcaption')) return false;
  let told = 0;
  let inCaptions = 0;
  let outside = 0;
  for (const element of body.querySelectorAll(TEXT_BLOCKS)) {
    if (element.querySelector(TEXT_BLOCKS)) continue;
    const words = wordCount((element.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (element.closest('figcaption')) {
      inCaptions += words;
      if (words >= SENTENCE_MIN_WORDS) told++;
    } else if (!element.closest(FURNITURE)) outside += words;
  }
  return told >= TOLD_BLOCKS && inCaptions > outside;
}

/**
 * A paragraph that is nothing but a link, with no full stop ("Pizza Man Making Special Delivery
 * to Afghanistan"): the headline of another story set in the body. Or a link with the count of
 * what it leads to ("Developing a Corporate Culture (13)"): a category or archive list.
 */
function isStoryLink(element: Element, text: string): boolean {
  const links = element.querySelectorAll('a');
  const linked = text.replace(/\s*\(\d+\)$/, '');
  if (links.length !== 1 || /[.!?:;”"’)]$/.test(linked)) return false;
  return (links[0]?.textContent ?? '').replace(/\s+/g, ' ').trim() === linked;
}

/**
 * Marks of program code: braces, arrows, a call closed by a statement's end ("fetch(url);"), a
 * line opening with a declaration. Not a semicolon alone, which prose uses too.
 */
const CODE_MARKS =
  /[{}]|=>|\w\([^()]*\)\s*[;.{]|^\s*(?:var|let|const|function|import|def|class|return)\s/m;

/**
 * A preformatted block of program code ("fetch("/data.json").then(function(res) { …"): a
 * tutorial's example, not prose a passage can be quoted from.
 */
function isCode(element: Element, text: string): boolean {
  return element.matches('pre') && CODE_MARKS.test(text);
}

/** Windows-1252 punctuation a page may number as 128–159 ("&#151;" for an em dash). */
const WINDOWS_PUNCTUATION: Record<number, string> = {
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  150: '–',
  151: '—',
};

/** The named entities a page escaped twice leaves in its text, and what they stand for. */
const NAMED_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
};

/**
 * Text a page escaped twice shows its entities as written ("&#151; -- Hillary Clinton has …"):
 * they are read as the characters they stand for, and a paragraph left opening with dashes (a
 * dateline's city gone) opens with its first word.
 */
function undoubleEscaping(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(\d{2,5});/g, (_, code: string) => {
      const n = Number(code);
      return WINDOWS_PUNCTUATION[n] ?? (n >= 32 && n < 0xd800 ? String.fromCodePoint(n) : ' ');
    })
    .replace(/&(?:amp|quot|apos|lt|gt|nbsp);/g, (entity) => NAMED_ENTITIES[entity] ?? ' ')
    .replace(/^(?:[—–-]+\s*)+/, '');
}

/** The DOM's nodeType of a text node. */
const TEXT_NODE = 3;

/** A run-in heading this long at most ("Changing a newsroom culture"). */
const RUN_IN_MAX_WORDS = 10;

/**
 * "<li><strong>Changing a newsroom culture</strong><br>Skill diversity needs to change. …": a bold
 * line without a full stop set before a line break is the heading of the text after it, not the
 * first words of its sentence. Returns the heading, or null.
 */
function runInHeading(element: Element): string | null {
  const bold = element.firstElementChild;
  if (!bold?.matches('strong, b')) return null;
  // The break must follow the bold words, after them or closing them ("<b>Dead letter
  // queues<br /></b> One common source …"): "<b>Tara Sinclair </b>has joined … Lab.<br>" is a
  // sentence opening with a bold name, its break at the end.
  const blank = (node: ChildNode | null) =>
    node !== null && node.nodeType === TEXT_NODE && !node.textContent?.trim();
  let next = bold.nextSibling;
  while (blank(next)) next = next?.nextSibling ?? null;
  let last = bold.lastChild;
  while (blank(last)) last = last?.previousSibling ?? null;
  if (next?.nodeName !== 'BR' && last?.nodeName !== 'BR') return null;
  const before = element.textContent?.slice(0, element.textContent.indexOf(bold.textContent ?? ''));
  if (before?.trim()) return null;
  const heading = (bold.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!heading || /[.!?:;”"’)]$/.test(heading)) return null;
  return heading.split(' ').length <= RUN_IN_MAX_WORDS ? heading : null;
}

/**
 * Extracts a saved web page's article body (as text blocks) and metadata with Readability over
 * linkedom. Returns null when the page holds no readable article.
 */
export function readHtmlArticle(
  html: string,
): { meta: ArticleMeta; blocks: string[]; removed: Removal[] } | null {
  const { document } = parseHTML(html);
  if (!document?.documentElement) return null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent(document, 'meta[property="og:url"]');
  const headTitle = metaContent(document, 'meta[property="og:title"]');
  // Read the metadata before Readability, which removes <script> (JSON-LD) from the document.
  const metaDate = publishedDate(document, url ?? null);
  const removed: Removal[] = [];
  let byline: string | null = null;
  for (const element of document.querySelectorAll(BYLINE)) {
    if (element.querySelector('p ~ p') || element.parentElement?.closest(BYLINE)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    byline ??= text;
    removed.push({ rule: 'byline', text, reason: 'a byline naming the author' });
    element.remove();
  }
  for (const element of document.querySelectorAll(STANDFIRST)) {
    // A container of several paragraphs is the body under a misleading class, not a summary.
    if (element.querySelector('p ~ p')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) removed.push({ rule: 'standfirst', text, reason: 'the summary under the headline' });
    element.remove();
  }
  for (const element of document.querySelectorAll(PROMOTION)) {
    // A container of several paragraphs is the body under a misleading class, not a box.
    if (element.querySelector('p ~ p ~ p') || element.parentElement?.closest(PROMOTION)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) removed.push({ rule: 'boilerplate', text, reason: 'a newsletter sign-up box' });
    element.remove();
  }
  for (const element of document.querySelectorAll(ADVERTISING)) {
    if (element.parentElement?.closest(ADVERTISING)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A sponsored story is a story: only a box of a few lines goes.
    if (text.split(' ').length > ADVERT_MAX_WORDS) continue;
    if (text)
      removed.push({ rule: 'boilerplate', text, reason: 'an advertisement or shopping box' });
    element.remove();
  }
  // Marked, not removed: taking elements out would change which container Readability picks.
  // Readability makes a <div> of text a new <p> without its attributes, so the text of such a
  // div is marked too ("<div class="media-caption">…</div>").
  for (const element of document.querySelectorAll(CAPTIONED)) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.split(' ').length > CAPTION_MAX_WORDS) continue;
    element.setAttribute(CAPTION_MARK, '');
    if (element.tagName !== 'DIV' || element.querySelector(BLOCK_CHILDREN)) continue;
    const inner = document.createElement('span');
    inner.setAttribute(CAPTION_MARK, '');
    inner.append(...element.childNodes);
    element.append(inner);
  }
  for (const element of document.querySelectorAll(EMBEDDED_POST)) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) removed.push({ rule: 'embed', text, reason: 'a post from a social network' });
    element.remove();
  }
  markInlineNotes(document);
  const story = storyParagraphs(document);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const { document: body } = parseHTML(
    `<!doctype html><html><body>${parsed.content}</body></html>`,
  );
  const described = [...body.querySelectorAll('img[alt], img[title]')].flatMap((img) => [
    img.getAttribute('alt') ?? '',
    img.getAttribute('title') ?? '',
  ]);
  const alts = described.map(wordSet).filter((alt) => alt.size >= 4);
  // A short caption ("Vanessa Hicks") is its image's description word for word.
  const labels = new Set(described.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean));
  // Before images go with their wrappers: a note may hold an image, and its link be the wrapper.
  const notes = takeInlineNotes(body as unknown as Document);
  dropInlineImages(body as unknown as Document, removed);
  // "<strong>What was your pitch?</strong><br>There was that movie …": a line break parts words
  // that the text of the element would otherwise run together ("pitch?There").
  for (const lineBreak of body.querySelectorAll('br')) lineBreak.before(' ');
  const blocks: string[] = [];
  const left = leftOut(body as unknown as Document, story);
  const toldInHeadings = tellsInHeadings(body as unknown as Document);
  const toldInCaptions = tellsInCaptions(body as unknown as Document);
  for (const element of body.querySelectorAll(TEXT_BLOCKS)) {
    const at = Number(element.getAttribute(PARAGRAPH_AT) ?? Number.NaN);
    while (left.length > 0 && (left[0]?.at ?? 0) < at) blocks.push(left.shift()?.text ?? '');
    if (element.closest(FURNITURE) && !(toldInCaptions && element.closest('figcaption'))) continue;
    // "<li>We’ve just landed Bug 1553982, which … <ul><li>…</li></ul></li>": a block that holds
    // others tells its own words too, when they make a sentence.
    const holds = element.querySelector(TEXT_BLOCKS) !== null;
    const own = holds ? ownText(element as unknown as Element) : (element.textContent ?? '');
    const text = undoubleEscaping(own.replace(/\s+/g, ' ').trim());
    if (!text || (holds && !isSentence(text))) continue;
    // "<h2>The U.S. has long been heralded as a land of opportunity …</h2><p>But a new report …":
    // a sentence set as a heading that the next paragraph goes on from opens the story.
    if (
      element.matches(HEADINGS) &&
      !continuedSentence(element as unknown as Element, text) &&
      !(toldInHeadings && wordCount(text) >= SENTENCE_MIN_WORDS)
    ) {
      removed.push({ rule: 'heading', text, reason: 'a section heading, not a paragraph' });
    } else if (
      labels.has(text) ||
      element.closest(`[${CAPTION_MARK}]`) ||
      wholly(element as unknown as Element, text, `[${CAPTION_MARK}]`) ||
      isCaption(element as unknown as Element, text, alts)
    ) {
      removed.push({ rule: 'caption', text, reason: 'an image caption, not article text' });
    } else if (isCode(element as unknown as Element, text)) {
      removed.push({ rule: 'code', text, reason: 'program code, not prose' });
    } else if (isStoryLink(element as unknown as Element, text)) {
      removed.push({ rule: 'read-also', text, reason: 'a link to another story' });
    } else {
      const heading = runInHeading(element as unknown as Element);
      if (heading && text.length > heading.length) {
        removed.push({
          rule: 'heading',
          text: heading,
          reason: 'a section heading, not a paragraph',
        });
        blocks.push(text.slice(heading.length).trim());
      } else blocks.push(text);
      blocks.push(...(notes.get(element as unknown as Element) ?? []));
    }
  }
  blocks.push(...left.map((paragraph) => paragraph.text));
  const rawTitle = parsed.title || headTitle || '';
  return {
    meta: {
      title: rawTitle ? cleanTitle(rawTitle, parsed.byline ?? null, parsed.siteName ?? null) : null,
      author: cleanByline(parsed.byline ?? null) ?? bylineName(byline),
      published: metaDate ?? isoDay(parsed.publishedTime),
      url: url && /^https?:\/\//.test(url) ? url : null,
    },
    blocks,
    removed,
  };
}
