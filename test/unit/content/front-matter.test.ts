import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/content/front-matter.ts';

const NO_META = { title: null, author: null, published: null, url: null };

describe('front matter', () => {
  it('leaves a file without front matter untouched', () => {
    const text = 'Ferry notes\n\nThe ferry ran late.';
    expect(splitFrontMatter(text)).toEqual({ meta: NO_META, body: text });
  });

  it('reads title, author, a "published" date with a time, and a url', () => {
    const { meta, body } = splitFrontMatter(
      '---\ntitle: "Ferry: the inside story"\nauthor: Aoife Byrne\npublished: 2024-06-21T08:00:00Z\nurl: https://example.org/ferry\n---\nBody.\n',
    );
    expect(meta).toEqual({
      title: 'Ferry: the inside story',
      author: 'Aoife Byrne',
      published: '2024-06-21',
      url: 'https://example.org/ferry',
    });
    expect(body).toBe('Body.\n');
  });

  it('takes the link from "source" and ignores a source that is not a link', () => {
    expect(splitFrontMatter('---\nsource: https://example.org/a\n---\n').meta.url).toBe(
      'https://example.org/a',
    );
    expect(splitFrontMatter('---\nsource: The Island Courier\n---\n').meta.url).toBeNull();
  });

  it('leaves out what is not known rather than inventing it', () => {
    expect(splitFrontMatter('---\ntitle: Only a title\n---\nBody.').meta).toEqual({
      ...NO_META,
      title: 'Only a title',
    });
    expect(splitFrontMatter('---\n# nothing yet\n---\nBody.')).toEqual({
      meta: NO_META,
      body: 'Body.',
    });
  });

  it('throws a readable message for broken YAML', () => {
    expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nBody.')).toThrow(
      /^broken front matter: /,
    );
  });

  it('throws naming the field when a date cannot be read', () => {
    expect(() => splitFrontMatter('---\ndate: soon\n---\nBody.')).toThrow(
      'front matter "date" is not a date (got "soon")',
    );
  });
});
