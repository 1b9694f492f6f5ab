// Printable ASCII without quote or backslash: its JSON text is itself between two quotes.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * `JSON.stringify(text)` for a string, without its cost for the common plain-ASCII case: for
 * JSON written by hand on hot paths (one ingested event, one batch result).
 */
export function jsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text);
}
