#!/usr/bin/env bash
# Builds the embedded-FerretDB test server once per version of its sources: the binary is kept
# under ~/.cache/xeberdar-ferretdb/<hash of main.go, go.mod, go.sum>/, so fresh clones and
# repeated runs reuse it. Messages go to stderr; the binary's path is printed on stdout:
#   FERRETDB_BIN=$(bash tools/ferretdb/build.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
key=$(cat main.go go.mod go.sum | sha256sum | cut -c1-16)
dir="${XDG_CACHE_HOME:-$HOME/.cache}/xeberdar-ferretdb/$key"
out="$dir/ferretdb"

if [[ -x "$out" ]]; then
  echo "ferretdb: cached ($out)" >&2
  echo "$out"
  exit 0
fi

# Go may not be on PATH in non-login shells.
command -v go >/dev/null || export PATH="$PATH:/usr/local/go/bin"

start=$(date +%s.%N)
mkdir -p "$dir"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# CGO off: FerretDB's SQLite is modernc.org/sqlite (pure Go). No PostgreSQL backend needed.
# Build to a temp file and rename, so a concurrent reader never sees half a binary.
CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false \
  -tags ferretdb_no_postgresql -ldflags='-s -w' -o "$tmp" .
mv -f "$tmp" "$out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v o="$out" 'BEGIN { printf "ferretdb: built %s in %.1fs\n", o, e - s }' >&2
echo "$out"
