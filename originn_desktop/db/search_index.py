"""Searching by letters: which people can match a search word, without reading everyone.

A search matches a word anywhere in a person's search text (``LIKE '%word%'``), which no
ordinary index can answer: a rare word read the whole register (0.5-0.8 s for a million
people). On SQLite, migration 0009 keeps a trigram index (FTS5) of the search text: the rows
holding all of a word's three-letter pieces are a small superset of the rows holding the word,
found in a millisecond. ``narrowing`` turns the words of a search into such a set of ids, which
the search then filters with its own exact conditions, so results are the same as without it.

The index holds the people with ids up to a mark; those added later (an import writes
thousands at once, and must not pay for indexing them) are searched without it until
``catch_up`` indexes them, in the window's background. Changes to people already indexed are
followed by triggers. Each text is indexed with two spaces after it (migration 0011), so
that every letter and pair of letters starts a piece: a word of one or two letters is looked
up through the index's list of pieces (``TERMS``), once reading the people in name order has
not filled a page. On PostgreSQL, pg_trgm's indexes (migration 0010) serve the same
purpose inside the server, chosen by its planner; there, as on other databases, ``narrowing``
says it knows no set.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, column, text
from sqlalchemy.orm import Session

from originn_desktop.db.engine import Database

TABLE = "participant_text"
STATE = "participant_text_state"
SOURCE = "participant_text_source"  # the search text as indexed: two spaces after it
TERMS = "participant_text_terms"  # the index's pieces, and how many people hold each
TRIGGERS = ("participant_text_insert", "participant_text_delete", "participant_text_update")
CHUNK = 5000  # people indexed per transaction: the write lock is held for a moment only


def page_enough(people: int) -> int:
    """Below this many candidates, fetching and sorting them is quicker than reading the
    people in name order until a page of matches. A candidate costs about 30 index entries
    read in order (its row is fetched from anywhere in the file), and a word with C matches
    among N people needs about 200 * N / C entries read for a page of 200: the two are equal
    near C = sqrt(200 * N / 30), about 2.5 * sqrt(N) (800 at 100,000 people, 2,500 at a
    million; measured on both)."""
    return max(200, int(2.5 * people**0.5))


@dataclass(frozen=True)
class Word:
    """One word of a search, as the search matches it: ``text`` (case-folded) anywhere in
    the search text; with ``digits``, also a personnummer that starts with them or has them
    right after its century (a date or personnummer typed as digits)."""

    text: str
    digits: str | None = None


@dataclass(frozen=True)
class Narrowing:
    """A select of participant ids (one column, ``id``) in SQLite's SQL, with its named
    parameters (``:narrow_…``): written as text, not built by SQLAlchemy, because it is
    asked at every keystroke (building and compiling its statements cost more than running
    them) and exists only on SQLite. ``select()`` is the same for SQLAlchemy's statements."""

    sql: str
    params: dict[str, Any]

    def select(self) -> Any:
        return text(self.sql).bindparams(**self.params).columns(column("id", Integer))


# On PostgreSQL, pg_trgm's indexes of the letters (migration 0010), where the server has the
# extension: its planner uses them for a rare word by itself, so nothing here asks for them.
LETTER_INDEXES = ("ix_participant_letters", "ix_participant_number_letters")


def owns(name: str) -> bool:
    """Whether a table or index is the letter index's own, which no model describes (schema
    comparisons leave these out)."""
    return name == TABLE or name.startswith(TABLE + "_") or name in LETTER_INDEXES


def driver(session: Session) -> sqlite3.Connection | None:
    """The session's own sqlite3 connection (in its transaction), or None elsewhere."""
    raw = session.connection().connection.driver_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


_MARKS = f"SELECT (SELECT indexed_upto FROM {STATE}), (SELECT max(id) FROM participant)"


def _marks(session: Session) -> tuple[int, int] | None:
    """(indexed up to, largest id), or None where there is no index."""
    conn = driver(session)
    if conn is None:
        return None
    try:
        row = conn.execute(_MARKS).fetchone()
    except sqlite3.OperationalError as exc:  # a database made without the migrations
        if "no such table" not in str(exc):  # (never the program's); "interrupted" goes on
            raise
        return None
    return int(row[0] or 0), int(row[1] or 0)


