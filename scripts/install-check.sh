#!/usr/bin/env bash
# Build attrib's wheel and install it into a fresh venv with Python's own pip (no upgrade), torch
# 2.13.0 (CPU) first as the README says; then analyse an HTML page with the installed CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m venv "$work/venv"
pip="$work/venv/bin/python -m pip"
$pip --version
$pip wheel -q --no-deps -w "$work/dist" .
$pip install -q torch==2.13.0
$pip install -q "$work"/dist/attrib-*.whl
cat > "$work/page.html" <<'HTML'
<!doctype html><html><head><title>Talks fail in Geneva</title></head><body><article>
<h1>Talks fail in Geneva</h1>
<p>“We regret it,” Kremlin spokesman Dmitry Peskov said on Friday.</p>
<p>The talks in Geneva collapsed on Monday, officials said, after three days of meetings.</p>
</article></body></html>
HTML
cd "$work"
venv/bin/attrib analyze page.html --format json -o out.json
venv/bin/python -c "import json, sys; a = json.load(open('out.json')); \
assert a['meta'].get('format') == 'html' and a['quotes'], a; print('installed wheel analysed an HTML page:', len(a['quotes']), 'attributions')"
