import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { BriefbotError } from '../errors.ts';
import { isBylineLine, isMenuItem, isPageControl, RELEASE_LABEL } from './clean.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readHtmlArticle } from './html.ts';
import type { RawArticle, Removal } from './types.ts';

/** Largest article file accepted; a larger one is almost surely not an article. */
export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;

/** Turns a file name into the article's stable slug: `My Story.md` → `my-story`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A line of at most this many words may be a page line (headline, byline) rather than wrapped prose. */
const PAGE_LINE_MAX_WORDS = 30;

/**
 * True when the lines of a block are page lines set one under another — "Headline / Subtitle /
 * By Jane Doe / Published 14 May 2025" copied without blank lines — rather than one paragraph
 * wrapped: each line is short, starts with a capital, digit or quote, and none but the last
 * ends a sentence.
 */
function isLineStack(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  if (isLinkList(lines)) return true;
  return lines.every(
    (line, i) =>
      line.split(/\s+/).length <= PAGE_LINE_MAX_WORDS &&
      /^[\p{Lu}\p{N}"“‘'(]/u.test(line) &&
      (i === lines.length - 1 || !/[.!?;,:]["”’)]?$/.test(line)),
  );
}

/**
 * "Explore more on these topics / Music festivals / Music / news / Share": a label over three or
 * more links or tags of a few words, in any case, with no punctuation — no wrapped prose.
 */
function isLinkList(lines: readonly string[]): boolean {
  const links = lines.slice(1);
  return links.length >= 3 && links.every((line) => isMenuItem(line) && !/[.,;:!?]/.test(line));
}

/** Longer than any line of text wrapped by hand (e-mail and plain-text styles wrap at 60–80). */
const UNWRAPPED_LINE_CHARS = 120;

/**
 * A page copied from a browser keeps one line a paragraph with no blank line between them: a
 * block with a line longer than hand-wrapped text ever has is paragraphs, one a line.
 */
function isUnwrapped(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.some((line) => line.length > UNWRAPPED_LINE_CHARS);
}

/** A list item of plain text: "- …", "* …", "• …". */
const TEXT_LIST_ITEM = /^[-*•–]\s+/;

/**
 * Splits plain text into blocks at blank lines, folding the lines inside each block — except a
 * stack of page lines, which stays one block a line.
 */
function textBlocks(body: string): string[] {
  return body.split(/\r?\n[ \t\u00a0]*\r?\n/).flatMap((block) => {
    const lines = block
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    if (isLineStack(lines) || isUnwrapped(lines)) return lines;
    // "- A firm order for 12 aircraft" on each line: a list, each item a statement of its own.
    if (lines.length > 1 && lines.every((line) => TEXT_LIST_ITEM.test(line)))
      return lines.map((line) => line.replace(TEXT_LIST_ITEM, ''));
    // "longer-" at a line's end and "term" on the next are one word: "longer-term".
    const folded = lines
      .join('\n')
      .replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1-')
      .replace(/\n/g, ' ');
    return folded ? [folded] : [];
  });
}

/** Blocks of a copied page above its byline that may hold the headline. */
const HEADER_BLOCKS = 8;
/** "News | World | Sport", "World › Courts": a menu or breadcrumb, not a headline. */
const MENU_LINE = /\s[|›»>·•]\s|\s\/\s/;
/** A headline has at least this many words (a site's name seldom has). */
const HEADLINE_MIN_WORDS = 4;

/** The first byline within a page header's depth (see `headerDepth`), or -1. */
function bylineAt(blocks: readonly string[]): number {
  let depth = 0;
  for (let i = 0; i < blocks.length && depth < HEADER_BLOCKS; i++) {
    const block = blocks[i] ?? '';
    if (isBylineLine(block)) return i;
    if (!isMenuItem(block)) depth++;
  }
  return -1;
}

/**
 * The title of plain text: its first block (below a press release's label) when that is one short
 * line without a sentence end; on a page copied with its header (site name, menu, section,
 * headline, "By …"), the first line above the byline that reads as a headline.
 */
function leadingTitle(blocks: string[]): string | null {
  const titleLike = (block: string) => block.length <= 200 && !/\.["”’)]?$/.test(block);
  const byline = bylineAt(blocks);
  const headline = blocks
    .slice(0, Math.max(byline, 0))
    .find(
      (block) =>
        titleLike(block) &&
        !MENU_LINE.test(block) &&
        !isPageControl(block) &&
        block.split(/\s+/).length >= HEADLINE_MIN_WORDS,
    );
  // "FOR IMMEDIATE RELEASE" over a press release's headline is a label, not its title.
  const first = blocks.find((block) => !RELEASE_LABEL.test(block));
  return headline ?? (first && titleLike(first) ? first : null);
}

const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)$/;

/**
 * Markdown's blocks: paragraphs split at blank lines with their lines folded, and each item of a
 * list a block of its own (a list is several statements, not one sentence).
 */
function markdownBlocks(body: string): string[] {
  const blocks: string[] = [];
  for (const raw of body.split(/\r?\n[ \t\u00a0]*\r?\n/)) {
    // A quoted box stays one block, to be told apart whole.
    if (isQuotedBox(raw)) {
      blocks.push(raw);
      continue;
    }
    const lines = raw.split(/\r?\n/);
    const items: string[][] = [];
    for (const line of lines) {
      if (LIST_ITEM.test(line) || items.length === 0) items.push([line]);
      else items.at(-1)?.push(line);
    }
    for (const item of items) {
      const text = item.join(' ').replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
  }
  return blocks;
}

/**
 * "> **Key facts**" over "> - …" items: a box set beside the article, quoted as a list or under a
 * bold label — a quotation of a speaker is neither.
 */
function isQuotedBox(block: string): boolean {
  const lines = block.split(/\r?\n/).filter((line) => line.trim());
  if (lines.length === 0 || !lines.every((line) => /^\s*>/.test(line))) return false;
  const inner = lines.map((line) => line.replace(/^\s*(?:>\s*)+/, ''));
  return inner.some((line) => LIST_ITEM.test(line)) || /^(\*\*|__)[^*_]+\1:?$/.test(inner[0] ?? '');
}

/** "**More explainers:** [a](…) · [b](…)": two links or more, and hardly a word besides. */
function isLinkLine(block: string): boolean {
  const links = block.match(/\[[^\]]+\]\([^)]*\)/g) ?? [];
  const rest = block.replace(/\[[^\]]+\]\([^)]*\)/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return links.length >= 2 && rest.length <= 4;
}

/** Removes inline Markdown so quotes are plain sentences: links keep their text, images go. */
function plainMarkdown(block: string): string {
  return block
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*(?:>\s*)+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .trim();
}

function readMarkdown(body: string): {
  title: string | null;
  blocks: string[];
  removed: Removal[];
} {
  let title: string | null = null;
  const blocks: string[] = [];
  const removed: Removal[] = [];
  let afterImage = false;
  for (const block of markdownBlocks(body)) {
    if (isQuotedBox(block)) {
      removed.push({
        rule: 'box',
        text: block
          .split(/\r?\n/)
          .map((line) => plainMarkdown(line))
          .join(' '),
        reason: 'a box beside the article (key facts, a summary), not its text',
      });
      continue;
    }
    if (isLinkLine(block)) {
      removed.push({
        rule: 'read-also',
        text: plainMarkdown(block),
        reason: 'a line of links to other articles',
      });
      continue;
    }
    const image = IMAGE_ONLY.test(block);
    const caption = afterImage && /^([*_]).+\1$/.test(block);
    afterImage = image;
    if (caption) {
      removed.push({
        rule: 'caption',
        text: plainMarkdown(block),
        reason: 'an image caption, not article text',
      });
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(block);
    if (heading) {
      const text = plainMarkdown(heading[1] ?? '');
      if (title === null && blocks.length === 0) title = text;
      else removed.push({ rule: 'heading', text, reason: 'a section heading, not a paragraph' });
      continue;
    }
    const text = plainMarkdown(block);
    if (text && !/^[-*_]{3,}$/.test(text)) blocks.push(text);
  }
  return { title, blocks, removed };
}

function unreadable(file: string, why: string): BriefbotError {
  return new BriefbotError('ARTICLE_UNREADABLE', `${basename(file)}: ${why}`);
}

/** The charset a page declares in its head (`<meta charset="…">` or `http-equiv` content). */
const DECLARED_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** A decoder for the charset an HTML page declares, when it is one other than UTF-8 that Node knows. */
function declaredDecoder(bytes: Buffer): TextDecoder | null {
  const name = DECLARED_CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
  if (!name || /^utf-?8$/i.test(name)) return null;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F. The web reads every Latin-1 label as
 * Windows-1252, but Node's decoder gives those bytes as control characters (a page's ’ became
 * U+0092).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes bytes as UTF-8 text, refusing binary files (NUL bytes) and invalid UTF-8 — except in
 * an HTML page that declares another charset (an older site's `windows-1252` page, saved as
 * served), which is read in that charset.
 */
function decodeText(file: string, bytes: Buffer, html: boolean): string {
  if (bytes.includes(0)) throw unreadable(file, 'looks like a binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const declared = html ? declaredDecoder(bytes) : null;
    if (declared?.encoding === 'windows-1252') {
      return declared
        .decode(bytes)
        .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
    }
    if (declared) return declared.decode(bytes);
    throw unreadable(file, 'is not valid UTF-8 text');
  }
}

/**
 * Characters a page holds but never shows: soft hyphens ("Netan\u00adyahu" breaks only at a line's
 * end), zero-width spaces, word joiners and byte-order marks. Left in, they split one name into two.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** A file's article with the characters a reader never sees taken out of its text and title. */
function visible(raw: RawArticle): RawArticle {
  const clean = (text: string) => text.replace(INVISIBLE, '');
  return {
    ...raw,
    meta: { ...raw.meta, title: raw.meta.title === null ? null : clean(raw.meta.title) },
    blocks: raw.blocks.map(clean).filter((block) => block.length > 0),
  };
}

/**
 * Reads one article file (`.txt`, `.md`, `.html`) into blocks and metadata. Throws an
 * `ARTICLE_UNREADABLE` BriefbotError whose message starts with the file name.
 */
export async function readArticleFile(file: string): Promise<RawArticle> {
  return visible(await readArticleBlocks(file));
}

async function readArticleBlocks(file: string): Promise<RawArticle> {
  const info = await stat(file);
  if (info.size > MAX_ARTICLE_FILE_BYTES) {
    throw unreadable(
      file,
      `is ${Math.round(info.size / 1024)} KiB, over the ${MAX_ARTICLE_FILE_BYTES / 1024} KiB limit`,
    );
  }
  const extension = extname(file).toLowerCase();
  const text = decodeText(
    file,
    await readFile(file),
    extension === '.html' || extension === '.htm',
  );
  const slug = slugify(basename(file, extname(file))) || 'article';
  if (extension === '.html' || extension === '.htm') {
    const page = readHtmlArticle(text);
    if (!page || page.blocks.length === 0) throw unreadable(file, 'holds no readable article text');
    return { file, slug, meta: page.meta, blocks: page.blocks, removed: page.removed };
  }
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    throw unreadable(file, error instanceof Error ? error.message : String(error));
  }
  const { meta, body } = split;
  if (extension === '.md' || extension === '.markdown') {
    const markdown = readMarkdown(body);
    return {
      file,
      slug,
      meta: { ...meta, title: meta.title ?? markdown.title },
      blocks: markdown.blocks,
      removed: markdown.removed,
    };
  }
  const blocks = textBlocks(body);
  return {
    file,
    slug,
    meta: { ...meta, title: meta.title ?? leadingTitle(blocks) },
    blocks,
    removed: [],
  };
}