def lag(db: Database) -> int:
    """How many ids past the index's mark (people the index does not hold yet)."""
    with db.read() as session:
        marks = _marks(session)
    return 0 if marks is None else max(0, marks[1] - marks[0])


def _pieces(word: str) -> str:
    """An FTS5 query for rows holding every three-letter piece of ``word``."""
    parts = sorted({word[i : i + 3] for i in range(len(word) - 2)})
    return " AND ".join('"' + p.replace('"', '""') + '"' for p in parts)


# The centuries a living person's personnummer begins with; others are looked for only when
# the register holds any.
CENTURIES = ("18", "19", "20")
_OTHER_CENTURY = (
    "SELECT id FROM participant WHERE personal_number < ? OR personal_number >= ? LIMIT 1"
)
_LOWEST_FROM = "SELECT min(personal_number) FROM participant WHERE personal_number >= ?"


def _centuries(conn: sqlite3.Connection) -> list[str]:
    """The first two digits of the personnummer in the register (index seeks)."""
    beyond = f"{int(CENTURIES[-1]) + 1:02d}"
    if conn.execute(_OTHER_CENTURY, (CENTURIES[0], beyond)).fetchone() is None:
        return list(CENTURIES)
    found: list[str] = []
    start = ""
    while True:
        first = conn.execute(_LOWEST_FROM, (start,)).fetchone()[0]
        if first is None:
            return found
        found.append(first[:2])
        if not first[:2].isdigit() or first[:2] == "99":
            return found
        start = f"{int(first[:2]) + 1:02d}"


Part = tuple[str, dict[str, Any]]  # a select of ids, with its parameters


class _Parts:
    """Selects of ids being written, every parameter under a name of its own."""

    def __init__(self) -> None:
        self._named = 0

    def _name(self) -> str:
        self._named += 1
        return f"narrow_{self._named}"

    def letters(self, expression: str) -> Part:
        key = self._name()
        return f"SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH :{key}", {key: expression}

    def numbers(self, prefix: str) -> Part:
        """The people whose personnummer starts with ``prefix`` (of digits: ':' comes after
        '9', so the range holds exactly the numbers that start so)."""
        low, high = self._name(), self._name()
        return (
            f"SELECT id FROM participant WHERE personal_number >= :{low} "
            f"AND personal_number < :{high}",
            {low: prefix, high: prefix + ":"},
        )

    def after(self, upto: int) -> Part:
        key = self._name()
        return f"SELECT id FROM participant WHERE id > :{key}", {key: upto}


def _union(parts: list[Part]) -> Narrowing:
    params: dict[str, Any] = {}
    for _sql, own in parts:
        params.update(own)
    return Narrowing(" UNION ALL ".join(sql for sql, _ in parts), params)


def _starting_with(conn: sqlite3.Connection, word: str, most: int) -> str | None:
    """An FTS5 query for the people holding a piece that starts with ``word`` (one or two
    letters: with the spaces after each text, every place it occurs starts a piece), "" if
    no piece does, or None if more than ``most`` people may (the list is read no further)."""
    pieces: list[str] = []
    held = 0
    found = conn.execute(
        f"SELECT term, doc FROM {TERMS} WHERE term >= ? AND term < ?", (word, word + "\U0010ffff")
    )
    for piece, people in found:
        held += people
        if held > most:
            return None
        pieces.append('"' + piece.replace('"', '""') + '"')
    return " OR ".join(pieces)


def is_short(word: Word) -> bool:
    """A word with no three-letter piece of its own (``narrowing(short=True)`` asks for it)."""
    return word.digits is None and len(word.text) < 3


