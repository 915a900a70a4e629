/** The areas of the side menu; each maps to one route and, later, to permissions from the `me` query. */
export const areas = [
  'dashboard',
  'regions',
  'staff',
  'customers',
  'contracts',
  'approvals',
  'receivables',
  'targets',
  'audit',
] as const;

export type Area = (typeof areas)[number];

/**
 * Permissions of the signed-in user as the `me` query will return them, or `undefined` while they are
 * not known (before the schema lands, or while loading).
 */
export type Permissions = readonly string[] | undefined;

/**
 * Whether the menu shows an area. Until `me` delivers permissions every area is shown, because the API
 * enforces access anyway; once it does, an area needs a permission named `<area>:read` (or `*`).
 * This is the one place to change when the permission names from the schema are known.
 */
export function canSee(permissions: Permissions, area: Area): boolean {
  if (permissions === undefined) return true;
  if (area === 'dashboard') return true;
  return permissions.includes('*') || permissions.includes(`${area}:read`);
}
