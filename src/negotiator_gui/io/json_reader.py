"""A small typed reader over parsed JSON that reports every problem with its JSON path.

Why not a schema library: we need all problems (not the first), messages an official can act on,
a sentinel for NaN/Infinity so the place of a non-finite number is known, and speed on 100,000-row
tables. The JSON Schema in ``resources/schema`` documents the same layout for other tools.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.problems import Problems, key_path
from negotiator_gui.core.text import SURROGATE, code_point
from negotiator_gui.core.validation import MAX_TEXT

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class NonFinite:
    """Stands in for NaN / Infinity / -Infinity so the reader can say where one was."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token

    def __repr__(self) -> str:
        return self.token


def describe(value: Any) -> str:
    """A value's JSON type, in words a user reads."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return tr("the number {value}").format(value=repr(value))
    if isinstance(value, NonFinite):
        return tr("{value} (not a finite number)").format(value=value.token)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return tr("the text {value}").format(value=repr(shown))
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return type(value).__name__


class Obj:
    """One JSON object being read: typed getters that record problems and return defaults."""

    def __init__(self, pr: Problems, data: Any, path: str) -> None:
        self.pr = pr
        self.path = path
        self.ok = isinstance(data, dict)
        if not self.ok:
            pr.error(path, tr("expected an object, got {value}").format(value=describe(data)))
        self.data: dict[str, Any] = data if self.ok else {}
        self._seen: set[str] = set()

    # -- bookkeeping --
    def p(self, key: str) -> str:
        return key_path(self.path, key)

    def get(self, key: str, required: bool = False) -> tuple[bool, Any]:
        self._seen.add(key)
        if key not in self.data:
            if required and self.ok:
                self.pr.error(self.p(key), tr("is missing"))
            return False, None
        return True, self.data[key]

    def done(self) -> None:
        """Report keys that no getter asked for (usually a typo)."""
        for key in self.data:
            if key not in self._seen:
                self.pr.error(self.p(key), tr("unknown field"))

    def error(self, key: str, message: str) -> None:
        self.pr.error(self.p(key), message)

    # -- scalars --
    def str(
        self,
        key: str,
        *,
        required: bool = False,
        default: str = "",
        pattern: re.Pattern[str] | None = None,
        what: str = "",
    ) -> str:
        present, v = self.get(key, required)
        if not present:
            return default
        return read_str(self.pr, v, self.p(key), pattern=pattern, what=what, default=default)

    def num(
        self,
        key: str,
        *,
        required: bool = False,
        default: float | None = None,
        nullable: bool = False,
    ) -> float | None:
        present, v = self.get(key, required)
        if not present or (v is None and nullable):
            return default
        return read_num(self.pr, v, self.p(key), default)

    def int(self, key: str, *, required: bool = False, default: int = 0) -> int:
        present, v = self.get(key, required)
        if not present:
            return default
        if isinstance(v, bool) or not isinstance(v, int):
            if isinstance(v, float) and v.is_integer():
                return int(v)
            self.pr.error(
                self.p(key), tr("expected a whole number, got {value}").format(value=describe(v))
            )
            return default
        return v

    def enum(self, key: str, cls: type[E], *, required: bool = False, default: E | None = None):
        present, v = self.get(key, required)
        if not present:
            return default
        return read_enum(self.pr, v, self.p(key), cls, default)

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        present, v = self.get(key, required)
        if not present or (v is None and not required):
            return None
        return read_date(self.pr, v, self.p(key))

    # -- containers --
    def list(
        self,
        key: str,
        item: Callable[[Problems, Any, str], T | None],
        *,
        required: bool = False,
    ) -> list[T]:
        present, v = self.get(key, required)
        if not present:
            return []
        if not isinstance(v, list):
            self.pr.error(self.p(key), tr("expected a list, got {value}").format(value=describe(v)))
            return []
        out: list[T] = []
        for k, element in enumerate(v):
            if self.pr.full:
                self.pr.stop()
                break
            got = item(self.pr, element, f"{self.p(key)}[{k}]")
            if got is not None:
                out.append(got)
        return out

    def str_list(self, key: str, *, pattern: re.Pattern[str] | None = None, what: str = ""):
        def one(pr: Problems, v: Any, path: str) -> str | None:
            return read_str(pr, v, path, pattern=pattern, what=what, default=None)

        return self.list(key, one)

    def mapping(
        self,
        key: str,
        value: Callable[[Problems, Any, str], T | None],
        *,
        key_pattern: re.Pattern[str] | None = None,
        required: bool = False,
    ) -> dict[str, T]:
        present, v = self.get(key, required)
        if not present:
            return {}
        if not isinstance(v, dict):
            self.pr.error(
                self.p(key), tr("expected an object, got {value}").format(value=describe(v))
            )
            return {}
        out: dict[str, T] = {}
        for k, element in v.items():
            path = key_path(self.p(key), k)
            if key_pattern is not None and not key_pattern.match(k):
                self.pr.error(path, tr("{key} is not a valid id").format(key=repr(k)))
                continue
            got = value(self.pr, element, path)
            if got is not None:
                out[k] = got
        return out

    def obj(self, key: str, *, required: bool = False) -> Obj | None:
        present, v = self.get(key, required)
        if not present or v is None:
            return None
        return Obj(self.pr, v, self.p(key))


def read_str(
    pr: Problems,
    v: Any,
    path: str,
    *,
    pattern: re.Pattern[str] | None = None,
    what: str = "",
    default: Any = "",
) -> Any:
    if not isinstance(v, str):
        pr.error(path, tr("expected text, got {value}").format(value=describe(v)))
        return default
    if len(v) > MAX_TEXT:
        pr.error(
            path,
            tr("text is {n} characters long; the limit is {limit}").format(
                n=f"{len(v):,}", limit=f"{MAX_TEXT:,}"
            ),
        )
        return default
    m = None if v.isascii() else SURROGATE.search(v)
    if m is not None:
        pr.error(
            path,
            tr(
                "text holds an invalid character (an unpaired surrogate escape like \\ud800), "
                "{char} at position {pos}"
            ).format(char=code_point(m.group()), pos=m.start() + 1),
        )
        return default
    if pattern is not None and not pattern.match(v):
        pr.error(
            path,
            tr("{value} is not a valid {what}").format(
                value=repr(v[:40]), what=tr(what) if what else tr("value")
            ),
        )
        return default
    return v


def read_num(pr: Problems, v: Any, path: str, default: float | None = None) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float):
        pr.error(path, tr("expected a number, got {value}").format(value=describe(v)))
        return default
    if isinstance(v, float) and not math.isfinite(v):
        pr.error(path, tr("number is too large (not finite)"))
        return default
    if isinstance(v, int) and abs(v) > 2**53:
        try:
            return float(v)
        except OverflowError:
            pr.error(path, tr("number is too large"))
            return default
    return v


def read_enum(pr: Problems, v: Any, path: str, cls: type[E], default: E | None = None):
    try:
        return cls(v)
    except (ValueError, TypeError):
        allowed = ", ".join(repr(m.value) for m in cls)
        pr.error(
            path, tr("{value} is not one of {allowed}").format(value=describe(v), allowed=allowed)
        )
        return default


def read_date(pr: Problems, v: Any, path: str) -> dt.date | None:
    if isinstance(v, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            pr.error(path, tr("{value} is not a real date").format(value=repr(v)))
            return None
    pr.error(path, tr("expected a date like 2025-04-09, got {value}").format(value=describe(v)))
    return None


# -- parsing JSON within limits -----------------------------------------------------------------

#: Objects and arrays one scenario file may hold. A 100,000-row trade-flow table is about 100,000;
#: this bounds the memory a hostile file of tiny objects can make the parser take (about 250 MB
#: at most, where 99 MB of "{}," took 2.7 GB).
MAX_CONTAINERS = 1_000_000
#: Values separated by commas, likewise: the 100,000-row table has about 600,000.
MAX_ITEMS = 5_000_000
#: Bytes scanned at a time by the exact count (its memory is a few times this).
_SCAN_CHUNK = 1 << 22


def structure_problem(text: str | bytes) -> str | None:
    """Why ``text`` (or its UTF-8 bytes) holds too many JSON objects, arrays or values to parse
    (None: it does not).

    Counted before parsing, at the speed of ``bytes.count``: braces, brackets and commas inside
    strings count too, which can only over-count; when the quick count is over a limit, the
    count is made again outside strings only (``_exact_structure``)."""
    counts = _structure(text)
    if counts[0] <= MAX_CONTAINERS and counts[1] <= MAX_ITEMS:
        return None
    containers, items = _exact_structure(text if isinstance(text, bytes) else text.encode())
    if containers > MAX_CONTAINERS:
        return tr(
            "holds {n} JSON objects and lists; scenario files are limited to {limit} (a "
            "100,000-row trade-flow table has about 100,000): remove the repeated entries, or "
            "split the trade flows into another scenario"
        ).format(n=f"{containers:,}", limit=f"{MAX_CONTAINERS:,}")
    if items > MAX_ITEMS:
        return tr(
            "holds {n} JSON values; scenario files are limited to {limit} (a 100,000-row "
            "trade-flow table has about 600,000): remove the repeated entries, or split the "
            "trade flows into another scenario"
        ).format(n=f"{items:,}", limit=f"{MAX_ITEMS:,}")
    return None


def _exact_structure(data: bytes) -> tuple[int, int]:
    """Objects and arrays, and commas, outside JSON strings, in chunks (bounded memory).

    Escaped backslashes, then escaped quotes, are dropped first (left to right, as JSON reads
    them), so every quote left opens or closes a string; a byte is outside strings when an even
    number of quotes comes before it. In UTF-8 these bytes are never part of another character.
    Text that is not JSON may be counted wrongly after its first error, but the parser stops
    there too."""
    import numpy as np

    cleaned = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    arr = np.frombuffer(cleaned, dtype=np.uint8)
    inside = 0
    containers = items = 0
    for start in range(0, len(arr), _SCAN_CHUNK):
        a = arr[start : start + _SCAN_CHUNK]
        parity = (np.cumsum(a == ord('"'), dtype=np.int32) + inside) & 1
        outside = parity == 0
        containers += int(np.count_nonzero(((a == ord("{")) | (a == ord("["))) & outside))
        items += int(np.count_nonzero((a == ord(",")) & outside))
        inside = int(parity[-1])
    return containers, items


def _structure(text: str | bytes) -> tuple[int, int]:
    if isinstance(text, bytes):
        return text.count(b"{") + text.count(b"["), text.count(b",")
    return text.count("{") + text.count("["), text.count(",")


class _Duplicated(dict):
    """A JSON object in which some key appeared more than once (``json`` keeps the last)."""

    __slots__ = ("duplicates",)

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: dict[str, int]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


class ObjectPairs:
    """``json.loads``'s ``object_pairs_hook``: builds each object as a dict, marks one in which
    a key repeats, and remembers that it did (one instance per parse: parses run in threads)."""

    __slots__ = ("duplicated",)

    def __init__(self) -> None:
        self.duplicated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        d = dict(pairs)
        if len(d) == len(pairs):
            return d
        self.duplicated = True
        seen: dict[str, int] = {}
        for k, _ in pairs:
            seen[k] = seen.get(k, 0) + 1
        return _Duplicated(pairs, {k: n for k, n in seen.items() if n > 1})


def duplicate_keys(doc: Any, limit: int = 100) -> list[tuple[str, str, int]]:
    """(JSON path of the key, key, times) for each repeated key in a document parsed with
    ``ObjectPairs``, in document order, at most ``limit``; walked without recursion."""
    found: list[tuple[str, str, int]] = []
    stack: list[tuple[Any, str]] = [(doc, "$")]
    while stack and len(found) < limit:
        value, path = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _Duplicated):
                found += [(key_path(path, k), k, n) for k, n in value.duplicates.items()]
            stack += [(v, key_path(path, k)) for k, v in reversed(value.items())]
        elif isinstance(value, list):
            stack += [(v, f"{path}[{i}]") for i, v in reversed(list(enumerate(value)))]
    return found[:limit]
