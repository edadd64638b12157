"""Keep the Qt Linguist sources (``resources/translations/*.ts``) in step with the code.

Why not ``pyside6-lupdate``: the program translates through one function, ``core.i18n.tr``
(the core has no Qt), with one context for the whole application, and marks table entries with
``N_``; lupdate would file each string under the enclosing Python class instead. This module
finds the literal arguments of ``tr(...)`` and ``N_(...)`` with the ``ast`` module and writes the
standard ``.ts`` XML that Qt Linguist edits and ``lrelease`` compiles; translations already in
the file are kept, strings no longer in the code are dropped.

    python -m negotiator_gui.translations update     # add new strings, drop gone ones
    python -m negotiator_gui.translations check      # untranslated / inconsistent entries
    python -m negotiator_gui.translations todo [PATH_PART]   # untranslated, as JSON
    python -m negotiator_gui.translations fill FILE.json     # {"source": "translation"}
    python -m negotiator_gui.translations compile    # .ts -> .qm with lrelease
"""

from __future__ import annotations

import ast
import functools
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from negotiator_gui.io.atomic_write import write_bytes

CONTEXT = "Negotiator"
LANGUAGES = {"ja": "ja_JP"}
_PACKAGE = Path(__file__).resolve().parent
_MARKERS = {"tr", "N_"}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def source_root() -> Path:
    """The package sources scanned for strings."""
    return _PACKAGE


def ts_path(language: str) -> Path:
    from negotiator_gui.paths import resource_path

    return resource_path("translations", f"negotiator_{language}.ts")


@dataclass
class Message:
    source: str
    locations: list[str] = field(default_factory=list)
    translation: str = ""
    finished: bool = False
    comment: str = ""


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _marker(call: ast.Call) -> bool:
    """``tr(...)``/``N_(...)``, or the same through the module (``i18n.tr(...)``)."""
    f = call.func
    if isinstance(f, ast.Name):
        return f.id in _MARKERS
    return (
        isinstance(f, ast.Attribute)
        and f.attr in _MARKERS
        and isinstance(f.value, ast.Name)
        and f.value.id == "i18n"
    )


def extract(root: Path | None = None) -> dict[str, Message]:
    """Every string passed literally to ``tr`` or ``N_`` under ``root``, in file order."""
    root = root or source_root()
    found: dict[str, Message] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _marker(n) and n.args]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            text = _literal(call.args[0])
            if text is None or not text.strip():
                continue
            msg = found.setdefault(text, Message(text))
            if rel not in msg.locations:
                msg.locations.append(rel)
    return found


def read_ts(path: Path) -> dict[str, Message]:
    """The messages of a ``.ts`` file (any context; the last one wins for a repeated source)."""
    if not path.is_file():
        return {}
    out: dict[str, Message] = {}
    for msg in ET.parse(path).getroot().iter("message"):
        source = msg.findtext("source") or ""
        node = msg.find("translation")
        kind = node.get("type", "") if node is not None else "unfinished"
        out[source] = Message(
            source,
            [loc.get("filename", "") for loc in msg.findall("location")],
            (node.text or "") if node is not None else "",
            kind == "",
            msg.findtext("translatorcomment") or "",
        )
    return out


_QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


def read_qm(path: Path) -> dict[str, str]:
    """Source → translation from a compiled ``.qm`` file (what an installed build ships instead
    of the ``.ts``), read without Qt: its messages section holds each source text (UTF-8) and
    translation (UTF-16)."""
    data = path.read_bytes()
    if data[:16] != _QM_MAGIC:
        return {}
    out: dict[str, str] = {}
    pos = 16
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        pos += 5
        if tag == 0x69:  # messages
            block, i = data[pos : pos + size], 0
            source = translation = None
            while i < len(block):
                kind, i = block[i], i + 1
                if kind == 1:  # end of a message
                    if source is not None and translation:
                        out[source] = translation
                    source = translation = None
                    continue
                if kind == 5:  # obsolete marker, no payload
                    continue
                length = struct.unpack(">I", block[i : i + 4])[0]
                i += 4
                if length == 0xFFFFFFFF:
                    continue
                payload, i = block[i : i + length], i + length
                if kind == 3:
                    translation = payload.decode("utf-16-be", "replace")
                elif kind == 6:
                    source = payload.decode("utf-8", "replace")
        pos += size
    return out


@functools.cache
def catalogue(language: str) -> dict[str, str]:
    """The shipped translation of ``language`` as source → translation (no Qt needed): from the
    ``.ts`` in a checkout, from the compiled ``.qm`` in an installed build; {} if neither."""
    ts = ts_path(language)
    if ts.is_file():
        return {k: m.translation for k, m in read_ts(ts).items() if m.translation}
    qm = ts.with_suffix(".qm")
    try:
        return read_qm(qm) if qm.is_file() else {}
    except (OSError, struct.error):
        return {}


