import type { Answer } from '../answer/types.ts';
import type { Article } from '../content/types.ts';

/** Renders an Answer for a terminal: the summary, then each citation with its source. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.summary];
  answer.citations.forEach((citation, i) => {
    const date = citation.date ? ` · ${citation.date}` : '';
    lines.push(
      '',
      `[${i + 1}] ${citation.title}, ¶${citation.paragraph}${date}`,
      `    “${citation.quote}”`,
    );
    if (citation.url) lines.push(`    ${citation.url}`);
  });
  if (answer.candidates.length > 1) {
    lines.push(
      '',
      `Several match: ${answer.candidates.map((c) => `${c.name} (${c.slug})`).join(', ')}.`,
    );
  }
  return lines.join('\n');
}

function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Explains what cleaning kept and removed in one article, and why. */
export function formatContentReport(article: Article): string {
  const lines = [
    `${article.file} → ${article.slug}`,
    `  title: ${article.title}`,
    `  author: ${article.author ?? '(unknown)'}   published: ${article.published ?? '(unknown)'}   source: ${article.url ?? '(none)'}`,
    `  kept ${article.paragraphs.length} paragraphs, removed ${article.removed.length} blocks`,
  ];
  for (const removal of article.removed)
    lines.push(`  - removed [${removal.rule}] ${removal.reason}: “${clip(removal.text)}”`);
  for (const paragraph of article.paragraphs) {
    lines.push(
      `  ¶${paragraph.number} (${paragraph.sentences.length} sentences) ${clip(paragraph.text)}`,
    );
  }
  return lines.join('\n');
}
