#!/usr/bin/env python3
"""suchi on Dask distributed: extraction as a map, the conflict check as a reduce.

    suchi_dask.py INPUT... --out DIR [--scheduler ADDRESS] [--partitions N]
    suchi_dask.py INPUT... --articles-jsonl FILE   # the map's input, for Hadoop or Spark

writes DIR/claims.jsonl and DIR/conflicts.jsonl, byte for byte those of
``suchi run --all-conflicts INPUT... --out DIR`` on one machine (a fresh
store: every conflict among the claims of the batch).

- **Inputs** are listed on the driver in the order suchi reads them
  (directories recursively, each folder's entries by name; .txt articles
  with their folder's meta.jsonl; .jsonl records) and cut into N contiguous
  partitions of about equal bytes (a large .jsonl file is split at line
  boundaries). Workers read the files themselves: on a real cluster the
  inputs must be at the same paths on every worker (a shared file system).
- **Map:** each partition becomes JSON Lines records ({"id", "text",
  "published", ...}: a .txt file's whole text, read as suchi reads the file)
  piped through ``suchi extract -`` (or, with ``--engine module``, extracted
  in the worker by the Python module: the same claim lines). Its claims stay on the worker; each claim
  with a ``group`` goes to reduce partition crc32(group) mod R.
- **Shuffle and reduce:** each reduce partition sorts its claims by group
  and pipes them through ``suchi conflicts -``, which checks one group at a
  time (memory bounded by the largest group). Claims of two groups never
  meet in a conflict, so the union of the reducers' conflicts is the whole
  check's.
- **Write:** the driver writes the partitions' claims in input order, and the
  conflicts in suchi's order (SortConflicts in src/conflict.cc: cross-article
  first, then confidence, articles, severity, key, claims, kind).

Without ``--scheduler`` a LocalCluster of ``--workers`` processes (one
thread each) runs it; with an address (``tcp://host:8786``) the same graph
runs on that cluster, whose workers need the ``suchi`` binary (``--suchi``)
and its rules. Exit status: 0, or 2 when an article or a stage failed (the
files are still written from what was extracted, as ``suchi run`` does).

Not supported: ``-`` (stdin) as an input, and UTF-16 .txt files without a
byte-order mark (give such articles as .jsonl).
"""

import argparse
import json
import operator
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib

META_FILE = "meta.jsonl"
META_FIELDS = ("published", "outlet", "url", "author")
SEVERITY_RANK = {"high": 0, "medium": 1}
BOM = b"\xef\xbb\xbf"


# ---- listing the inputs (the driver) ----

def _string_field(record, key):
    """suchi's StringField: a string as is, a number printed, else ""."""
    v = record.get(key)
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return json.dumps(v)
    return ""


