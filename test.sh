#!/usr/bin/env bash
# Runs every test of SalesGraph and ends with one line of totals: "N passed, N failed, N skipped".
#   1. .NET unit tests and integration tests (HTTP + JWT + EF Core + the graphql-http audit of the real server), the
#      integration tests twice: on SQLite, then on a throwaway PostgreSQL cluster (tests/postgres/start-cluster.sh);
#   2. the SPA: type check, lint, Vitest;
#   3. browser tests: playwright-core driving Debian's Chromium against the real API serving the built SPA.
# Needs: the .NET SDK, Node.js/npm, /usr/bin/chromium, the postgresql server package (.ci/run installs what a fresh
# machine lacks). Without PostgreSQL, its tests are skipped with a message locally and fail in CI (CI=true).
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
logs=$(mktemp -d)
passed=0 failed=0 skipped=0 broken=0
tally() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }
note() { printf '\n=== %s\n' "$*"; }

# npm packages of every Node project (again only when the lock file changed).
for dir in tests/audit tools/graphiql web bench; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    note "npm ci in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error || broken=1
  fi
done

note "dotnet build"
dotnet tool restore >/dev/null
if ! dotnet build SalesGraph.sln -nologo -clp:ErrorsOnly; then
  echo "build failed"; tally 0 1; broken=1
fi

# run_tests NAME PROJECT [dotnet test args...]: runs one test project and adds its summary to the totals.
run_tests() {
  local name=$1 project=$2; shift 2
  note "dotnet test $project ($name)"
  local log="$logs/$name.log"
  dotnet test "$project" --no-build --nologo "$@" 2>&1 | tee "$log"
  local summary
  summary=$(grep -E '^(Passed|Failed|Skipped)!' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "no test summary from $project ($name): counted as one failure"; tally 0 1
  else
    tally "$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")" \
          "$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")" \
          "$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$summary")"
  fi
}

run_tests unit tests/SalesGraph.UnitTests
# Tests that need PostgreSQL itself (two instances, outages) run in the PostgreSQL pass below.
SALESGRAPH_TEST_POSTGRES= run_tests integration-sqlite tests/SalesGraph.IntegrationTests --filter "Category!=Postgres"

# The same integration suite on PostgreSQL: a throwaway cluster on 127.0.0.1, a fresh database per app fixture.
pg_conn=${SALESGRAPH_TEST_POSTGRES:-}
pg_started=
if [ -z "$pg_conn" ] && pg_conn=$(tests/postgres/start-cluster.sh 2>"$logs/postgres-start.log"); then
  pg_started=1
fi
if [ -n "$pg_conn" ]; then
  SALESGRAPH_TEST_POSTGRES="$pg_conn" run_tests integration-postgres tests/SalesGraph.IntegrationTests
else
  cat "$logs/postgres-start.log" 2>/dev/null
  echo "PostgreSQL is not available: its tests are skipped (a failure in CI). Install it with: apt-get install -y postgresql"
  # Runs only the PostgreSQL tests, so they report themselves as skipped (or, with CI=true, as failed).
  SALESGRAPH_TEST_POSTGRES= run_tests integration-postgres tests/SalesGraph.IntegrationTests --filter "Category=Postgres"
fi
[ -n "$pg_started" ] && tests/postgres/stop-cluster.sh "$pg_conn"

note "web: typecheck, lint, codegen drift"
for check in typecheck lint; do
  if npm --prefix web run --silent "$check"; then tally 1 0; else echo "web $check failed"; tally 0 1; fi
done
if [ -f schema/schema.graphql ] && grep -q '"codegen"' web/package.json; then
  npm --prefix web run --silent codegen >/dev/null 2>&1
  if git diff --quiet -- web/src/gql; then tally 1 0; else echo "web/src/gql is out of date: run npm --prefix web run codegen and commit"; git --no-pager diff --stat -- web/src/gql; tally 0 1; fi
fi

note "web: vitest"
if (cd web && npx vitest run --reporter=default --reporter=json --outputFile="$logs/vitest.json"); then :; fi
if [ -f "$logs/vitest.json" ]; then
  read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0), r.numPendingTests + (r.numTodoTests||0))' "$logs/vitest.json")
  tally "$p" "$f" "$s"
else
  echo "vitest wrote no report: counted as one failure"; tally 0 1
fi

note "browser tests against the real API"
port=${SALESGRAPH_E2E_PORT:-5180}
db="$logs/e2e.db"
ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__SalesGraph="Data Source=$db" \
  dotnet run --project api --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$logs/e2e-api.log" 2>&1 &
api=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 1
done
if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  SALESGRAPH_URL="http://127.0.0.1:$port" npm --prefix web run --silent e2e 2>&1 | tee "$logs/e2e.log"
  p=$(grep -E '^# pass ' "$logs/e2e.log" | awk '{print $3}' | tail -n1)
  f=$(grep -E '^# fail ' "$logs/e2e.log" | awk '{print $3}' | tail -n1)
  s=$(grep -E '^# skipped ' "$logs/e2e.log" | awk '{print $3}' | tail -n1)
  if [ -z "$p" ]; then echo "no e2e summary: counted as one failure"; tally 0 1; else tally "$p" "${f:-0}" "${s:-0}"; fi
else
  echo "the API did not become healthy for the browser tests:"; tail -n 30 "$logs/e2e-api.log"; tally 0 1
fi
kill "$api" 2>/dev/null; wait "$api" 2>/dev/null

note "load smoke: bench/run-load.sh --smoke (fails on any non-2xx answer)"
if SALESGRAPH_BENCH_PORT=${SALESGRAPH_BENCH_PORT:-5191} bash bench/run-load.sh --smoke; then tally 1 0; else echo "load smoke failed"; tally 0 1; fi

echo
echo "logs: $logs"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$broken" -eq 0 ]
