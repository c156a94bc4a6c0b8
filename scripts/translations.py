#!/usr/bin/env python3
"""Keep the translations in step with the code, and compile them.

    python scripts/translations.py update    refresh resources/translations/*.ts
    python scripts/translations.py compile   make resources/translations/compiled/*.qm
                                             (a wheel's build makes its own: setup.py)

``update`` runs Qt's lupdate over the window's code (its ``tr()`` texts) and adds the
domain's own wording, which has no Qt in it: every ``Refused`` template (context
"Refusal") and every ``Phrase`` (context "Phrase"), found by reading the source. Existing
translations are kept; texts the code no longer has are marked vanished.
``compile`` runs lrelease; the .qm files are generated and not kept in git.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = TS_DIR / "compiled"
LANGUAGES = ("sv", "nb")
#: Where the refusals and failures are worded: the domain's rules, the database, the
#: services' use cases and failures, the central side's, the command line's own.
DOMAIN_SOURCES = [path for folder in ("domain", "persistence", "services", "sync", "cli")
                  for path in sorted((ROOT / "app" / folder).glob("*.py"))]
#: What makes a refusal or a failure: ``Refused(code, "template", …)`` and its kinds.
REFUSALS = ("Refused", "Unworkable")
#: Printed paper's texts are ``printed("…")`` calls (context "Print"): they are translated
#: into the depot's printing language, not the window's.
PRINT_SOURCES = sorted((ROOT / "app" / "printing").glob("*.py"))


def _tool(name: str) -> list[str]:
    """PySide6's ``lupdate`` or ``lrelease`` through its own Python wrapper, so it is found
    wherever PySide6 can be imported: a virtual environment, a wheel's isolated build."""
    return [sys.executable, "-c", "import sys; from PySide6.scripts import pyside_tool; "
            f"sys.argv[0] = 'pyside6-{name}'; pyside_tool.{name}()"]


def _refusal_subclass(node: ast.Call, name: str) -> bool:
    """``super().__init__(RefusalCode.X, "template")`` in a subclass of ``Refused``."""
    first = node.args[0] if node.args else None
    return (name == "__init__" and isinstance(first, ast.Attribute)
            and isinstance(first.value, ast.Name) and first.value.id == "RefusalCode")


def _printed_texts() -> list[str]:
    texts: list[str] = []
    for path in PRINT_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "printed" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in texts):
                texts.append(node.args[0].value)
    return texts


def domain_texts() -> dict[str, list[str]]:
    """The templates of every ``Refused(...)``, the text of every ``Phrase(...)``, and
    every text of printed paper (``printed(...)``)."""
    found: dict[str, list[str]] = {"Refusal": [], "Phrase": [], "Print": _printed_texts()}
    for path in DOMAIN_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # A template chosen before the raise: ``template = "…"``.
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "template"
                    and isinstance(node.value, ast.Constant)):
                found["Refusal"].append(node.value.value)
                continue
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if (name in REFUSALS or _refusal_subclass(node, name)) and len(node.args) >= 2:
                context, argument = "Refusal", node.args[1]
            elif name == "Notice" and node.args:  # Notice("template", …): a warning
                context, argument = "Refusal", node.args[0]
            elif name == "_refuse" and node.args:  # a module's _refuse("template", …) helper
                context, argument = "Refusal", node.args[0]
            elif name == "Phrase" and node.args:
                context, argument = "Phrase", node.args[0]
            else:
                continue
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                if argument.value not in found[context]:
                    found[context].append(argument.value)
    return found


def _merge_domain(ts_path: Path, texts: dict[str, list[str]]) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for name, sources in texts.items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        existing = {m.findtext("source"): m for m in context.findall("message")}
        for source in sources:
            if source not in existing:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
        for source, message in existing.items():
            translation = message.find("translation")
            if source not in sources and translation is not None:
                translation.set("type", "vanished")
            elif translation is not None and translation.get("type") in ("vanished", "obsolete"):
                finished = bool((translation.text or "").strip() or len(translation))
                translation.set("type", "unfinished")
                if finished:
                    del translation.attrib["type"]
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def lupdate(targets: list[Path], quiet: bool = False) -> None:
    """Qt's lupdate over the window's code (its ``tr()`` texts) into ``targets``."""
    gui_sources = [str(p.relative_to(ROOT)) for folder in ("gui", "printing")
                   for p in sorted((ROOT / "app" / folder).rglob("*.py"))]
    # No -no-obsolete: lupdate would drop the domain's contexts, which only this script
    # knows are alive; _merge_domain revives them and marks what is really gone.
    subprocess.run([*_tool("lupdate"), *(["-silent"] if quiet else []), *gui_sources,
                    "-ts", *map(str, targets)], cwd=ROOT, check=True)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    targets = [(TS_DIR / f"pumpdesk_{lang}.ts").relative_to(ROOT) for lang in LANGUAGES]
    lupdate(targets)
    texts = domain_texts()
    for target in targets:
        _merge_domain(ROOT / target, texts)
    print(f"updated {', '.join(map(str, targets))}: {sum(map(len, texts.values()))} "
          "domain texts")


def compile_all(quiet: bool = False, into: Path = QM_DIR) -> list[Path]:
    """The .qm files the program loads, in ``into`` (a wheel's build puts them in the
    package; see setup.py)."""
    into.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in LANGUAGES:
        source, target = TS_DIR / f"pumpdesk_{lang}.ts", into / f"pumpdesk_{lang}.qm"
        subprocess.run([*_tool("lrelease"), *(["-silent"] if quiet else []), str(source),
                        "-qm", str(target)], check=True)
        made.append(target)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        sys.exit(__doc__)
