#!/usr/bin/env python3
"""Draws the articles of the hand-made attribution gold at random with a fixed
seed, so the sample is reproducible and not chosen by what the tool does well:
16 per corpus folder, then a second round of 12 more per folder from the rest.
Ids are those of ../shared/tools/corpus-layout (hs_, kw_, sn_ + file name).
usage: sample.py SHARED_DIR > articles.txt"""
import os, random, sys

SEED = 20261201
ROUNDS = (16, 12)
FOLDERS = (("hs", "hanseok_naver2019"), ("kw", "kowikinews"), ("sn", "scinews50"))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
rng = random.Random(SEED)
left = {p: sorted(f for f in os.listdir(os.path.join(shared, "corpus", d)) if f.endswith(".txt"))
        for p, d in FOLDERS}
for n in ROUNDS:
    for prefix, _ in FOLDERS:
        drawn = rng.sample(left[prefix], n)
        left[prefix] = [f for f in left[prefix] if f not in set(drawn)]
        for f in sorted(drawn):
            print(f"{prefix}_{f[:-4]}")
