import { describe, expect, it } from 'vitest';
import { questionFromMessage } from '../../../../src/adapters/discord/mentions.ts';

const BOT = '1402335377371447296';

describe('which messages ask the bot something', () => {
  it('"@briefbot who is kiriyenko?" in a channel asks "who is kiriyenko?"', () => {
    expect(questionFromMessage({ content: `<@${BOT}> who is kiriyenko?`, inDm: false }, BOT)).toBe(
      'who is kiriyenko?',
    );
  });

  it('the legacy nickname mention and a mention mid-sentence work too', () => {
    expect(
      questionFromMessage({ content: `hey <@!${BOT}>, when was the vote?`, inDm: false }, BOT),
    ).toBe('hey , when was the vote?');
  });

  it('channel messages that mention someone else, or nobody, are not questions for the bot', () => {
    expect(questionFromMessage({ content: 'who is kiriyenko?', inDm: false }, BOT)).toBeNull();
    expect(
      questionFromMessage({ content: '<@1234567> who is kiriyenko?', inDm: false }, BOT),
    ).toBeNull();
    expect(questionFromMessage({ content: `<@${BOT}1> who?`, inDm: false }, BOT)).toBeNull();
  });

  it('every message in a DM is a question, mention or not', () => {
    expect(
      questionFromMessage({ content: '  where did the talks happen? ', inDm: true }, BOT),
    ).toBe('where did the talks happen?');
  });

  it('a bare mention is addressed to the bot but asks nothing', () => {
    expect(questionFromMessage({ content: ` <@${BOT}>  `, inDm: false }, BOT)).toBe('');
  });
});
