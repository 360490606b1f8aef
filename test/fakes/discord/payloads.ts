/**
 * Realistic Discord v10 gateway payloads, shaped after real dispatches: what discord.js 14 needs to
 * build its structures (entitlements, authorizing_integration_owners, member.user in guilds, user
 * in DMs, channel_type on DM messages) and nothing it would not receive from Discord.
 */

/** Discord's epoch (2015-01-01), the zero of snowflake timestamps. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh snowflake carrying the current time (or `atMs`), as Discord mints them. */
export function snowflake(atMs = Date.now()): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(atMs) - DISCORD_EPOCH_MS) << 22n) | (1n << 17n) | sequence).toString();
}

/** The shard Discord delivers a guild's events to: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A user object as Discord sends it. */
export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  public_flags: number;
  bot?: boolean;
}

/** A guild of the fake world and its one text channel. */
export interface FakeGuild {
  id: string;
  channelId: string;
}

/**
 * The ids of the small world the fake serves: one app, its bot, guilds of one channel each, one
 * user. `guildId` and `channelId` are the guild payloads are built for: the first guild, unless
 * the world is seen from another one (`inGuild`).
 */
export interface FakeWorld {
  appId: string;
  bot: FakeUser;
  guildId: string;
  channelId: string;
  guilds: FakeGuild[];
  dmChannelId: string;
  user: FakeUser;
}

/** Permissions a member of the test guild holds (view, send, embed, read history, use commands…). */
const MEMBER_PERMISSIONS = '2248473465835073';

/**
 * A world of `guildCount` guilds whose ids were minted a millisecond apart, so that they fall on
 * consecutive shards (`shardOfGuild`) and spread evenly over any shard count.
 */
export function createWorld(guildCount = 1): FakeWorld {
  const firstMs = Date.now() - guildCount;
  const guilds = Array.from({ length: guildCount }, (_, index) => ({
    id: snowflake(firstMs + index),
    channelId: snowflake(),
  }));
  const [first] = guilds;
  if (first === undefined) throw new Error('the fake world needs at least one guild');
  return {
    appId: snowflake(),
    bot: {
      id: snowflake(),
      username: 'briefbot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      public_flags: 0,
      bot: true,
    },
    guildId: first.id,
    channelId: first.channelId,
    guilds,
    dmChannelId: snowflake(),
    user: {
      id: snowflake(),
      username: 'ada',
      discriminator: '0',
      global_name: 'Ada',
      avatar: null,
      public_flags: 0,
    },
  };
}

/** The same world, with payloads built for another of its guilds. */
export function inGuild(world: FakeWorld, guildId: string): FakeWorld {
  const guild = world.guilds.find((candidate) => candidate.id === guildId);
  if (guild === undefined) throw new Error(`guild ${guildId} is not in the fake world`);
  return { ...world, guildId: guild.id, channelId: guild.channelId };
}

