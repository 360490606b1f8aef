import type {
  App,
  BlockAction,
  ButtonAction,
  KnownEventFromType,
  SlashCommand,
  StaticSelectAction,
  webApi,
} from '@slack/bolt';
import { COMMANDS, type CommandDefinition } from '../../../commands/index.ts';
import type { Answer } from '../../answer/types.ts';
import type { Briefbot } from '../../core.ts';
import type { Logger } from '../../log.ts';
import type { AnswerPages } from '../shared/answer-pages.ts';
import type { AnswerTurns } from '../shared/answer-turns.ts';
import type { InFlight } from '../shared/in-flight.ts';
import type { GateDecision, QuestionGate } from '../shared/question-gate.ts';
import { RecentIds } from '../shared/recent-ids.ts';
import { RecentMap } from '../shared/recent-map.ts';
import { newRequestId } from '../shared/request-id.ts';
import { ACTION_MORE, ACTION_PICK_SUBJECT, ACTION_SHARE, decodePageRef } from './actions.ts';
import { slackCommandName } from './commands.ts';
import {
  postToResponseUrl,
  type ResponseUrlBody,
  slackErrorCode,
  UNREACHABLE_CHANNEL_ERRORS,
} from './delivery.ts';
import { parseCommandText, questionFromMessage, type Visibility } from './questions.ts';
import { renderAnswer } from './render/answer.ts';
import { renderHelp, renderUsage } from './render/help.ts';
import { fitBlocks, type SlackMessage, textSection } from './render/limits.ts';
import { renderFailure, renderNotice } from './render/notice.ts';
import { renderSources } from './render/sources.ts';

type WebClient = webApi.WebClient;

/** What the Slack handlers need: the core to ask, where to log, and the adapter's shared state. */
export interface SlackHandlerDeps {
  core: Briefbot;
  logger: Logger;
  commandPrefix: string;
  pages: AnswerPages;
  inFlight: InFlight;
  /** Rate limits and the bound on answers in flight, shared with every question the adapter takes. */
  gate: QuestionGate;
  /** Replies are built one per event-loop turn, so acknowledgements never wait behind answers. */
  turns: AnswerTurns;
}

function admit(deps: SlackHandlerDeps, user: string | undefined, channel: string): GateDecision {
  return deps.gate.admit({ user: `slack:${user ?? 'unknown'}`, channel: `slack:${channel}` });
}

/** Options on every message the bot posts: no link previews of article sources. */
const POST_OPTIONS = { unfurl_links: false, unfurl_media: false } as const;

const EXPIRED_TEXT = 'This answer has expired. Please ask again.';

function messageKey(channel: string, ts: string): string {
  return `message:${channel}:${ts}`;
}

function isDirectChannel(channel: string): boolean {
  return channel.startsWith('D');
}

function answerReply(deps: SlackHandlerDeps, question: string, shareable: boolean): SlackMessage {
  const answer = deps.core.answer(question);
  return renderAnswer(answer, { answerId: deps.pages.remember(answer), page: 0, shareable });
}

function commandReply(
  deps: SlackHandlerDeps,
  command: CommandDefinition,
  question: string,
  visibility: Visibility,
): SlackMessage {
  if (command.name === 'help') return renderHelp(COMMANDS, deps.commandPrefix);
  if (command.name === 'sources') {
    return renderSources(deps.core.sources(), deps.core.status().problems);
  }
  const needsSubject = command.options.some((option) => option.required);
  if (needsSubject && question === '') return renderUsage(command, deps.commandPrefix);
  return answerReply(deps, `${command.name} ${question}`.trim(), visibility === 'ephemeral');
}

function messageReply(
  deps: SlackHandlerDeps,
  text: string,
  botUserId: string | undefined,
): SlackMessage {
  const question = questionFromMessage(text, botUserId);
  if (question === '') return renderHelp(COMMANDS, deps.commandPrefix);
  return answerReply(deps, question, false);
}

/**
 * Builds a reply in its own event-loop turn (see AnswerTurns), turning any failure into the short
 * error message the user sees.
 */
