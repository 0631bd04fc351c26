"""The code stays small enough to hold in mind: no source file over 600 lines, no class over
400, and no import cycle among emcee's modules (imports inside functions included)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import emcee

PACKAGE = Path(emcee.__file__).parent
MAX_FILE_LINES = 600
MAX_CLASS_LINES = 400


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.AST, modules: set[str]) -> Iterator[str]:
    """The emcee modules an import statement loads (``from a import b``: a.b if a module)."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name in modules)
    elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        if node.module in modules:
            yield node.module
        for alias in node.names:
            if f"{node.module}.{alias.name}" in modules:
                yield f"{node.module}.{alias.name}"


def import_graph(sources: list[Path], root: Path = PACKAGE.parent) -> dict[str, set[str]]:
    """module -> the emcee modules it imports anywhere in it (at the top or in a function)."""
    modules = {module_name(path, root) for path in sources}
    graph: dict[str, set[str]] = {}
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = module_name(path, root)
        graph[name] = {m for node in ast.walk(tree) for m in _imported(node, modules)} - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as [a, b, ..., a], or [] when there is none."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(module: str) -> list[str]:
        path.append(module)
        on_path.add(module)
        for target in sorted(graph.get(module, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        on_path.discard(module)
        done.add(module)
        return []

    for module in sorted(graph):
        if module not in done:
            cycle = visit(module)
            if cycle:
                return cycle
    return []


def test_no_source_file_is_over_600_lines():
    long = {}
    for path in _sources():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_FILE_LINES:
            long[module_name(path)] = lines
    assert long == {}


def test_no_class_is_over_400_lines():
    long = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_CLASS_LINES:
                    long[f"{module_name(path)}.{node.name}"] = lines
    assert long == {}


def test_no_import_cycle_among_emcee_modules():
    graph = import_graph(_sources())
    assert "emcee.core.journal.writer" in graph["emcee.core.journal"]  # the graph is whole
    assert find_cycle(graph) == []


def test_the_cycle_finder_finds_a_cycle_through_an_import_in_a_function(tmp_path):
    package = tmp_path / "emcee"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from emcee import b\n")
    (package / "b.py").write_text("def later():\n    from emcee.c import thing\n")
    (package / "c.py").write_text("import emcee.a\nthing = 1\n")
    graph = import_graph(sorted(package.rglob("*.py")), tmp_path)
    assert find_cycle(graph) == ["emcee.a", "emcee.b", "emcee.c", "emcee.a"]
