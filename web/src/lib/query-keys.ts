/**
 * The query keys more than one feature touches. A feature's own keys stay in its `api/` files (built under these
 * roots where they share one); a feature that changes data another feature shows invalidates the root named here,
 * never a string of its own.
 */
export const sharedQueryKeys = {
  /** `me` per sign-in: permissions, read once and kept until the user changes. */
  me: (username: string | undefined) => ['me', username] as const,
  /** Every KPI figure the dashboard reads; a payment or a target split moves them. */
  kpis: ['kpis'] as const,
  /** What follows from the contact cadence (the due list, compliance by rep); a logged visit or call moves it. */
  contactCadence: ['contact-cadence'] as const,
};
