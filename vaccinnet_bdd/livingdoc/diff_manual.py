"""``vaccinnet-bdd diff-manual OLD NEW``: what changed between two versions of the manual, and what it touches.

Both files are read as the report reads them (their own outline, their sections, the labels they
quote). Sections are matched by number, and a section whose number changed but whose title did not
is renumbered, not removed and added. Within a section the text is compared word by word (Python's
difflib: the standard library's, well kept, and enough for prose); labels that appeared and
disappeared are paired as changed when they read alike. Each change names the scenarios it touches
(tagged with the section, or using the label) and the figures (a figure scenario of that section,
or marking that label).
"""

from __future__ import annotations

import difflib
import html
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.reader import Section, outline_of, read

from .features import IndexedScenario, index

FIGURE = re.compile(r'figuur "([\d.]+-\d+)"')


@dataclass
class SectionChange:
    number: str  # in the new version (the old one for a removed section)
    title: str
    kind: str  # toegevoegd, verwijderd, hernummerd, hertiteld, gewijzigd
    old_number: str | None = None
    old_title: str | None = None
    words: list[tuple[str, str, str]] = field(default_factory=list)  # (soort, oud, nieuw)
    labels: list[tuple[str, str, str]] = field(default_factory=list)  # (verschenen|verdwenen|gewijzigd, oud, nieuw)
    scenarios: list[str] = field(default_factory=list)  # file:line title
    figures: list[str] = field(default_factory=list)
    old_html: str = ""  # the old text, what went marked with <del>
    new_html: str = ""  # the new text, what came marked with <ins>


@dataclass
class ManualDiff:
    old: str  # version and date
    new: str
    changes: list[SectionChange]

    @property
    def touches(self) -> bool:
        return any(change.scenarios or change.figures for change in self.changes)


def _words(section: Section | None) -> list[str]:
    return " ".join(section.lines).split() if section else []


