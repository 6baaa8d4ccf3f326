"""``--format text``: Ruff-style lines, the excerpt with the span underlined, and a summary."""
from __future__ import annotations

_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m", "bold": "\033[1m",
           "dim": "\033[2m", "path": "\033[1;34m", "reset": "\033[0m"}
WIDTH = 100


def _c(name: str, text: str, color: bool) -> str:
    return f"{_COLORS[name]}{text}{_COLORS['reset']}" if color else text


def _window(line: str, col: int, end_col: int) -> tuple[str, int, int]:
    """Cut long lines (JSONL records) to a window around the span."""
    if len(line) <= WIDTH:
        return line, col, end_col
    start = max(0, col - 1 - 30)
    cut = line[start:start + WIDTH]
    prefix = "…" if start else ""
    suffix = "…" if start + WIDTH < len(line) else ""
    return prefix + cut + suffix, col - start + len(prefix), min(end_col - start + len(prefix), len(prefix) + len(cut) + 1)


def format_finding(f, source, color: bool) -> str:
    where = f"{f.path}:{f.line}:{f.column}:"
    post = f" ({f.post_id})" if f.post_id else ""
    head = (f"{_c('path', where, color)}{post} {_c(f.severity, f.severity, color)} "
            f"{_c('bold', '[' + f.rule + ']', color)} {f.message}")
    lines = [head]
    if source is not None:
        text = source.line_text(f.line).replace("\t", " ")
        end_col = f.end_column if f.end_line == f.line else len(text) + 1
        shown, col, end = _window(text, f.column, max(end_col, f.column + 1))
        gutter = str(f.line)
        pad = " " * len(gutter)
        lines.append(f"{pad} |")
        lines.append(f"{gutter} | {shown}")
        lines.append(f"{pad} | {' ' * (col - 1)}{_c(f.severity, '^' * max(1, end - col), color)}")
    if f.suggestion:
        lines.append(f"  = {_c('dim', 'fix:', color)} {f.suggestion}")
    return "\n".join(lines)


def report(result, stream, color: bool) -> None:
    for error in result.errors:
        stream.write(f"{_c('error', 'error:', color)} {error}\n")
    for f in result.findings:
        stream.write(format_finding(f, result.sources.get(f.path), color) + "\n\n")
    s = result.summary()
    sev = s["by_severity"]
    parts = [f"{sev[k]} {k}{'s' if sev[k] != 1 else ''}" for k in ("error", "warning", "info") if sev.get(k)]
    if s["findings"]:
        line = (f"Found {s['findings']} finding{'s' if s['findings'] != 1 else ''} "
                f"({', '.join(parts)}) in {s['posts']} post{'s' if s['posts'] != 1 else ''}.")
    else:
        line = f"All checked: no findings in {s['posts']} post{'s' if s['posts'] != 1 else ''}."
    if s.get("skipped"):
        line += f" {s['skipped']} skipped."
    if result.errors:
        line += f" {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}: those inputs were not checked."
    stream.write(_c("bold", line, color) + "\n")
