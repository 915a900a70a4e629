import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A document as GraphQL Code Generator's client preset emits it with `documentMode: 'string'`:
 * the query text, typed with its result and variables.
 */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** One entry of a GraphQL response's `errors`, with the `extensions.code` the API sets. */
export interface GraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    /** For VALIDATION: the input field at fault, dotted (`input.lines.0.quantity`) or as a list. */
    field?: string | readonly (string | number)[];
    [key: string]: unknown;
  };
}

/** Error codes the SPA reacts to; any other code is shown as a generic failure. */
export const errorCodes = {
  notAuthenticated: 'AUTH_NOT_AUTHENTICATED',
  notAuthorized: 'AUTH_NOT_AUTHORIZED',
  conflict: 'CONFLICT',
  validation: 'VALIDATION',
} as const;

/** A GraphQL request that came back with errors, or an HTTP failure expressed the same way. */
export class GraphQLRequestError extends Error {
  readonly errors: readonly GraphQLErrorEntry[];
  readonly status: number;

  constructor(errors: readonly GraphQLErrorEntry[], status: number) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL request failed (${status})`);
    this.name = 'GraphQLRequestError';
    this.errors = errors;
    this.status = status;
  }

  /** The first error's `extensions.code`, which decides how the UI reacts. */
  get code(): string | undefined {
    return this.errors.find((e) => e.extensions?.code)?.extensions?.code;
  }

  hasCode(code: string): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

export interface GraphQLClientOptions {
  endpoint?: string;
  /** The current bearer token, read per request so a new login takes effect at once. */
  getToken: () => string | null;
  /** Called when the API says the caller is not (or no longer) authenticated. */
  onUnauthenticated: () => void;
  fetchFn?: typeof fetch;
}

export interface GraphQLClient {
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
  /**
   * Like `request`, but a field the caller may read only on its own rows (access OWN) comes back null with
   * AUTH_NOT_AUTHORIZED on the others: those errors are expected, so the data is returned. Any other error throws.
   */
  requestAllowingDenied<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables?: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * A deliberately small client: one POST per operation with the bearer token, errors turned into
 * {@link GraphQLRequestError}. Caching and hooks come from TanStack Query on top of it.
 */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  const fetchFn = options.fetchFn ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function send<TResult>(
    document: { toString(): string },
    variables: unknown,
    signal: AbortSignal | undefined,
    allowDenied: boolean,
  ): Promise<TResult> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;

    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });

    let body: GraphQLResponse<never> | undefined;
    try {
      body = (await response.json()) as GraphQLResponse<never>;
    } catch {
      body = undefined;
    }

    const errors = body?.errors ?? [];
    if (response.status === 401 && !errors.length) {
      errors.push({
        message: 'Not authenticated',
        extensions: { code: errorCodes.notAuthenticated },
      });
    }
    const onlyDenied =
      allowDenied && errors.every((e) => e.extensions?.code === errorCodes.notAuthorized);
    if ((errors.length && !onlyDenied) || !body || body.data == null) {
      const error = new GraphQLRequestError(
        errors.length ? errors : [{ message: `HTTP ${response.status}` }],
        response.status,
      );
      if (error.hasCode(errorCodes.notAuthenticated)) options.onUnauthenticated();
      throw error;
    }
    return body.data as TResult;
  }

  return {
    request: (document, variables, signal) => send(document, variables, signal, false),
    requestAllowingDenied: (document, variables, signal) => send(document, variables, signal, true),
  };
}