def narrowing(
    session: Session, words: Sequence[Word], counting: bool = False, short: bool = False
) -> Narrowing | None:
    """A select of participant ids holding everyone ``words`` can match (and maybe others),
    if one small enough is known; else None (where many match, reading the people in order
    and stopping at a page of matches is quicker than sorting them all). ``counting`` (which
    reads every match anyway): up to an eighth of the register is small enough. ``short``:
    words of one or two letters are looked up too (in the list of pieces, which costs
    reading their people's entries: asked once reading in name order found them rare)."""
    marks = _marks(session)
    conn = driver(session)
    if marks is None or conn is None or not words:
        return None
    upto, top = marks
    enough = max(page_enough(top), top // 8) if counting else page_enough(top)
    if top - upto >= enough:  # too many not indexed yet
        return None
    parts = _Parts()
    options: list[list[Part]] = []
    plain = [w.text for w in words if w.digits is None and len(w.text) >= 3]
    if plain:
        options.append([parts.letters(" AND ".join(_pieces(w) for w in plain))])
    centuries: list[str] | None = None
    for word in words:
        if word.digits is None:
            continue
        if centuries is None:
            centuries = _centuries(conn)
        letters = [parts.letters(_pieces(word.text))] if len(word.text) >= 3 else []
        numbers = [parts.numbers(p) for p in [word.digits] + [c + word.digits for c in centuries]]
        options.append(letters + numbers)
    for word in words if short else ():
        if is_short(word):
            expression = _starting_with(conn, word.text, enough)
            if expression is not None:  # (no piece: nobody indexed holds the word)
                options.append([parts.letters(expression)] if expression else [])
    best: tuple[int, list[Part]] | None = None
    for option in options:
        found = 0
        if option:
            union = _union(option)
            counted = f"SELECT count(*) FROM ({union.sql} LIMIT {enough})"
            found = conn.execute(counted, union.params).fetchone()[0] or 0
        if best is None or found < best[0]:
            best = (found, option)
    if best is None or best[0] + top - upto >= enough:
        return None
    return _union([*best[1], parts.after(upto)])


def catch_up(db: Database, chunk: int = CHUNK, stopped: Callable[[], bool] | None = None) -> int:
    """Index the people past the mark, ``chunk`` ids per transaction; returns how many
    people were indexed. Nothing to do where there is no index."""
    done = 0
    while stopped is None or not stopped():
        with db.write() as session:
            marks = _marks(session)
            if marks is None or marks[0] >= marks[1]:
                return done
            upto, top = marks
            to = min(top, upto + chunk)
            result = session.execute(
                text(
                    f"INSERT INTO {TABLE} (rowid, search_text) SELECT id, search_text "
                    f"FROM {SOURCE} WHERE id > :upto AND id <= :to"
                ),
                {"upto": upto, "to": to},
            )
            session.execute(text(f"UPDATE {STATE} SET indexed_upto = :to"), {"to": to})
            done += max(0, result.rowcount or 0)  # type: ignore[attr-defined]
    return done


# The insert trigger as migration 0011 made it (put back after adding many people).
_INSERT_TRIGGER = (
    f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON participant "
    f"WHEN new.id <= (SELECT indexed_upto FROM {STATE}) BEGIN "
    f"INSERT INTO {TABLE} (rowid, search_text) VALUES (new.id, new.search_text || '  '); END"
)


@contextmanager
def adding_many(session: Session) -> Iterator[None]:
    """Around writing many new people at once (an import): they are left to ``catch_up``.

    A trigger, however little it does, costs SQLite 15-25 microseconds a row: a fifth of an
    import's time for 10,000 people. New ids come after the largest, so the trigger would have
    nothing to do once the mark is no higher than the largest id (people removed from the top
    may have left it higher); it is set aside for the statement and put back, in the same
    transaction.
    """
    if _marks(session) is None:
        yield
        return
    session.execute(
        text(
            f"UPDATE {STATE} SET indexed_upto = "
            "min(indexed_upto, (SELECT coalesce(max(id), 0) FROM participant))"
        )
    )
    session.execute(text(f"DROP TRIGGER {TRIGGERS[0]}"))
    try:
        yield
    finally:
        session.execute(text(_INSERT_TRIGGER))


def forget_removed(session: Session) -> None:
    """Merge the index, so that nothing of people removed from it remains in the file
    (FTS5 marks a removal and drops the entries only when it merges)."""
    if _marks(session) is not None:
        session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')"))
