#!/usr/bin/env bash
# Checks a rendered conflict report in a real browser.
#
# Usage: tests/browser/check_report.sh OUT_DIR
#
# Opens OUT_DIR/report.html in headless Chromium (Debian's /usr/bin/chromium,
# or $CHROMIUM), dumps the DOM after scripts ran and checks that the page
# shows one conflict card (an element with class "card") per line of
# OUT_DIR/conflicts.jsonl, and at least one; that every card is visible
# (the filter script ran and hides nothing by default); and that no
# <script> other than the report's own reached the DOM. Then it saves a
# screenshot to OUT_DIR/report.png (1280x2000). Exits non-zero with a
# message on the first failure. The browser gets a throw-away profile and
# no network features; the page itself loads nothing from the network.
# Korean text needs a CJK font for a legible screenshot (fonts-nanum).
#
# A sample report of the gold seed claims to try it on:
#   SUCHI_REPORT_OUT=/tmp/r build/report_test --gtest_filter='SampleReport.*'
#   tests/browser/check_report.sh /tmp/r
set -euo pipefail

die() { echo "check_report: FAIL: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
out=$(cd "$1" 2>/dev/null && pwd) || die "$1: no such directory"
html="$out/report.html"
jsonl="$out/conflicts.jsonl"
[[ -s "$html" ]] || die "$html: missing or empty"
[[ -f "$jsonl" ]] || die "$jsonl: missing"

browser=${CHROMIUM:-/usr/bin/chromium}
[[ -x "$browser" ]] || die "$browser not found (install it with: apt-get install -y chromium)"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --hide-scrollbars --user-data-dir="$profile")

dom="$profile/dom.html"
timeout 120 "$browser" "${flags[@]}" --virtual-time-budget=5000 --dump-dom "file://$html" \
  >"$dom" 2>"$profile/dump.log" || die "chromium --dump-dom failed: $(tail -3 "$profile/dump.log")"
[[ -s "$dom" ]] || die "chromium dumped an empty DOM for $html"

expected=$(grep -c . "$jsonl" || true)
[[ "$expected" -gt 0 ]] || die "$jsonl has no conflicts: nothing to show"

# Counts elements whose class list contains "card", and hidden ones.
read -r cards hidden scripts < <(python3 - "$dom" <<'PY'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.cards = self.hidden = self.scripts = 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script": self.scripts += 1
        if "card" in (a.get("class") or "").split():
            self.cards += 1
            if "hidden" in a: self.hidden += 1
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print(p.cards, p.hidden, p.scripts)
PY
)
[[ "$cards" -gt 0 ]] || die "the page shows no conflict cards"
[[ "$cards" -eq "$expected" ]] || die "the page shows $cards cards, conflicts.jsonl has $expected conflicts"
[[ "$hidden" -eq 0 ]] || die "$hidden cards are hidden with every filter on"
[[ "$scripts" -eq 1 ]] || die "found $scripts <script> elements in the DOM, expected only the report's own"
grep -q 'id="shown">'"$cards"' of '"$cards"' shown<' "$dom" || die "the filter script did not run"

png="$out/report.png"
rm -f "$png"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2000 --screenshot="$png" "file://$html" \
  >"$profile/shot.log" 2>&1 || die "chromium --screenshot failed: $(tail -3 "$profile/shot.log")"
[[ -s "$png" ]] || die "no screenshot written to $png"

echo "check_report: ok: $cards conflict cards shown; screenshot $png"
