const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `s` is a UUID in either case (ids are compared lowercased). */
export const isUuid = (s: string) => UUID_RE.test(s);
