import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../commands/index.ts';
import { toDiscordCommands } from '../../../../src/adapters/discord/commands.ts';

const DISCORD_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('commands/ as Discord application commands', () => {
  const registered = toDiscordCommands(COMMANDS);

  it('registers every command, in order, usable in servers and in DMs with the bot', () => {
    expect(registered.map((command) => command.name)).toEqual(
      COMMANDS.map((command) => command.name),
    );
    for (const command of registered) {
      expect(command.name).toMatch(DISCORD_NAME);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.contexts).toEqual([0, 1]);
    }
  });

  it('keeps each option of commands/ and adds an optional boolean `private` last', () => {
    const who = registered.find((command) => command.name === 'who');
    expect(who?.options).toEqual([
      {
        type: 3,
        name: 'subject',
        description: 'A name, surname or slug (misspellings are fine)',
        required: true,
        autocomplete: true,
      },
      {
        type: 5,
        name: 'private',
        description: expect.stringContaining('only to you'),
        required: false,
      },
    ]);
    for (const [index, command] of registered.entries()) {
      const options = command.options ?? [];
      expect(options.at(-1)?.name).toBe('private');
      const definition = COMMANDS[index];
      expect(options.slice(0, -1).map((option) => option.name)).toEqual(
        definition?.options.map((option) => option.name),
      );
      for (const option of options) {
        expect(option.name).toMatch(DISCORD_NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('asks for autocomplete on subject options only', () => {
    const ask = registered.find((command) => command.name === 'ask');
    expect(ask?.options?.[0]).toMatchObject({ name: 'question', autocomplete: false });
    const timeline = registered.find((command) => command.name === 'timeline');
    expect(timeline?.options?.[0]).toMatchObject({
      name: 'subject',
      required: false,
      autocomplete: true,
    });
  });
});
