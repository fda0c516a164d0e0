#!/usr/bin/env python3
"""Draw 24 articles, 8 per prefix (hs, kw, sn), from /tmp/corpus, seed 20261203,
excluding ids already in the first, second and third golds' articles.txt
(../attribution, ../attribution2, ../attribution3), files < 400 bytes, and
files with neither an ASCII/full-width digit nor a Korean numeral word.

The corpus has only 50 sn_ articles and the earlier golds hold 46 of them, so
a prefix whose pool is smaller than 8 gives all it has (sn: 4) and its
shortfall is drawn from the other prefixes in turn (hs, kw, hs, kw): 10 hs,
10 kw, 4 sn."""
import os, random, re
CORPUS = os.environ.get("CORPUS", "/tmp/corpus")  # ../shared/tools/corpus-layout output
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ("hs", "kw", "sn")
PER_PREFIX = 8
USED = set()
for g in ("attribution", "attribution2", "attribution3"):
    USED |= {l.strip() for l in open(os.path.join(HERE, "..", g, "articles.txt")) if l.strip()}
KNUM = re.compile(r"(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|스물|서른|마흔|쉰|예순|일흔|여든|아흔|"
                  r"(?<![가-힣])(?:한|두|세|네|열)\s?(?:번|명|개|가지|차례|곳|살|시간|달|해|배|권|대|척|마리|채|건|편|째)|"
                  r"[일이삼사오육칠팔구십백천만억조]+(?:만|억|조)\s?(?:원|달러|명))")
def eligible(path):
    b = open(path, "rb").read()
    if len(b) < 400:
        return False
    t = b.decode("utf-8")
    return bool(re.search(r"[0-9０-９]", t) or KNUM.search(t))
pools = {}
for p in PREFIXES:
    ids = sorted(f[:-4] for f in os.listdir(CORPUS) if f.startswith(p + "_") and f.endswith(".txt"))
    pools[p] = [i for i in ids if i not in USED and eligible(os.path.join(CORPUS, i + ".txt"))]
quota = {p: min(PER_PREFIX, len(pools[p])) for p in PREFIXES}
short = PER_PREFIX * len(PREFIXES) - sum(quota.values())
while short > 0:
    moved = False
    for p in PREFIXES:
        if short > 0 and quota[p] < len(pools[p]) and len(pools[p]) >= PER_PREFIX:
            quota[p] += 1
            short -= 1
            moved = True
    if not moved:
        break
rng = random.Random(20261203)
out = []
for p in PREFIXES:
    out += sorted(rng.sample(pools[p], quota[p]))
print("\n".join(out))
