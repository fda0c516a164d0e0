"""Tests of the pieces of the Dask pipeline (contrib/dask/suchi_dask.py): the
inputs are listed in suchi's order with their metadata; the records of a
partition read through `suchi extract -` give the claims of `suchi extract`
on the files (UTF-8 with a byte-order mark, CP949, JSON Lines with and
without ids, cut into chunks); the map's buckets through the reducers give
`suchi run --all-conflicts`' conflicts, in its order once sorted; and the
whole pipeline on an in-process Dask cluster (skipped without
python3-distributed). Run by ctest (python_module); the CLI is
$SUCHI_BINARY.
"""

import json
import os
import pathlib
import random
import subprocess
import sys

import pytest

SOURCE = pathlib.Path(__file__).resolve().parents[2]
SEEDS = SOURCE / "seeds"
BINARY = os.environ.get("SUCHI_BINARY", str(SOURCE / "build" / "suchi"))
SUCHI = [BINARY, "--rules", str(SOURCE / "rules")]
sys.path.insert(0, str(SOURCE / "contrib" / "dask"))

import suchi_dask  # noqa: E402


def cli(*args, stdin=None):
    return subprocess.run([*SUCHI, *args], input=stdin, capture_output=True, check=True).stdout


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    cli("run", "-q", "--all-conflicts", str(SEEDS), "--out", str(out))
    return out


