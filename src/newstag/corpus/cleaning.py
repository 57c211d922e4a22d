"""Turn raw bytes into clean text, and count what needed repair.

Real files mix encodings: FA-KES is mostly UTF-8 with stray Windows-1252
bytes left by a broken conversion. We decode without crashing, let ftfy
repair the mojibake it knows, and replace what no library can recover by a
neutral character, so that no U+FFFD reaches the text unannounced.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

from newstag.corpus.encoding import looks_binary

__all__ = ["Repairs", "decode_bytes", "clean_text", "dedup_key", "has_control_chars", "looks_binary", "strip_footer"]

# A run of undecodable bytes (kept as surrogates by surrogateescape), with
# the "_" that such broken quote/dash sequences carry in FA-KES.
_UNDECODABLE = re.compile(r"[\udc80-\udcff]+_?")
_REPLACEMENT_RUN = re.compile("\ufffd+")
# Windows-1252 punctuation and signs a stray byte in UTF-8 text is taken for.
# Not the bullet (0x95): in the files seen so far it marks a damaged character
# (FA-KES: 0x95 then 0x81, 0xB5 or "_"), never a list item.
_TYPOGRAPHY = frozenset("‚„…†‡‰‹›‘’“”–—™€«»°£©®±·¼½¾¿¡§¶\u00a0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# _CONTROL's characters below 0x80, as bytes (its C1 part is not ASCII).
_ASCII_CONTROL = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Runs of blanks that need folding: two or more, or any single blank that is not a space
# (single spaces, by far the most common, are left alone without a substitution).
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

# Repair encoding damage only; typography (curly quotes, ligatures, widths)
# is the author's, not damage.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
)

@dataclass
class Repairs:
    """Counts of what cleaning changed, summed over everything it saw."""

    undecodable_runs: int = 0
    mojibake_fixed: int = 0
    replacement_chars: int = 0
    control_chars: int = 0
    items_repaired: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, other: "Repairs") -> None:
        self.undecodable_runs += other.undecodable_runs
        self.mojibake_fixed += other.mojibake_fixed
        self.replacement_chars += other.replacement_chars
        self.control_chars += other.control_chars
        self.items_repaired += other.items_repaired
        self.examples.extend(other.examples[: max(0, 5 - len(self.examples))])

    @property
    def total(self) -> int:
        return self.undecodable_runs + self.mojibake_fixed + self.replacement_chars + self.control_chars


def _replace_lost_punctuation(match: re.Match[str]) -> str:
    # What stood here was a quote, apostrophe or dash whose bytes were
    # mangled beyond recovery. Between a word and "s" it was an apostrophe.
    text = match.string
    after = text[match.end() : match.end() + 2]
    before = text[match.start() - 1 : match.start()]
    if before.isalnum() and after[:1] == "s" and not after[1:2].isalnum():
        return "'"
    return " "


def decode_bytes(raw: bytes, repairs: Repairs | None = None) -> str:
    """Decode ``raw`` as UTF-8, repairing rather than failing.

    Bytes that are not valid UTF-8 are first read as Windows-1252 and given
    to ftfy; a run is kept when that makes letters or typography (quotes,
    dashes, an ellipsis); runs that still make no sense are replaced by a
    space (or an apostrophe in ``Syria's``). Every such repair is counted in
    ``repairs``. The file-level choice of encoding is
    :func:`newstag.corpus.encoding.sniff_encoding`'s; this is its
    "UTF-8 with stray bytes" case.
    """
    repairs = repairs if repairs is not None else Repairs()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="surrogateescape")

    def recover(match: re.Match[str]) -> str:
        run = match.group()
        bad = run.rstrip("_").encode("utf-8", errors="surrogateescape")
        as_1252 = bad.decode("sloppy-windows-1252")
        fixed = ftfy.fix_text(as_1252, config=_FTFY_CONFIG)
        # Keep what ftfy repaired, and Windows-1252 letters ("café") and typography (quotes, dashes).
        if fixed and all(ch.isprintable() and unicodedata.category(ch)[0] in "LPSN" for ch in fixed) \
                and (fixed != as_1252 or all(ch in _TYPOGRAPHY or unicodedata.category(ch)[0] == "L" for ch in fixed)):
            repairs.mojibake_fixed += 1
            return fixed + run[len(run.rstrip("_")):]
        repairs.undecodable_runs += 1
        if len(repairs.examples) < 5:
            start = max(0, match.start() - 20)
            repairs.examples.append(text[start : match.end() + 20].encode("utf-8", "backslashreplace").decode())
        return _replace_lost_punctuation(match)

    repaired = _UNDECODABLE.sub(recover, text)
    repairs.items_repaired += 1  # this file or field needed repair
    return repaired


def clean_text(text: str, repairs: Repairs | None = None) -> str:
    """Normalise one text: fix mojibake, drop control chars, tidy spaces.

    Paragraph breaks (blank lines) survive; runs of spaces and more than one
    blank line are folded. U+FFFD left by an earlier lossy decode is removed
    and counted, never kept silently.
    """
    repairs = repairs if repairs is not None else Repairs()
    before = repairs.total
    # Removing a control char can expose mojibake to ftfy: repeat until stable.
    for _ in range(4):
        cleaned = _clean_once(text, repairs)
        if cleaned == text:
            break
        text = cleaned
    if repairs.total > before:
        repairs.items_repaired += 1
    return text


def _clean_once(text: str, repairs: Repairs) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # C0 control characters (NUL...) are never part of mojibake: count and
    # remove them here, before ftfy would drop them uncounted. C1 ones may be
    # (UTF-8 read as Latin-1), so they wait until after ftfy.
    has_control = has_control_chars(text)
    if has_control and _C0.search(text):
        repairs.control_chars += len(_C0.findall(text))
        text = _C0.sub(" ", text)
        has_control = has_control_chars(text)
    # Mojibake needs non-ASCII characters, so plain ASCII without control
    # characters is what ftfy would return unchanged: skip its cost.
    if text.isascii() and not has_control:
        fixed = text
    else:
        fixed = ftfy.fix_text(text, config=_FTFY_CONFIG)
    if fixed != text:
        repairs.mojibake_fixed += 1
        has_control = has_control_chars(fixed)
    text = fixed
    if "\ufffd" in text:
        repairs.replacement_chars += len(_REPLACEMENT_RUN.findall(text))
        text = _REPLACEMENT_RUN.sub(" ", text)
    if has_control:
        repairs.control_chars += len(_CONTROL.findall(text))
        text = _CONTROL.sub(" ", text)
    text = "\n".join(line.strip() for line in _fold_spaces(text).split("\n"))
    # Lines are stripped now, so a run of blank lines is three line breaks in a row.
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def has_control_chars(text: str) -> bool:
    """Whether ``text`` holds a control character that cleaning removes (C0 but tab and line breaks, DEL, C1).

    The same answer as searching with the control-character pattern. Most
    texts are ASCII; for them, deleting the control bytes from the encoded
    text (``bytes.translate``, a table lookup per byte in C) and comparing
    lengths costs a fifth of the regular-expression scan.
    """
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_CONTROL)) != len(text)
    return _CONTROL.search(text) is not None


def _fold_spaces(text: str) -> str:
    # In ASCII text the blanks _SPACES folds are spaces and tabs: without a tab
    # or two spaces in a row there is nothing to fold, and the scan is skipped.
    if text.isascii() and "\t" not in text and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


# Cues that open a site footer: social-media "follow" calls, newsletter or
# channel sign-ups, copyright lines. Case-insensitive except FOLLOW <NAME>,
# whose capitals are what sets it apart from a sentence ("troops follow Assad").
_SOCIAL = r"(?:twitter|facebook|instagram|youtube|telegram|whatsapp|linkedin|tiktok|social\s+media)"
_FOOTER_CUE = re.compile(
    r"(?<!\w)(?:"
    r"follow\s+us\b"                                                        # Follow us on Instagram
    r"|(?-i:FOLLOW\s+@?[A-Z][A-Z0-9_.]{2,}\b)"                                # FOLLOW NEWSDESK
    r"|(?:follow|like|join|subscribe(?:\s+to)?)\s+(?:@?[\w.]+\s+){1,3}on\s+" + _SOCIAL + r"\b"
    r"|(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:newsletters?|channel|mailing\s+list|alerts)\b"                     # Subscribe to our newsletter
    r"|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©)"                              # Copyright © 2018 ...
    r"|©\s*(?:\d{4}\b|[A-Z])"
    r"|all\s+rights\s+reserved\b"
    r")",
    re.IGNORECASE,
)
# Words every cue holds, in lower case: one alternative of _FOOTER_CUE each
# ("©" is not ASCII). An ASCII window without any of them holds no cue, and
# testing for them costs a tenth of a search with the cue pattern. "All
# rights reserved" is known by "reserved": "rights" is in most windows of
# Syrian-war news (the Syrian Observatory for Human Rights).
_CUE_WORDS = ("follow", "twitter", "facebook", "instagram", "youtube", "telegram", "whatsapp", "linkedin", "tiktok",
              "social", "subscribe", "sign", "copyright", "reserved")
#: A footer cue counts only this close to the end (of what is left).
FOOTER_WINDOW = 400
#: Never cut an item down to less than this many characters.
FOOTER_MIN_KEPT = 200
# The sentence holding a cue goes too ("Never miss a story: sign up to our
# channel"), if it starts at most this many characters before the cue.
_FOOTER_LEAD = 60


def strip_footer(text: str) -> tuple[str, str]:
    """Remove a trailing site footer; return ``(kept, removed)``.

    A footer is a final run of text that starts at a footer cue ("Follow us
    on ...", "FOLLOW <NAME>", "<name> on Twitter/Facebook/...", "Subscribe to
    our newsletter", "sign up to our channel", "Copyright ©", "© 2018",
    "All rights reserved") lying within the last :data:`FOOTER_WINDOW`
    characters. Footers stack (follow, subscribe, copyright, site links), so
    the search repeats on what is left, each time within the window; the
    sentence that holds a cue is removed with it when it starts at most
    60 characters before the cue. Nothing is removed when less than
    :data:`FOOTER_MIN_KEPT` characters would be left. ``removed`` is
    ``""`` when the text has no footer.
    """
    end = len(text)
    while True:
        window_start = max(0, end - FOOTER_WINDOW)
        cue = _FOOTER_CUE.search(text, window_start, end) if _may_hold_cue(text[window_start:end]) else None
        if cue is None:
            break
        cut = cue.start()
        sentence_start = max(text.rfind(mark, 0, cut) for mark in (".", "!", "?", "\n")) + 1
        if cut - sentence_start <= _FOOTER_LEAD:
            cut = sentence_start
        kept = text[:cut].rstrip()
        if len(kept) < FOOTER_MIN_KEPT:
            break
        end = len(kept)
    if end == len(text):
        return text, ""
    return text[:end], text[end:].strip()


def _may_hold_cue(window: str) -> bool:
    # In ASCII text, case-insensitive matching is that of str.lower (no long s,
    # no Kelvin sign), so a cue's word shows in the lowered window.
    if not window.isascii():
        return True
    lowered = window.lower()
    return any(word in lowered for word in _CUE_WORDS)


def dedup_key(text: str) -> str:
    """Key under which two texts count as the same article.

    Case, punctuation and spacing are ignored, because copies of one article
    in FA-KES differ only in those.
    """
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))
