/** What the SPA knows about the signed-in user; the token itself is opaque to us. */
export interface AuthSession {
  accessToken: string;
  /** Epoch milliseconds after which the API will reject the token. */
  expiresAt: number;
  username: string;
}

const storageKey = 'salesgraph.session';

// A little before the real expiry, so a request does not leave with a token that dies on the way.
const expirySkewMs = 10_000;

/**
 * Keeps the session in sessionStorage: it survives a reload but not closing the tab, and it is not
 * shared with other tabs or left on a shared office computer the next day, as localStorage would be.
 */
export function saveSession(session: AuthSession, storage: Storage = sessionStorage): void {
  storage.setItem(storageKey, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(storageKey);
}

export function isExpired(session: AuthSession, now: number = Date.now()): boolean {
  return now >= session.expiresAt - expirySkewMs;
}

/** The stored session if it is still valid; an expired or unreadable one is removed. */
export function loadSession(
  storage: Storage = sessionStorage,
  now: number = Date.now(),
): AuthSession | null {
  const raw = storage.getItem(storageKey);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<AuthSession>;
    if (
      typeof session.accessToken === 'string' &&
      typeof session.expiresAt === 'number' &&
      typeof session.username === 'string' &&
      !isExpired(session as AuthSession, now)
    ) {
      return session as AuthSession;
    }
  } catch {
    // A damaged entry is treated like no entry.
  }
  storage.removeItem(storageKey);
  return null;
}

/** Builds a session from a token answer; `expires_in` is in seconds, as OAuth2 defines it. */
export function sessionFromToken(
  username: string,
  token: { access_token: string; expires_in: number },
  now: number = Date.now(),
): AuthSession {
  return {
    accessToken: token.access_token,
    expiresAt: now + token.expires_in * 1000,
    username,
  };
}
