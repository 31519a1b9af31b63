#!/usr/bin/env bash
# Builds the embedded-FerretDB binary to tools/ferretdb/bin/ferretdb, but only when it is
# missing or older than main.go/go.mod/go.sum (so repeated test runs are a no-op).
# Messages go to stderr; the binary's absolute path is printed on stdout:
#   FERRETDB_BIN=$(bash tools/ferretdb/build.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out="$PWD/bin/ferretdb"

if [[ -x "$out" && "$out" -nt main.go && "$out" -nt go.mod && "$out" -nt go.sum ]]; then
  echo "ferretdb: up to date ($out)" >&2
  echo "$out"
  exit 0
fi

# Go may not be on PATH in non-login shells.
command -v go >/dev/null || export PATH="$PATH:/usr/local/go/bin"

start=$(date +%s.%N)
mkdir -p bin
trap 'rm -f "bin/ferretdb.tmp.$$"' EXIT
# CGO off: FerretDB's SQLite is modernc.org/sqlite (pure Go). No PostgreSQL backend
# needed. Build to a temp file and rename so a concurrent reader never sees half a binary.
CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false \
  -tags ferretdb_no_postgresql -ldflags='-s -w' -o "bin/ferretdb.tmp.$$" .
mv -f "bin/ferretdb.tmp.$$" "$out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v o="$out" 'BEGIN { printf "ferretdb: built %s in %.1fs\n", o, e - s }' >&2
echo "$out"
