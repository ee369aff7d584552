"""``vaccinnet-bdd editor [--check]``: the Cucumber extension for VS Code completes, checks and links
the project's steps."""

from __future__ import annotations

import argparse


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "editor",
        help="write .vscode/settings.json for the Cucumber extension of VS Code (steps, features, parameter types)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="ask the extension's language service which steps it finds, and which steps of the features it lacks",
    )
    return parser


def main(args: argparse.Namespace, extra: list[str]) -> int:
    from vaccinnet_bdd.harness.library import of_project
    from vaccinnet_bdd.livingdoc.catalogue import entries
    from vaccinnet_bdd.livingdoc.editor import EditorError, ask, settings, write
    from vaccinnet_bdd.project import features_dir, project_root

    root = project_root()
    library = of_project(root)
    try:
        if not args.check:
            for path in write(root, library):
                print(f"geschreven: {path.relative_to(root)}")
            print("VS Code met de extensie CucumberOpen.cucumber-official vult nu elke stap van de catalogus aan.")
            return 0
        features = sorted(features_dir(root).rglob("*.feature"))
        questions = [{"kind": "diagnose", "text": path.read_text(encoding="utf-8")} for path in features]
        found = ask(root, settings(root, library), questions)
    except EditorError as error:
        print(error)
        return 2
    indexed = {step["expression"] for step in found["steps"]}
    catalogue = entries(library)
    missing = [entry for entry in catalogue if entry.text not in indexed]
    print(f"De taalservice van de editor vindt {len(indexed)} stappen; de catalogus heeft er {len(catalogue)}.")
    for entry in missing:
        print(f"  niet gevonden: {entry.text} ({entry.source}): schrijf de stap met parsers.parse('...')")
    for message in found["errors"]:
        print(f"  fout: {message}")
    lacking = [
        f"{path.relative_to(root)}:{d['range']['start']['line'] + 1}: {d['message']}"
        for path, answer in zip(features, found["answers"], strict=True)
        for d in answer
    ]
    for line in lacking:
        print(f"  {line}")
    return 1 if missing or found["errors"] or lacking else 0
