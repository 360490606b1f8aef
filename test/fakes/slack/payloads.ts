import { FAKE_APP_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID } from './fake-slack.ts';

/** The user who asks in these tests, and the channel and DM they ask in. */
export const ASKER_ID = 'U0ASKER';
export const NEWS_CHANNEL_ID = 'C0NEWS';
export const ASKER_DM_ID = 'D0ASKER';

let sequence = 0;
function nextTs(): string {
  sequence += 1;
  return `${1_720_000_000 + sequence}.${String(sequence).padStart(6, '0')}`;
}

/** The form fields of a slash command, as Slack posts them. */
export function slashCommand(
  command: string,
  text: string,
  responseUrl: string,
): Record<string, string> {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_TEAM_ID,
    team_domain: 'briefbot-test',
    channel_id: NEWS_CHANNEL_ID,
    channel_name: 'news',
    user_id: ASKER_ID,
    user_name: 'asker',
    command,
    text,
    api_app_id: FAKE_APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${sequence}.trigger`,
  };
}

/** An Events API `event_callback` body around one event. */
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${nextTs().replace('.', '')}`,
) {
  return {
    token: 'verification-token-unused',
    team_id: FAKE_TEAM_ID,
    api_app_id: FAKE_APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
}

/** `@briefbot <text>` in the news channel (optionally inside a thread). */
export function appMention(
  text: string,
  options: { threadTs?: string; user?: string; botId?: string } = {},
) {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: options.user ?? ASKER_ID,
    ...(options.botId ? { bot_id: options.botId } : {}),
    text: `<@${FAKE_BOT_USER_ID}> ${text}`,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel: NEWS_CHANNEL_ID,
    event_ts: ts,
  };
}

/** A direct message to the bot (`message.im`). */
export function directMessage(text: string, options: { user?: string; botId?: string } = {}) {
  const ts = nextTs();
  return {
    type: 'message',
    channel: ASKER_DM_ID,
    user: options.user ?? ASKER_ID,
    ...(options.botId ? { bot_id: options.botId } : {}),
    text,
    ts,
    event_ts: ts,
    channel_type: 'im',
  };
}

/** The asker edits a direct message they sent earlier. */
export function directMessageEdited(original: { ts: string; text: string }, newText: string) {
  const ts = nextTs();
  return {
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: ASKER_DM_ID,
    channel_type: 'im',
    ts,
    event_ts: ts,
    message: {
      type: 'message',
      user: ASKER_ID,
      text: newText,
      ts: original.ts,
      edited: { user: ASKER_ID, ts },
    },
    previous_message: { type: 'message', user: ASKER_ID, text: original.text, ts: original.ts },
  };
}

/** The asker deletes a direct message they sent earlier. */
export function directMessageDeleted(original: { ts: string; text: string }) {
  const ts = nextTs();
  return {
    type: 'message',
    subtype: 'message_deleted',
    hidden: true,
    channel: ASKER_DM_ID,
    channel_type: 'im',
    ts,
    event_ts: ts,
    deleted_ts: original.ts,
    previous_message: { type: 'message', user: ASKER_ID, text: original.text, ts: original.ts },
  };
}

/** A click on a button or a pick in a select menu of a message the bot posted. */
export function blockAction(
  action:
    | { action_id: string; type: 'button'; value: string }
    | {
        action_id: string;
        type: 'static_select';
        selected_option: { text: { type: 'plain_text'; text: string }; value: string };
      },
  responseUrl: string,
  options: { isEphemeral: boolean; messageTs?: string },
) {
  const messageTs = options.messageTs ?? nextTs();
  return {
    type: 'block_actions',
    user: { id: ASKER_ID, username: 'asker', name: 'asker', team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: 'verification-token-unused',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: NEWS_CHANNEL_ID,
      is_ephemeral: options.isEphemeral,
    },
    trigger_id: `${sequence}.trigger`,
    team: { id: FAKE_TEAM_ID, domain: 'briefbot-test' },
    channel: { id: NEWS_CHANNEL_ID, name: 'news' },
    response_url: responseUrl,
    actions: [{ ...action, block_id: 'b1', action_ts: nextTs() }],
  };
}
