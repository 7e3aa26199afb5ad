"""Command line: ``healthdata build | validate | report``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_INVALID = 1  # validate: the package breaks a rule (or a table file is corrupt)
EXIT_CANNOT_RUN = 2  # the command could not run (bad folder, refused --out-dir, disk full, …)
EXIT_FILES_FAILED = 3  # build: the package is written, some raw files failed (see the manifest)


def printable(text: str) -> str:
    """``text`` safe for a terminal: control and format characters (escape sequences, bidi
    overrides, carriage returns) written as escapes, so a file name cannot drive the terminal."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def say(text: str, err: bool = False) -> None:
    """Echo ``text`` line by line, each line made printable."""
    for line in str(text).split("\n"):
        click.echo(printable(line), err=err)


def _fail(message: str, code: int = EXIT_CANNOT_RUN):
    say(f"error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="healthdata")
def main():
    """healthdata: tables of indicators and problems from Chinese health-bureau reports."""
    from healthdata import compilecache

    compilecache.install()  # before any module compiles its patterns


@main.command()
@click.option("--raw-dir", type=click.Path(path_type=Path), default=Path("data/raw"), show_default=True,
              help="Folder of raw report files (read recursively).")
@click.option("--out-dir", type=click.Path(path_type=Path), default=Path("data/processed"), show_default=True,
              help="Where the data package is written.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local (processes on this machine) or dask (a Dask cluster: see --scheduler).")
@click.option("--scheduler", default=None, help="Address of an existing Dask scheduler (tcp://host:8786); default: a LocalCluster.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(raw_dir: Path, out_dir: Path, jobs: int, engine: str, scheduler: str | None, quiet: bool):
    """Build the data package from RAW_DIR into OUT_DIR.

    Exit code 0 when every raw file was read, 3 when some files failed (the package is still
    written; the manifest says which and why), 2 when the build could not run or validate.
    """
    import os

    from healthdata.build import BuildError, build as run_build

    if scheduler:
        os.environ["HEALTHDATA_DASK_SCHEDULER"] = scheduler
    try:
        summary = run_build(raw_dir, out_dir, jobs=jobs, engine=engine, progress=not quiet)
    except BuildError as exc:
        _fail(str(exc))
    for line in summary.lines():
        say(line)
    if summary.n_failed:
        sys.exit(EXIT_FILES_FAILED)


@main.command()
@click.option("--out-dir", type=click.Path(path_type=Path), default=Path("data/processed"), show_default=True,
              help="A built data package.")
def validate(out_dir: Path):
    """Re-check a built data package strictly: its datapackage.json against the schemas, every
    table file readable, exact columns and types, every schema rule, keys, foreign keys and spans.

    Every violation is listed, grouped by table and rule.  Exit code 0 when the package is valid,
    1 when it is not (a rule broken or a table file corrupt, named), 2 when the check cannot run
    (no such folder).
    """
    from healthdata.package import TABLES, check_package, grouped_lines

    try:
        frames, violations = check_package(out_dir)
    except FileNotFoundError as exc:
        _fail(str(exc))
    except Exception as exc:  # e.g. a folder we may not read: say so, never a traceback
        _fail(f"cannot check {out_dir}: {type(exc).__name__}: {exc}")
    if violations:
        say("\n".join(grouped_lines(violations)), err=True)
        tables = len({v.table for v in violations})
        _fail(f"{out_dir} is not a valid data package: {len(violations)} violation(s) in {tables} table(s)/file(s)",
              EXIT_INVALID)
    say(f"{out_dir}: {len(TABLES)} tables valid (" + ", ".join(f"{n} {len(frames[n])}" for n in TABLES) + ")")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for the rendered HTML report.")
@click.option("--data-dir", type=click.Path(path_type=Path), default=None,
              help="Data package to report on (default: the package's own data).")
def report(out: Path, data_dir: Path | None):
    """Execute every notebook against the data package and render self-contained HTML."""
    from healthdata.package import restore_interrupted
    from healthdata.report import build_report

    if data_dir is not None:
        restore_interrupted(data_dir)
    if data_dir is not None and not data_dir.is_dir():
        _fail(f"{data_dir} is not a folder")
    pages = build_report(out, data_dir=data_dir)
    say(f"report: {len(pages)} page(s) in {out}; open {out / 'index.html'}")


if __name__ == "__main__":
    main()
