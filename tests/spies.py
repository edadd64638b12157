"""Spies: a test counts the calls of a real function or method itself, so the production classes
carry no counters that only tests read.

``spy(monkeypatch, owner, name)`` wraps ``owner.name`` (a module's function, a class's method, or
one object's method) so that every call is recorded and then runs as before; monkeypatch puts
the original back after the test. A method spied on one object is looked up on that object at
each call, so it sees the calls made through ``self.name(...)``, but not a bound method taken
before the spy (a signal connected to ``obj.name`` at construction): spy on what that slot
calls instead.
"""

from __future__ import annotations

import inspect
import threading
from typing import Any


class Calls:
    """The calls seen by one spy: their arguments, oldest first (safe from any thread: a job on
    a pool calls the spied function there)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.args: list[tuple[tuple, dict]] = []

    def record(self, args: tuple, kwargs: dict) -> None:
        with self._lock:
            self.args.append((args, kwargs))

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.args)


def spy(monkeypatch, owner: Any, name: str) -> Calls:
    """Count the calls of ``owner.name`` from now until the end of the test; it still runs."""
    calls = Calls()
    real = getattr(owner, name)

    def spied(*args, **kwargs):
        calls.record(args, kwargs)
        return real(*args, **kwargs)

    if not inspect.isclass(owner):
        # a module's function or one object's method: called as it is, and put in the owner's
        # own dictionary so that the undo removes it (``setattr`` would leave the object
        # holding its bound method afterwards: a reference cycle)
        monkeypatch.setitem(vars(owner), name, spied)
        return calls
    # on a class, a plain function is bound like the method it replaces (``self`` reaches
    # ``real``); a static or class method's ``real`` is unbound or already bound to ``owner``,
    # so the spy must not be bound again
    replacement: Any = spied
    if isinstance(inspect.getattr_static(owner, name), staticmethod | classmethod):
        replacement = staticmethod(spied)
    monkeypatch.setattr(owner, name, replacement)
    return calls
