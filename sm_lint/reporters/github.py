"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

``error`` findings become ``::error``, ``warning`` ``::warning`` and ``info`` ``::notice``.
Values are escaped as the Actions runner expects: ``%``, CR and LF in the message, and
additionally ``:`` and ``,`` in the properties.
"""
from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return str(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props) -> str:
    fields = ",".join(f"{key}={escape_property(value)}" for key, value in props.items() if value is not None)
    return f"::{kind}{' ' + fields if fields else ''}::{escape_data(message)}"


def _file(path: str) -> str | None:
    return None if path.startswith("<") else path


def report(result, stream, color: bool) -> None:
    for error in result.errors:
        stream.write(command("error", error.message, file=_file(error.path), line=error.line,
                             title="sm-lint: input not checked") + "\n")
    for f in result.findings:
        message = f.message
        if f.post_id:
            message = f"{message} (post {f.post_id})"
        if f.suggestion:
            message += f"\nFix: {f.suggestion}"
        stream.write(command(COMMANDS.get(f.severity, "warning"), message, file=_file(f.path), line=f.line,
                             col=f.column, endLine=f.end_line, endColumn=f.end_column,
                             title=f"sm-lint {f.rule} ({f.category})") + "\n")
    s = result.summary()
    stream.write(f"sm-lint: {s['findings']} finding(s) in {s['posts']} post(s), {s['errors']} input error(s)\n")
