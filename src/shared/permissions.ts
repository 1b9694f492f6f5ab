/**
 * Restricted keys, as Stripe has them: a key holds a level per resource group. A key that can only
 * send usage (`{ events: 'write' }`) is what an application server should hold; a full-access
 * key holds `write` on every group.
 */
export const PERMISSION_GROUPS = [
  'events',
  'catalog',
  'customers',
  'subscriptions',
  'invoices',
  'credits',
  'revenue',
  'payment_settings',
  'webhooks',
  'keys',
  'account',
  'audit',
  'metrics',
] as const;
export type PermissionGroup = (typeof PERMISSION_GROUPS)[number];

export const PERMISSION_LEVELS = ['none', 'read', 'write'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export type Permissions = Readonly<Record<PermissionGroup, PermissionLevel>>;

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

export const FULL_ACCESS: Permissions = Object.freeze(
  Object.fromEntries(PERMISSION_GROUPS.map((g) => [g, 'write'])) as Record<PermissionGroup, PermissionLevel>,
);

/** Fills the groups a request left out with `none`: a restricted key starts with nothing. */
export function permissionsFrom(partial: Partial<Record<PermissionGroup, PermissionLevel>>): Permissions {
  return Object.freeze(
    Object.fromEntries(PERMISSION_GROUPS.map((g) => [g, partial[g] ?? 'none'])) as Record<
      PermissionGroup,
      PermissionLevel
    >,
  );
}

/**
 * How permissions are stored: a full-access key as `{ "*": "write" }`, so groups added in later
 * versions are covered too; a restricted key as its groups.
 */
export function storedPermissions(p: Permissions): Record<string, PermissionLevel> {
  return isFullAccess(p) ? { '*': 'write' } : { ...p };
}

/** Reads a stored value; anything unknown counts as `none` (a corrupt row grants nothing). */
export function parsePermissions(stored: unknown): Permissions {
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  if (source['*'] === 'write') return FULL_ACCESS;
  return permissionsFrom(
    Object.fromEntries(
      PERMISSION_GROUPS.map((g) => {
        const level = source[g];
        return [
          g,
          PERMISSION_LEVELS.includes(level as PermissionLevel) ? (level as PermissionLevel) : 'none',
        ];
      }),
    ),
  );
}

export function allows(held: Permissions, group: PermissionGroup, needed: 'read' | 'write'): boolean {
  return RANK[held[group]] >= RANK[needed];
}

export function isFullAccess(p: Permissions): boolean {
  return PERMISSION_GROUPS.every((g) => p[g] === 'write');
}

/** True when every group of `wanted` is at most what `held` has: a key cannot mint a stronger key. */
export function within(wanted: Permissions, held: Permissions): boolean {
  return PERMISSION_GROUPS.every((g) => RANK[wanted[g]] <= RANK[held[g]]);
}

/** `events=write,customers=read` (the CLI's form); an unknown group or level is an error. */
export function parsePermissionList(list: string): Permissions {
  const partial: Partial<Record<PermissionGroup, PermissionLevel>> = {};
  for (const pair of list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [group, level] = pair.split('=').map((p) => p.trim());
    if (!PERMISSION_GROUPS.includes(group as PermissionGroup)) {
      throw new Error(`Unknown permission group '${group}'; groups: ${PERMISSION_GROUPS.join(', ')}.`);
    }
    if (!PERMISSION_LEVELS.includes(level as PermissionLevel)) {
      throw new Error(`Permission level for '${group}' must be none, read or write.`);
    }
    partial[group as PermissionGroup] = level as PermissionLevel;
  }
  return permissionsFrom(partial);
}
