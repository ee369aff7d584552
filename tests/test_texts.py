"""One home per UI text: the catalogue under mock_portals/locale/, its languages, and guards that no
text of the mock lives anywhere else."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from jinja2 import Environment
from starlette.testclient import TestClient

from mock_portals import texts
from mock_portals.app import create_app
from mock_portals.domain import errors
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.domain.orgtypes import ORG_TYPES
from mock_portals.store import Store

from .conftest import DUTCH, log_in

PACKAGE = Path(texts.__file__).parent
TEMPLATES = sorted((PACKAGE / "templates").rglob("*.html"))
SOURCES = sorted(PACKAGE.rglob("*.py"))
NL = DUTCH.texts["nl"]
KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+")
PREFIXES = {key.split(".")[0] for key in NL}
REFUSALS = {name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, Exception)}


def _template_strings() -> Iterator[str]:
    """Every string literal inside the Jinja code of the templates."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    for path in TEMPLATES:
        for _, token, value in env.lex(path.read_text(encoding="utf-8")):
            if token == "string":
                yield ast.literal_eval(value)


def _python_trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in SOURCES:
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _python_strings() -> Iterator[tuple[Path, str]]:
    """Every string literal of the mock's Python, docstrings excluded."""
    for path, tree in _python_trees():
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                yield path, node.value


def _refusal_codes() -> set[str]:
    """The literal codes of every refusal the mock raises: ``Refused("insz.checksum", ...)``."""
    codes = set()
    for _, tree in _python_trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REFUSALS):
                continue
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                codes.add(node.args[0].value)
    return codes


def _label_keys() -> set[str]:
    """The ids of every domain code the pages show, and of the parts they show of them."""
    keys = {texts.label_key(value) for kind in texts.LABELS for value in kind}
    keys |= {texts.label_key(app, "description") for app in Application}
    keys |= {texts.label_key(t.key, "hoedanigheid") for t in ORG_TYPES}
    return keys


# --- (a) every id used exists in Dutch, and every Dutch id is used ------------------------------


def test_every_id_in_the_templates_and_the_python_is_in_the_dutch_catalogue() -> None:
    literals = [s for s in _template_strings() if KEY.fullmatch(s) and s.split(".")[0] in PREFIXES]
    literals += [s for _, s in _python_strings() if KEY.fullmatch(s) and s.split(".")[0] in PREFIXES]
    literals = [s for s in literals if not s.endswith(".html")]  # a template's name
    used = set(literals) - _refusal_codes() | {f"error.{code}" for code in _refusal_codes()} | _label_keys()
    assert len(used) > 300
    assert sorted(used - set(NL)) == []


def test_every_dutch_text_is_used() -> None:
    # A code that a refusal takes from a variable (``required="email.mandatory"``) is a literal elsewhere.
    literals = set(_template_strings()) | {s for _, s in _python_strings()}
    used = literals | {f"error.{code}" for code in literals} | _label_keys()
    used |= {f"language.{code}" for code in DUTCH.languages}  # the language menu of Vaccinnet
    assert sorted(set(NL) - used) == []


def test_every_dutch_text_formats_with_its_parameters() -> None:
    for key, text in NL.items():
        names = re.findall(r"%\((\w+)\)s", text)
        assert "%" not in re.sub(r"%\(\w+\)s|%%", "", text), key
        assert text % dict.fromkeys(names, "x"), key


def test_a_text_missing_in_dutch_is_an_error_not_a_page() -> None:
    with pytest.raises(texts.MissingText):
        DUTCH.text("nl", "uman.users.no_such_text")


# --- (b) the templates hold no words -------------------------------------------------------------


