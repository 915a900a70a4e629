import type { MeFacts } from '@/lib/access/access';
import { saveSession } from '@/lib/auth-session';

type Handler = (variables: Record<string, unknown>) => unknown;

/** The GraphQL operations a test answers, by operation name; each returns the response's `data`. */
export type FakeOperations = Record<string, Handler>;

/**
 * Signs a test in as `me` and answers the SPA's GraphQL requests from `operations` (plus `Me`), through a
 * stubbed fetch. Returns the mock, whose calls hold the requests as sent.
 */
export function fakeApi(me: Partial<MeFacts>, operations: FakeOperations) {
  saveSession({ accessToken: 'test-token', expiresAt: Date.now() + 3_600_000, username: 'tester' });
  const meData = fakeMe(me);
  const fetchMock = vi.fn<typeof fetch>(async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const handler = name === 'Me' ? () => ({ me: meData }) : operations[name];
    if (!handler) throw new Error(`The test does not answer ${name}.`);
    return new Response(JSON.stringify({ data: handler(body.variables) }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A `me` answer: a finance user named `tester` who sees every row and may do and read nothing else, unless told. */
export function fakeMe(me: Partial<MeFacts> = {}): MeFacts {
  return {
    username: 'tester',
    role: 'FINANCE',
    scope: 'ALL',
    actions: [],
    fields: [],
    staff: null,
    region: null,
    ...me,
  };
}

/** The variables of the requests sent for one operation, in order. */
export function sentVariables(fetchMock: ReturnType<typeof fakeApi>, operation: string) {
  return fetchMock.mock.calls
    .map(([, init]) => JSON.parse(String(init?.body)) as { query: string; variables: unknown })
    .filter((body) => new RegExp(`(query|mutation)\\s+${operation}\\b`).test(body.query))
    .map((body) => body.variables);
}
