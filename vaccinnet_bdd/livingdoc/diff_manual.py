"""``vaccinnet-bdd diff-manual OLD NEW``: what changed between two versions of the manual, and what it touches.

Both files are read as the report reads them (their own outline, their sections, the labels they
quote), in any of the four formats, and compared as a reader sees them (``manual.seen.words``): quotes,
dashes, spaces, soft hyphens, line breaks, a word broken at a line's end, list bullets and table
syntax are form, not change. A word broken after a hyphen is joined as either version writes it
elsewhere.

Sections are paired by title first, then by content (a retitled section, a section both retitled
and moved), then by number: a section removed or inserted before others is "verwijderd" or
"toegevoegd", the sections after it "hernummerd". Within a section the text is compared word by
word (Python's difflib: the standard library's, well kept, and enough for prose); labels that
appeared and disappeared are paired as changed when they read alike. Each change names the
scenarios it touches (tagged with the section's number in the old version, the one the features
were written for; or using a changed label) and the figures (a figure scenario of that section, or
marking that label).
"""

from __future__ import annotations

import difflib
import html
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual.formats import lines_of
from vaccinnet_bdd.manual.reader import Section
from vaccinnet_bdd.manual.seen import vocabulary

from .diff_pairs import Version, pair, same_title
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
class FormChange:
    """A section whose text reads the same in both versions, but is written otherwise."""

    number: str
    title: str
    examples: list[tuple[str, str]]  # (oud, nieuw) as the files write them, a few
    layout: bool  # spaces or line breaks differ too


@dataclass
class ManualDiff:
    old: str  # version and date
    new: str
    changes: list[SectionChange]
    form: list[FormChange] = field(default_factory=list)  # with ``form=True`` only

    @property
    def touches(self) -> bool:
        return any(change.scenarios or change.figures for change in self.changes)


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


def _label_changes(old: dict[str, str], new: dict[str, str]) -> list[tuple[str, str, str]]:
    """Labels compared as a reader sees them (``normal``), named as the versions write them."""
    gone = [key for key in old if key not in new]
    came = [key for key in new if key not in old]
    changes = []
    for key in gone:
        like = difflib.get_close_matches(key, came, n=1, cutoff=0.6)
        if like:
            came.remove(like[0])
            changes.append(("gewijzigd", old[key], new[like[0]]))
        else:
            changes.append(("verdwenen", old[key], ""))
    return changes + [("verschenen", "", new[key]) for key in came]


def _touched(change: SectionChange, scenarios: tuple[IndexedScenario, ...]) -> None:
    number = change.old_number or change.number  # the features carry the old version's numbers
    labels = [label for _, old, new in change.labels for label in (old, new) if label]
    for scenario in scenarios:
        text = " ".join([scenario.title, *(s["text"] for s in scenario.pickle["steps"])])
        tables = " ".join(c["value"] for s in scenario.pickle["steps"] for r in _rows(s) for c in r["cells"])
        in_section = f"{outline.TAG_PREFIX}{number}" in scenario.tags
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


def _removed(number: str, title: str, old: Version) -> SectionChange:
    change = SectionChange(number, title, "verwijderd", number, title)
    change.labels = [("verdwenen", label, "") for label in old.labels[number].values()]
    change.old_html = f"<del>{html.escape(' '.join(old.words[number]))}</del>" if old.words[number] else ""
    return change


def _form(number: str, title: str, old: Section | None, new: Section | None) -> FormChange | None:
    """How a section that reads the same is written otherwise: the words as the files write them
    (Markdown and tags left out), and whether its spaces or line breaks differ."""
    before = " ".join(old.lines if old else []).replace("**", "").split()
    after = " ".join(new.lines if new else []).replace("**", "").split()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    examples = [
        (" ".join(before[i1:i2]), " ".join(after[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    # the text with every word as one letter: what is left differs where spaces or line breaks do
    skeleton = [re.sub(r"\S+", "x", "\n".join(side.lines if side else [])) for side in (old, new)]
    layout = skeleton[0] != skeleton[1]
    return FormChange(number, title, examples[:5], layout) if examples or layout else None


def diff(old_path: Path, new_path: Path, features: Path, *, form: bool = False) -> ManualDiff:
    """What changed from ``old_path`` to ``new_path``; with ``form``, also the sections that changed
    in form only. Raises ManualError for a file that is no manual."""
    old, new = Version.read(old_path), Version.read(new_path)
    known = vocabulary(lines_of(old_path)) | vocabulary(lines_of(new_path))
    old.compare_with(known)
    new.compare_with(known)
    paired = pair(old, new)
    old_titles, old_order = old.titles, {number: i for i, number in enumerate(old.titles)}
    removed = [number for number in old_titles if number not in paired.values()]
    changes: list[SectionChange] = []
    forms: list[FormChange] = []
    for number, title in new.titles.items():
        before = paired.get(number)
        if before is not None:  # a removed section stands where it stood, before the one that followed it
            while removed and old_order[removed[0]] < old_order[before]:
                gone = removed.pop(0)
                changes.append(_removed(gone, old_titles[gone], old))
        if before is None:
            change = SectionChange(number, title, "toegevoegd")
        else:
            moved, retitled = before != number, same_title(old_titles[before]) != same_title(title)
            kind = "hernummerd" if moved else ("hertiteld" if retitled else "gewijzigd")
            change = SectionChange(number, title, kind, before, old_titles[before])
        words_before, words_after = (old.words[before] if before else []), new.words[number]
        change.words = _word_changes(words_before, words_after)
        change.old_html, change.new_html = _side_by_side(words_before, words_after)
        change.labels = _label_changes(old.labels[before] if before else {}, new.labels[number])
        if change.kind != "gewijzigd" or change.words or change.labels:
            changes.append(change)
        elif form and before and (found := _form(number, title, old.sections.get(before), new.sections.get(number))):
            forms.append(found)
    changes += [_removed(number, old_titles[number], old) for number in removed]
    scenarios = index(features)
    for change in changes:
        _touched(change, scenarios)
    return ManualDiff(
        f"{old.outline.version} ({old.outline.date})", f"{new.outline.version} ({new.outline.date})", changes, forms
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
    if result.form:
        lines.append(f"Alleen de vorm veranderd, geen wijziging: {len(result.form)} secties.")
    for f in result.form:
        layout = ["witruimte of regeleinden"] if f.layout else []
        lines.append(f"§{f.number} {f.title}: " + "; ".join([*(f"'{o}' -> '{n}'" for o, n in f.examples), *layout]))
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
    if result.form:
        items = "".join(
            f"<li>§{f.number} {html.escape(f.title)}: "
            + "; ".join(f"<del>{html.escape(o)}</del> <ins>{html.escape(n)}</ins>" for o, n in f.examples)
            + (" (witruimte of regeleinden)" if f.layout else "")
            + "</li>"
            for f in result.form
        )
        parts.append(f"<section><h2>Alleen de vorm veranderd, geen wijziging</h2><ul>{items}</ul></section>")
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
