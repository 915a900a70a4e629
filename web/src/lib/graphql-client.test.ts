import { createGraphQLClient, GraphQLRequestError, type TypedDocument } from '@/lib/graphql-client';

const meQuery = 'query Me { me { username } }' as unknown as TypedDocument<
  { me: { username: string } },
  Record<string, never>
>;

function respond(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
}

describe('graphql client', () => {
  it('posts the document to /graphql with the bearer token and returns data', async () => {
    const fetchFn = respond(200, { data: { me: { username: 'director' } } });
    const client = createGraphQLClient({
      getToken: () => 'token-1',
      onUnauthenticated: vi.fn(),
      fetchFn,
    });

    await expect(client.request(meQuery)).resolves.toEqual({ me: { username: 'director' } });

    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-1');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: 'query Me { me { username } }',
      variables: {},
    });
  });

  it('sends no Authorization header when signed out', async () => {
    const fetchFn = respond(200, { data: { me: null } });
    const client = createGraphQLClient({
      getToken: () => null,
      onUnauthenticated: vi.fn(),
      fetchFn,
    });
    await client.request(meQuery);
    expect(new Headers(fetchFn.mock.calls[0]![1]?.headers).has('Authorization')).toBe(false);
  });

  it('sends the user back to login when the API says AUTH_NOT_AUTHENTICATED', async () => {
    const onUnauthenticated = vi.fn();
    const client = createGraphQLClient({
      getToken: () => 'expired',
      onUnauthenticated,
      fetchFn: respond(200, {
        data: null,
        errors: [{ message: 'Sign in first', extensions: { code: 'AUTH_NOT_AUTHENTICATED' } }],
      }),
    });

    await expect(client.request(meQuery)).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('treats a bare HTTP 401 as not authenticated', async () => {
    const onUnauthenticated = vi.fn();
    const client = createGraphQLClient({
      getToken: () => 'expired',
      onUnauthenticated,
      fetchFn: vi.fn<typeof fetch>(async () => new Response('', { status: 401 })),
    });
    await expect(client.request(meQuery)).rejects.toMatchObject({
      code: 'AUTH_NOT_AUTHENTICATED',
    });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('reports other error codes without logging the user out', async () => {
    const onUnauthenticated = vi.fn();
    const client = createGraphQLClient({
      getToken: () => 't',
      onUnauthenticated,
      fetchFn: respond(200, {
        data: null,
        errors: [{ message: 'Changed meanwhile', extensions: { code: 'CONFLICT' } }],
      }),
    });
    await expect(client.request(meQuery)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('returns the rest of the data when only own-row fields were denied, if the caller expects that', async () => {
    const body = {
      data: { me: { username: 'manager.east' } },
      errors: [{ message: 'denied', extensions: { code: 'AUTH_NOT_AUTHORIZED' } }],
    };
    const client = createGraphQLClient({
      getToken: () => 't',
      onUnauthenticated: vi.fn(),
      fetchFn: respond(200, body),
    });
    await expect(client.requestAllowingDenied(meQuery)).resolves.toEqual(body.data);
    await expect(client.request(meQuery)).rejects.toBeInstanceOf(GraphQLRequestError);
  });
});
