/** Build-time settings; the SPA is served by the API, so URLs are relative to the same origin. */
export const env = {
  graphqlEndpoint: '/graphql',
  tokenEndpoint: '/auth/token',
  /**
   * The demo-account picker shows in `vite` dev mode, or in a build made with
   * `VITE_SHOW_DEMO_ACCOUNTS=true` (for a Development API serving the built SPA).
   */
  showDemoAccounts: import.meta.env.DEV || import.meta.env.VITE_SHOW_DEMO_ACCOUNTS === 'true',
} as const;
