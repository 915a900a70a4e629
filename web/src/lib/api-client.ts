import { env } from '@/config/env';
import { loadSession } from '@/lib/auth-session';
import { createGraphQLClient } from '@/lib/graphql-client';

/** Fired when the API rejects the token; the auth provider listens and sends the user to login. */
export const unauthenticatedEvent = 'salesgraph:unauthenticated';

/** The one GraphQL client of the SPA; feature `api/` modules call `graphqlClient.request(...)`. */
export const graphqlClient = createGraphQLClient({
  endpoint: env.graphqlEndpoint,
  getToken: () => loadSession()?.accessToken ?? null,
  onUnauthenticated: () => window.dispatchEvent(new Event(unauthenticatedEvent)),
});
