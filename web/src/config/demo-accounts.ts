/** The seeded demo users (Development only); all share one password. */
export const demoAccounts = [
  'director',
  'finance',
  'admin',
  'manager.east',
  'manager.north',
  'rep.east.1',
  'rep.east.2',
  'rep.north.1',
  'support.east',
] as const;

export const demoPassword = 'SalesGraph!2026';
