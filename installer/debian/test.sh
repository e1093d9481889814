#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest. The UI tests use Qt's
# offscreen platform, so no display is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

bash "$here/deps.sh"
bash "$here/build.sh"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$root/build" --output-on-failure