async function replyOrFailure(
  deps: SlackHandlerDeps,
  log: Logger,
  requestId: string,
  build: () => SlackMessage,
): Promise<{ reply: SlackMessage; failed: boolean }> {
  await deps.turns.next();
  try {
    return { reply: build(), failed: false };
  } catch (error) {
    log.error({ err: error }, 'answering failed');
    return { reply: renderFailure(requestId), failed: true };
  }
}

/** Last resort when the bot cannot post where it was asked: the answer goes to the asker's DM. */
async function postDirect(
  client: WebClient,
  userId: string,
  reply: SlackMessage,
  log: Logger,
): Promise<void> {
  const note =
    "I couldn't post in that channel (invite me to it to answer there), so here is your answer.";
  try {
    await client.chat.postMessage({
      channel: userId,
      text: `${note}\n${reply.text}`,
      blocks: fitBlocks([textSection(note), ...reply.blocks]),
      ...POST_OPTIONS,
    });
  } catch (error) {
    log.error({ err: error, code: slackErrorCode(error) }, 'could not deliver the answer anywhere');
  }
}

/**
 * Delivers a slash command's reply through its response_url; when that fails after retries,
 * through the Web API in the same channel; when the bot may not post there, in a DM.
 */
async function deliverCommandReply(
  client: WebClient,
  payload: SlashCommand,
  reply: SlackMessage,
  visibility: Visibility,
  log: Logger,
): Promise<void> {
  try {
    await postToResponseUrl(payload.response_url, { response_type: visibility, ...reply }, log);
    return;
  } catch (error) {
    log.warn({ err: error }, 'response_url failed; answering through the Web API');
  }
  try {
    if (visibility === 'in_channel') {
      await client.chat.postMessage({ channel: payload.channel_id, ...reply, ...POST_OPTIONS });
    } else {
      await client.chat.postEphemeral({
        channel: payload.channel_id,
        user: payload.user_id,
        ...reply,
      });
    }
    return;
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === null || !UNREACHABLE_CHANNEL_ERRORS.has(code)) {
      log.error({ err: error, code }, 'could not deliver the answer');
      return;
    }
    log.warn({ code }, 'cannot post in the channel; answering in a direct message');
  }
  await postDirect(client, payload.user_id, reply, log);
}

async function answerCommand(
  deps: SlackHandlerDeps,
  command: CommandDefinition,
  payload: SlashCommand,
  client: WebClient,
): Promise<void> {
  const requestId = newRequestId();
  const log = deps.logger.child({
    requestId,
    command: payload.command,
    user: payload.user_id,
    channel: payload.channel_id,
  });
  const ticket = admit(deps, payload.user_id, payload.channel_id);
  if (!ticket.ok) {
    log.info({ reason: ticket.reason }, 'question refused by the gate');
    await deliverCommandReply(client, payload, renderNotice(ticket.message), 'ephemeral', log);
    return;
  }
  try {
    const { question, visibility } = parseCommandText(payload.text);
    const { reply, failed } = await replyOrFailure(deps, log, requestId, () =>
      commandReply(deps, command, question, visibility),
    );
    const where = failed ? 'ephemeral' : visibility;
    log.info({ visibility: where }, 'answering command');
    await deliverCommandReply(client, payload, reply, where, log);
  } finally {
    ticket.release();
  }
}

/** A question posted as a message: where it is, and where the reply goes. */
interface PostedQuestion {
  channel: string;
  /** The thread the reply joins; undefined replies at the top of the conversation. */
  threadTs: string | undefined;
  text: string;
  user: string | undefined;
}

/** Answers a message with a new post; returns the reply's ts, or undefined when it could not post. */
async function answerPostedQuestion(
  deps: SlackHandlerDeps,
  client: WebClient,
  question: PostedQuestion,
  botUserId: string | undefined,
): Promise<string | undefined> {
  const requestId = newRequestId();
  const log = deps.logger.child({ requestId, user: question.user, channel: question.channel });
  const ticket = admit(deps, question.user, question.channel);
  if (!ticket.ok) log.info({ reason: ticket.reason }, 'question refused by the gate');
  const { reply } = ticket.ok
    ? await replyOrFailure(deps, log, requestId, () => messageReply(deps, question.text, botUserId))
    : { reply: renderNotice(ticket.message) };
  log.info({ threaded: question.threadTs !== undefined }, 'answering message');
  try {
    const posted = await client.chat.postMessage({
      channel: question.channel,
      thread_ts: question.threadTs,
      ...reply,
      ...POST_OPTIONS,
    });
    return posted.ts;
  } catch (error) {
    log.error({ err: error, code: slackErrorCode(error) }, 'could not post the answer');
    return undefined;
  } finally {
    if (ticket.ok) ticket.release();
  }
}

