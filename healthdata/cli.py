"""Command line: ``healthdata build | validate | report``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_FILES_FAILED = 3


def _fail(message: str, code: int = 2):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="healthdata")
def main():
    """healthdata: tables of indicators and problems from Chinese health-bureau reports."""


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
        click.echo(line)
    if summary.n_failed:
        sys.exit(EXIT_FILES_FAILED)


@main.command()
@click.option("--out-dir", type=click.Path(path_type=Path), default=Path("data/processed"), show_default=True,
              help="A built data package.")
def validate(out_dir: Path):
    """Re-check a built data package against every schema and cross-table rule."""
    from healthdata.package import TABLES, validate_tables

    if not out_dir.is_dir():
        _fail(f"{out_dir} is not a folder")
    import pandas as pd

    missing = [n for n in TABLES if not (out_dir / f"{n}.parquet").exists()]
    if missing:
        _fail(f"{out_dir} lacks table(s): {', '.join(missing)}")
    frames = {n: pd.read_parquet(out_dir / f"{n}.parquet") for n in TABLES}
    errors = validate_tables(frames)
    if errors:
        for e in errors:
            click.echo(e, err=True)
        _fail(f"{len(errors)} validation failure(s) in {out_dir}", 1)
    click.echo(f"{out_dir}: {len(TABLES)} tables valid (" + ", ".join(f"{n} {len(frames[n])}" for n in TABLES) + ")")


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for the rendered HTML report.")
@click.option("--data-dir", type=click.Path(path_type=Path), default=None,
              help="Data package to report on (default: the package's own data).")
def report(out: Path, data_dir: Path | None):
    """Execute every notebook against the data package and render self-contained HTML."""
    from healthdata.report import build_report

    if data_dir is not None and not data_dir.is_dir():
        _fail(f"{data_dir} is not a folder")
    pages = build_report(out, data_dir=data_dir)
    click.echo(f"report: {len(pages)} page(s) in {out}; open {out / 'index.html'}")


if __name__ == "__main__":
    main()
