import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginForm } from '@/features/auth/components/login-form';
import { loadSession } from '@/lib/auth-session';
import { TestProviders } from '@/testing/test-providers';

function stubTokenEndpoint(status: number, body: unknown) {
  const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function signInAs(username: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('signs in and keeps the token for this tab', async () => {
    stubTokenEndpoint(200, { access_token: 'jwt', token_type: 'Bearer', expires_in: 3600 });
    render(<LoginForm showDemoAccounts={false} />, { wrapper: TestProviders });

    await signInAs('director', 'SalesGraph!2026');

    await waitFor(() => expect(loadSession()?.accessToken).toBe('jwt'));
    expect(loadSession()?.username).toBe('director');
  });

  it('says the credentials are wrong on invalid_grant', async () => {
    stubTokenEndpoint(400, { error: 'invalid_grant' });
    render(<LoginForm showDemoAccounts={false} />, { wrapper: TestProviders });

    await signInAs('director', 'nope');

    expect(await screen.findByText('Wrong username or password')).toBeInTheDocument();
    expect(loadSession()).toBeNull();
  });

  it('asks to wait after too many attempts', async () => {
    stubTokenEndpoint(429, {});
    render(<LoginForm showDemoAccounts={false} />, { wrapper: TestProviders });

    await signInAs('director', 'nope');

    expect(
      await screen.findByText('Too many attempts, please try again later'),
    ).toBeInTheDocument();
  });

  it('offers the demo accounts only when asked to', () => {
    const { rerender } = render(<LoginForm showDemoAccounts />, { wrapper: TestProviders });
    expect(screen.getByTestId('demo-account-picker')).toBeInTheDocument();
    rerender(<LoginForm showDemoAccounts={false} />);
    expect(screen.queryByTestId('demo-account-picker')).not.toBeInTheDocument();
  });
});
