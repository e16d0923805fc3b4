#!/usr/bin/env bash
# Every test: each package and worker inside workerd, the router over real service bindings, then the
# local gateway end to end. Installs what the machine lacks first. Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
# Two at a time: the machines have two cores, and the transport tests measure timing.
pnpm exec turbo run test --concurrency=2 --continue --output-logs=new-only "$@" 2>&1 | node scripts/test-summary.mjs
