"""The import graph of mesodesk/ has no cycle, counting imports inside functions (issue 11 item 1).

Edges are read from the source with ``ast`` (so an import hidden in a function body counts); imports under
``if TYPE_CHECKING:`` are left out (they never run). ``from package import name`` is an edge to the
submodule when ``name`` is one, else to the package; importing ``a.b`` is not counted as importing ``a``'s
own ``__init__`` body (every module of a package would otherwise depend on it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import mesodesk

ROOT = Path(mesodesk.__file__).parent


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(ROOT.parent).with_suffix("")
        found[".".join(p for p in rel.parts if p != "__init__")] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool, known: set[str]) -> set[str]:
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                out.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in known else target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in out if m in known and m != module}


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {
        name: _imports(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
        for name, path in modules.items()
    }


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    import sys

    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return result


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    # services/__init__.py builds each service lazily, inside a method: that edge must be seen.
    assert "mesodesk.services.patients" in graph["mesodesk.services"]
    assert len(graph) > 100


def test_cycle_finder_finds_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_mesodesk():
    cycles = find_cycles(import_graph())
    assert cycles == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


LAYER_ORDER = ("domain", "db", "storage", "services", "reports", "interop", "gui")
ALLOWED_BELOW: dict[str, set[str]] = {
    "domain": set(),
    "db": {"domain"},
    "storage": {"domain", "db"},
    "services": {"domain", "db", "storage"},
}


def test_storage_sits_below_the_use_cases():
    """domain <- db <- storage <- services: nothing below imports upward (imports in functions included)."""
    graph = import_graph()
    wrong = []
    for module, targets in graph.items():
        parts = module.split(".")
        layer = parts[1] if len(parts) > 1 else ""
        if layer not in ALLOWED_BELOW:
            continue
        for target in targets:
            t_parts = target.split(".")
            t_layer = t_parts[1] if len(t_parts) > 1 else ""
            if t_layer in LAYER_ORDER and t_layer != layer and t_layer not in ALLOWED_BELOW[layer]:
                wrong.append(f"{module} -> {target}")
    assert wrong == []
