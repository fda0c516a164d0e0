#!/usr/bin/env python3
"""Draw 20 articles, 10 per prefix (hs, kw), from /tmp/corpus, seed 20261206,
excluding ids already in the first to fifth golds' articles.txt
(../attribution, ../attribution2, ../attribution3, ../attribution4,
../attribution5), files < 400 bytes, and files with neither an ASCII/full-width
digit nor a Korean numeral word.

The corpus has only 50 sn_ articles and the earlier golds hold all of them, so
no sn_ article is drawn (the script checks that the sn_ pool is empty) and the
20 are split evenly between hs and kw."""
import os, random, re, sys
CORPUS = os.environ.get("CORPUS", "/tmp/corpus")  # ../shared/tools/corpus-layout output
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIXES = ("hs", "kw")
PER_PREFIX = 10
USED = set()
for g in ("attribution", "attribution2", "attribution3", "attribution4", "attribution5"):
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
def pool(p):
    ids = sorted(f[:-4] for f in os.listdir(CORPUS) if f.startswith(p + "_") and f.endswith(".txt"))
    return [i for i in ids if i not in USED and eligible(os.path.join(CORPUS, i + ".txt"))]
if pool("sn"):
    sys.exit("sn_ pool not empty: " + " ".join(pool("sn")))
rng = random.Random(20261206)
out = []
for p in PREFIXES:
    out += sorted(rng.sample(pool(p), PER_PREFIX))
print("\n".join(out))
