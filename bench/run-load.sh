#!/usr/bin/env bash
# Starts the API (Release, Production settings, baseline endpoint on) pinned to CPU 0 and runs bench/load.mjs pinned to
# CPU 1, so server and load generator never share a core.
#   bench/run-load.sh --db bench.db [--duration 10] [--connections 8] [--warmup 5]   on a large dataset made with
#       dotnet run --project api -- seed --contracts 1000000 --db bench.db
#   bench/run-load.sh --smoke                                            a few seconds on a fresh demo database (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
db="" smoke=false passthrough=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$(realpath "$2"); shift 2 ;;
    --smoke) smoke=true; passthrough+=(--smoke); shift ;;
    *) passthrough+=("$1"); shift ;;
  esac
done
work=$(mktemp -d)
if [ -z "$db" ]; then
  $smoke || { echo "usage: bench/run-load.sh --db bench.db | --smoke" >&2; exit 2; }
  db="$work/smoke.db"
fi
[ -f bench/node_modules/autocannon/package.json ] || npm ci --prefix bench --no-audit --no-fund --loglevel=error
dotnet build api -c Release -p:SkipWebBuild=true -nologo -clp:ErrorsOnly >/dev/null
port=${SALESGRAPH_BENCH_PORT:-5190}
pin_server="" pin_load=""
if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then pin_server="taskset -c 0"; pin_load="taskset -c 1"; fi
ASPNETCORE_ENVIRONMENT=Production \
  Jwt__SigningKey="$(head -c 48 /dev/urandom | base64)" \
  ConnectionStrings__SalesGraph="Data Source=$db" \
  Bench__Baseline=true \
  Logging__LogLevel__Default=Warning \
  $pin_server dotnet api/bin/Release/net10.0/SalesGraph.Api.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
$pin_load node bench/load.mjs --url "http://127.0.0.1:$port" --pid "$server" "${passthrough[@]}"
