import { parse as parseYaml } from 'yaml';
import type { ArticleMeta } from './types.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Front matter split from its body; `meta` fields are null when absent. */
export interface FrontMatter {
  meta: ArticleMeta;
  body: string;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function asUrl(value: unknown): string | null {
  const text = asText(value);
  return text && /^https?:\/\//i.test(text) ? text : null;
}

function asIsoDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    throw new Error(`front matter "${field}" is not a date (got "${String(value)}")`);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Splits optional YAML front matter (`title`, `date`/`published`, `source`/`url`, `author`) from
 * the body. Throws an Error with a readable message when the YAML is broken.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  const empty: ArticleMeta = { title: null, author: null, published: null, url: null };
  if (!match) return { meta: empty, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`broken front matter: ${detail}`);
  }
  if (data === null || data === undefined)
    return { meta: empty, body: text.slice(match[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('broken front matter: expected "key: value" lines');
  }
  const fields = data as Record<string, unknown>;
  const publishedField = fields.published !== undefined ? 'published' : 'date';
  return {
    meta: {
      title: asText(fields.title),
      author: asText(fields.author),
      published: asIsoDate(fields[publishedField], publishedField),
      url: asUrl(fields.url) ?? asUrl(fields.source),
    },
    body: text.slice(match[0].length),
  };
}
