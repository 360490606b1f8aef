import type { SerializedKnowledge } from '../search/knowledge.ts';

/**
 * Rough size of one message, in characters of JSON. Each message is deserialised on the receiving
 * thread in a task of its own, so a large knowledge base crosses threads without one long stall.
 */
export const MESSAGE_BUDGET_CHARS = 500_000;

type ArrayPart = 'articles' | 'sentences' | 'entities' | 'termSentences';
const ARRAY_PARTS: readonly ArrayPart[] = ['articles', 'sentences', 'entities', 'termSentences'];

/** One slice of a SerializedKnowledge as it crosses threads (see `knowledgeChunks`). */
export type KnowledgeChunk =
  | { part: ArrayPart; items: unknown[] }
  /** Items of the index's array field `field`. */
  | { part: 'index'; field: string; items: unknown[] }
  /** The index's other fields; when the index is not a plain object, `whole` is the index. */
  | { part: 'indexHead'; head: Record<string, unknown> }
  | { part: 'indexWhole'; whole: unknown };

/** Cuts `items` into runs of about MESSAGE_BUDGET_CHARS of JSON each, in order. */
function* slices(items: readonly unknown[]): Generator<unknown[]> {
  let slice: unknown[] = [];
  let size = 0;
  for (const item of items) {
    slice.push(item);
    size += JSON.stringify(item)?.length ?? 0;
    if (size >= MESSAGE_BUDGET_CHARS) {
      yield slice;
      slice = [];
      size = 0;
    }
  }
  if (slice.length > 0) yield slice;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Cuts a serialised knowledge base into messages of about MESSAGE_BUDGET_CHARS each: the arrays,
 * then the index's own arrays (its term list), in order. Runs on the sending thread.
 */
export function* knowledgeChunks(data: SerializedKnowledge): Generator<KnowledgeChunk> {
  for (const part of ARRAY_PARTS) {
    for (const items of slices(data[part])) yield { part, items };
  }
  if (!isPlainObject(data.index)) {
    yield { part: 'indexWhole', whole: data.index };
    return;
  }
  const head: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data.index)) {
    if (!Array.isArray(value)) head[field] = value;
    else for (const items of slices(value)) yield { part: 'index', field, items };
  }
  yield { part: 'indexHead', head };
}

function append(target: Map<string, unknown[]>, key: string, items: readonly unknown[]): void {
  const list = target.get(key) ?? [];
  for (const item of items) list.push(item);
  target.set(key, list);
}

/** Puts the chunks of `knowledgeChunks` back together, in the order they were cut. */
export class KnowledgeAssembler {
  private readonly parts = new Map<string, unknown[]>();
  private readonly indexArrays = new Map<string, unknown[]>();
  private index: { value: unknown } | null = null;

  add(chunk: KnowledgeChunk): void {
    if (chunk.part === 'index') append(this.indexArrays, chunk.field, chunk.items);
    else if (chunk.part === 'indexHead')
      this.index = { value: { ...Object.fromEntries(this.indexArrays), ...chunk.head } };
    else if (chunk.part === 'indexWhole') this.index = { value: chunk.whole };
    else append(this.parts, chunk.part, chunk.items);
  }

  /** The whole knowledge base; throws when the index never arrived. */
  result(): SerializedKnowledge {
    if (this.index === null) throw new Error('the index never arrived from the rebuild worker');
    const part = <T>(name: ArrayPart) => (this.parts.get(name) ?? []) as T[];
    return {
      articles: part('articles'),
      sentences: part('sentences'),
      entities: part('entities'),
      termSentences: part('termSentences'),
      index: this.index.value,
    };
  }
}
