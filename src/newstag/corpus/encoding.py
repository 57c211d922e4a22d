"""Decide, per file and from its bytes, which encoding it is written in.

The order of evidence: a byte-order mark; UTF-16 without one (NUL bytes in
every other position); valid UTF-8; and, for a file that is not, what its
bytes above 0x7F look like:

* mostly valid UTF-8 with a few stray runs: UTF-8, each run repaired on its
  own by :func:`~newstag.corpus.cleaning.decode_bytes`;
* no UTF-8 at all, Western text (few non-ASCII letters), every byte a
  Windows-1252 character: Windows-1252, so that 0x93/0x94 are curly quotes
  and 0x96/0x97 dashes, as the author typed them;
* no UTF-8 and bytes Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90,
  0x9D) in otherwise ASCII text, as in FA-KES: no encoding explains the
  file, so it is read as UTF-8 and each stray run is repaired on its own;
* no UTF-8 and mostly non-ASCII letters (Cyrillic, Arabic, Greek in an old
  code page): the best guess of charset-normalizer.

Each decision is a :class:`Decoding` that the load report lists.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Decoding", "UTF8_REPAIR", "CP1252_UNDEFINED", "sniff_encoding", "looks_binary"]

#: Encoding name of "UTF-8 with stray bytes, each run repaired".
UTF8_REPAIR = "utf-8+repair"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 (byte-order mark)"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 (byte-order mark)"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (byte-order mark)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (byte-order mark)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (byte-order mark)"),
)
_BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "old Office document (.doc/.xls)",
    b"SQLite format 3": "SQLite database",
}
# Control bytes that text files do not hold (tab, newlines, form feed and escape excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
#: Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_NON_ASCII_OR_STRAY = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_CHUNK = 1 << 20
# Above this share of non-ASCII letters (read as Windows-1252) a file is not
# in a Western script: French or German text stays far below it (2-5 %),
# Russian or Arabic in a one-byte code page is almost all non-ASCII.
_WESTERN_MAX_SHARE = 0.3


@dataclass
class Decoding:
    """How one file was decoded, and why."""

    where: str
    encoding: str
    evidence: str
    nul_bytes: int = 0

    @property
    def label(self) -> str:
        """Short name shown in the report's summary line."""
        if self.encoding == UTF8_REPAIR:
            return "UTF-8 with stray bytes"
        names = {"utf-8": "UTF-8", "ascii": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                 "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "utf-32": "UTF-32"}
        if self.encoding in names:
            return names[self.encoding]
        if self.encoding.startswith("cp125"):
            return "Windows-" + self.encoding[2:]
        return self.encoding

    @property
    def plain(self) -> bool:
        """True for valid UTF-8 (or ASCII) with nothing to say."""
        return self.encoding in ("utf-8", "ascii") and not self.nul_bytes

    def to_dict(self) -> dict:
        return {"where": self.where, "encoding": self.encoding, "evidence": self.evidence, "nul_bytes": self.nul_bytes}


def looks_binary(raw: bytes) -> str | None:
    """Name the kind of binary file ``raw`` (its first bytes) is, or None if it looks like text.

    A few NUL or control bytes do not make a file binary (they are removed
    and counted when the text is cleaned); more than one byte in ten does.
    """
    for signature, kind in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            return kind
    head = raw[:8192]
    if not head or _utf16_without_bom(head) or any(head.startswith(bom) for bom, _, _ in _BOMS):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls * 10 > len(head):
        return "binary data (contains NUL bytes)" if b"\x00" in head else "binary data (control bytes)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes fill every other position, as in UTF-16 Latin text."""
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.4 * len(zeros) and others.count(0) <= 0.05 * len(others):
            return codec
    return None


def _bom(head: bytes):
    for bom, codec, evidence in _BOMS:
        if head.startswith(bom):
            return codec, evidence
    return None


def _chunks(source):
    """The bytes of ``source`` (bytes, or a seekable binary handle read from its start) in chunks."""
    if isinstance(source, (bytes, bytearray)):
        for start in range(0, len(source), _CHUNK):
            yield bytes(source[start : start + _CHUNK])
        return
    source.seek(0)
    while True:
        chunk = source.read(_CHUNK)
        if not chunk:
            return
        yield chunk


def sniff_encoding(source, where: str) -> Decoding:
    """Decide the encoding of a whole file from its bytes.

    Parameters
    ----------
    source : bytes or seekable binary file object
        The file's content, or a handle open for reading in binary mode
        (read from its start, at most twice, and left at its end).
    where : str
        The file's name, as reported.

    Returns
    -------
    Decoding
    """
    head = next(_chunks(source), b"")
    found = _bom(head)
    if found:
        return Decoding(where, found[0], found[1])
    utf16 = _utf16_without_bom(head[:8192])
    if utf16:
        return Decoding(where, utf16, f"{utf16.upper()} without byte-order mark (NUL in every other byte)")
    strict = codecs.getincrementaldecoder("utf-8")()
    ascii_only, nul_bytes = True, 0
    try:
        for chunk in _chunks(source):
            nul_bytes += chunk.count(b"\x00")
            ascii_only = ascii_only and chunk.isascii()
            strict.decode(chunk)
        strict.decode(b"", final=True)
    except UnicodeDecodeError:
        pass
    else:
        nul_note = f"; {nul_bytes} NUL byte(s), removed" if nul_bytes else ""
        name = "ascii" if ascii_only else "utf-8"
        return Decoding(where, name, ("ASCII" if ascii_only else "valid UTF-8") + nul_note, nul_bytes)
    # Not UTF-8: read it again, this time looking at every byte that is not.
    stats = _Stats()
    lenient = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    nul_bytes = 0
    for chunk in _chunks(source):
        nul_bytes += chunk.count(b"\x00")
        stats.add(lenient.decode(chunk), chunk)
    stats.add(lenient.decode(b"", final=True), b"")
    nul_note = f"; {nul_bytes} NUL byte(s), removed" if nul_bytes else ""
    return _decide(where, stats, nul_bytes, nul_note)


class _Stats:
    """What the non-ASCII parts of a file that is not valid UTF-8 look like."""

    def __init__(self):
        self.valid_sequences = 0  # valid multi-byte UTF-8 characters
        self.runs = 0  # runs of bytes that are not UTF-8
        self.undefined = 0  # runs holding a byte Windows-1252 leaves undefined
        self.ascii_letters = 0
        self.high_letters = 0  # non-ASCII letters when read as Windows-1252
        self.shown: list[str] = []
        self.sample = b""

    def add(self, text: str, raw: bytes) -> None:
        if len(self.sample) < _CHUNK:
            self.sample += raw[: _CHUNK - len(self.sample)]
        self.ascii_letters += len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        for match in _NON_ASCII_OR_STRAY.finditer(text):
            run = match.group()
            stray = "".join(ch for ch in run if "\udc80" <= ch <= "\udcff")
            self.valid_sequences += len(run) - len(stray)
            if not stray:
                continue
            self.runs += 1
            raw_run = stray.encode("utf-8", "surrogateescape")
            if CP1252_UNDEFINED.intersection(raw_run):
                self.undefined += 1
                continue
            as_1252 = raw_run.decode("cp1252")
            self.high_letters += sum(unicodedata.category(ch).startswith("L") for ch in as_1252)
            for ch in as_1252:
                if ch not in self.shown and len(self.shown) < 6:
                    self.shown.append(ch)


def _decide(where: str, stats: _Stats, nul_bytes: int, nul_note: str) -> Decoding:
    runs = f"{stats.runs} run(s) of bytes that are not UTF-8"
    # Valid multi-byte UTF-8 is strong evidence: Windows-1252 text forms it only by
    # rare accident ("Â©"), so a quarter as many valid characters as stray runs suffices.
    if stats.valid_sequences and 4 * stats.valid_sequences >= stats.runs:
        return Decoding(where, UTF8_REPAIR, f"UTF-8 ({stats.valid_sequences} valid non-ASCII character(s)) with {runs}; "
                        "each run read as Windows-1252 where that makes a letter or a quote/dash, else replaced"
                        + nul_note, nul_bytes)
    letters = stats.ascii_letters + stats.high_letters
    western = letters == 0 or stats.high_letters <= _WESTERN_MAX_SHARE * letters
    if western and not stats.undefined:
        shown = " ".join(stats.shown)
        return Decoding(where, "cp1252", f"not UTF-8; every byte above 0x7F is a Windows-1252 character ({shown})"
                        + nul_note, nul_bytes)
    if western:
        return Decoding(where, UTF8_REPAIR, f"ASCII text with {runs}, {stats.undefined} of them holding bytes "
                        "Windows-1252 does not define (so not a Windows-1252 file); each run read as Windows-1252 "
                        "where that makes a letter or a quote/dash, else replaced (see text repairs)" + nul_note,
                        nul_bytes)
    guess = _detector_guess(stats.sample)
    if guess is None:
        return Decoding(where, UTF8_REPAIR, f"not UTF-8 and no encoding recognised ({runs}); "
                        "each run repaired or replaced (see text repairs); save the file as UTF-8" + nul_note,
                        nul_bytes)
    return Decoding(where, guess, "not UTF-8, mostly non-Latin letters: charset-normalizer's best guess; "
                    "if the text looks wrong, save the file as UTF-8" + nul_note, nul_bytes)


def _detector_guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return best.encoding if best is not None else None
