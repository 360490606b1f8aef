/**
 * Discord's documented size limits, in UTF-16 code units as Discord counts them, in one place for
 * the renderer, autocomplete and command conversion. (The tests write the numbers out themselves,
 * so a wrong constant here fails them.)
 */
export const DISCORD_MESSAGE_LIMIT_CHARS = 2000;
export const DISCORD_EMBED_TITLE_LIMIT_CHARS = 256;
export const DISCORD_EMBED_DESCRIPTION_LIMIT_CHARS = 4096;
export const DISCORD_EMBED_FIELD_NAME_LIMIT_CHARS = 256;
export const DISCORD_EMBED_FIELD_VALUE_LIMIT_CHARS = 1024;
export const DISCORD_EMBED_FOOTER_LIMIT_CHARS = 2048;
/** The sum of title, description, field names and values, footer text and author name. */
export const DISCORD_EMBED_TOTAL_LIMIT_CHARS = 6000;
export const DISCORD_AUTOCOMPLETE_CHOICE_LIMIT = 25;
export const DISCORD_CHOICE_NAME_LIMIT_CHARS = 100;
export const DISCORD_CHOICE_VALUE_LIMIT_CHARS = 100;
export const DISCORD_SELECT_OPTION_LIMIT = 25;
export const DISCORD_SELECT_LABEL_LIMIT_CHARS = 100;
export const DISCORD_SELECT_VALUE_LIMIT_CHARS = 100;
export const DISCORD_COMMAND_DESCRIPTION_LIMIT_CHARS = 100;
