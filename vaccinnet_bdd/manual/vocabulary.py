"""How the manual and its writers name the kinds of element on a screen, and the ARIA roles each may have.

One vocabulary for the drift check (the manual's prose: "de knop 'Uitvoeren'"), the figures (the
table of marks a writer fills in) and the failure explanations (which say what kind of element a step
looked for). Any other word is taken as an ARIA role itself ("button", ...).
"""

from __future__ import annotations

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "knop": ("button", "link"),  # a button that opens a page is a link in HTML
    "link": ("link",),
    "keuzevakje": ("checkbox",),
    "keuzerondje": ("radio",),
    "veld": ("textbox", "combobox", "spinbutton"),
    "keuzelijst": ("combobox", "listbox"),
    "keuze": ("option",),
    "titel": ("heading",),
    "blok": ("region", "group"),
    "tekst": ("text",),
    "tabblad": ("tab",),
}
# The one Dutch word for each ARIA role a page shows: the words above where they name the role.
ROLE_NAMES: dict[str, str] = {
    **{role: word for word, roles in reversed(ROLE_WORDS.items()) for role in roles},
    "button": "knop",
    "link": "link",
    "combobox": "keuzelijst",
    "alert": "melding",
    "cell": "cel",
    "columnheader": "kolomtitel",
    "definition": "definitie",
    "dialog": "venster",
    "list": "lijst",
    "listitem": "lijstelement",
    "navigation": "navigatie",
    "paragraph": "alinea",
    "form": "formulier",
    "img": "afbeelding",
    "row": "rij",
    "status": "statusmelding",
    "table": "tabel",
    "term": "term",
}
# The words the manual's prose uses before a quoted label to name the kind of control.
CONTROL_WORDS = {word: ROLE_WORDS[word] for word in ("knop", "veld", "keuzevakje", "link", "tabblad")}


def roles_of(word: str) -> tuple[str, ...]:
    """The ARIA roles an element named by ``word`` may have."""
    return ROLE_WORDS.get(word.lower(), (word,))
