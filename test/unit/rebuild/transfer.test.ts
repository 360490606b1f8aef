import { describe, expect, it } from 'vitest';
import {
  KnowledgeAssembler,
  type KnowledgeChunk,
  knowledgeChunks,
  MESSAGE_BUDGET_CHARS,
} from '../../../src/rebuild/transfer.ts';
import type { SerializedKnowledge } from '../../../src/search/knowledge.ts';

function knowledge(sentences: number, index: unknown): SerializedKnowledge {
  return {
    articles: [],
    // The items' shape does not matter here: only their number and size.
    sentences: Array.from({ length: sentences }, (_, i) => ({
      paragraph: i,
      text: `sentence ${i} of the generated test article, long enough to weigh something`,
    })) as unknown as SerializedKnowledge['sentences'],
    entities: [],
    index,
    termSentences: Array.from({ length: 7 }, (_, i) => [`term${i}`, i] as [string, number]),
  };
}

function roundTrip(data: SerializedKnowledge): {
  chunks: KnowledgeChunk[];
  back: SerializedKnowledge;
} {
  const chunks = [...knowledgeChunks(data)];
  const assembler = new KnowledgeAssembler();
  for (const chunk of structuredClone(chunks)) assembler.add(chunk);
  return { chunks, back: assembler.result() };
}

describe('handing a knowledge base across threads in chunks', () => {
  it('slices the large arrays and the index arrays, and puts them back in order', () => {
    const terms = Array.from({ length: 60_000 }, (_, i) => `term-${i}`);
    const data = knowledge(20_000, { terms, offsets: 'AAAA', count: 3 });
    const { chunks, back } = roundTrip(data);
    expect(back).toEqual(data);
    expect(chunks.filter((c) => c.part === 'sentences').length).toBeGreaterThan(1);
    expect(chunks.filter((c) => c.part === 'index').length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      if ('items' in chunk && chunk.items.length > 1) {
        const withoutLast = JSON.stringify(chunk.items.slice(0, -1)).length;
        expect(withoutLast).toBeLessThan(MESSAGE_BUDGET_CHARS + chunk.items.length);
      }
    }
  });

  it('sends an index that is not a plain object whole', () => {
    const data = knowledge(2, ['an', 'array']);
    expect(roundTrip(data).back).toEqual(data);
  });

  it('refuses to assemble a knowledge base whose index never arrived', () => {
    expect(() => new KnowledgeAssembler().result()).toThrow(/index never arrived/);
  });
});
