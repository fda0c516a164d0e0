"""suchi: numeric claims from Korean news articles, and the figures that disagree.

The Python face of the C++ library (the extension ``_suchi``, built by CMake
with pybind11). A claim is a dict exactly as a line of ``claims.jsonl``
(``json.loads`` of the line the CLI writes); a conflict, a line of
``conflicts.jsonl``::

    import suchi
    claims = suchi.extract("한국은 72억5,000만 달러를 투자했다.", published="2024-04-17")
    claims[0]["value"], claims[0]["unit"]["kind"]     # 7250000000, 'currency'
    for claim in suchi.extract_many(records): ...      # lazily, record by record
    suchi.conflicts(claims)                            # as `suchi conflicts`
    suchi.to_pandas(claims)                            # unit.kind -> unit_kind
    with suchi.open_store("out/suchi.db") as store: store.claims()

The rule set is found as the CLI finds it: ``$SUCHI_RULES``, else the rules
installed with the module (``share/suchi/rules``), else the source tree the
module was built from. Every function takes ``rules=DIR`` to use another;
each directory is compiled once per process.
"""

import datetime
import functools
import json
import os
import warnings

from . import _suchi

__version__ = _suchi.__version__
__all__ = ["extract", "extract_many", "conflicts", "to_pandas", "flatten", "open_store",
           "rules_dir", "Store"]


def rules_dir():
    """Returns the rules directory used when no ``rules=`` is given."""
    return _suchi.find_rules(os.path.dirname(os.path.abspath(__file__)))


@functools.lru_cache(maxsize=None)
def _load_rules(path):
    return _suchi.load_rules(path)


def _rule_set(rules):
    """Returns the compiled rule set of directory ``rules`` (None: the default)."""
    return _load_rules(os.path.abspath(rules if rules is not None else rules_dir()))


def _json_default(value):
    """Writes dates (datetime.date, datetime, pandas.Timestamp) as YYYY-MM-DD."""
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _record_line(record):
    """Returns a record (a dict, or a JSON Lines line as str) as one JSON line."""
    if isinstance(record, str):
        return record
    return json.dumps(record, ensure_ascii=False, allow_nan=False, default=_json_default)


def _claims(rule_set, record, where):
    article_id, lines, notes = _suchi.extract_record(rule_set, _record_line(record), where)
    for note in notes:
        warnings.warn(f"suchi: {article_id}: {note}", stacklevel=3)
    return [json.loads(line) for line in lines]


def extract(text, title=None, published=None, id=None, *, rules=None):
    """Returns the claims of one article as a list of dicts.

    ``text`` is the article's body; ``title`` its headline; ``published``
    "YYYY-MM-DD" (or a date), from which years and relative periods are
    resolved; ``id`` names its claims ("text" when None). The claims are those
    of the JSON Lines record {"id", "title", "body", "published"} read by
    ``suchi extract``. Raises ValueError for an empty text.
    """
    record = {"body": text}
    for key, value in (("id", id), ("title", title), ("published", published)):
        if value is not None:
            record[key] = value
    return _claims(_rule_set(rules), record, "text")


def extract_many(records, *, rules=None):
    """Yields the claims (dicts) of each record, lazily: one record is read
    from ``records`` only when the claims of the one before are used up.

    A record is a dict read as a line of a .jsonl input is: {"id", "title",
    "body", "published", "outlet", "url", ...}, or "text" for the whole
    article with its title (its first line); a str is taken as such a line.
    A record without an "id" is named "records:N" (N from 1). A record that
    cannot be read raises ValueError naming it.
    """
    rule_set = _rule_set(rules)
    for n, record in enumerate(records, 1):
        yield from _claims(rule_set, record, f"records:{n}")


def conflicts(claims, *, min_confidence=None, rules=None):
    """Returns the conflicts (dicts, as lines of conflicts.jsonl) among
    ``claims`` (claim dicts from any articles), as ``suchi conflicts`` finds
    them. ``min_confidence`` (0..1) overrides the rules' threshold."""
    lines = [_record_line(claim) for claim in claims]
    threshold = -1.0 if min_confidence is None else float(min_confidence)
    return [json.loads(line) for line in _suchi.conflicts(_rule_set(rules), lines, threshold)]


def flatten(records):
    """Returns dicts (claims or conflicts) with nested objects flattened into
    one level: unit.kind -> unit_kind, flags.headline -> flags_headline. Every
    row gets the same keys, in the order first seen: a field that is an
    object in some row gives that object's columns (None where it is null);
    lists are kept as they are."""
    rows, nested = [], set()
    for record in records:
        row = {}
        _flatten_into(row, record, "", nested)
        rows.append(row)
    columns = [c for c in dict.fromkeys(k for row in rows for k in row) if c not in nested]
    return [{c: row.get(c) for c in columns} for row in rows]


def _flatten_into(row, obj, prefix, nested):
    for key, value in obj.items():
        if isinstance(value, dict):
            nested.add(prefix + key)
            _flatten_into(row, value, prefix + key + "_", nested)
        else:
            row[prefix + key] = value


def to_pandas(claims):
    """Returns claims (or conflicts) as a pandas DataFrame, one row each,
    flattened as by ``flatten``. Raises ImportError when pandas is missing."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError("suchi.to_pandas needs pandas "
                          "(Debian: apt-get install python3-pandas)") from e
    return pandas.DataFrame(flatten(claims))


class Store:
    """The claim store (out/suchi.db) opened read-only; claims as dicts."""

    def __init__(self, path):
        self._store = _suchi.Store(os.fspath(path))

    def claims(self):
        """Returns every stored claim, by article id then start."""
        return [json.loads(line) for line in self._store.claims()]

    def article_claims(self, article):
        """Returns the stored claims of article id ``article``, by start."""
        return [json.loads(line) for line in self._store.article_claims(article)]

    def group_claims(self, group):
        """Returns the stored claims whose key is ``group``/PERIOD ("KR/gdp")."""
        return [json.loads(line) for line in self._store.group_claims(group)]

    def keys(self):
        """Returns every distinct claim key, in byte order."""
        return self._store.keys()

    def article_count(self):
        return self._store.article_count()

    def claim_count(self):
        return self._store.claim_count()

    def close(self):
        self._store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(path):
    """Returns the claim store at ``path`` opened read-only (a Store). Raises
    ValueError when the file is missing or is not a claim store."""
    return Store(path)
