#!/usr/bin/env python3
"""Audit of the unit table against the corpus: which words glued after a
number does the grammar not read as a unit?

Runs `suchi numbers --with-time` over ../shared/corpus, finds every run of
digits followed at once by Hangul ("9경기", "3체의", "2아웃"), and counts
the word (the Hangul run without the scale words and 여 that continue the
number, and without a trailing particle of rules/numbers/words.tsv)
wherever no quantity with a unit covers it; a case particle after a number
(3의, 2019에서) is no word. Words that are unit
texts of rules/numbers/units.tsv are not counted (read elsewhere, or
blocked here on purpose by a guard).

usage: unit_audit.py SUCHI [--top N] [--check]
  prints the unknown words by frequency: count, word, one example;
  --check fails (exit 1) when one of the top N (default 100) is neither a
  unit nor listed in tests/data/numbers/not_units.tsv (word TAB reason).
Exit 77 (skipped) when ../shared/corpus is missing.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
SHARED = os.environ.get("SUCHI_SHARED", os.path.join(SRC, "..", "shared"))
SCALE = "십백천만억조경"
# Case particles and endings: a bare number before them (3의, 2019에서,
# 15이다) has no word after it.
CASE = {"은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "으로", "와", "과", "만",
        "까지", "부터", "에서", "에게", "보다", "처럼", "이나", "나", "이다", "였", "이었", "라",
        "이라", "에는", "에도", "으로는", "로는", "이던", "이고", "이며", "며", "과의", "와의"}
GLUED = re.compile(r"(?<![0-9A-Za-z.,])[0-9][0-9,.]*([가-힣]+)")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    top = 100
    if "--top" in sys.argv:
        top = int(sys.argv[sys.argv.index("--top") + 1])
        args = [a for a in args if a != str(top)]
    corpus = os.path.join(SHARED, "corpus")
    if not os.path.isdir(corpus):
        print(f"skipped: {corpus} is missing")
        return 77
    rules = os.path.join(SRC, "rules", "numbers")
    units = {r[1] for r in rows(os.path.join(rules, "units.tsv"))}
    particles = sorted((r[2] for r in rows(os.path.join(rules, "words.tsv")) if r[1] == "particle"),
                       key=len, reverse=True)
    not_units = {r[0]: r[1] for r in rows(os.path.join(HERE, "data", "numbers", "not_units.tsv"))}

    dirs = sorted(os.path.join(corpus, d) for d in os.listdir(corpus)
                  if os.path.isdir(os.path.join(corpus, d)))
    counts, example = collections.Counter(), {}
    for d in dirs:  # one run per folder: article ids repeat across folders
        out = subprocess.run([args[0], "--rules", os.path.join(SRC, "rules"), "numbers",
                              "--with-time", "-q", d], check=True, capture_output=True).stdout
        # Code point spans of the quantities that carry a unit, per article.
        covered = collections.defaultdict(list)
        for line in out.decode("utf-8").splitlines():
            q = json.loads(line)
            if q["unit"]["kind"] != "none" or q["unit"].get("id"):
                covered[q["article"]].append((q["char_start"], q["char_end"]))
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            spans = covered.get(name[:-4], [])
            for m in GLUED.finditer(text):
                at = m.start(1)
                if any(b <= at < e for b, e in spans):
                    continue
                word = m.group(1).lstrip(SCALE)  # 200만, 4천만원: a number goes on
                if word.startswith("여"):  # 100여 명
                    word = word[1:]
                if not word or word in CASE or word in units:
                    continue
                for p in particles:
                    if len(word) > len(p) and word.endswith(p):
                        word = word[: -len(p)]
                        break
                if word in units:
                    continue
                counts[word] += 1
                example.setdefault(word, m.group(0))

    missing = []
    for rank, (word, n) in enumerate(counts.most_common(), 1):
        status = "not a unit" if word in not_units else "?"
        if rank <= top and word not in not_units:
            missing.append(word)
        if "--check" not in sys.argv or rank <= top:
            print(f"{rank}\t{n}\t{word}\t{example[word]}\t{status}")
    if "--check" in sys.argv and missing:
        print(f"FAIL: {len(missing)} of the top {top} are neither units nor in "
              f"tests/data/numbers/not_units.tsv: {' '.join(missing)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
