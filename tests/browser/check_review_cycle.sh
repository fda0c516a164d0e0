#!/usr/bin/env bash
# The review cycle end to end: `suchi run` writes a report; a reviewer
# dismisses a conflict in the browser and exports the verdict
# (check_report.sh); `suchi review --import` stores it; a rerun on the same
# input hides the dismissed conflict (on the page, in report.md), counts it,
# and `suchi review --list` shows the verdict as current.
#
# Usage: tests/browser/check_review_cycle.sh SUCHI OUT_DIR INPUT...
# (run with --min-confidence 0, so a corpus gives a report at scale)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "check_review_cycle: FAIL: $*" >&2; exit 1; }
[[ $# -ge 3 ]] || { echo "usage: $0 SUCHI OUT_DIR INPUT..." >&2; exit 2; }
suchi=$1 out=$2
shift 2
mkdir -p "$out"
t0=$(date +%s%N)
"$suchi" run "$@" --out "$out" --min-confidence 0 -q || [[ $? -eq 1 ]] || die "suchi run failed"
echo "check_review_cycle: suchi run: $(wc -l <"$out/conflicts.jsonl") conflicts, report.html $(stat -c %s "$out/report.html") bytes, $(( ($(date +%s%N) - t0) / 1000000 )) ms"
"$here/check_report.sh" "$out" --verdict dismissed
[[ -s "$out/verdicts.jsonl" ]] || die "no verdicts exported"
id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["conflict"])' "$out/verdicts.jsonl")
"$suchi" review --import "$out/verdicts.jsonl" --out "$out"
"$suchi" run "$@" --out "$out" --min-confidence 0 -q || [[ $? -eq 1 ]] || die "the rerun failed"
grep -q "\"id\":\"$id\"" "$out/conflicts.jsonl" || die "conflict $id is not found again by the rerun"
REPORT_SHOTS="$out/shots-after" "$here/check_report.sh" "$out" --expect-dismissed "$id"
! grep -q "$id" "$out/report.md" || die "report.md still shows dismissed conflict $id"
"$suchi" review --list --out "$out" | grep "\"conflict\":\"$id\"" | grep -q '"current":true' ||
  die "suchi review --list does not show $id as a current verdict"
echo "check_review_cycle: ok: $id dismissed in the browser, imported, hidden after the rerun"