/** Re-answers an edited DM question in place of the earlier reply (or anew when there was none). */
async function answerEditedQuestion(
  deps: SlackHandlerDeps,
  client: WebClient,
  question: PostedQuestion,
  replyTs: string,
  botUserId: string | undefined,
): Promise<void> {
  const requestId = newRequestId();
  const log = deps.logger.child({ requestId, user: question.user, channel: question.channel });
  const { reply } = await replyOrFailure(deps, log, requestId, () =>
    messageReply(deps, question.text, botUserId),
  );
  log.info('answering edited message');
  try {
    await client.chat.update({ channel: question.channel, ts: replyTs, ...reply });
  } catch (error) {
    log.error({ err: error, code: slackErrorCode(error) }, 'could not update the answer');
  }
}

type MessageEvent = KnownEventFromType<'message'>;

function isFromBot(message: MessageEvent, botUserId: string | undefined): boolean {
  if ('bot_id' in message && message.bot_id) return true;
  return 'user' in message && message.user === botUserId;
}

function messageText(message: MessageEvent): string {
  return 'text' in message && typeof message.text === 'string' ? message.text : '';
}

/** Sends an interaction's reply through its response_url; logs instead of throwing. */
async function respond(url: string, body: ResponseUrlBody, log: Logger): Promise<boolean> {
  try {
    await postToResponseUrl(url, body, log);
    return true;
  } catch (error) {
    log.error({ err: error }, 'could not answer the interaction');
    return false;
  }
}

function registerCommands(app: App, deps: SlackHandlerDeps): void {
  for (const command of COMMANDS) {
    app.command(
      `/${slackCommandName(command, deps.commandPrefix)}`,
      async ({ command: payload, ack, client }) => {
        await ack();
        await deps.inFlight.run(() => answerCommand(deps, command, payload, client));
      },
    );
  }
}

function registerMessages(app: App, deps: SlackHandlerDeps): void {
  // Slack retries events it thinks were missed, and a message can arrive both as a mention and as
  // a DM: the first delivery claims the message, every later one is dropped.
  const seen = new RecentIds();
  const dmReplies = new RecentMap<string>();

  app.event('app_mention', async ({ event, client, context }) => {
    if (event.bot_id || event.user === undefined) return;
    if (!seen.firstTime(messageKey(event.channel, event.ts))) return;
    const threadTs = isDirectChannel(event.channel)
      ? event.thread_ts
      : (event.thread_ts ?? event.ts);
    const question = { channel: event.channel, threadTs, text: event.text, user: event.user };
    await deps.inFlight.run(() => answerPostedQuestion(deps, client, question, context.botUserId));
  });

  app.message(async ({ message, client, context, body }) => {
    if (message.channel_type !== 'im') return;
    const botUserId = context.botUserId;
    if (message.subtype === undefined) {
      if (isFromBot(message, botUserId)) return;
      const key = messageKey(message.channel, message.ts);
      if (!seen.firstTime(key)) return;
      const question = {
        channel: message.channel,
        threadTs: message.thread_ts,
        text: messageText(message),
        user: message.user,
      };
      const replyTs = await deps.inFlight.run(() =>
        answerPostedQuestion(deps, client, question, botUserId),
      );
      if (replyTs) dmReplies.set(key, replyTs);
      return;
    }
    if (message.subtype === 'message_changed') {
      const edited = message.message;
      if (isFromBot(edited, botUserId) || !seen.firstTime(`event:${body.event_id}`)) return;
      const key = messageKey(message.channel, edited.ts);
      const question = {
        channel: message.channel,
        threadTs: 'thread_ts' in edited ? edited.thread_ts : undefined,
        text: messageText(edited),
        user: 'user' in edited ? edited.user : undefined,
      };
      const replyTs = dmReplies.get(key);
      if (replyTs !== undefined) {
        await deps.inFlight.run(() =>
          answerEditedQuestion(deps, client, question, replyTs, botUserId),
        );
        return;
      }
      const newReplyTs = await deps.inFlight.run(() =>
        answerPostedQuestion(deps, client, question, botUserId),
      );
      if (newReplyTs) dmReplies.set(key, newReplyTs);
      return;
    }
    if (message.subtype === 'message_deleted') {
      const key = messageKey(message.channel, message.deleted_ts);
      const replyTs = dmReplies.get(key);
      if (replyTs === undefined || !seen.firstTime(`event:${body.event_id}`)) return;
      dmReplies.delete(key);
      await deps.inFlight.run(async () => {
        try {
          await client.chat.delete({ channel: message.channel, ts: replyTs });
        } catch (error) {
          deps.logger.warn(
            { code: slackErrorCode(error) },
            'could not delete the answer to a deleted question',
          );
        }
      });
    }
  });
}

