"""Check that a change leaves ``newstag tag`` output byte for byte the same.

Runs ``python -m newstag tag`` twice on every input, once with a reference
source tree (e.g. ``git archive <commit> | tar -x -C REF``) and once with this
one, with and without ``--evidence`` (and with a small ``--chunk-size``, so
that chunk boundaries are crossed), and compares stdout byte for byte and the
load report on stderr. Inputs: FA-KES (the CSV as given, if found), the seeds,
odd inputs written to benchmarks/work/odd_inputs/ (encodings, control characters,
mojibake, footers, non-text fields, broken lines), and any JSONL named on the
command line.

    python benchmarks/same_output.py --reference REF [ITEMS.jsonl ...]

Prints one line per comparison and the number of output lines (items)
compared; exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_odd_inputs(folder: Path) -> list[Path]:
    """Small files that exercise the readers' and the cleaner's repairs; no FA-KES text."""
    base = ["Warplanes bombed the town overnight, killing 12 civilians.",
            "The U.S. State Dept. said talks in Geneva would resume on Jan. 5.",
            "A ceasefire was agreed on Monday.  Aid convoys reached the besieged district.",
            "Gen. Ali told AFP:\"We reject the truce.\"The army advanced.",
            "DAMASCUS, May 3 (SANA) - Syrian troops entered the town.",
            "UNHCR said 2,000 refugees fled. (AFP) Rescue teams searched the rubble.",
            "Follow us on Twitter. Copyright \u00a9 2018 All rights reserved."]
    rows = [
        {"id": "a1", "title": "Airstrike hits market", "text": " ".join(base)},
        {"id": "a2", "title": "", "text": "\r\n".join(base)},
        {"id": "a3", "title": "Tabs\tand\u00a0spaces",
         "text": "Line one\t\tgoes\u2003on.\n\n\n\nParagraph two   here.\x07 Bell char.\x00NUL"},
        {"id": "a4", "title": "Mojibake",
         "text": "The minister\u00e2\u20ac\u2122s statement \u00e2\u20ac\u0153condemned\u00e2\u20ac\x9d the attack on caf\u00c3\u00a9 owners."},
        {"id": "a5", "title": "Replacement", "text": "Bad bytes \ufffd\ufffd here and C1 \x85 control \x9c chars."},
        {"id": "a6", "title": None, "text": ""},
        {"id": "a7", "title": "only title", "text": "   "},
        {"id": "a8", "title": "MARK inside", "text": "Strange letter \ua66e in text. Another sentence follows."},
        {"id": "a9", "title": "Cyrillic \u0438 \u4e2d\u6587",
         "text": "\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430. \u5317\u4eac said aid would flow."},
        {"id": "a10", "title": "List", "text": ["para one about airstrikes.", "para two about aid and the UN Security Council."]},
        {"id": "a11", "title": "number text", "text": 12345},
        {"id": "a12", "title": "Long", "text": (" ".join(base) + "\n") * 400},
        {"id": "a13", "title": "footer", "text": " ".join(base[:6]) * 3
         + " Follow us on Twitter and Facebook. Subscribe to our newsletter. Copyright \u00a9 2018 Foo. All rights reserved."},
        {"id": "a14", "title": "Ellipsis \u2026", "text": "killed. ... 12 Comments. The U.S. The army said p.m. Mr. Smith. "
         "2. Access for aid\n- Troops advance - Meanwhile the talks..."},
        {"id": "a15", "title": "Zero-width", "text": "Word\u200bjoined and\u202fnarrow and ideographic\u3000space. "
         "Ligature \ufb01re and \uff26\uff35\uff2c\uff2c width."},
        {"id": "a16", "title": "<b>HTML</b> &amp; entities",
         "text": "Aid &amp; relief &lt;b&gt; reached \u201cthe\u201d town\u2014finally\u2026 It\u2019s over."},
        {"id": "a17", "text": "No title field. Airstrikes continued near Homs AFP Sunday 9 Mar 2014 A drone struck a car."},
        {"id": "a18", "title": "dict text", "text": {"a": 1}},
        {"id": "a19", "title": "Trailing ws  ", "text": "  cease-fire and cease fire spelled apart.  \n"},
        {"id": "a20", "title": "al-Assad", "text": "Al-Qaeda's fighters and al Nusra's; humanitarian corridor opened "
         "by the Red Crescent. Don't shell-shock."},
        {"id": "a21", "title": "Caf\u00e9 d\u00e9j\u00e0 vu", "text": "Na\u00efve r\u00e9sum\u00e9: the \u00e9lite's "
         "air\u2011strike (non-breaking hyphen) and \u2018quoted\u2019 talks\u2026"},
    ]
    paths = []
    odd = folder / "odd.jsonl"
    with open(odd, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        handle.write("not json at all\n")
        handle.write('{"id": "b1", "text": "two objects"} {"id": "b2", "text": "on one line about shelling"}\n')
        handle.write("[1, 2]\n\n")
    paths.append(odd)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["id", "title", "text", "date"])
    for i, row in enumerate(rows[:5]):
        writer.writerow([f"c{i}", row.get("title") or "", str(row["text"]).replace("\x00", ""), "03/04/2018"])
    (folder / "cp1252.csv").write_bytes(buffer.getvalue().encode("cp1252", errors="replace"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbfHeadline with BOM\n\n" + " ".join(base).encode())
    (folder / "latin1.txt").write_bytes("Caf\u00e9 na\u00efve r\u00e9sum\u00e9. Aid arrived.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(("Utf16 headline\n\n" + " ".join(base)).encode("utf-16"))
    (folder / "stray.txt").write_bytes(b"Syria\x92s army said the \x93truce\x94 was broken \x96 again. "
                                       b"Damage \x95\x81 and \x95_ here.")
    (folder / "nul.txt").write_bytes(b"Text with\x00 NUL bytes\x00 and airstrikes.\r\nSecond line\rold mac line.")
    paths += [folder / name for name in ("cp1252.csv", "bom.txt", "latin1.txt", "utf16.txt", "stray.txt", "nul.txt")]
    return paths + [folder]


def run_tag(src: Path, inputs: list[str], options: list[str]) -> tuple[bytes, bytes]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("NEWSTAG_MODEL", None)
    proc = subprocess.run([sys.executable, "-m", "newstag", "tag", *inputs, *options], capture_output=True,
                          env=env, cwd=ROOT, check=False)
    return proc.stdout, proc.stderr


def reference(args, given: list[str], options: list[str]) -> tuple[bytes, bytes]:
    """The reference's output, from ``--cache`` when it holds it (inputs named by path and size)."""
    if args.cache is None:
        return run_tag(args.reference / "src", given, options)
    sizes = [os.path.getsize(g) if os.path.isfile(g) else 0 for g in given]
    key = hashlib.sha256(json.dumps([given, sizes, options]).encode()).hexdigest()[:20]
    out, err = args.cache / f"{key}.out", args.cache / f"{key}.err"
    if not out.exists():
        stdout, stderr = run_tag(args.reference / "src", given, options)
        args.cache.mkdir(parents=True, exist_ok=True)
        out.write_bytes(stdout)
        err.write_bytes(stderr)
    return out.read_bytes(), err.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", required=True, type=Path, help="root of the reference source tree")
    parser.add_argument("--cache", type=Path, help="keep the reference's outputs here and reuse them")
    parser.add_argument("jsonl", nargs="*", help="more inputs (e.g. the resampled corpora)")
    args = parser.parse_args()
    from newstag.config import resolve_fakes_path

    fakes = resolve_fakes_path()
    folder = ROOT / "benchmarks" / "work" / "odd_inputs"
    folder.mkdir(parents=True, exist_ok=True)
    odd = write_odd_inputs(folder)
    inputs = ([[str(fakes)]] if fakes else []) + [[str(ROOT / "seeds")]] + [[str(p)] for p in odd]
    inputs += [[p] for p in args.jsonl]
    modes = [[], ["--evidence"], ["--chunk-size", "7"], ["--evidence", "--chunk-size", "7"],
             ["--format", "csv"]]
    lines = differences = 0
    for given in inputs:
        for options in modes:
            want = reference(args, given, options)
            got = run_tag(ROOT / "src", given, options)
            n = want[0].count(b"\n")
            same = want == got
            lines += n
            differences += not same
            status = "same" if same else ("DIFFERENT stdout" if want[0] != got[0] else "DIFFERENT stderr")
            print(f"{status}: {' '.join(Path(g).name for g in given)} {' '.join(options)} ({n} lines)", flush=True)
    print(f"{lines} output lines compared; {differences} difference(s)")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
