/**
 * Versioning as seed 004 has it, in pure functions. A versioned thing (rate card, license fee,
 * service action, pricing plan) has `latest_version` (the newest) and `live_version` (what new
 * subscriptions get unless they name one). Members of a version (a card's rates, a plan's
 * components) are stored as spans of versions, so an old version is never rewritten.
 */
export type VersionPin = number | 'latest' | 'live';

export interface VersionPointers {
  readonly latest_version: number;
  readonly live_version: number;
}

/** A member present in every version v with from_version <= v < to_version (open when null). */
export interface VersionSpan {
  readonly from_version: number;
  readonly to_version: number | null;
}

export function inVersion(span: VersionSpan, version: number): boolean {
  return span.from_version <= version && (span.to_version === null || version < span.to_version);
}

export function pinToText(pin: VersionPin): string {
  return String(pin);
}

export function pinFromText(text: string): VersionPin {
  if (text === 'latest' || text === 'live') return text;
  return Number.parseInt(text, 10);
}

/** The concrete version a pin points at today: following components move with their target. */
export function resolvePin(pin: VersionPin, pointers: VersionPointers): number {
  if (pin === 'latest') return pointers.latest_version;
  if (pin === 'live') return pointers.live_version;
  return pin;
}

export function versionExists(version: number, pointers: VersionPointers): boolean {
  return Number.isInteger(version) && version >= 1 && version <= pointers.latest_version;
}

/** Keeps the members of one version, in their stored order. */
export function membersAt<T extends VersionSpan>(rows: readonly T[], version: number): T[] {
  return rows.filter((row) => inVersion(row, version));
}
