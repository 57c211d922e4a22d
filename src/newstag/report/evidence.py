"""Items with their evidence sentences highlighted, as HTML (for notebooks and reports)."""

from __future__ import annotations

import html

from newstag.report.style import tag_color

__all__ = ["evidence_html"]


def _marked(text: str, spans: list[tuple[int, int, str, float]]) -> str:
    """``text`` escaped, with each (start, end, tag, score) span wrapped in a coloured <mark>."""
    out, position = [], 0
    for start, end, tag, score in sorted(spans):
        if start < position:  # a sentence evidencing two tags: marked once, for the first
            continue
        out.append(html.escape(text[position:start]))
        out.append(f'<mark style="background:{tag_color(tag)}33;border-bottom:2px solid {tag_color(tag)}" '
                   f'title="{tag} {score:.2f}">{html.escape(text[start:end])}</mark>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def evidence_html(title: str, text: str, result: dict, *, max_chars: int | None = 1500) -> str:
    """One tagged item as HTML: headline and text with each tag's evidence sentences marked.

    ``result`` is one item's output of :func:`newstag.tag` (``tags``,
    ``scores``, ``evidence``). Hovering a mark shows its tag and score.
    ``max_chars`` cuts the text after the last marked sentence or at that
    length, whichever is later (None: whole text).
    """
    spans = {"title": [], "text": []}
    for tag, sentences in (result.get("evidence") or {}).items():
        for sentence in sentences:
            if isinstance(sentence, dict):
                spans[sentence["field"]].append((sentence["start"], sentence["end"], tag, sentence["score"]))
    shown = text
    if max_chars is not None:
        cut = max([max_chars] + [end for _, end, _, _ in spans["text"]])
        shown = text[:cut] + ("…" if cut < len(text) else "")
    tags = ", ".join(f'<b style="color:{tag_color(t)}">{t}</b> {result["scores"][t]:.2f}' for t in result.get("tags", []))
    return (f'<div style="margin:0.6em 0;padding:0.4em 0.8em;border-left:3px solid #ccc">'
            f'<div><b>{_marked(title or "", spans["title"])}</b></div>'
            f'<div style="font-size:90%;color:#555">{tags or "no tag"}</div>'
            f'<div style="margin-top:0.3em">{_marked(shown, [s for s in spans["text"] if s[1] <= len(shown)])}</div></div>')
