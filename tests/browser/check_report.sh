#!/usr/bin/env bash
# Checks a rendered conflict report in a real browser.
#
# Usage: tests/browser/check_report.sh OUT_DIR [check_report.mjs options]
#
# Installs puppeteer-core (tests/browser/package.json, pinned by its lock
# file) when missing, then drives headless Chromium (Debian's
# /usr/bin/chromium, or $CHROMIUM) through OUT_DIR/report.html with
# check_report.mjs: load time, numbers, search, an expanded side, the
# per-article view and its highlight, a verdict exported to
# OUT_DIR/verdicts.jsonl. Screenshots go to $REPORT_SHOTS (default
# OUT_DIR/shots). The page itself loads nothing from the network; Korean
# text needs a CJK font for a legible screenshot (fonts-noto-cjk).
#
# A sample report of the gold seed claims to try it on:
#   SUCHI_REPORT_OUT=/tmp/r build/report_test --gtest_filter='SampleReport.*'
#   tests/browser/check_report.sh /tmp/r
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "check_report: FAIL: $*" >&2; exit 1; }
[[ $# -ge 1 ]] || { echo "usage: $0 OUT_DIR [options]" >&2; exit 2; }
out=$(cd "$1" 2>/dev/null && pwd) || die "$1: no such directory"
shift
browser=${CHROMIUM:-/usr/bin/chromium}
[[ -x "$browser" ]] || die "$browser not found (install it with: apt-get install -y chromium)"
command -v node >/dev/null || die "node not found (scripts/install-deps --ci)"
if [[ ! -d "$here/node_modules/puppeteer-core" ]]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
fi
CHROMIUM="$browser" node "$here/check_report.mjs" "$out" --shots "${REPORT_SHOTS:-$out/shots}" "$@"
