#!/usr/bin/env bash
# Stops a cluster started by start-cluster.sh and deletes its directory. Argument: its connection string or port;
# without one, every cluster start-cluster.sh left in /tmp.
set -uo pipefail
port=$(sed -nE 's/.*Port=([0-9]+).*/\1/p' <<<"${1:-}")
[ -z "$port" ] && port=${1:-}
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
for dir in /tmp/salesgraph-pg.*; do
  [ -f "$dir/port" ] || continue
  if [ -n "$port" ] && [ "$(cat "$dir/port")" != "$port" ]; then continue; fi
  cluster_port=$(cat "$dir/port")
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
  echo "stop-cluster: stopped the cluster on port $cluster_port ($dir)" >&2
done