def _word_changes(old: list[str], new: list[str]) -> list[tuple[str, str, str]]:
    kinds = {"replace": "herschreven", "delete": "weggelaten", "insert": "toegevoegd"}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (kinds[tag], " ".join(old[i1:i2]), " ".join(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _side_by_side(old: list[str], new: list[str]) -> tuple[str, str]:
    """Both texts as HTML, the words that went in <del>, the words that came in <ins>."""
    left, right = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        before, after = html.escape(" ".join(old[i1:i2])), html.escape(" ".join(new[j1:j2]))
        left.append(before if tag == "equal" or not before else f"<del>{before}</del>")
        right.append(after if tag == "equal" or not after else f"<ins>{after}</ins>")
    return " ".join(p for p in left if p), " ".join(p for p in right if p)


def _label_changes(old: list[str], new: list[str]) -> list[tuple[str, str, str]]:
    gone = [label for label in old if label not in new]
    came = [label for label in new if label not in old]
    changes = []
    for label in gone:
        like = difflib.get_close_matches(label, came, n=1, cutoff=0.6)
        if like:
            came.remove(like[0])
            changes.append(("gewijzigd", label, like[0]))
        else:
            changes.append(("verdwenen", label, ""))
    return changes + [("verschenen", "", label) for label in came]


def _touched(change: SectionChange, scenarios: tuple[IndexedScenario, ...]) -> None:
    numbers = {n for n in (change.number, change.old_number) if n}
    labels = [label for _, old, new in change.labels for label in (old, new) if label]
    for scenario in scenarios:
        text = " ".join([scenario.title, *(s["text"] for s in scenario.pickle["steps"])])
        tables = " ".join(c["value"] for s in scenario.pickle["steps"] for r in _rows(s) for c in r["cells"])
        in_section = any(f"{outline.TAG_PREFIX}{n}" in scenario.tags for n in numbers)
        uses = [label for label in labels if label in text or label in tables]
        if not (in_section or uses):
            continue
        where = f"{scenario.feature.file}:{scenario.line}"  # an outline once, not each example
        figure = FIGURE.search(text)
        if "figuur" in scenario.tags and figure:
            change.figures = sorted({*change.figures, figure[1]})
        elif not any(s.startswith(where + " ") for s in change.scenarios):
            change.scenarios.append(f"{where} {scenario.title}")


def _rows(step: dict[str, object]) -> list[dict[str, list[dict[str, str]]]]:
    argument = step.get("argument")
    table = argument.get("dataTable") if isinstance(argument, dict) else None
    return table["rows"] if isinstance(table, dict) else []


def diff(old_path: Path, new_path: Path, features: Path) -> ManualDiff:
    old_outline = outline_of(old_path) or outline.BUILT_IN
    new_outline = outline_of(new_path) or outline.BUILT_IN
    old, new = read(old_path, old_outline), read(new_path, new_outline)
    old_titles = {s.number: s.title for s in old_outline.sections}
    new_titles = {s.number: s.title for s in new_outline.sections}
    renumbered = {
        o: n
        for o, title in old_titles.items()
        if o not in new_titles
        for n, new_title in new_titles.items()
        if n not in old_titles and new_title.lower() == title.lower()
    }
    changes = []
    for number, title in new_titles.items():
        before = next((o for o, n in renumbered.items() if n == number), number if number in old_titles else None)
        if before is None:
            change = SectionChange(number, title, "toegevoegd")
        else:
            kind = "hernummerd" if before != number else ("hertiteld" if old_titles[before] != title else "gewijzigd")
            change = SectionChange(number, title, kind, before, old_titles[before])
        words_before, words_after = _words(old.get(before or "")), _words(new.get(number))
        change.words = _word_changes(words_before, words_after)
        change.old_html, change.new_html = _side_by_side(words_before, words_after)
        change.labels = _label_changes(
            old[before].labels if before in old else [], new[number].labels if number in new else []
        )
        if change.kind != "gewijzigd" or change.words or change.labels:
            changes.append(change)
    for number, title in old_titles.items():
        if number not in new_titles and number not in renumbered:
            change = SectionChange(number, title, "verwijderd", number, title)
            change.labels = [("verdwenen", label, "") for label in (old[number].labels if number in old else [])]
            change.old_html = f"<del>{html.escape(' '.join(_words(old.get(number))))}</del>"
            changes.append(change)
    scenarios = index(features)
    for change in changes:
        _touched(change, scenarios)
    return ManualDiff(
        f"{old_outline.version} ({old_outline.date})", f"{new_outline.version} ({new_outline.date})", changes
    )


def as_json(result: ManualDiff) -> str:
    return json.dumps({**asdict(result), "raakt": result.touches}, ensure_ascii=False, indent=1)


def as_text(result: ManualDiff) -> str:
    lines = [f"Handleiding {result.old} -> {result.new}: {len(result.changes)} secties veranderd."]
    for c in result.changes:
        was = f" (was {c.old_number} {c.old_title})" if c.kind in ("hernummerd", "hertiteld") else ""
        lines.append(f"§{c.number} {c.title}: {c.kind}{was}")
        lines += [f"  tekst {kind}: '{old}' -> '{new}'" for kind, old, new in c.words[:20]]
        lines += [f"  schermtekst {kind}: '{old}' -> '{new}'" for kind, old, new in c.labels]
        lines += [f"  raakt scenario {s}" for s in c.scenarios]
        lines += [f"  raakt figuur {f}" for f in c.figures]
    return "\n".join(lines)


def as_html(result: ManualDiff) -> str:
    """A page for writers: per changed section the old and the new text side by side, changes marked,
    and what each change touches."""
    parts = []
    for c in result.changes:
        was = (
            f" (was §{c.old_number} {html.escape(c.old_title or '')})" if c.kind in ("hernummerd", "hertiteld") else ""
        )
        labels = "".join(
            f"<li>schermtekst {kind}: <del>{html.escape(old)}</del> <ins>{html.escape(new)}</ins></li>"
            for kind, old, new in c.labels
        )
        touched = "".join(f"<li>scenario {html.escape(s)}</li>" for s in c.scenarios)
        touched += "".join(f"<li>figuur {html.escape(f)}</li>" for f in c.figures)
        parts.append(
            f'<section><h2>§{c.number} {html.escape(c.title)} <span class="soort">{c.kind}</span>{was}</h2>'
            f'<div class="naast"><div><h3>{html.escape(result.old)}</h3><p>{c.old_html}</p></div>'
            f"<div><h3>{html.escape(result.new)}</h3><p>{c.new_html}</p></div></div>"
            f"<ul>{labels}</ul><p>Raakt:</p><ul>{touched or '<li>geen scenario en geen figuur</li>'}</ul></section>"
        )
    style = (
        "body{font-family:Arial,sans-serif;max-width:90rem;margin:auto;padding:1rem 2rem}"
        ".naast{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}"
        "del{background:#ffcdd2}ins{background:#c8e6c9;text-decoration:none}.soort{font-size:.8rem;color:#555}"
    )
    return (
        f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Handleiding {html.escape(result.old)}'
        f" tegenover {html.escape(result.new)}</title><style>{style}</style></head><body>"
        f"<h1>Handleiding {html.escape(result.old)} tegenover {html.escape(result.new)}</h1>"
        f"<p>{len(result.changes)} secties veranderd.</p>" + "".join(parts) + "</body></html>"
    )
