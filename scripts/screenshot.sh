#!/usr/bin/env bash
# Render an HTML report to PNG with headless Chromium (Debian package `chromium`).
# usage: scripts/screenshot.sh report.html out.png [width] [height]
set -euo pipefail
html=$(realpath "$1"); png=$2; width=${3:-1280}; height=${4:-2400}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size="$width,$height" \
  --screenshot="$(realpath -m "$png")" "file://$html" >/dev/null 2>&1
test -s "$png"
