/** Limits the API sets on accounts and tokens, mirrored in the forms. */
export const MIN_PASSWORD_LENGTH = 10;
/** A new API token expires this many days ahead unless the user picks another date. */
export const TOKEN_DEFAULT_DAYS = 90;
/** The latest expiry the API accepts: one year ahead. */
export const TOKEN_MAX_YEARS = 1;