class _Words(HTMLParser):
    """The words of an HTML fragment's text and of its attributes that a person reads or hears."""

    SHOWN = frozenset({"aria-label", "title", "alt", "placeholder", "label"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("style", "script")
        self.words += [v for k, v in attrs if k in self.SHOWN and v and re.search(r"[^\W\d_]", v)]

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self.skip and re.search(r"[^\W\d_]", data):
            self.words.append(data.strip())


def _text_outside_jinja(path: Path) -> str:
    """The template with every Jinja expression, tag and comment replaced by a space."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    parts, inside = [], 0
    for _, token, value in env.lex(path.read_text(encoding="utf-8")):
        if token in ("variable_begin", "block_begin"):
            inside += 1
            parts.append(" ")
        elif token in ("variable_end", "block_end"):
            inside -= 1
        elif token == "data" and not inside:
            parts.append(value)
    return "".join(parts)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(PACKAGE / "templates")))
def test_a_template_has_no_words_of_its_own(path: Path) -> None:
    parser = _Words()
    parser.feed(_text_outside_jinja(path))
    assert parser.words == []


# --- (c) the Python holds no Dutch sentences -----------------------------------------------------

# Words that occur in almost every Dutch sentence and in no English one, nor in a code.
DUTCH_WORDS = {"de", "het", "een", "van", "niet", "voor", "uw", "u", "geen", "deze", "dit", "bent", "heeft", "kies"}
DUTCH_WORDS |= {"werd", "zijn", "naar", "met", "om", "kan", "enkel", "al", "er", "op", "te", "wie", "hier"}


def test_no_dutch_sentence_in_the_python() -> None:
    found = []
    for path, value in _python_strings():
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", value)} if " " in value.strip() else set()
        if words & DUTCH_WORDS:
            found.append(f"{path.relative_to(PACKAGE)}: {value!r}")
    assert found == []


# --- (d) no Dutch text is copied out of the catalogue --------------------------------------------


def test_no_text_of_the_catalogue_is_copied_into_the_code_or_the_templates() -> None:
    phrases = {text for text in NL.values() if len(text.split()) >= 2 and "%(" not in text}
    phrases |= {part.strip() for text in NL.values() for part in re.split(r"%\(\w+\)s", text) if len(part.split()) >= 3}
    found = []
    for path in [*SOURCES, *TEMPLATES]:
        content = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(PACKAGE)}: {p!r}" for p in phrases if p in content]
    assert found == []


# --- languages -------------------------------------------------------------------------------------


def _catalogue(folder: Path, language: str, translated: dict[str, str]) -> None:
    catalog = Catalog(locale=language)
    for key, text in translated.items():
        catalog.add(key, text)
    (folder / language / "LC_MESSAGES").mkdir(parents=True)
    with (folder / language / "LC_MESSAGES" / "messages.po").open("wb") as po:
        write_po(po, catalog)


@pytest.fixture
def french(tmp_path: Path) -> Path:
    """The Dutch catalogue beside a small French one of four texts."""
    (tmp_path / "nl" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "nl" / "LC_MESSAGES" / "messages.po").write_bytes(
        (texts.LOCALE_DIR / "nl" / "LC_MESSAGES" / "messages.po").read_bytes()
    )
    _catalogue(
        tmp_path,
        "fr",
        {
            "uman.users.title": "Utilisateurs",
            "uman.users.add.insz_label": "Numéro de registre national (NISS) du nouvel utilisateur",
            "uman.users.found": "%(count)s éléments trouvés.",
            "status.actief": "Actif",
        },
    )
    return tmp_path


def _users_page(locale_dir: Path, query: str = "", cookie: str | None = None) -> tuple[TestClient, str]:
    store = Store(seed=1)
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE")
    lb = store.persons.add("Lies", "Bos")
    store.memberships.add(org.riziv, lb.insz, type=MemberType.LB)
    client = TestClient(create_app(store, locale_dir=locale_dir))
    log_in(client, store, "uman", lb.insz)
    if cookie:
        client.cookies.set(texts.COOKIE, cookie)
    return client, f"/uman/{org.riziv}/gebruikers{query}"


def test_a_second_language_shows_its_texts_and_dutch_for_the_rest(french: Path) -> None:
    client, path = _users_page(french, "?taal=fr")
    page = client.get(path)
    assert page.status_code == 200 and '<html lang="fr">' in page.text
    assert "<h1>Utilisateurs</h1>" in page.text and "1 éléments trouvés." in page.text
    assert "Numéro de registre national (NISS) du nouvel utilisateur" in page.text
    assert "<td>Actif</td>" in page.text
    assert "De lijst van de gebruikers tonen op basis van de volgende criteria" in page.text  # not translated
    assert "Uitvoeren" in page.text and "Functionaliteiten" in page.text
    assert page.cookies.get(texts.COOKIE) == "fr"  # remembered for the next pages


def test_the_cookie_keeps_the_language_and_an_unknown_one_gives_dutch(french: Path) -> None:
    client, path = _users_page(french, cookie="fr")
    assert "<h1>Utilisateurs</h1>" in client.get(path).text
    client, path = _users_page(french, "?taal=xx")
    page = client.get(path)
    assert "<h1>Gebruikers</h1>" in page.text and '<html lang="nl">' in page.text


def test_the_language_menu_links_the_languages_of_the_catalogue(french: Path) -> None:
    client, path = _users_page(french)
    page = client.get(path).text
    assert '<a href="?taal=fr" hreflang="fr" lang="fr">FR</a>' in page
    assert "NL | " in page and " | DE" in page  # Dutch is the page's language, German has no catalogue
    client, path = _users_page(texts.LOCALE_DIR)
    assert "NL | FR | DE" in client.get(path).text  # as the manual shows it


def test_a_locale_folder_without_dutch_is_refused(tmp_path: Path) -> None:
    _catalogue(tmp_path, "fr", {"uman.users.title": "Utilisateurs"})
    with pytest.raises(ValueError, match="nl"):
        texts.Catalogue(tmp_path)


def test_every_code_the_pages_show_has_a_dutch_text() -> None:
    for kind in texts.LABELS:
        for value in kind:
            assert isinstance(value, StrEnum) and DUTCH.label("nl", value)
