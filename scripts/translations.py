#!/usr/bin/env python3
"""Keep the translations in step with the code, and compile them.

    python scripts/translations.py update    refresh resources/translations/*.ts
    python scripts/translations.py compile   make resources/translations/compiled/*.qm

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
DOMAIN_SOURCES = [*sorted((ROOT / "app" / "domain").glob("*.py")),
                  *sorted((ROOT / "app" / "services").glob("*.py"))]


def _tool(name: str) -> str:
    """PySide6's tool beside this Python (``Scripts\\pyside6-NAME.exe`` on Windows), else on
    the PATH."""
    for candidate in (Path(sys.executable).with_name(f"pyside6-{name}"),
                      Path(sys.executable).with_name(f"pyside6-{name}.exe")):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def domain_texts() -> dict[str, list[str]]:
    """The templates of every ``Refused(...)`` and the text of every ``Phrase(...)``."""
    found: dict[str, list[str]] = {"Refusal": [], "Phrase": []}
    for path in DOMAIN_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # A template chosen before the raise: ``template = "…"``.
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "template"
                    and isinstance(node.value, ast.Constant)):
                found["Refusal"].append(node.value.value)
                continue
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id == "Refused" and len(node.args) >= 2:
                context, argument = "Refusal", node.args[1]
            elif node.func.id == "Phrase" and node.args:
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
    subprocess.run([_tool("lupdate"), *(["-silent"] if quiet else []), *gui_sources,
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


def compile_all(quiet: bool = False) -> list[Path]:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in LANGUAGES:
        source, target = TS_DIR / f"pumpdesk_{lang}.ts", QM_DIR / f"pumpdesk_{lang}.qm"
        subprocess.run([_tool("lrelease"), *(["-silent"] if quiet else []), str(source),
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
