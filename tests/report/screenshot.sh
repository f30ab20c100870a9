#!/usr/bin/env bash
# Makes docs/report.png, the README's picture of the HTML report on samples/:
# builds the report with the release binary and photographs it in headless
# Chromium with Russia's card open. Needs chromium (or NEWSGRAPH_CHROMIUM),
# node, and `npm ci --prefix tests/report`.
set -euo pipefail
cd "$(dirname "$0")/../.."
browser=${NEWSGRAPH_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./target/release/newsgraph build samples/ -o "$tmp/report.html"
mkdir -p docs
node tests/report/screenshot.js "$browser" "$tmp/report.html" docs/report.png "${1:-country:russia}"
echo "wrote docs/report.png"
