import { requestToken } from '@/features/auth/api/request-token';

const json = (status: number, body: unknown) =>
  vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));

describe('requestToken', () => {
  it('posts a password grant as JSON and returns the token', async () => {
    const fetchFn = json(200, { access_token: 'jwt', token_type: 'Bearer', expires_in: 3600 });

    await expect(requestToken('director', 'SalesGraph!2026', fetchFn)).resolves.toEqual({
      access_token: 'jwt',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe('/auth/token');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      grant_type: 'password',
      username: 'director',
      password: 'SalesGraph!2026',
    });
  });

  it('reports wrong credentials as invalid_grant', async () => {
    await expect(
      requestToken('director', 'wrong', json(400, { error: 'invalid_grant' })),
    ).rejects.toMatchObject({ failure: 'invalid_grant' });
  });

  it('reports throttling as too many attempts', async () => {
    await expect(
      requestToken('director', 'wrong', json(429, { error: 'slow_down' })),
    ).rejects.toMatchObject({ failure: 'too_many_attempts' });
  });

  it('reports an unreachable server as unavailable', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(requestToken('director', 'x', fetchFn)).rejects.toMatchObject({
      failure: 'unavailable',
    });
  });
});
