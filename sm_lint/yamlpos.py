"""YAML loading that remembers where every value stood (for errors with file and line)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


class YamlError(ValueError):
    """A YAML document could not be read; ``line`` is 1-based or None."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class Located:
    """A loaded value together with the 1-based line of every node, keyed by path."""

    value: Any
    lines: dict[tuple, int]
    nodes: dict[tuple, yaml.Node]

    def line(self, path: tuple, default: int | None = None) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), default)


class _Loader(yaml.SafeLoader):
    pass


def load(text: str) -> Located:
    """Parse one YAML document; raise :class:`YamlError` with the line on failure."""
    try:
        loader = _Loader(text)
    except yaml.YAMLError as exc:
        line = text[: getattr(exc, "position", 0) or 0].count("\n") + 1
        raise YamlError(f"invalid YAML: {getattr(exc, 'reason', exc)}", line) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return Located(None, {(): 1}, {})
        lines: dict[tuple, int] = {}
        nodes: dict[tuple, yaml.Node] = {}
        value = _construct(loader, node, (), lines, nodes, {})
        return Located(value, lines, nodes)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise YamlError(f"invalid YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


def _construct(loader, node, path, lines, nodes, built):
    """The value of ``node`` at ``path``, with the line of each path below it. A node met again
    through an alias (``*name``) gives the same object as the first time, so that a body written
    once is one body (compiled once, see :meth:`sm_lint.ruletypes.Env.same_body`)."""
    lines[path] = node.start_mark.line + 1
    nodes[path] = node
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise YamlError("mapping keys must be plain values", key_node.start_mark.line + 1)
            key = str(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _construct(loader, value_node, path + (key,), lines, nodes, built)
            lines[path + (key,)] = key_node.start_mark.line + 1
        return built.setdefault(id(node), out)
    if isinstance(node, yaml.SequenceNode):
        return built.setdefault(id(node), [_construct(loader, item, path + (i,), lines, nodes, built)
                                           for i, item in enumerate(node.value)])
    return loader.construct_object(node, deep=True)
