"""Find every translatable string in smartbms_gui and write Qt Linguist .ts files.

Why not pyside6-lupdate alone: lupdate only understands a literal context, so the helpers this
code base uses — a module-level ``def tr(text): return QCoreApplication.translate(CONTEXT, text)``
with ``CONTEXT = "Switches"`` — land in an empty context and never match at run time. And PySide6's
``self.tr()`` uses the *run-time* class name as context, so a string in a base class is looked up
under each subclass's name. This extractor reads the Python syntax tree and knows both:

- ``self.tr("…")`` / ``obj.tr("…")`` inside ``class C`` → context ``C`` and every subclass of C
  in the package;
- ``QCoreApplication.translate("Ctx", "…")``, ``QT_TRANSLATE_NOOP("Ctx", "…")`` and ``translate``
  with a module-level string constant as context;
- wrapper functions: any module-level ``def f(text, ...): return QCoreApplication.translate(CTX, text)``
  and calls ``f("…")`` in that module, or where ``f`` (or its module) is imported;
- ``Message("…", name=value)`` anywhere (smartbms_gui/messages.py: the texts of the layers below the
  views, which have no Qt) → context "Messages": the views translate the template at display time
  (``i18n.translate_message``).

Only literal strings are extracted (a variable passed to tr() is a bug the pseudo-locale test finds).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "smartbms_gui"
TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate / QApplication.translate
NOOP_NAMES = {"QT_TRANSLATE_NOOP"}
MESSAGE_NAMES = {"Message"}  # smartbms_gui.messages.Message("template", **args)
MESSAGE_CONTEXT = "Messages"  # = smartbms_gui.messages.MESSAGE_CONTEXT


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""


@dataclass
class ModuleInfo:
    name: str  # dotted module name
    tree: ast.Module
    path: Path
    constants: dict[str, str] = field(default_factory=dict)
    wrappers: dict[str, str] = field(default_factory=dict)  # function name → context
    imports: dict[str, str] = field(default_factory=dict)  # local name → dotted target


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _const_str(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _read_module(path: Path, root: Path) -> ModuleInfo:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    info = ModuleInfo(_module_name(path, root), tree, path)
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _const_str(node.value, {})
            if value is not None:
                info.constants[node.targets[0].id] = value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            value = _const_str(node.value, {})
            if value is not None:
                info.constants[node.target.id] = value
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            context = _wrapper_context(node, info.constants)
            if context is not None:
                info.wrappers[node.name] = context
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative import
                package = info.name.split(".")
                if path.name != "__init__.py":
                    package = package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join(package + ([node.module] if node.module else []))
            for alias in node.names:
                info.imports[alias.asname or alias.name] = f"{base}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                info.imports[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
    return info


def _wrapper_context(func: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """The context if ``func`` only forwards its first argument to translate(CONTEXT, arg)."""
    first = func.args.args[0].arg
    body = [n for n in func.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if _call_name(call) not in TRANSLATE_NAMES or len(call.args) < 2:
        return None
    if not (isinstance(call.args[1], ast.Name) and call.args[1].id == first):
        return None
    return _const_str(call.args[0], constants)


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, info: ModuleInfo, modules: dict[str, ModuleInfo]) -> None:
        self.info = info
        self.modules = modules
        self.class_stack: list[str] = []
        self.found: list[tuple[str, str, str]] = []  # (context or "class:<name>", text, comment)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_stack.append(node.name)
        self.generic_visit(node)
        self.class_stack.pop()

    def _wrapper_for(self, call: ast.Call) -> str | None:
        func = call.func
        if isinstance(func, ast.Name):
            if func.id in self.info.wrappers:
                return self.info.wrappers[func.id]
            target = self.info.imports.get(func.id)
            if target and "." in target:
                module, name = target.rsplit(".", 1)
                if module in self.modules:
                    return self.modules[module].wrappers.get(name)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            target = self.info.imports.get(func.value.id)
            if target in self.modules:
                return self.modules[target].wrappers.get(func.attr)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        constants = self.info.constants
        current_class = self.class_stack[-1] if self.class_stack else ""
        if name in TRANSLATE_NAMES | NOOP_NAMES and len(node.args) >= 2:
            context = _const_str(node.args[0], constants)
            text = _const_str(node.args[1], constants)
            if context is not None and text is not None:
                comment = _const_str(node.args[2], constants) if len(node.args) > 2 else None
                self.found.append((context, text, comment or ""))
        elif name in MESSAGE_NAMES and node.args:
            text = _const_str(node.args[0], constants)
            if text is not None:
                self.found.append((MESSAGE_CONTEXT, text, ""))
        elif name == "tr" and isinstance(node.func, ast.Attribute) and node.args and current_class:
            wrapper = self._wrapper_for(node)
            text = _const_str(node.args[0], constants)
            if text is not None:
                if wrapper is not None:
                    self.found.append((wrapper, text, ""))
                else:  # disambiguation (2nd argument) is kept as the .ts comment, as lupdate does
                    comment = _const_str(node.args[1], constants) if len(node.args) > 1 else None
                    self.found.append((f"class:{current_class}", text, comment or ""))
        elif node.args:
            wrapper = self._wrapper_for(node)
            text = _const_str(node.args[0], constants)
            if wrapper is not None and text is not None:
                self.found.append((wrapper, text, ""))
        self.generic_visit(node)


def _class_tree(modules: Iterable[ModuleInfo]) -> dict[str, set[str]]:
    """Class name → names of all its subclasses in the package (by simple base-name match)."""
    children: dict[str, set[str]] = {}
    for info in modules:
        for node in ast.walk(info.tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    base_name = base.id if isinstance(base, ast.Name) else (
                        base.attr if isinstance(base, ast.Attribute) else None)
                    if base_name:
                        children.setdefault(base_name, set()).add(node.name)
    result: dict[str, set[str]] = {}

    def descendants(name: str, seen: set[str]) -> set[str]:
        for child in children.get(name, ()):
            if child not in seen:
                seen.add(child)
                descendants(child, seen)
        return seen

    for name in children:
        result[name] = descendants(name, set())
    return result


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


PARAMETER_CONTEXT = "Parameter"  # views translate parameter help with translate("Parameter", help)


LABEL_CONTEXT = "SettingsPage"  # views/settings_texts.param_label; = smartbms_gui.messages.LABEL_CONTEXT


def parameter_messages() -> set[Message]:
    """The help text (and not-writable reason) of every parameter in protocol/params.py, context
    "Parameter", and every label, context "SettingsPage" (where the settings page and the messages of
    the layers below translate them).

    protocol/ is pure (no Qt), so its texts are plain strings; the views translate them at
    display time. The table is read from the module itself: its rows are built through helper calls
    (``_voltage(..., help)``) that no syntax-tree pattern sees reliably."""
    from smartbms_gui.protocol import params

    texts = {p.help for p in params.PARAMETERS} | {p.not_writable_reason for p in params.PARAMETERS}
    # labels, group titles and choice labels: the settings page shows them all (also the Gen3-only
    # ones a Gen2 screen tour never meets)
    labels = ({p.label for p in params.PARAMETERS} | {p.group for p in params.PARAMETERS}
              | {c.label for p in params.PARAMETERS for c in p.choices})
    return ({Message(PARAMETER_CONTEXT, text) for text in texts if text}
            | {Message(LABEL_CONTEXT, text) for text in labels if text})


def extract(files: Iterable[Path] | None = None, root: Path = REPO) -> list[Message]:
    """Every translatable (context, source) in the files (default: the whole package), sorted.

    With the default files the parameter help texts (``parameter_messages``) are included.
    ``root`` is the folder module names are counted from (the one holding the package)."""
    paths = list(files) if files is not None else source_files()
    modules = {info.name: info for info in (_read_module(p, root) for p in paths)}
    subclasses = _class_tree(modules.values())
    messages: set[Message] = set()
    for info in modules.values():
        collector = _Collector(info, modules)
        collector.visit(info.tree)
        for context, text, comment in collector.found:
            if not text:
                continue
            if context and context.startswith("class:"):
                cls = context[len("class:"):]
                for name in {cls, *subclasses.get(cls, ())}:
                    messages.add(Message(name, text, comment))
            elif context is not None:
                messages.add(Message(context, text, comment))
    if files is None:
        messages |= parameter_messages()
    return sorted(messages)


# --- .ts files -----------------------------------------------------------------------------------

@dataclass
class TsEntry:
    message: Message
    translation: str = ""
    finished: bool = False


def read_ts(path: Path) -> dict[Message, TsEntry]:
    entries: dict[Message, TsEntry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for node in context.iter("message"):
            source = node.findtext("source", default="")
            comment = node.findtext("comment", default="")
            translation = node.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            message = Message(name, source, comment)
            entries[message] = TsEntry(message, text, kind is None and bool(text))
    return entries


def write_ts(path: Path, language: str, entries: Iterable[TsEntry]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[TsEntry]] = {}
    for entry in entries:
        by_context.setdefault(entry.message.context, []).append(entry)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for entry in sorted(by_context[context_name], key=lambda e: (e.message.source, e.message.comment)):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = entry.message.source
            if entry.message.comment:
                ET.SubElement(message, "comment").text = entry.message.comment
            translation = ET.SubElement(message, "translation")
            translation.text = entry.translation
            if not entry.finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merge(messages: Iterable[Message], existing: dict[Message, TsEntry]) -> list[TsEntry]:
    """Entries for the current messages, keeping translations that still match; dropped ones vanish.

    A translation is reused for the same source text in another context (e.g. a string moved to a
    new class) but stays marked unfinished there, so a person checks it.
    """
    by_source: dict[str, str] = {}
    for entry in existing.values():
        if entry.finished and entry.translation:
            by_source.setdefault(entry.message.source, entry.translation)
    result = []
    for message in messages:
        old = existing.get(message)
        if old is not None:
            result.append(TsEntry(message, old.translation, old.finished))
        elif message.source in by_source:
            result.append(TsEntry(message, by_source[message.source], False))
        else:
            result.append(TsEntry(message))
    return result
