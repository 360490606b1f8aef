import { describe, expect, it } from 'vitest';
import who from '../../../../commands/who.ts';
import { healthReport } from '../../../../src/adapters/shared/health.ts';
import {
  decodePageRef,
  encodePageRef,
  pickedQuestion,
} from '../../../../src/adapters/slack/actions.ts';
import { boltLogger } from '../../../../src/adapters/slack/bolt-logger.ts';
import { slackCommandName, slackExample } from '../../../../src/adapters/slack/commands.ts';
import { parseCommandText, questionFromMessage } from '../../../../src/adapters/slack/questions.ts';
import type { Briefbot } from '../../../../src/core.ts';
import { createLogger } from '../../../../src/log.ts';

describe('slash command arguments', () => {
  it('answers privately unless "public" is the first or last word', () => {
    expect(parseCommandText('aliyev')).toEqual({ question: 'aliyev', visibility: 'ephemeral' });
    expect(parseCommandText('public aliyev')).toEqual({
      question: 'aliyev',
      visibility: 'in_channel',
    });
    expect(parseCommandText('ilham aliyev PUBLIC')).toEqual({
      question: 'ilham aliyev',
      visibility: 'in_channel',
    });
    expect(parseCommandText('the public debate')).toEqual({
      question: 'the public debate',
      visibility: 'ephemeral',
    });
  });

  it('reads Slack-escaped text back: /ask what did &lt;Quint&gt; say', () => {
    expect(parseCommandText('what did &lt;Quint&gt; say').question).toBe('what did <Quint> say');
  });

  it('prefixes command names and their examples', () => {
    expect(slackCommandName(who, 'brief-')).toBe('brief-who');
    expect(slackExample('/who <surname>', who, 'brief-')).toBe('/brief-who <surname>');
  });
});

describe('questions in messages', () => {
  it('drops the bot mention and keeps the question', () => {
    expect(questionFromMessage('<@UBOT> who is   mara quint?', 'UBOT')).toBe('who is mara quint?');
    expect(questionFromMessage('<@UBOT|briefbot> when pier', 'UBOT')).toBe('when pier');
  });

  it('keeps other people mentioned, by name', () => {
    expect(questionFromMessage('<@UBOT> who is <@U999|mara>?', 'UBOT')).toBe('who is mara?');
  });

  it('is empty for a bare mention', () => {
    expect(questionFromMessage('<@UBOT>', 'UBOT')).toBe('');
  });
});

describe('button values', () => {
  it('round-trip an answer id and page', () => {
    expect(decodePageRef(encodePageRef({ answerId: 'aB-_9', page: 3 }))).toEqual({
      answerId: 'aB-_9',
      page: 3,
    });
  });

  it('refuse values that are not ours', () => {
    for (const value of [
      undefined,
      '',
      'abc',
      'abc:-1',
      'abc:1:2',
      'a b:1',
      `${'x'.repeat(65)}:1`,
    ]) {
      expect(decodePageRef(value)).toBeNull();
    }
  });

  it('a subject picked after a free question asks the question that suits its kind', () => {
    expect(pickedQuestion('when', { slug: 'pier', name: 'Pier', kind: 'thing' })).toBe('when pier');
    expect(pickedQuestion('ask', { slug: 'mara-quint', name: 'Mara Quint', kind: 'person' })).toBe(
      'who mara-quint',
    );
    expect(pickedQuestion('ask', { slug: 'oldport', name: 'Oldport', kind: 'place' })).toBe(
      'where oldport',
    );
    expect(pickedQuestion('ask', { slug: 'council', name: 'Council', kind: 'organization' })).toBe(
      'what council',
    );
  });
});

describe('Bolt writing to our logs', () => {
  it('removes tokens and payload verification tokens from its messages', () => {
    const lines: string[] = [];
    const log = boltLogger(createLogger('debug', { write: (line: string) => lines.push(line) }));
    log.debug('Received: {"token":"verif123","text":"hi"} with xoxb-1-2-abc and xapp-1-A-xyz');
    expect(lines.join('')).not.toMatch(/verif123|xoxb-1-2-abc|xapp-1-A-xyz/);
    expect(lines.join('')).toContain('\\"token\\":\\"[redacted]\\"');
  });
});

describe('/healthz', () => {
  const core: Briefbot = {
    answer: () => {
      throw new Error('not used');
    },
    suggestSubjects: () => [],
    sources: () => [],
    status: () => ({
      articles: 2,
      passages: 77,
      indexBuiltAt: '2025-01-01T00:00:00.000Z',
      rebuilding: false,
      problems: [{ file: 'broken.md', message: 'broken front matter' }],
    }),
  };

  it('reports articles, index age, problems and the Slack connection', () => {
    const report = healthReport(core, { slack: true }, Date.parse('2025-01-01T00:01:30.000Z'));
    expect(report).toEqual({
      ok: true,
      articles: 2,
      passages: 77,
      indexBuiltAt: '2025-01-01T00:00:00.000Z',
      indexAgeSeconds: 90,
      rebuilding: false,
      problems: [{ file: 'broken.md', message: 'broken front matter' }],
      adapters: { slack: true },
    });
  });

  it('is not ok while Slack is disconnected', () => {
    expect(healthReport(core, { slack: false }).ok).toBe(false);
  });
});
