#!/usr/bin/env bash
# Every test: each package and worker inside workerd, the router over real service bindings, then the
# local gateway end to end. Installs what the machine lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
pnpm exec turbo run test --concurrency=2 --output-logs=errors-only "$@"