def read_meta(folder, errors):
    """Returns {file stem: {field: raw JSON value}} of folder's meta.jsonl."""
    path = os.path.join(folder or ".", META_FILE)
    out = {}
    try:
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
    except OSError:
        return out
    for n, line in enumerate(lines, 1):
        line = line.rstrip(b"\r")
        if not line.strip(b" \t"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        mid = _string_field(record, "id") if isinstance(record, dict) else ""
        if not mid:
            errors.append(f'{path}:{n}: metadata line is not a JSON object with an "id"')
            continue
        out[mid] = {k: record[k] for k in META_FIELDS if k in record}
    return out


class Lister:
    """Lists articles as suchi's input reader does (src/input.h), as units:
    ("txt", path, id, meta, size) or ("jsonl", path, offset, length,
    first_line, size)."""

    def __init__(self, chunk_bytes):
        self.chunk_bytes = chunk_bytes
        self.units, self.errors = [], []
        self._meta = {}

    def add(self, path):
        if path == "-":
            raise SystemExit("suchi_dask: stdin (-) is not an input of a distributed run: "
                             "give files or folders")
        if not os.path.exists(path):
            self.errors.append(f"{path}: no such file or directory")
        elif os.path.isdir(path):
            st = os.stat(path)
            self._walk(path, "", [(st.st_dev, st.st_ino)])
        elif os.path.basename(path) == META_FILE:
            self.errors.append(f"{path}: meta.jsonl holds article metadata, not articles")
        elif path.endswith(".jsonl") and os.path.splitext(path)[1] == ".jsonl":
            self._jsonl(path)
        else:
            self._txt(path, os.path.splitext(os.path.basename(path))[0])

    def _walk(self, folder, rel, stack):
        try:
            names = sorted(os.listdir(folder), key=os.fsencode)
        except OSError as e:
            self.errors.append(f"{folder}: cannot list directory: {e.strerror}")
            return
        for name in names:
            path = os.path.join(folder, name)
            ext = os.path.splitext(name)[1]
            if name != META_FILE and ext in (".txt", ".jsonl") and os.path.isfile(path):
                if ext == ".txt":
                    self._txt(path, rel + os.path.splitext(name)[0])
                else:
                    self._jsonl(path)
            elif os.path.isdir(path):
                st = os.stat(path)
                key = (st.st_dev, st.st_ino)
                if key in stack:
                    self.errors.append(f"{path}: symlink loop (a folder inside itself)")
                    continue
                self._walk(path, rel + name + "/", stack + [key])

    def _txt(self, path, article_id):
        folder = os.path.dirname(path)
        if folder not in self._meta:
            self._meta[folder] = read_meta(folder, self.errors)
        meta = self._meta[folder].get(os.path.splitext(os.path.basename(path))[0], {})
        self.units.append(("txt", path, article_id, meta, os.path.getsize(path)))

    def _jsonl(self, path):
        """Cuts a .jsonl file into chunks of about chunk_bytes at line ends,
        each with the number of its first line (ids of records without one)."""
        size = os.path.getsize(path)
        offset, line = 0, 1
        with open(path, "rb") as f:
            while offset < size:
                f.seek(min(offset + self.chunk_bytes, size))
                f.readline()  # to the end of the line the cut falls in
                end = min(f.tell(), size)
                f.seek(offset)
                lines, left = 0, end - offset
                while left > 0:
                    block = f.read(min(left, 1 << 20))
                    lines += block.count(b"\n")
                    left -= len(block)
                self.units.append(("jsonl", path, offset, end - offset, line, end - offset))
                offset, line = end, line + lines


def list_inputs(inputs, chunk_bytes=32 << 20):
    """Returns (units, errors) of the inputs, in suchi's order."""
    lister = Lister(chunk_bytes)
    for path in inputs:
        lister.add(path)
    return lister.units, lister.errors


def partition(units, n):
    """Cuts units into at most n contiguous partitions of about equal bytes."""
    total = sum(u[-1] for u in units) or 1
    parts, current, done = [], [], 0
    for u in units:
        current.append(u)
        done += u[-1]
        if done * n >= total * (len(parts) + 1) and len(parts) < n - 1:
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


# ---- map: articles -> suchi extract - (a worker) ----

_JSON_ESCAPES = {bytes([b]): b"\\u%04x" % b for b in range(0x20)}
_JSON_ESCAPES.update({b'"': b'\\"', b"\\": b"\\\\"})
_JSON_SPECIAL = re.compile(rb'[\x00-\x1f"\\]')


def _json_string_of_bytes(data):
    """A JSON string of raw bytes: only the ASCII bytes that JSON escapes are
    escaped, every other byte is kept, so suchi decodes (and detects the
    encoding of) the record's line as it would the file's bytes."""
    return b'"' + _JSON_SPECIAL.sub(lambda m: _JSON_ESCAPES[m.group()], data) + b'"'


def txt_record(path, article_id, meta):
    """The JSON Lines record of a .txt article: its whole text and its
    metadata. The text is the file's bytes (a UTF-8 byte-order mark dropped,
    UTF-16 with one decoded), and the rest of the line is ASCII, so that the
    line is decoded as the file is: UTF-8, or CP949 when that is what it is."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(BOM):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            pass
    head = json.dumps(dict(meta, id=article_id), ensure_ascii=True).encode("ascii")
    return head[:-1] + b', "text": ' + _json_string_of_bytes(data) + b"}"


def jsonl_records(path, offset, length, first_line):
    """The records of a chunk of a .jsonl file, one line each, with the
    place each comes from ("PATH:LINE"); a record without an id gets that
    place as its id, as suchi gives it."""
    with open(path, "rb") as f:
        f.seek(offset)
        data = f.read(length)
    lines = data.split(b"\n")
    if data.endswith(b"\n"):
        lines.pop()
    for n, line in enumerate(lines, first_line):
        line = line.rstrip(b"\r")
        if n == 1 and line.startswith(BOM):
            line = line[3:]
        if not line.strip(b" \t"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None  # not UTF-8 JSON: suchi decodes and judges it
        if isinstance(record, dict) and record.get("id") is None:
            record["id"] = f"{path}:{n}"
            line = json.dumps(record, ensure_ascii=True).encode("ascii")
        yield f"{path}:{n}", line


def partition_records(part):
    """The JSON Lines input of `suchi extract -` for one partition: (the
    place a record comes from, the record's line)."""
    for unit in part:
        if unit[0] == "txt":
            yield unit[1], txt_record(unit[1], unit[2], unit[3])
        else:
            yield from jsonl_records(unit[1], unit[2], unit[3], unit[4])


def claim_group(line):
    """The shuffle key of a claims.jsonl line: its "group", or None."""
    return json.loads(line).get("group")


def _children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def extract_with_module(part, rules):
    """The claims of a partition through the Python module (`import suchi`,
    its extension's extract_record: the CLI's claim lines): (claims bytes,
    error text, exit code)."""
    import suchi
    rule_set = suchi._rule_set(rules)
    out, errors = [], []
    for place, record in partition_records(part):
        try:
            _, lines, _ = suchi._suchi.extract_record(rule_set, record, place)
        except ValueError as e:
            errors.append(f"suchi: error: {e}\n")
            continue
        out.extend(line.encode("utf-8") + b"\n" for line in lines)
    return b"".join(out), "".join(errors), 2 if errors else 0


def map_partition(part, suchi, reducers, extra=(), engine="cli", rules=None):
    """Extracts a partition's claims with `suchi extract -` (engine "cli") or
    the Python module ("module"). Returns (claims bytes, [R lists of (group,
    line)], stderr text, exit code, (CPU seconds of suchi, of this
    function's Python))."""
    own, child = time.process_time(), _children_cpu()
    if engine == "module":
        claims, stderr, code = extract_with_module(part, rules)
    else:
        places = []
        with tempfile.TemporaryFile() as stdin:
            for place, record in partition_records(part):
                places.append(place)
                stdin.write(record)
                stdin.write(b"\n")
            stdin.seek(0)
            done = subprocess.run([*suchi, "extract", "-q", "-j", "1", *extra, "-"], stdin=stdin,
                                  capture_output=True)
        claims, code = done.stdout, done.returncode
        # Messages name the line of stdin: name the file (and line) instead.
        stderr = re.sub(r"\bstdin:(\d+)", lambda m: _place(places, int(m.group(1))),
                        done.stderr.decode("utf-8", "replace"))
    child = _children_cpu() - child
    buckets = [[] for _ in range(reducers)]
    for line in claims.splitlines():
        group = claim_group(line)
        if group is not None:
            key = group.encode("utf-8")
            buckets[zlib.crc32(key) % reducers].append((key, line))
    return claims, buckets, stderr, code, (child, time.process_time() - own)


def _place(places, n):
    return places[n - 1] if 0 < n <= len(places) else f"stdin:{n}"


# ---- reduce: claims by group -> suchi conflicts - (a worker) ----

def reduce_groups(suchi, extra, *buckets):
    """Checks the claims of some groups (lists of (group, line) from every
    map partition) with `suchi conflicts -`, fed group by group. Returns
    (conflict lines, stderr text, exit code, (CPU seconds of suchi, of
    this function's Python))."""
    own, child = time.process_time(), _children_cpu()
    pairs = [p for b in buckets for p in b]
    pairs.sort(key=operator.itemgetter(0))  # stable; order within a group is free
    with tempfile.TemporaryFile() as stdin:
        for _, line in pairs:
            stdin.write(line)
            stdin.write(b"\n")
        stdin.seek(0)
        done = subprocess.run([*suchi, "conflicts", "-q", *extra, "-"], stdin=stdin,
                              capture_output=True)
    child = _children_cpu() - child
    return (done.stdout.splitlines(), done.stderr.decode("utf-8", "replace"), done.returncode,
            (child, time.process_time() - own))


def conflict_order(line):
    """The sort key of a conflicts.jsonl line: SortConflicts (src/conflict.cc)."""
    c = json.loads(line)
    return (0 if c["articles"] > 1 else 1, -c["confidence"], -c["articles"],
            SEVERITY_RANK.get(c["severity"], 2), c["key"].encode("utf-8"),
            [i.encode("utf-8") for i in c["claims"]], c["kind"])


# ---- the driver ----

def find_suchi(given):
    if given:
        return given
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "..", "build", "suchi")
    return shutil.which("suchi") or os.path.normpath(built)


def run(args, client):
    """Runs the pipeline on `client`; returns (exit code, figures)."""
    t0 = time.monotonic()
    units, errors = list_inputs(args.inputs)
    workers = len(client.scheduler_info()["workers"]) or 1
    nmap = args.partitions or 2 * workers
    nreduce = args.reducers or workers
    parts = partition(units, nmap)
    suchi = [find_suchi(args.suchi)] + (["--rules", args.rules] if args.rules else [])
    extract_extra = ["--encoding", args.encoding] + (
        ["--id-prefix", args.id_prefix] if args.id_prefix else [])
    check_extra = [] if args.min_confidence is None else ["--min-confidence", str(args.min_confidence)]

    maps = [client.submit(map_partition, p, suchi, nreduce, extract_extra, args.engine, args.rules,
                          pure=False) for p in parts]
    claims = [client.submit(operator.itemgetter(0), m, pure=False) for m in maps]
    notes = [client.submit(operator.itemgetter(2, 3, 4), m, pure=False) for m in maps]
    buckets = [[client.submit(lambda r, i=i: r[1][i], m, pure=False) for i in range(nreduce)]
               for m in maps]
    reduces = [client.submit(reduce_groups, suchi, check_extra, *[b[i] for b in buckets], pure=False)
               for i in range(nreduce)]
    del maps  # the buckets and claims hold what the reducers and the writer need

    os.makedirs(args.out, exist_ok=True)
    n_claims, rc = 0, 0
    cpu = {"map_suchi": 0.0, "map_python": 0.0, "reduce_suchi": 0.0, "reduce_python": 0.0}
    tmp = os.path.join(args.out, ".claims.jsonl.tmp")
    with open(tmp, "wb") as f:
        for claim_future, note_future in zip(claims, notes):
            data = claim_future.result()
            claim_future.release()
            f.write(data)
            n_claims += data.count(b"\n")
            stderr, code, (suchi_cpu, python_cpu) = note_future.result()
            cpu["map_suchi"] += suchi_cpu
            cpu["map_python"] += python_cpu
            if stderr:
                sys.stderr.write(stderr)
            rc = max(rc, 2 if code else 0)
    os.replace(tmp, os.path.join(args.out, "claims.jsonl"))

    found = []
    for r in reduces:
        lines, stderr, code, (suchi_cpu, python_cpu) = r.result()
        cpu["reduce_suchi"] += suchi_cpu
        cpu["reduce_python"] += python_cpu
        found.extend(lines)
        if stderr:
            sys.stderr.write(stderr)
        rc = max(rc, 2 if code else 0)
    found.sort(key=conflict_order)
    tmp = os.path.join(args.out, ".conflicts.jsonl.tmp")
    with open(tmp, "wb") as f:
        for line in found:
            f.write(line + b"\n")
    os.replace(tmp, os.path.join(args.out, "conflicts.jsonl"))
    for e in errors:
        print(f"suchi_dask: error: {e}", file=sys.stderr)
    if errors:
        rc = 2
    seconds = time.monotonic() - t0
    size = sum(u[-1] for u in units)
    figures = {"inputs": len(units), "bytes": size, "claims": n_claims,
               "conflicts": len(found), "map_partitions": len(parts), "reduce_partitions": nreduce,
               "workers": workers, "seconds": seconds, "cpu": cpu}
    if not args.quiet:
        print(f"suchi_dask: {len(units)} inputs ({size / 1e6:.1f} MB) in {len(parts)} map and "
              f"{nreduce} reduce partitions on {workers} workers: {n_claims} claims, "
              f"{len(found)} conflicts, {seconds:.2f} s; wrote {args.out}/"
              "{claims.jsonl,conflicts.jsonl}", file=sys.stderr)
    return rc, figures


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="suchi on Dask distributed: suchi extract - as the map, suchi conflicts - "
                    "as the reduce; the output of suchi run --all-conflicts on one machine")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="folders (read recursively) of .txt and .jsonl, .txt files, .jsonl files")
    p.add_argument("--out", metavar="DIR", help="writes DIR/claims.jsonl, DIR/conflicts.jsonl")
    p.add_argument("--articles-jsonl", metavar="FILE",
                   help="only write the articles as the JSON Lines records the map reads "
                        "(the input of the Hadoop Streaming and Spark commands) to FILE, - for stdout")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a running Dask scheduler (tcp://host:8786); default: a LocalCluster")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1),
                   help="LocalCluster worker processes, one thread each (default: min(4, cores))")
    p.add_argument("--partitions", type=int, default=0,
                   help="map partitions (default: twice the workers)")
    p.add_argument("--reducers", type=int, default=0,
                   help="reduce partitions (default: one per worker)")
    p.add_argument("--suchi", help="the suchi binary on the workers (default: suchi on PATH, "
                                   "else this source tree's build/suchi)")
    p.add_argument("--rules", help="rules directory on the workers (default: suchi's own)")
    p.add_argument("--engine", choices=("cli", "module"), default="cli",
                   help="the map: cli pipes each partition through `suchi extract -`; module "
                        "extracts in the worker with the Python module (import suchi, which the "
                        "workers must find; its claims are the same bytes; no --encoding, --id-prefix)")
    p.add_argument("--encoding", default="auto", help="input encoding, as suchi --encoding")
    p.add_argument("--id-prefix", default="", help="prepended to every article id, as suchi's")
    p.add_argument("--min-confidence", type=float,
                   help="report conflicts of at least this same-fact confidence (0..1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    args = p.parse_args(argv)
    if not args.out and not args.articles_jsonl:
        p.error("--out DIR is required")
    if args.engine == "module" and (args.encoding != "auto" or args.id_prefix):
        p.error("--engine module takes no --encoding or --id-prefix")
    for name in ("workers", "partitions", "reducers"):
        if getattr(args, name) < 0 or (name == "workers" and args.workers < 1):
            p.error(f"--{name} must be positive")
    return args


def write_articles_jsonl(args):
    """Writes the records of every input, in order, to args.articles_jsonl."""
    units, errors = list_inputs(args.inputs)
    out = sys.stdout.buffer if args.articles_jsonl == "-" else open(args.articles_jsonl, "wb")
    with out:
        for _, record in partition_records(units):
            out.write(record + b"\n")
    for e in errors:
        print(f"suchi_dask: error: {e}", file=sys.stderr)
    return 2 if errors else 0


def main(argv=None):
    args = parse_args(argv)
    if args.articles_jsonl:
        return write_articles_jsonl(args)
    from dask.distributed import Client, LocalCluster  # Debian python3-distributed

    binary = find_suchi(args.suchi)
    if not args.scheduler and not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"suchi_dask: error: {binary}: no suchi binary there (--suchi PATH)", file=sys.stderr)
        return 2
    if args.scheduler:
        with Client(args.scheduler) as client:
            return run(args, client)[0]
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        return run(args, client)[0]


if __name__ == "__main__":
    sys.exit(main())
