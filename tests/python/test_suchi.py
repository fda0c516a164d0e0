"""Tests of the Python module: its claims and conflicts are the CLI's, byte
for byte once parsed; extract_many is lazy; to_pandas flattens; the store
opens read-only; rules are found as the CLI finds them. Run by ctest
(python_module) with the built module first on PYTHONPATH; the CLI is
$SUCHI_BINARY (set by ctest) and the seeds are those of this source tree.
"""

import json
import os
import pathlib
import subprocess
import sys

import pytest

import suchi

SOURCE = pathlib.Path(__file__).resolve().parents[2]
SEEDS = SOURCE / "seeds"
BINARY = os.environ.get("SUCHI_BINARY", str(SOURCE / "build" / "suchi"))


def seed_records(limit=5):
    """The seed articles as JSON Lines records: id, whole text, metadata."""
    meta = {}
    for line in (SEEDS / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            meta[m["id"]] = m
    records = []
    for path in sorted(SEEDS.glob("*.txt"))[:limit]:
        record = dict(meta.get(path.stem, {}), id=path.stem)
        record["text"] = path.read_text(encoding="utf-8-sig")
        records.append(record)
    return records


def cli(*args, stdin=None):
    done = subprocess.run([BINARY, *args], input=stdin, capture_output=True, check=True)
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines() if line]


def test_extract_reads_the_issue_example():
    claims = suchi.extract("한국은 72억5,000만 달러를 투자했다.")
    assert claims[0]["value"] == 7250000000
    assert isinstance(claims[0]["value"], int)
    assert claims[0]["unit"]["kind"] == "currency"
    assert claims[0]["article"] == "text"


def test_extract_is_the_record_the_cli_reads(tmp_path):
    body = "삼성전자의 2023년 매출은 258조9,355억원으로 전년보다 14.3% 줄었다."
    record = {"id": "a1", "title": "삼성전자 매출 감소", "body": body, "published": "2024-01-31"}
    (tmp_path / "one.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    expected = cli("extract", "-q", str(tmp_path / "one.jsonl"))
    assert expected
    got = suchi.extract(body, title="삼성전자 매출 감소", published="2024-01-31", id="a1")
    assert got == expected


def test_extract_many_equals_the_cli_on_the_seeds(tmp_path):
    records = seed_records()
    path = tmp_path / "seeds.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    expected = cli("extract", "-q", str(path))
    assert len(expected) > 50
    assert list(suchi.extract_many(records)) == expected
    # A JSON Lines line is a record too.
    lines = path.read_text(encoding="utf-8").splitlines()
    assert list(suchi.extract_many(lines)) == expected


def test_extract_many_is_lazy():
    taken = []

    def records():
        for r in seed_records():
            taken.append(r["id"])
            yield r

    claims = suchi.extract_many(records())
    assert taken == []
    first = next(claims)
    assert taken == [first["article"]]


def test_extract_many_names_a_record_without_id():
    claims = list(suchi.extract_many([{"body": "인구는 5,000만명이다."}]))
    assert claims and claims[0]["article"] == "records:1"


def test_bad_records_raise_value_error_naming_them():
    with pytest.raises(ValueError, match="records:2"):
        list(suchi.extract_many([{"body": "3명"}, {"title": "no body"}]))
    with pytest.raises(ValueError, match="empty"):
        suchi.extract("   ")


def test_conflicts_equal_the_cli(tmp_path):
    claims = list(suchi.extract_many(seed_records(limit=100)))
    grouped = sorted((c for c in claims if c["group"]), key=lambda c: c["group"])
    stdin = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in grouped).encode("utf-8")
    expected = cli("conflicts", "-q", "-", stdin=stdin)
    assert expected, "the seeds hold conflicts"
    assert suchi.conflicts(claims) == expected
    assert suchi.conflicts(claims, min_confidence=1.0) == []


def test_flatten_gives_every_row_the_same_columns():
    rows = suchi.flatten([{"value": 1, "value_max": None, "basis": None, "unit": {"kind": "count"}},
                          {"value": 2, "value_max": 3, "basis": {"per": 10000, "text": "만명당"},
                           "unit": {"kind": "percent"}, "sides": [{"value": 1}]}])
    assert list(rows[0]) == ["value", "value_max", "unit_kind", "basis_per", "basis_text", "sides"]
    assert rows[0]["basis_per"] is None and rows[1]["basis_per"] == 10000
    assert rows[1]["sides"] == [{"value": 1}]


def test_to_pandas_flattens_claims():
    pandas = pytest.importorskip("pandas")
    frame = suchi.to_pandas(suchi.extract("한국은 72억5,000만 달러를 투자했다."))
    assert isinstance(frame, pandas.DataFrame)
    assert frame.loc[0, "unit_kind"] == "currency"
    assert frame.loc[0, "value"] == 7250000000
    assert "unit" not in frame.columns and "flags_headline" in frame.columns


def test_to_pandas_without_pandas_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="needs pandas"):
        suchi.to_pandas([])


def test_store_reads_what_the_cli_stored(tmp_path):
    out = tmp_path / "out"
    subprocess.run([BINARY, "run", "-q", str(SEEDS), "--out", str(out)], check=True)
    stored = sorted((json.loads(l) for l in (out / "claims.jsonl").read_text(
        encoding="utf-8").splitlines()), key=lambda c: c["id"])
    with suchi.open_store(out / "suchi.db") as store:
        assert store.claim_count() == len(stored)
        assert sorted(store.claims(), key=lambda c: c["id"]) == stored
        first = stored[0]
        assert first in store.article_claims(first["article"])
        keys = store.keys()
        assert keys == sorted(keys) and first["key"] in keys
        group = "/".join(first["key"].split("/")[:2])
        assert first in store.group_claims(group)
    with pytest.raises(ValueError, match="closed"):
        store.claims()


def test_store_is_not_created_by_opening(tmp_path):
    with pytest.raises(ValueError, match="cannot open"):
        suchi.open_store(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_rules_are_the_source_trees_and_can_be_chosen(tmp_path, monkeypatch):
    monkeypatch.delenv("SUCHI_RULES", raising=False)
    assert pathlib.Path(suchi.rules_dir()).resolve() == (SOURCE / "rules").resolve()
    text = "한국은 72억5,000만 달러를 투자했다."
    assert suchi.extract(text, rules=str(SOURCE / "rules")) == suchi.extract(text)
    with pytest.raises(ValueError):
        suchi.extract(text, rules=str(tmp_path))
    monkeypatch.setenv("SUCHI_RULES", str(tmp_path))
    assert suchi.rules_dir() == str(tmp_path)
