// Copies the pinned browser bundles of GraphiQL and React into api/wwwroot/graphiql/, where the GraphQL transport
// serves them itself: the IDE must work offline and without a CDN.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', '..', 'api', 'wwwroot', 'graphiql');
const files = [
  ['react/umd/react.production.min.js', 'react.production.min.js'],
  ['react-dom/umd/react-dom.production.min.js', 'react-dom.production.min.js'],
  ['graphiql/graphiql.min.js', 'graphiql.min.js'],
  ['graphiql/graphiql.min.css', 'graphiql.min.css'],
];

mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(here, 'node_modules', from), join(target, to));
  console.log(`copied ${from} -> api/wwwroot/graphiql/${to}`);
}
