import { env } from '@/config/env';

/** The OAuth2 token answer of `POST /auth/token`. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Why a sign-in failed, in the terms the login form shows. */
export type SignInFailure = 'invalid_grant' | 'too_many_attempts' | 'unavailable';

export class SignInError extends Error {
  readonly failure: SignInFailure;

  constructor(failure: SignInFailure) {
    super(`Sign-in failed: ${failure}`);
    this.name = 'SignInError';
    this.failure = failure;
  }
}

/** Exchanges username and password for a bearer token (OAuth2 password grant, JSON body). */
export async function requestToken(
  username: string,
  password: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await fetchFn(env.tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username, password }),
    });
  } catch {
    throw new SignInError('unavailable');
  }

  if (response.status === 429) throw new SignInError('too_many_attempts');

  const body = (await response.json().catch(() => null)) as
    (Partial<TokenResponse> & { error?: string }) | null;

  if (response.ok && body && typeof body.access_token === 'string') {
    return {
      access_token: body.access_token,
      token_type: 'Bearer',
      expires_in: typeof body.expires_in === 'number' ? body.expires_in : 0,
    };
  }
  if (body?.error === 'invalid_grant') throw new SignInError('invalid_grant');
  throw new SignInError('unavailable');
}
