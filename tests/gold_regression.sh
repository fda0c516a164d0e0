#!/usr/bin/env bash
# Regression test on unseen news: scores attribution against the hand-made
# gold of 84 corpus articles (tests/data/attribution, and the 30, 24, 24, 24
# and 20 of attribution2 to attribution6) and the conflicts of a
# whole-corpus run against the judged samples (tests/data/conflicts), and
# fails when a figure falls below its floor. Floors sit a little under the
# figures measured when they were set, so that an honest improvement never
# fails and a regression does.
# usage: gold_regression.sh SUCHI SOURCE_DIR SHARED_DIR   (exit 77: skipped)
set -euo pipefail
suchi=$1 src=$2 shared=$3
if [ ! -d "$shared/corpus" ] || [ ! -x "$shared/tools/score-attribution" ]; then
  echo "skipped: $shared/corpus or its tools are missing"
  exit 77
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() {  # name value op floor
  if python3 -c "import sys; sys.exit(0 if float('$2') $3 float('$4') else 1)"; then
    echo "ok   $1 = $2 ($3 $4)"
  else
    echo "FAIL $1 = $2, wanted $3 $4"; fail=1
  fi
}
# Attribution: each gold folder's figures against floors given as
# "measure=floor" (R, P, subject, metric, period, keyP, keyR).
gold() {  # NAME FOLDER measure=floor...
  local name=$1 folder=$2 line m; shift 2
  line=$(SUCHI_SHARED=$shared SUCHI_GOLD=$src/tests/data/$folder "$src/scripts/score-attribution-gold" "$suchi" | tail -1)
  echo "$name: $line"
  for m in "$@"; do
    check "$name ${m%%=*}" "$(sed -n "s/.* ${m%%=*}=\([0-9.]*\).*/\1/p" <<<"$line")" '>=' "${m##*=}"
  done
}
gold attribution attribution R=0.91 P=0.95 subject=0.58 metric=0.64 period=0.85 keyP=0.51 keyR=0.31
# The second gold (tests/data/attribution2: 30 articles read after the
# rules above were written, and measured only, not tuned on). metric: 0.591
# when set; 0.559 since durations that are facts became claims (155일 만에,
# 7개월간) with the number grammar of news text: 95 metrics right of 170
# figures found, against 88 of 149 before. The new figures are mostly
# lengths of time whose metric is an event (실적 반등, 징수 유예); 0.612 once
# a length of time takes the event named after it (35년 무재해, 4년만의 부활).
gold attribution2 attribution2 R=0.89 subject=0.52 metric=0.65 period=0.92
# The third gold (tests/data/attribution3: 24 articles, judged without
# running suchi, measured only).
gold attribution3 attribution3 R=0.90 P=0.96 subject=0.40 metric=0.70 period=0.74
# The fourth gold (tests/data/attribution4: 24 articles, judged without
# running suchi, measured only).
gold attribution4 attribution4 R=0.86 P=0.97 subject=0.45 metric=0.45 period=0.88
# The fifth (tests/data/attribution5: 24 hs_ and kw_ articles, judged the
# same way, measured only).
gold attribution5 attribution5 R=0.87 P=0.96 subject=0.44 metric=0.50 period=0.90
# The sixth (tests/data/attribution6: 20 hs_ and kw_ articles, judged the
# same way, measured only).
gold attribution6 attribution6 R=0.82 P=0.97 subject=0.39 metric=0.63 period=0.72
# Conflicts over the whole corpus.
"$shared/tools/corpus-layout" "$shared" "$work/corpus" >/dev/null
"$suchi" --rules "$src/rules" run "$work/corpus" --out "$work/out" --db "$work/out/suchi.db" -q || true
n=$(wc -l < "$work/out/conflicts.jsonl")
echo "conflicts reported: $n"
check reported "$n" '<=' 60
for sample in before after final now; do
  last=$("$shared/tools/score-conflicts" "$src/tests/data/conflicts/sample_$sample.expect.json" "$work/corpus" \
           -- "$work/out/claims.jsonl" "$work/out/conflicts.jsonl" | tail -1)
  echo "sample_$sample: $last"
  found=$(sed -n 's/.*found \([0-9]*\)\/.*/\1/p' <<<"$last")
  alarms=$(sed -n 's/.*false alarms \([0-9]*\)\/.*/\1/p' <<<"$last")
  if [ "$sample" = before ]; then check "before: false alarms repeated" "$alarms" '<=' 3; fi
  if [ "$sample" = after ]; then
    check "after: true conflicts found" "$found" '>=' 5
    check "after: false alarms repeated" "$alarms" '<=' 1
  fi
  if [ "$sample" = final ]; then
    check "final: true conflicts found" "$found" '>=' 6
    check "final: false alarms repeated" "$alarms" '<=' 1
  fi
  if [ "$sample" = now ]; then
    check "now: true conflicts found" "$found" '>=' 12
    check "now: false alarms repeated" "$alarms" '<=' 1
  fi
done
# Topic sets: the articles of one release from many outlets, run alone
# (a day's batch on one story), scored for the real conflicts they hold
# and the agreeing figures that must stay apart.
for topic in naver_2019q3 samsungfire_2018 samsungelec_2019q1 naver_2019q2; do
  dir=$work/topic_$topic; mkdir -p "$dir"
  while read -r id; do
    ln -s "$work/corpus/$id.txt" "$dir/$id.txt"
    grep "\"id\": \"$id\"" "$work/corpus/meta.jsonl" >> "$dir/meta.jsonl" || true
  done < "$src/tests/data/conflicts/topic_$topic.ids"
  "$suchi" --rules "$src/rules" run "$dir" --out "$dir.out" -q || true
  last=$("$shared/tools/score-conflicts" "$src/tests/data/conflicts/topic_$topic.expect.json" "$dir" \
           -- "$dir.out/claims.jsonl" "$dir.out/conflicts.jsonl" | tail -1)
  echo "topic_$topic: $last"
  found=$(sed -n 's/.*found \([0-9]*\)\/.*/\1/p' <<<"$last")
  alarms=$(sed -n 's/.*false alarms \([0-9]*\)\/.*/\1/p' <<<"$last")
  check "topic_$topic: false alarms" "$alarms" '<=' 0
  case $topic in
    naver_2019q3 | naver_2019q2 | samsungelec_2019q1) check "topic_$topic: true conflicts found" "$found" '>=' 1 ;;
    samsungfire_2018) check "topic_$topic: true conflicts found" "$found" '>=' 2 ;;
  esac
done
# Synthetic topic sets (tests/data/conflicts/synthetic_*: articles written
# for the test on two official releases, with planted conflicts).
for set in synthetic_employment_2019m05:4 synthetic_deaths_2018:3; do
  name=${set%%:*} floor=${set##*:}
  "$suchi" --rules "$src/rules" run "$src/tests/data/conflicts/$name" --out "$work/$name.out" -q || true
  last=$("$shared/tools/score-conflicts" "$src/tests/data/conflicts/$name/expect.json" "$src/tests/data/conflicts/$name" \
           -- "$work/$name.out/claims.jsonl" "$work/$name.out/conflicts.jsonl" | tail -1)
  echo "$name: $last"
  check "$name: true conflicts found" "$(sed -n 's/.*found \([0-9]*\)\/.*/\1/p' <<<"$last")" '>=' "$floor"
  check "$name: false alarms" "$(sed -n 's/.*false alarms \([0-9]*\)\/.*/\1/p' <<<"$last")" '<=' 0
done
exit $fail
