#!/usr/bin/env bash
# Installs what `npm install` cannot: the embedded FerretDB database (built with Go from
# tools/ferretdb) and, with --with-browser, Debian's Chromium for the end-to-end tests.
# Idempotent and quick when everything is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

with_browser=false
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=true ;;
    *) echo "usage: tools/setup.sh [--with-browser]" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root for: $*" >&2; return 1
  fi
}

# --- FerretDB: rebuilt only when its Go sources change ---------------------------------
bin_dir=.cache/bin
binary="$bin_dir/ferretdb"
stamp="$bin_dir/ferretdb.stamp"
sources_hash=$(cat tools/ferretdb/go.mod tools/ferretdb/go.sum tools/ferretdb/main.go | sha256sum | cut -d' ' -f1)
if [ -x "$binary" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sources_hash" ]; then
  echo "setup: FerretDB binary is up to date ($binary)"
elif command -v go >/dev/null; then
  echo "setup: building FerretDB from tools/ferretdb (first time: about a minute)..."
  mkdir -p "$bin_dir"
  (cd tools/ferretdb && CGO_ENABLED=0 go build -trimpath -o "../../$binary" .)
  echo "$sources_hash" > "$stamp"
  echo "setup: built $binary"
else
  echo "setup: Go is not installed, so the embedded FerretDB cannot be built." >&2
  echo "setup: set MONGODB_URI, or let mongodb-memory-server provide mongod (needs internet)." >&2
fi

# --- Chromium for browser tests ------------------------------------------------------------
if $with_browser; then
  if [ -x /usr/bin/chromium ]; then
    echo "setup: chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  else
    echo "setup: installing Debian's chromium..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    echo "setup: installed $(/usr/bin/chromium --version)"
  fi
fi
