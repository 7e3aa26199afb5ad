"""Ingest: find raw files, detect their format and encoding, and return their text.

The text of a file is what every offset in the data package points into: for plain text it is
the file decoded with the detected encoding, universal newlines applied and a leading BOM
removed (the same text ``open(path, encoding=..., newline=None).read()`` gives).  HTML is
reduced to its visible text with BeautifulSoup (lxml), ``.docx`` to its paragraphs with
python-docx and PDF to its text with pdfplumber (line wraps undone); offsets then point into that extracted text, which
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
MAX_CHARS = 5_000_000  # longer decoded texts are recorded, not segmented (a report page is ~10^4-10^5)


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
    files are listed and read through (a looping or broken one becomes an ``error`` row).
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
            if exc.reason == "truncated data" and exc.end == len(data):  # cut inside the last character
                text = data[: exc.start].decode(enc)
                note = f"truncated {enc}: incomplete character in the last {len(data) - exc.start} byte(s) dropped"
                return normalise_newlines(text), enc, note
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
        # last resorts, for files no single encoding reads: UTF-8 with a few corrupt bytes, then
        # UTF-8 and GB18030 mixed (pages pasted together); both only when the result reads as text
        for fallback in (_decode_truncated_gb18030, _decode_mostly_utf8, _decode_mixed):
            found = fallback(data)
            if found is not None:
                text, encoding, note = found
                return normalise_newlines(text), encoding, note
        if not tried:
            raise IngestError("undecodable", "no text encoding fits these bytes (binary or corrupt)")
        raise IngestError("undecodable", f"bytes decode only to unreadable text (tried {', '.join(tried[:4])}): binary or corrupt")
    return normalise_newlines(text), encoding, ""


def _decode_truncated_gb18030(data: bytes) -> tuple[str, str, str] | None:
    """GB18030 cut inside its last character (detection gives up on such files)."""
    try:
        data.decode("gb18030")
        return None  # decodes whole: detection already judged it
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:
            return None
        cut = exc.start
    try:
        text = data[:cut].decode("gb18030")
    except UnicodeDecodeError:
        return None
    if not _is_plausible_text(text):
        return None
    return text, "gb18030", f"truncated GB18030: incomplete character in the last {len(data) - cut} byte(s) dropped"


def _utf8_error(view: memoryview, pos: int) -> UnicodeDecodeError | None:
    """The first UTF-8 error at or after ``pos`` (offsets relative to ``pos``), else None.
    A memoryview slice is not a copy, so scanning a large file error by error stays linear."""
    try:
        codecs.utf_8_decode(view[pos:], "strict", True)
    except UnicodeDecodeError as exc:
        return exc
    return None


def _decode_mostly_utf8(data: bytes) -> tuple[str, str, str] | None:
    """UTF-8 with at most one corrupt byte sequence per 10 000 bytes, each replaced by U+FFFD."""
    view = memoryview(data)
    bad = pos = 0
    limit = max(1, len(data) // 10_000)
    while (exc := _utf8_error(view, pos)) is not None:
        bad += 1
        if bad > limit:
            return None
        pos += exc.end
    text = data.decode("utf-8", errors="replace")
    if not _is_plausible_text(text.replace("\ufffd", "")):
        return None
    return text, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"


def _decode_mixed(data: bytes) -> tuple[str, str, str] | None:
    """Runs of valid UTF-8, and GB18030 for the rest of each line where UTF-8 breaks."""
    view = memoryview(data)
    parts, pos, n_gb = [], 0, 0
    while pos < len(data):
        exc = _utf8_error(view, pos)
        if exc is None:
            parts.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            break
        parts.append(codecs.utf_8_decode(view[pos:pos + exc.start], "strict", True)[0])
        pos += exc.start
        nl = data.find(b"\n", pos)
        end = len(data) if nl < 0 else nl + 1
        try:
            parts.append(codecs.decode(view[pos:end], "gb18030"))
        except UnicodeDecodeError:
            return None
        n_gb += 1
        if n_gb > 10_000:
            return None  # not a few pasted pages: a file of another kind
        pos = end
    text = "".join(parts)
    if not n_gb or not _is_plausible_text(text):
        return None
    return text, "utf-8+gb18030", f"mixed encodings: {n_gb} line(s) in GB18030, the rest UTF-8"


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


MAX_PDF_PAGES = 5000  # a larger PDF is refused rather than read for minutes


def _joins_words(left: str, right: str) -> bool:
    """Whether a line wrapped between ``left`` and ``right`` needs a space (Latin words) or not
    (Chinese, numbers and punctuation wrap anywhere and join directly)."""
    return left.isascii() and right.isascii() and left.isalpha() and right.isalpha()


_HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:、|[.．](?!\d))|第[一二三四五六七八九十百\d]+[篇章节条部分])")


def unwrap_pdf_lines(pages: list[list[dict]]) -> str:
    """Join the visual lines of a PDF back into its paragraphs.

    ``pages`` holds, per page, pdfplumber's text lines (``text``, ``x0``, ``x1``).  A line that
    runs to the right edge of the text block was wrapped by the typesetter, so the next line
    (also across a page break) continues it; any other line ends a paragraph, and so does a line
    before a numbered heading (一、 / (一) / 1、).  "Runs to the edge" allows a gap of up to two
    full-width characters: Chinese typesetting leaves that much where it keeps punctuation off
    a line's start or a number whole.  Without this, a number or an indicator name split over
    two lines would be lost.
    """
    lines = [ln for page in pages for ln in page if ln["text"].strip()]
    if not lines:
        return ""
    right = max(ln["x1"] for ln in lines)
    widths = sorted((ln["x1"] - ln["x0"]) / max(len(ln["text"]), 1) for ln in lines)
    em = widths[min(len(widths) - 1, int(len(widths) * 0.9))]  # a full-width character
    out: list[str] = []
    for i, ln in enumerate(lines):
        text = ln["text"].strip()
        out.append(text)
        if i + 1 == len(lines):
            break
        nxt = lines[i + 1]["text"].strip()
        full = ln["x1"] >= right - 2.2 * em
        if not full or _HEADING_START.match(nxt):
            out.append("\n")
        elif _joins_words(text[-1], nxt[:1]):
            out.append(" ")
    return "".join(out)


def pdf_to_text(path: Path) -> str:
    """Text of a PDF (pdfplumber, which keeps CJK text and gives each line's geometry), with
    the typesetter's line wraps undone so each paragraph is one line, as in the other formats."""
    import pdfplumber

    try:
        with pdfplumber.open(str(path)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise IngestError("unsupported", f"PDF of {len(pdf.pages)} pages (> {MAX_PDF_PAGES}): refused")
            pages = []
            for page in pdf.pages:
                pages.append([{"text": ln["text"], "x0": ln["x0"], "x1": ln["x1"]}
                              for ln in page.extract_text_lines(return_chars=False)])
                page.close()  # drop pdfminer's per-page layout objects as we go
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types on corrupt files
        raise IngestError("error", f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    return normalise_newlines(unwrap_pdf_lines(pages))


def read_raw(path: Path, raw_dir: Path) -> RawFile:
    """Read one raw file.  Never raises: problems become the status and message."""
    try:
        rel = path.relative_to(raw_dir).as_posix()
    except ValueError:
        rel = path.as_posix()
    rf = RawFile(path=rel)
    try:
        if path.is_symlink() and not path.exists():
            raise IngestError("error", "broken or looping symbolic link")
        if path.is_dir():
            raise IngestError("unsupported", "a symbolic link to a folder: not followed (links can loop)")
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
            raise IngestError("empty", f"no text in this {rf.format} file (empty or whitespace only)")
        if len(rf.text) > MAX_CHARS:
            raise IngestError("unsupported", f"{len(rf.text)} characters of text is more than the {MAX_CHARS}-character "
                                             "limit for one file: split it")
    except IngestError as exc:
        rf.status, rf.message, rf.text = exc.status, exc.message, ""
    except OSError as exc:
        rf.status, rf.message, rf.text = "error", f"cannot read: {exc.strerror or exc}", ""
    except RecursionError:
        rf.status, rf.message, rf.text = "error", f"{rf.format} structure nested too deeply to read", ""
    except MemoryError:
        rf.status, rf.message, rf.text = "error", "out of memory while reading", ""
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
