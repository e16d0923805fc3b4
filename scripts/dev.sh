#!/usr/bin/env bash
# The whole gateway, offline, at http://127.0.0.1:8787 (router, the four workers and the Workers AI emulator).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
exec node scripts/dev.mjs "$@"