@pytest.fixture
def mixed(tmp_path):
    """A tree of every input kind: seeds, a UTF-8 file with a BOM, a CP949
    file, a sub-folder with its own meta.jsonl, JSON Lines with and without
    ids (a blank line among them)."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for p in sorted(SEEDS.iterdir()):
        (root / p.name).write_bytes(p.read_bytes())
    text = "한국은 72억5,000만 달러를 투자했다.\n\n일본은 \"50억 달러\"를 투자했다.\t끝\n"
    (root / "sub" / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ("제목\n\n" + text).encode("utf-8"))
    (root / "sub" / "euc.txt").write_bytes(("투자 소식\n\n" + text).encode("cp949"))
    (root / "sub" / "meta.jsonl").write_text(
        json.dumps({"id": "euc", "published": "2019-05-02", "outlet": "한겨레"}) + "\n", encoding="utf-8")
    lines = [json.dumps({"id": "j1", "title": "제목", "body": text, "published": "2024-04-17"}),
             json.dumps({"title": "무제", "body": "미국은 3조 달러를 투자했다."}, ensure_ascii=False),
             "",
             json.dumps({"id": 7, "text": "제목\n\n" + text}, ensure_ascii=False)]
    (root / "sub" / "z.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_inputs_are_listed_in_suchis_order_with_their_metadata():
    units, errors = suchi_dask.list_inputs([str(SEEDS)])
    assert errors == []
    ids = [u[2] for u in units]
    assert ids == sorted(p.stem for p in SEEDS.glob("*.txt"))
    articles = []
    for line in cli("extract", "-q", str(SEEDS)).splitlines():
        a = json.loads(line)["article"]
        if not articles or articles[-1] != a:
            articles.append(a)
    assert [i for i in ids if i in articles] == articles
    assert units[1][3]["outlet"] == "경향신문"  # from seeds/meta.jsonl
    assert "evidence" not in units[1][3]


def test_records_through_extract_give_the_claims_of_the_files(mixed):
    want = cli("extract", "-q", str(mixed))
    assert b'"article":"sub/euc"' in want and b'"article":"7"' in want
    assert ("sub/z.jsonl:2").encode() in want  # the id of a record without one
    for chunk in (1 << 20, 100):  # whole files, and .jsonl cut at every line or so
        units, errors = suchi_dask.list_inputs([str(mixed)], chunk_bytes=chunk)
        assert errors == []
        got = b"".join(suchi_dask.map_partition(part, SUCHI, 1)[0]
                       for part in suchi_dask.partition(units, 3))
        assert got == want


def test_the_python_module_as_the_map_gives_the_same_claims(mixed):
    units, _ = suchi_dask.list_inputs([str(mixed)], chunk_bytes=100)
    claims, _, stderr, code, _ = suchi_dask.map_partition(units, SUCHI, 2, engine="module",
                                                          rules=str(SOURCE / "rules"))
    assert code == 0, stderr
    assert claims == cli("extract", "-q", str(mixed))


def test_partitions_are_contiguous_and_balanced():
    units = [("txt", f"p{i}", f"a{i}", {}, size) for i, size in enumerate([5, 1, 1, 1, 5, 1, 1, 1])]
    parts = suchi_dask.partition(units, 2)
    assert [u for p in parts for u in p] == units
    assert [sum(u[-1] for u in p) for p in parts] == [8, 8]
    assert len(suchi_dask.partition(units, 20)) == len(units)
    assert suchi_dask.partition([], 4) == []


def test_buckets_through_the_reducers_give_the_runs_conflicts(seeds_run):
    want = (seeds_run / "conflicts.jsonl").read_bytes()
    assert want
    units, _ = suchi_dask.list_inputs([str(SEEDS)])
    maps = [suchi_dask.map_partition(p, SUCHI, 3) for p in suchi_dask.partition(units, 2)]
    assert b"".join(m[0] for m in maps) == (seeds_run / "claims.jsonl").read_bytes()
    found = []
    for r in range(3):
        lines, stderr, code, cpu = suchi_dask.reduce_groups(SUCHI, [], *[m[1][r] for m in maps])
        assert cpu[0] > 0  # suchi's CPU seconds, measured
        assert code == 0, stderr
        found.extend(lines)
    found.sort(key=suchi_dask.conflict_order)
    assert b"".join(line + b"\n" for line in found) == want


def test_conflict_order_is_suchis():
    lines = [json.dumps(c).encode() for c in [
        {"articles": 2, "confidence": 0.9, "severity": "low", "key": "b", "claims": ["x"], "kind": "k"},
        {"articles": 3, "confidence": 0.9, "severity": "low", "key": "b", "claims": ["x"], "kind": "k"},
        {"articles": 3, "confidence": 0.9, "severity": "high", "key": "b", "claims": ["x"], "kind": "k"},
        {"articles": 2, "confidence": 0.95, "severity": "low", "key": "b", "claims": ["x"], "kind": "k"},
        {"articles": 1, "confidence": 1.0, "severity": "high", "key": "a", "claims": ["x"], "kind": "k"},
        {"articles": 2, "confidence": 0.9, "severity": "low", "key": "a", "claims": ["y"], "kind": "k"},
        {"articles": 2, "confidence": 0.9, "severity": "low", "key": "a", "claims": ["x", "y"], "kind": "k"},
    ]]
    want = [lines[i] for i in (3, 2, 1, 6, 5, 0, 4)]
    shuffled = lines[:]
    random.Random(1).shuffle(shuffled)
    assert sorted(shuffled, key=suchi_dask.conflict_order) == want


def test_the_pipeline_on_a_dask_cluster_writes_the_runs_files(seeds_run, tmp_path):
    distributed = pytest.importorskip("distributed", reason="python3-distributed is not installed")
    args = suchi_dask.parse_args([str(SEEDS), "--out", str(tmp_path), "--suchi", BINARY,
                                  "--rules", str(SOURCE / "rules"), "--partitions", "3",
                                  "--reducers", "2", "-q"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        rc, figures = suchi_dask.run(args, client)
    assert rc == 0
    assert figures["map_partitions"] == 3
    for name in ("claims.jsonl", "conflicts.jsonl"):
        assert (tmp_path / name).read_bytes() == (seeds_run / name).read_bytes(), name


def test_articles_jsonl_is_the_maps_input(mixed, tmp_path):
    out = tmp_path / "articles.jsonl"
    assert suchi_dask.main([str(mixed), "--articles-jsonl", str(out)]) == 0
    assert cli("extract", "-q", "-", stdin=out.read_bytes()) == cli("extract", "-q", str(mixed))


def test_a_bad_article_is_named_by_its_file_and_stops_nothing(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("제목\n\n한국은 72억5,000만 달러를 투자했다.\n", encoding="utf-8")
    (root / "b.jsonl").write_text('{"id":"x"}\nnot json\n', encoding="utf-8")
    (root / "c.txt").write_text(" \n", encoding="utf-8")
    units, errors = suchi_dask.list_inputs([str(root)])
    assert errors == []
    claims, _, stderr, code, _ = suchi_dask.map_partition(units, SUCHI, 1)
    assert code == 2
    assert f"{root}/b.jsonl:1: record has no" in stderr, stderr
    assert f"{root}/b.jsonl:2: not valid JSON" in stderr, stderr
    assert f"{root}/c.txt: " in stderr, stderr
    assert "stdin" not in stderr
    assert claims == cli("extract", "-q", str(root / "a.txt"))
