"""Imports go one way: home ← campaigns, resources ← sign-on services; nothing imports a view but
URL configuration; no module imports itself back through others, not even inside a function."""

import ast
from collections import defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
PACKAGES = ("home", "campaigns", "resources", "search", "newsroom")
# Modules that wire views to addresses (URL configuration and the admin's registrations).
WIRING = ("urls", "wagtail_hooks")
# Sign-on modules that may know the page models: views, admin views, and what wires them.
SIGNON_WIRING = ("views", "admin_views", "admin_viewset", "urls")


def first_party_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (PROJECT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(PROJECT).with_suffix("").parts)
            modules[name.removesuffix(".__init__")] = path
    return modules


def import_graph() -> dict[str, set[str]]:
    """module → the first-party modules it imports, anywhere in its code."""
    modules = first_party_modules()

    def resolve(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = defaultdict(set)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            for target in targets:
                found = resolve(target)
                if found and found != name:
                    graph[name].add(found)
    return graph


GRAPH = import_graph()


def edges(where=lambda source, target: True) -> list[str]:
    return sorted(
        f"{source} → {target}"
        for source, targets in GRAPH.items()
        for target in targets
        if where(source, target)
    )


def top(module: str) -> str:
    return module.split(".")[0]


def test_no_module_imports_itself_back_through_others():
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in GRAPH.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while not component or component[-1] != module:
                component.append(stack.pop())
                on_stack.discard(component[-1])
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in list(GRAPH):
        if module not in index:
            visit(module)

    assert cycles == []


def test_home_builds_on_nothing_the_other_apps_define():
    assert (
        edges(lambda s, t: top(s) == "home" and top(t) in ("campaigns", "resources", "search"))
        == []
    )


def test_the_platform_knows_no_app():
    assert edges(lambda s, t: s.startswith("newsroom.platform") and top(t) != "newsroom") == []


def test_resources_do_not_import_campaigns():
    assert edges(lambda s, t: top(s) == "resources" and top(t) == "campaigns") == []


def test_sign_on_services_take_the_page_and_never_import_page_models():
    def service_imports_pages(source, target):
        return (
            source.startswith("campaigns.signons.")
            and source.rpartition(".")[2] not in SIGNON_WIRING
            and target.startswith("campaigns.models")
        )

    assert edges(service_imports_pages) == []


def test_only_url_configuration_imports_views():
    def imports_a_view(source, target):
        return target.rpartition(".")[2] in ("views", "admin_views") and not (
            source.rpartition(".")[2] in WIRING or source == "newsroom.urls"
        )

    assert edges(imports_a_view) == []
