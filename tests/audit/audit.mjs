// Audits a GraphQL-over-HTTP endpoint with graphql-http's server audit and prints every result.
// Usage: node audit.mjs <url>   (e.g. http://127.0.0.1:5000/graphql)
// With SALESGRAPH_TOKEN set, every request carries "Authorization: Bearer <token>" (SalesGraph refuses anonymous calls).
// Exits 1 when any MUST requirement fails (graphql-http reports those as "error"), 2 on bad usage.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const token = process.env.SALESGRAPH_TOKEN;
const fetchFn = token
  ? (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    }
  : fetch;
const results = await auditServer({ url, fetchFn });
const byStatus = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  byStatus[result.status] += 1;
  const line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
  if (result.status === 'ok') {
    console.log(line);
  } else {
    let body = '';
    try {
      body = await result.response.text();
    } catch {
      // the body was already read by the audit itself
    }
    console.log(`${line}\n       reason: ${result.reason}\n       status: ${result.response.status} ${body.slice(0, 300)}`);
  }
}

console.log(
  `audit of ${url}: ${byStatus.ok} ok, ${byStatus.error} MUST failures, ${byStatus.warn} SHOULD failures, ${byStatus.notice} MAY failures`,
);
process.exit(byStatus.error > 0 ? 1 : 0);