function memberOf(joinedAt = new Date().toISOString()) {
  return {
    roles: [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
  };
}

function textChannel(world: FakeWorld) {
  return {
    id: world.channelId,
    type: 0,
    guild_id: world.guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

function dmChannel(world: FakeWorld) {
  return {
    id: world.dmChannelId,
    type: 1,
    recipients: [world.user],
    last_message_id: null,
    flags: 0,
  };
}

/** READY: the bot's user, the application and the shard's (still unavailable) guilds. */
export function readyPayload(
  world: FakeWorld,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
  guildIds: readonly string[] = [world.guildId],
) {
  return {
    v: 10,
    user: { ...world.bot, verified: true, mfa_enabled: false, flags: 0 },
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.appId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    user_settings: {},
  };
}

/** GUILD_CREATE: the guild with its channel, @everyone role and the bot as a member. */
export function guildCreatePayload(world: FakeWorld) {
  return {
    id: world.guildId,
    name: 'Newsroom',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.user.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: world.guildId,
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: MEMBER_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ ...memberOf(), user: world.bot }],
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}

/** Where an interaction or message happens: the guild's channel or the user's DM with the bot. */
export type Place = 'guild' | 'dm';

function interactionBase(world: FakeWorld, place: Place) {
  const id = snowflake();
  const common = {
    id,
    application_id: world.appId,
    token: `interaction-token-${id}`,
    version: 1,
    app_permissions: MEMBER_PERMISSIONS,
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (place === 'dm') {
    return {
      ...common,
      channel_id: world.dmChannelId,
      channel: dmChannel(world),
      user: world.user,
      authorizing_integration_owners: { '0': world.guildId },
      context: 1,
    };
  }
  return {
    ...common,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: 'en-US', features: [] },
    guild_locale: 'en-US',
    channel_id: world.channelId,
    channel: textChannel(world),
    member: { ...memberOf(), user: world.user, permissions: MEMBER_PERMISSIONS },
    authorizing_integration_owners: { '0': world.guildId },
    context: 0,
  };
}

/** One option as the user filled it in: strings are type 3, booleans (like `private`) type 5. */
function commandOptions(options: Record<string, string | boolean>, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** A stable id per command name, as registration would have assigned. */
const commandIds = new Map<string, string>();
function commandId(name: string): string {
  let id = commandIds.get(name);
  if (id === undefined) {
    id = snowflake();
    commandIds.set(name, id);
  }
  return id;
}

/** INTERACTION_CREATE for a slash command (type 2). */
export function slashCommandPayload(
  world: FakeWorld,
  name: string,
  options: Record<string, string | boolean>,
  place: Place,
) {
  const base = interactionBase(world, place);
  return {
    ...base,
    type: 2,
    data: {
      id: commandId(name),
      name,
      type: 1,
      options: commandOptions(options),
      ...(place === 'guild' ? { guild_id: world.guildId } : {}),
    },
  };
}

/** INTERACTION_CREATE for autocomplete (type 4): the option being typed is `focused`. */
export function autocompletePayload(
  world: FakeWorld,
  name: string,
  options: Record<string, string | boolean>,
  focused: string,
  place: Place,
) {
  const base = interactionBase(world, place);
  return {
    ...base,
    type: 4,
    data: { id: commandId(name), name, type: 1, options: commandOptions(options, focused) },
  };
}

/** INTERACTION_CREATE for a button press (type 3, component 2) on a message the bot sent. */
export function buttonPayload(world: FakeWorld, message: object, customId: string, place: Place) {
  return {
    ...interactionBase(world, place),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/** INTERACTION_CREATE for a string select (type 3, component 3) on a message the bot sent. */
export function selectPayload(
  world: FakeWorld,
  message: object,
  customId: string,
  values: string[],
  place: Place,
) {
  return {
    ...interactionBase(world, place),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 3, values },
  };
}

/** MESSAGE_CREATE from the user, in the guild channel or in the DM with the bot. */
export function userMessagePayload(world: FakeWorld, content: string, place: Place) {
  const mentionsBot =
    content.includes(`<@${world.bot.id}>`) || content.includes(`<@!${world.bot.id}>`);
  const common = {
    id: snowflake(),
    author: world.user,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
  };
  if (place === 'dm') {
    return {
      ...common,
      channel_id: world.dmChannelId,
      channel_type: 1,
      mentions: mentionsBot ? [world.bot] : [],
    };
  }
  return {
    ...common,
    channel_id: world.channelId,
    guild_id: world.guildId,
    channel_type: 0,
    member: memberOf(),
    mentions: mentionsBot ? [{ ...world.bot, member: memberOf() }] : [],
  };
}

/** A message the bot sent, as Discord returns it from REST and embeds it in component interactions. */
export function botMessage(
  world: FakeWorld,
  channelId: string,
  body: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: world.bot,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null as string | null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    application_id: world.appId,
    ...extra,
  };
}