def renderings(source: str) -> list[str]:
    """``source`` and every shipped translation of it, English first (a file written in any
    language the program speaks can be read back by its texts)."""
    out = [source]
    for language in LANGUAGES:
        text = catalogue(language).get(source)
        if text and text not in out:
            out.append(text)
    return out


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def render_ts(messages: dict[str, Message], language: str) -> str:
    """The ``.ts`` XML, laid out the way Qt Linguist writes it (stable, diff-friendly)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES.get(language, language)}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for msg in messages.values():
        lines.append("    <message>")
        for loc in msg.locations:
            lines.append(f'        <location filename="../../src/{_xml(loc)}"/>')
        lines.append(f"        <source>{_xml(msg.source)}</source>")
        if msg.comment:
            lines.append(f"        <translatorcomment>{_xml(msg.comment)}</translatorcomment>")
        kind = "" if msg.finished and msg.translation else ' type="unfinished"'
        lines.append(f"        <translation{kind}>{_xml(msg.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


@contextmanager
def _locked(path: Path):
    """Serialise writers of one ``.ts`` file (several people may fill it at once)."""
    import fcntl  # POSIX only: the tool runs on developers' machines, the lookups anywhere

    lock_file = Path(tempfile.gettempdir()) / f"negotiator-{path.stem}.lock"
    with open(lock_file, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _write(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def merged(language: str) -> dict[str, Message]:
    """The code's strings with the translations the ``.ts`` file already has."""
    old = read_ts(ts_path(language))
    new = extract()
    for source, msg in new.items():
        if source in old:
            msg.translation = old[source].translation
            msg.finished = old[source].finished
            msg.comment = old[source].comment
        msg.locations = [loc.removeprefix("src/") for loc in msg.locations]
    return new


def update(language: str) -> tuple[int, int]:
    """Bring the ``.ts`` file in step with the code; returns (strings, untranslated)."""
    path = ts_path(language)
    with _locked(path):
        messages = merged(language)
        _write(path, render_ts(messages, language))
    return len(messages), sum(1 for m in messages.values() if not m.finished)


def fill(language: str, translations: dict[str, str]) -> list[str]:
    """Set translations (marked finished); returns the sources not found in the code."""
    path = ts_path(language)
    missing = []
    with _locked(path):
        messages = merged(language)
        for source, text in translations.items():
            if source not in messages:
                missing.append(source)
                continue
            if text:
                messages[source].translation = text
                messages[source].finished = True
        _write(path, render_ts(messages, language))
    return missing


def _accelerator(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


def problems(language: str) -> list[str]:
    """What is wrong with the translation: missing, unfinished, or inconsistent entries."""
    found = read_ts(ts_path(language))
    out = []
    for source, msg in extract().items():
        where = ", ".join(msg.locations)
        have = found.get(source)
        if have is None:
            out.append(f"{where}: {source!r} is not in the .ts file (run update)")
            continue
        if not have.finished or not have.translation:
            out.append(f"{where}: {source!r} is not translated")
            continue
        if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(have.translation)):
            out.append(f"{where}: {source!r}: placeholders differ in {have.translation!r}")
        if _accelerator(source) and not _accelerator(have.translation):
            out.append(f"{where}: {source!r}: the translation has no & accelerator")
    return out


def lrelease() -> str | None:
    """The ``lrelease`` that ships with PySide6 (or one on PATH)."""
    places = [Path(sys.executable).parent]
    try:
        import PySide6

        places.insert(0, Path(PySide6.__file__).parent)
    except ImportError:
        pass
    for name in ("lrelease", "lrelease.exe", "pyside6-lrelease", "pyside6-lrelease.exe"):
        for here in places:
            if (here / name).is_file():
                return str(here / name)
        if found := shutil.which(name):
            return found
    return None


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` file to ``qm`` with lrelease."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("lrelease was not found (it ships with PySide6: pip install PySide6)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def compile_all(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` to a ``.qm`` beside it (or in ``out_dir``)."""
    return [
        compile_ts(ts, (out_dir or ts.parent) / ts.with_suffix(".qm").name)
        for ts in sorted(ts_path("ja").parent.glob("*.ts"))
    ]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "check"
    language = "ja"
    if command == "update":
        total, todo = update(language)
        print(f"{ts_path(language).name}: {total} strings, {todo} untranslated")
    elif command == "check":
        found = problems(language)
        print("\n".join(found) or "complete")
        return 1 if found else 0
    elif command == "todo":
        part = args[0] if args else ""
        todo = {
            m.source: ""
            for m in merged(language).values()
            if not m.finished and any(part in loc for loc in m.locations)
        }
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif command == "fill":
        data = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        for source in fill(language, data):
            print(f"not in the code: {source!r}", file=sys.stderr)
    elif command == "compile":
        for qm in compile_all(Path(args[0]) if args else None):
            print(qm)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
