"""Ingest: find raw files, detect their format and encoding, and return their text.

The text of a file is what every offset in the data package points into: for plain text it is
the file decoded with the detected encoding, universal newlines applied and a leading BOM
removed (the same text ``open(path, encoding=..., newline=None).read()`` gives).  HTML is
reduced to its visible text with BeautifulSoup (lxml), ``.docx`` to its paragraphs with
python-docx and PDF to its text with pypdf; offsets then point into that extracted text, which
``read_text`` reproduces exactly.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

STATUSES = ("ok", "empty", "unsupported", "undecodable", "error")
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MAX_BYTES = 200 * 1024 * 1024  # larger raw files are recorded, not read
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024  # zip-bomb guard


class IngestError(Exception):
    """A raw file that cannot be turned into text; ``status`` says why."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class RawFile:
    """One raw file and what ingest made of it (a manifest row plus the text)."""

    path: str  # relative to the raw folder, '/'-separated
    bytes: int = 0
    sha256: str = ""
    format: str = "unknown"
    encoding: str | None = None
    status: str = "ok"
    message: str = ""
    text: str = field(default="", repr=False)


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Every file under ``raw_dir`` (recursively, sorted, hidden files skipped).

    Symlinked directories are not followed (a symlink loop cannot trap the walk); symlinked
    files are listed and read through.
    """
    out = []
    for root, dirs, files in os.walk(raw_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(out, key=lambda p: p.relative_to(raw_dir).as_posix())


def normalise_newlines(text: str) -> str:
    """Universal newlines, as Python's text mode reads them; a leading BOM removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[1:] if text.startswith("\ufeff") else text


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _is_plausible_text(text: str) -> bool:
    """Decoded text that a person could read: few control characters, and when it is not
    ASCII, mostly Han characters and CJK punctuation rather than stray Latin-1 symbols."""
    if not text:
        return True
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls / len(sample) > 0.01 or "\ufffd" in sample[:-1]:
        return False
    non_ascii = [c for c in sample if ord(c) > 127]
    if not non_ascii:
        return True
    cjk = sum(1 for c in non_ascii if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" or "\u2000" <= c <= "\u206f")
    return cjk / len(non_ascii) >= 0.6


def decode_text(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, note) for plain-text bytes; raises IngestError('undecodable') otherwise.

    A BOM decides first; then strict UTF-8; then charset-normalizer's detection.  A UTF-8 file
    cut inside its last character is decoded up to the cut, and the note says so.
    """
    from charset_normalizer import from_bytes

    enc = _bom_encoding(data)
    if enc:
        try:
            return normalise_newlines(data.decode(enc)), enc, ""
        except UnicodeDecodeError as exc:
            raise IngestError("undecodable", f"{enc} BOM but invalid data at byte {exc.start}") from exc
    try:
        return normalise_newlines(data.decode("utf-8")), "utf-8", ""
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            text = data[: exc.start].decode("utf-8")
            if _is_plausible_text(text):
                note = f"truncated UTF-8: incomplete character in the last {len(data) - exc.start} byte(s) dropped"
                return normalise_newlines(text), "utf-8", note
    # charset-normalizer ranks the encodings that fit; on short Chinese texts a Korean or
    # Japanese code page can outrank GB18030, so take the best-ranked one that reads as Chinese.
    tried = []
    for match in from_bytes(data):
        encoding = match.encoding
        if encoding.lower().replace("-", "_") in ("gb2312", "gbk", "cp936", "hz"):
            encoding = "gb18030"  # superset: decodes every GB2312/GBK file identically
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        tried.append(encoding)
        if _is_plausible_text(text):
            break
    else:
        if not tried:
            raise IngestError("undecodable", "no text encoding fits these bytes (binary or corrupt)")
        raise IngestError("undecodable", f"bytes decode only to unreadable text (tried {', '.join(tried[:4])}): binary or corrupt")
    return normalise_newlines(text), encoding, ""


def sniff_format(path: Path, head: bytes) -> str:
    """'text', 'html', 'docx', 'pdf' or 'unknown', from magic bytes first, then the suffix."""
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix in (".docx", "") else "unknown"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    lowered = head[:2048].lower()
    if suffix in TEXT_SUFFIXES:
        if re.search(rb"<(!doctype html|html|body|div|p)[\s>]", lowered):
            return "html"
        return "text"
    return "unknown"


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element a line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    text = soup.get_text("\n")
    lines = [ln.strip() for ln in text.split("\n")]
    return normalise_newlines("\n".join(ln for ln in lines if ln))


def docx_to_text(path: Path) -> str:
    """Paragraph text of a .docx (tables row by row), guarded against zip bombs."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(i.file_size for i in zf.infolist())
            if total > MAX_DOCX_UNCOMPRESSED:
                raise IngestError("error", f"docx expands to {total} bytes (> {MAX_DOCX_UNCOMPRESSED}): refused as a zip bomb")
    except zipfile.BadZipFile as exc:
        raise IngestError("error", f"not a valid .docx (zip) file: {exc}") from exc
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise IngestError("error", f"python-docx could not read it: {exc}") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return normalise_newlines("\n".join(parts))


def pdf_to_text(path: Path) -> str:
    """Text of every page of a PDF (pypdf), pages separated by blank lines."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on corrupt files
        raise IngestError("error", f"pypdf could not read it: {exc}") from exc
    return normalise_newlines("\n\n".join(pages))


def read_raw(path: Path, raw_dir: Path) -> RawFile:
    """Read one raw file.  Never raises: problems become the status and message."""
    rel = path.relative_to(raw_dir).as_posix()
    rf = RawFile(path=rel)
    try:
        if path.is_symlink() and not path.exists():
            raise IngestError("error", "broken or looping symbolic link")
        size = path.stat().st_size
        rf.bytes = size
        if size > MAX_BYTES:
            raise IngestError("unsupported", f"{size} bytes is larger than the {MAX_BYTES}-byte limit")
        data = path.read_bytes()
        rf.sha256 = hashlib.sha256(data).hexdigest()
        rf.format = sniff_format(path, data[:4096])
        if not data.strip():
            raise IngestError("empty", "the file is empty or whitespace only")
        if rf.format == "text":
            rf.text, rf.encoding, rf.message = decode_text(data)
        elif rf.format == "html":
            html, rf.encoding, rf.message = decode_text(data)
            rf.text = html_to_text(html)
        elif rf.format == "docx":
            rf.text, rf.encoding = docx_to_text(path), "utf-8"
        elif rf.format == "pdf":
            rf.text, rf.encoding = pdf_to_text(path), None
        else:
            raise IngestError("unsupported", f"unsupported file type {path.suffix or '(no suffix)'!r}")
        if not rf.text.strip():
            raise IngestError("empty", f"no text in this {rf.format} file")
    except IngestError as exc:
        rf.status, rf.message, rf.text = exc.status, exc.message, ""
    except OSError as exc:
        rf.status, rf.message, rf.text = "error", f"cannot read: {exc.strerror or exc}", ""
    except Exception as exc:  # one bad file never stops a build
        rf.status, rf.message, rf.text = "error", f"{type(exc).__name__}: {exc}", ""
    return rf


def read_text(path: str | Path) -> str:
    """The text offsets point into, for one raw file (raises IngestError if it has none)."""
    path = Path(path)
    rf = read_raw(path, path.parent)
    if rf.status != "ok":
        raise IngestError(rf.status, rf.message)
    return rf.text