/** A button's stored answer and page, or null after telling the user it expired. */
type StoredAnswer = {
  ref: NonNullable<ReturnType<typeof decodePageRef>>;
  answer: Answer;
  log: Logger;
};

/**
 * Registers a button that acts on a stored answer (More, Share): acknowledges at once, finds the
 * answer its value points to, and says so plainly when it has expired.
 */
function onAnswerButton(
  app: App,
  deps: SlackHandlerDeps,
  actionId: string,
  act: (stored: StoredAnswer, body: BlockAction<ButtonAction>, client: WebClient) => Promise<void>,
): void {
  app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
    await ack();
    const log = deps.logger.child({
      requestId: newRequestId(),
      user: body.user.id,
      action: actionId,
    });
    const ref = decodePageRef(action.value);
    const answer = ref ? deps.pages.recall(ref.answerId) : undefined;
    await deps.inFlight.run(async () => {
      if (!ref || !answer) {
        await respond(
          body.response_url,
          { response_type: 'ephemeral', replace_original: false, ...renderNotice(EXPIRED_TEXT) },
          log,
        );
        return;
      }
      await act({ ref, answer, log }, body, client);
    });
  });
}

function registerActions(app: App, deps: SlackHandlerDeps): void {
  onAnswerButton(app, deps, ACTION_MORE, async ({ ref, answer, log }, body) => {
    const shareable = body.container.is_ephemeral === true;
    const page = renderAnswer(answer, { ...ref, shareable });
    await respond(body.response_url, { replace_original: true, ...page }, log);
  });

  onAnswerButton(app, deps, ACTION_SHARE, async ({ ref, answer, log }, body, client) => {
    const sharedBy = body.user.name ?? body.user.username;
    const shared = renderAnswer(answer, { ...ref, shareable: false, sharedBy });
    const posted = await respond(
      body.response_url,
      { response_type: 'in_channel', replace_original: false, ...shared },
      log,
    );
    if (posted) {
      await respond(body.response_url, { delete_original: true }, log);
      return;
    }
    const channel = body.channel?.id;
    if (channel === undefined) return;
    try {
      await client.chat.postMessage({ channel, ...shared, ...POST_OPTIONS });
    } catch (error) {
      log.error({ err: error, code: slackErrorCode(error) }, 'could not share the answer');
    }
  });

  app.action<BlockAction<StaticSelectAction>>(
    ACTION_PICK_SUBJECT,
    async ({ ack, body, action }) => {
      await ack();
      const requestId = newRequestId();
      const log = deps.logger.child({ requestId, user: body.user.id, action: ACTION_PICK_SUBJECT });
      const shareable = body.container.is_ephemeral === true;
      await deps.inFlight.run(async () => {
        const { reply } = await replyOrFailure(deps, log, requestId, () =>
          answerReply(deps, action.selected_option.value, shareable),
        );
        await respond(body.response_url, { replace_original: true, ...reply }, log);
      });
    },
  );
}

/**
 * Wires briefbot into a Bolt app: the slash commands from `commands/`, mentions answered in a
 * thread, direct messages (including edits and deletions), and the More, Share and subject-menu
 * interactions. Every handler acknowledges first and answers after, and never throws at Slack.
 */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  registerCommands(app, deps);
  registerMessages(app, deps);
  registerActions(app, deps);
}
