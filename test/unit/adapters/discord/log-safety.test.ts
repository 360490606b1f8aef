import { describe, expect, it } from 'vitest';
import { loggableError } from '../../../../src/adapters/discord/log-safety.ts';

describe('errors as they are logged', () => {
  it('never carry an interaction or webhook token, wherever discord.js put the URL', () => {
    const url =
      'http://127.0.0.1/api/v10/interactions/1575752658256527435/aW50ZXJhY3Rpb246c2VjcmV0/callback?with_response=false';
    const error = Object.assign(new Error(`Request to ${url} failed`), {
      status: 500,
      method: 'POST',
      url,
      requestBody: { json: { token: 'x' } },
    });
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
    expect(logged).toContain('/interactions/1575752658256527435/[redacted]/callback');
    expect(logged).not.toContain('requestBody');
    expect(loggableError(error)).toMatchObject({ status: 500, method: 'POST' });
    const webhook = loggableError(
      new Error('PATCH /webhooks/123/c2VjcmV0LXRva2Vu/messages/%40original'),
    );
    expect(JSON.stringify(webhook)).not.toContain('c2VjcmV0LXRva2Vu');
  });

  it('keep what is not an Error as a message', () => {
    expect(loggableError('boom')).toEqual({ message: 'boom' });
  });
});
