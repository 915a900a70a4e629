import { areas, canSee } from '@/lib/permissions';

describe('canSee', () => {
  it('shows every area while permissions are not known yet', () => {
    expect(areas.every((area) => canSee(undefined, area))).toBe(true);
  });

  it('shows only the areas the user may read, and always the dashboard', () => {
    const visible = areas.filter((area) => canSee(['customers:read', 'contracts:read'], area));
    expect(visible).toEqual(['dashboard', 'customers', 'contracts']);
  });

  it('hides business areas from a user without permissions', () => {
    expect(canSee([], 'audit')).toBe(false);
    expect(canSee([], 'dashboard')).toBe(true);
  });

  it('shows everything to a user holding the wildcard', () => {
    expect(areas.every((area) => canSee(['*'], area))).toBe(true);
  });
});
