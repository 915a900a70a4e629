import { clearSession, loadSession, saveSession, sessionFromToken } from '@/lib/auth-session';

describe('auth session', () => {
  const now = Date.UTC(2026, 2, 5, 8, 0, 0);
  const token = { access_token: 'abc', token_type: 'Bearer', expires_in: 3600 };

  beforeEach(() => sessionStorage.clear());

  it('keeps a fresh session across a reload', () => {
    saveSession(sessionFromToken('director', token, now));
    expect(loadSession(sessionStorage, now + 60_000)).toEqual({
      accessToken: 'abc',
      expiresAt: now + 3_600_000,
      username: 'director',
    });
  });

  it('drops a session once the token has expired', () => {
    saveSession(sessionFromToken('director', token, now));
    expect(loadSession(sessionStorage, now + 3_600_000)).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('treats a damaged entry as signed out', () => {
    sessionStorage.setItem('salesgraph.session', '{not json');
    expect(loadSession(sessionStorage, now)).toBeNull();
  });

  it('forgets the session on logout', () => {
    saveSession(sessionFromToken('finance', token, now));
    clearSession();
    expect(loadSession(sessionStorage, now)).toBeNull();
  });
});
