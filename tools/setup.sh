#!/usr/bin/env bash
# Installs what `npm install` cannot: the embedded database server (SecantusDB's Rust
# server, built with cargo into .cache/secantus) and, with --with-browser, Debian's
# Chromium for the end-to-end tests. Idempotent and quick when everything is in place.
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

# --- SecantusDB: the pinned version, built once ----------------------------------------
# The crate and version live in package.json (config.secantus); the API reads the same.
crate=$(node -p "require('./package.json').config.secantus.crate")
version=$(node -p "require('./package.json').config.secantus.version")
root=.cache/secantus
# rustup installs cargo under ~/.cargo/bin, which a non-login shell may not have on PATH.
if ! command -v cargo >/dev/null && [ -x "$HOME/.cargo/bin/cargo" ]; then PATH="$HOME/.cargo/bin:$PATH"; fi
binary="$root/bin/secantusd-rs"
if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -qF "$version"; then
  echo "setup: SecantusDB $version is installed ($binary)"
elif command -v cargo >/dev/null; then
  echo "setup: building SecantusDB $version with cargo (first time: about 5 minutes on 2 cores)..."
  # Every published version declares a newer rustc than some stable toolchains carry;
  # it builds and passes our conformance suite with the older one.
  cargo install "$crate" --version "$version" --locked --ignore-rust-version --root "$root" --quiet
  echo "setup: installed $("$binary" --version | head -1) at $binary"
else
  echo "setup: cargo is not installed, so the embedded SecantusDB cannot be built." >&2
  echo "setup: install Rust (cargo), set MONGODB_URI, or let mongodb-memory-server provide mongod (needs internet)." >&2
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
