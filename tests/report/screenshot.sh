#!/usr/bin/env bash
# Makes docs/report.png and docs/report-card.png, the README's pictures of the
# HTML report on samples/: builds the report with the release binary and
# photographs it in headless Chromium, as it opens and with a node's card
# open (Russia's, or the id given as $1). Needs chromium (or NEWSGRAPH_CHROMIUM),
# node, and `npm ci --prefix tests/report`.
set -euo pipefail
cd "$(dirname "$0")/../.."
browser=${NEWSGRAPH_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./target/release/newsgraph build samples/ -o "$tmp/report.html"
mkdir -p docs
node tests/report/screenshot.js "$browser" "$tmp/report.html" docs/report.png
node tests/report/screenshot.js "$browser" "$tmp/report.html" docs/report-card.png "${1:-country:russia}"
echo "wrote docs/report.png and docs/report-card.png"
