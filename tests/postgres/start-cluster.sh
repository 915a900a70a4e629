#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and prints its Npgsql connection string on stdout (progress goes
# to stderr). The cluster lives in a fresh temp directory, listens on 127.0.0.1 only, on a random free port, and runs
# as the `postgres` user when started by root (initdb refuses root). Stop it with stop-cluster.sh.
#   conn=$(tests/postgres/start-cluster.sh) && SALESGRAPH_TEST_POSTGRES="$conn" dotnet test ...
set -euo pipefail

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "start-cluster: no PostgreSQL server found (apt-get install -y postgresql)" >&2
  exit 3
fi

dir=$(mktemp -d /tmp/salesgraph-pg.XXXXXX)
chmod 755 "$dir"
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi

# PG_PORT if given (machines shared between people hand out port ranges), else a free port: bind to port 0 and read
# what the kernel picked.
port=${PG_PORT:-}
[ -n "$port" ] || port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

as_owner bash -c "printf '%s\n' '$password' > '$dir/pwfile'"
as_owner "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
# Throwaway settings: durability off (the data dies with the cluster), enough connections for two app instances.
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
CONF
echo "$port" >"$dir/port"
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
echo "start-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
