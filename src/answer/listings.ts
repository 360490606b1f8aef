import { COMMANDS } from '../../commands/index.ts';
import type { KnowledgeBase } from '../search/knowledge.ts';

/** The `help` answer: every command from commands/, with its usage. */
export function helpText(): string {
  const lines = COMMANDS.map((c) => `/${c.name}${c.usage ? ` ${c.usage}` : ''} — ${c.description}`);
  return `I answer from the loaded articles only, citing the passages.\n${lines.join('\n')}\nYou can also ask in plain words, e.g. "Who is …?" or "Why did …?"`;
}

/** The `sources` answer: each loaded article with its paragraph count and date. */
export function sourcesText(kb: KnowledgeBase): string {
  const lines = kb.articles.map(
    (a) =>
      `• ${a.title} — ${a.paragraphs.length} paragraphs${a.published ? `, published ${a.published}` : ''} [${a.slug}]`,
  );
  return `${kb.articles.length} article${kb.articles.length === 1 ? '' : 's'} loaded:\n${lines.join('\n')}`;
}
