/** Short forms of IDs, as Docker prints them (`docker ps`, `docker images`, build output). */

/** Length of a short ID. */
export const SHORT_ID_LENGTH = 12;

/** Drops any `algorithm:` prefix and keeps the first 12 characters (moby's stringid.TruncateID). */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  const bare = i >= 0 ? id.slice(i + 1) : id;
  return bare.length > SHORT_ID_LENGTH ? bare.slice(0, SHORT_ID_LENGTH) : bare;
}
