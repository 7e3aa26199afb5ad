"""Ingest: find raw files, detect their format and encoding, and return their text.

The text of a file is what every offset in the data package points into: for plain text it is
the file decoded with the detected encoding, universal newlines applied and a leading BOM
removed (the same text ``open(path, encoding=..., newline=None).read()`` gives).  An HTML page's
text is the page itself, markup included (offsets count as the annotation standard counts them);
segmentation reads its visible text through :func:`html_edits`, whose every character maps back to
the page.  ``.docx`` is reduced to its paragraphs with python-docx and PDF to its text with
pdfplumber (line wraps undone); offsets then point into that extracted text.  ``read_text``
reproduces the text offsets point into exactly.

Only regular files inside the raw folder are read, once, and at most MAX_BYTES of them; the
manifest's size and hash describe exactly those bytes.  Every step is bounded: decoding is linear
in the size of the file, and ``.docx``/PDF decompression is counted on the bytes it produces.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import threading
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

STATUSES = ("ok", "empty", "unsupported", "undecodable", "error", "skipped")  # skipped: not read (not a regular file inside the raw folder)
TEXT_SUFFIXES = {".txt", ".text", ".md", ".csv", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MAX_BYTES = 200 * 1024 * 1024  # larger raw files are recorded, not read (counted on the bytes read)
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024  # zip-bomb guard: bytes all members of a .docx decompress to
MAX_DOCX_XML = 16 * 1024 * 1024  # bytes its XML parts decompress to (a 300-page report's document.xml is a few MB)
MAX_PDF_DECODED = 256 * 1024 * 1024  # bytes the Flate streams of a PDF decompress to (bomb guard)
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
    """Every entry under ``raw_dir`` that is not a folder (recursively, sorted, hidden names skipped).

    Symlinked folders are not followed (a symlink loop cannot trap the walk).  Everything listed
    gets a manifest row; :func:`read_raw` reads only regular files inside the raw folder.
    """
    out = []
    for root, dirs, files in os.walk(raw_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(out, key=lambda p: p.relative_to(raw_dir).as_posix())


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _kind_of(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_raw(path: Path, raw_dir: Path) -> int:
    """A read-only descriptor of ``path`` when it is a regular file inside ``raw_dir``.

    A symbolic link that leads out of the raw folder, and anything that is not a regular file
    (FIFO, device, socket), is ``skipped`` without being opened for reading; the descriptor is
    opened non-blocking and checked again (``fstat``), so a file swapped for a FIFO in between
    cannot block the build either.
    """
    real, root = os.path.realpath(path), os.path.realpath(raw_dir)
    if os.path.commonpath([real, root]) != root:
        raise IngestError("skipped", "a symbolic link to a file outside the raw folder: not read")
    try:
        st = os.stat(path)
    except OSError as exc:
        if not os.path.islink(path):
            raise
        raise IngestError("error", f"broken or looping symbolic link ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise IngestError("unsupported", "a symbolic link to a folder: not followed (links can loop)")
    if not stat.S_ISREG(st.st_mode):
        raise IngestError("skipped", f"{_kind_of(st.st_mode)}, not a regular file: not read")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise IngestError("skipped", f"{_kind_of(mode)}, not a regular file: not read")
    return fd


def read_limited(fd: int, limit: int) -> bytes:
    """At most ``limit`` bytes from ``fd``; IngestError('unsupported') if there are more (counted
    on what is read, not on what the file system reports)."""
    chunks, n = [], 0
    while True:
        chunk = os.read(fd, min(1 << 20, limit + 1 - n))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        n += len(chunk)
        if n > limit:
            raise IngestError("unsupported", f"more than the {limit}-byte limit for one file: not read")


def read_raw_bytes(path: Path, raw_dir: Path) -> bytes:
    """The bytes of one raw file, read once (see :func:`open_raw` and :func:`read_limited`)."""
    fd = open_raw(path, raw_dir)
    try:
        return read_limited(fd, MAX_BYTES)
    finally:
        os.close(fd)


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
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)  # one per character
    controls = np.count_nonzero((codes < 9) | ((codes >= 14) & (codes < 32)))  # other than \t \n \v \f \r
    if controls / len(sample) > 0.01 or "\ufffd" in sample[:-1]:
        return False
    non_ascii = np.count_nonzero(codes > 127)
    if not non_ascii:
        return True
    cjk = np.count_nonzero(((codes >= 0x3000) & (codes <= 0x9FFF)) | ((codes >= 0xFF00) & (codes <= 0xFFEF))
                           | ((codes >= 0x2000) & (codes <= 0x206F)))  # CJK symbols and Han, full-width, punctuation
    return bool(cjk / non_ascii >= 0.6)


def decode_text(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, note) for plain-text bytes; raises IngestError('undecodable') otherwise.

    A BOM decides first; then strict UTF-8; then charset-normalizer's detection.  A UTF-8 file
    cut inside its last character is decoded up to the cut, and the note says so.
    """
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
    # (imported here: a build of UTF-8 files never needs it, and its import costs a tenth of a second)
    from charset_normalizer import from_bytes

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
        # UTF-8 and GB18030 mixed (pages pasted together), then UTF-16 without its BOM; each only when the
        # result reads as text
        for fallback in (_decode_truncated_gb18030, _decode_mostly_utf8, _decode_mixed, _decode_unmarked_utf16):
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


class _GiveUp(Exception):
    """Raised by a decoding error handler to abandon a fallback decoding."""


_HANDLER = threading.local()  # the error handler of the decoding running in this thread


def _dispatch_error(exc: UnicodeDecodeError):
    return _HANDLER.fn(exc)


codecs.register_error("healthdata.fallback", _dispatch_error)


def _decode_handling_errors(data: bytes, handler) -> str | None:
    """``data`` decoded as UTF-8 with ``handler(exc) -> (replacement, resume position)`` called at
    each invalid sequence, in one pass of the C decoder (linear in the size of ``data``: the
    decoder keeps one exception object for the whole pass); None when the handler gives up."""
    _HANDLER.fn = handler
    try:
        return data.decode("utf-8", "healthdata.fallback")
    except _GiveUp:
        return None
    finally:
        _HANDLER.fn = None


def _decode_mostly_utf8(data: bytes) -> tuple[str, str, str] | None:
    """UTF-8 with at most one corrupt byte sequence per 10 000 bytes, each replaced by U+FFFD."""
    limit = max(1, len(data) // 10_000)
    bad = 0

    def replace(exc: UnicodeDecodeError):
        nonlocal bad
        bad += 1
        if bad > limit:
            raise _GiveUp
        return "\ufffd", exc.end

    text = _decode_handling_errors(data, replace)
    if text is None or not _is_plausible_text(text.replace("\ufffd", "")):
        return None
    return text, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"


def _gb18030_start(data: bytes, at: int, line_start: int) -> int:
    """Where the GB18030 text that UTF-8 decoding broke on at ``at`` starts: before the two-byte UTF-8 sequences and the
    ASCII before it on its line (back to ``line_start``).  A GB18030 character's two bytes form a two-byte UTF-8
    sequence by chance (一 is D2 BB, UTF-8 for the Cyrillic һ; 位 is CE BB, the Greek λ; 、 after it, A1 A2, or 家
    after 位21, is what breaks): a Chinese page's UTF-8 text holds its Han characters and punctuation as sequences of
    three bytes, not the Latin, Greek or Cyrillic letters of two, so the bytes since the last sequence of three or
    more are the GB18030 line's (its ASCII reads the same either way)."""
    pos = at
    while pos > line_start:
        if data[pos - 1] < 0x80 and data[pos - 1] != 0x0A:
            pos -= 1
        elif pos - 2 >= line_start and 0xC2 <= data[pos - 2] <= 0xDF and 0x80 <= data[pos - 1] <= 0xBF:
            pos -= 2
        else:
            break
    return pos


# a line of valid UTF-8 whose only non-ASCII characters are two-byte sequences (Latin, Greek, Cyrillic letters: no
# Han character, no CJK punctuation); in a file holding GB18030 lines it is one whose GB18030 bytes all paired up as
# UTF-8 by chance ([图片], CD BC C6 AC, reads [ͼƬ])
_TWO_BYTE_ONLY_LINE = re.compile(rb"(?m)^[\x00-\x09\x0b-\x7f]*(?:[\xc2-\xdf][\x80-\xbf][\x00-\x09\x0b-\x7f]*)+(?:\n|\Z)")


_HAN_WIDE = re.compile("[\u0800-\U0010ffff]")  # a character UTF-8 writes in three bytes or more


def _decode_mixed(data: bytes) -> tuple[str, str, str] | None:
    """Runs of valid UTF-8, and GB18030 for the rest of each line where UTF-8 breaks (from the GB18030 character
    whose bytes happened to be valid UTF-8 before the break: :func:`_gb18030_start`), and for the lines that read
    as UTF-8 only as letters of two bytes (``_TWO_BYTE_ONLY_LINE``) when they read as GB18030 too."""
    cuts: list[tuple[int, int]] = []  # (start, end) of each line's GB18030 rest

    def rest_of_line(exc: UnicodeDecodeError):
        if len(cuts) >= 10_000:
            raise _GiveUp  # not a few pasted pages: a file of another kind
        nl = exc.object.find(b"\n", exc.start)
        end = len(exc.object) if nl < 0 else nl + 1
        cuts.append((exc.start, end))
        return "", end

    if _decode_handling_errors(data, rest_of_line) is None or not cuts:
        return None
    # (where the GB18030 text may start, where it starts for sure, its end): a line that reads as UTF-8 keeps it
    # where it does not read as GB18030 (its sure start is its end)
    spans = [(_gb18030_start(data, start, data.rfind(b"\n", 0, start) + 1), start, end) for start, end in cuts]
    spans += [(m.start(), m.end(), m.end()) for m in _TWO_BYTE_ONLY_LINE.finditer(data)]
    spans.sort()
    pieces, pos = [], 0
    for back, sure, end in spans:
        for begin in dict.fromkeys((max(back, pos), sure)):  # the GB18030 rest from where it starts, else from the break
            try:
                rest = data[begin:end].decode("gb18030")
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
        pieces += [data[pos:begin].decode("utf-8"), rest]
        pos = end
    pieces.append(data[pos:].decode("utf-8"))
    if not any(_HAN_WIDE.search(piece) for piece in pieces[0::2]):
        # what read as UTF-8 holds no character of three bytes or more (no Han character, no CJK punctuation): its
        # non-ASCII bytes were GB18030 that paired up as UTF-8 by chance, and the file is GB18030 whole (a GB18030
        # page that detection gave no reading for: charset-normalizer ranks nothing on some long ones)
        try:
            whole = data.decode("gb18030")
        except UnicodeDecodeError:
            whole = None
        if whole is not None and _is_plausible_text(whole):
            return whole, "gb18030", ""
    text = "".join(pieces)
    if not _is_plausible_text(text):
        return None
    return text, "utf-8+gb18030", f"mixed encodings: {len(cuts)} line(s) in GB18030, the rest UTF-8"


def _decode_unmarked_utf16(data: bytes) -> tuple[str, str, str] | None:
    """UTF-16 saved without its byte-order mark (little-endian first, as Windows writes it), that detection gave no
    reading for (charset-normalizer ranks nothing on some long pages): only when the whole bytes decode and read as
    Chinese (GB18030 or UTF-8 bytes taken two by two give Hangul, Yi and private-use characters, not Han)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _is_plausible_text(text):
            return text, encoding, "UTF-16 without a byte-order mark"
    return None


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
        if re.search(HTML_SNIFF.encode(), lowered):
            return "html"
        return "text"
    return "unknown"


# Elements that start a line of their own; any other element (b, span, a, font …) flows inside its line.
HTML_BLOCKS = frozenset("""address article aside blockquote body br caption center dd details dialog div dl dt
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary
table tbody td tfoot th thead title tr ul""".split())


HTML_HIDDEN = frozenset("script style noscript template head".split())  # elements whose content is not shown
HTML_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
HTML_SNIFF = r"<(!doctype html|html|body|div|p)[\s>]"  # markup in a file without an HTML suffix


def is_html(path: str | Path, text: str) -> bool:
    """Whether a raw file's text is an HTML page (as :func:`sniff_format` decides from its bytes)."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return True
    return suffix in TEXT_SUFFIXES and re.search(HTML_SNIFF, text[:2048].lower()) is not None


def html_edits(html: str) -> list[tuple[int, int, str]]:
    """Edits turning an HTML page into its visible text, with every kept character where the page
    has it (so that offsets into the visible text map back to the page: see
    :mod:`healthdata.pageview`).  Tags, comments and hidden elements (script, style, head) are
    removed; one block element a line (a line break before text that sits in another block element
    than the text before it, and at ``<br>``), inline elements (b, span, a) inside their line, the
    cells of a table row on one line split by `` | `` (as tables are read); an entity becomes its
    character; a line break inside a paragraph's source becomes a space.

    Edits are ``(start, end, replacement)``, sorted and non-overlapping.  Parsed with the standard
    library's HTMLParser, which reports where each tag, text and entity starts: linear in the page,
    however deep its nesting, and lenient with broken markup."""
    import html as html_lib
    from html.parser import HTMLParser

    line_starts = [0] + [m.end() for m in re.finditer("\n", html)]
    edits: list[tuple[int, int, str]] = []
    blocks: list[tuple[int, str, int]] = []  # open block elements: (id, name, id of the enclosing table row)
    state = {"hidden": 0, "hidden_name": None, "last": None, "next_id": 0, "line_start": True}

    def block_of() -> tuple[int, str, int] | None:
        return blocks[-1] if blocks else None

    def text_at(start: int, end: int, replacement: str | None) -> None:
        """Visible text [start, end) (an entity when ``replacement`` is given)."""
        if state["hidden"]:
            edits.append((start, end, ""))
            return
        piece = html[start:end] if replacement is None else replacement
        block = block_of()
        last = state["last"]
        if not piece.strip():  # whitespace between elements (&nbsp; too): a space inside a line, else nothing
            if state["line_start"] and replacement is None:
                edits.append((start, end, ""))  # (the source's break after a <br>: nothing a reader sees)
                return
            inside = last is not None and block is not None and block[0] == last[0]
            if inside and replacement is None and "\n" not in piece:
                return
            edits.append((start, end, (" " if replacement is None else replacement) if inside else ""))
            return
        line_start = state["line_start"]
        if last is not None and (block is None or block[0] != last[0]):
            same_row = block is not None and block[1] in ("td", "th") and last[1] in ("td", "th") and block[2] == last[2]
            edits.append((start, start, " | " if same_row else "\n"))
            line_start = line_start or not same_row
        if replacement is not None:
            edits.append((start, end, replacement))
        else:
            # the source's white space opening a line (after a <br> or a block's start: <br />\n　  12) is none a reader
            # sees, as a browser shows it; inside a line a line break is a space
            lead = len(piece) - len(piece.lstrip(" \t\r\n\f")) if line_start else 0
            if lead:
                edits.append((start, start + lead, ""))
            edits.extend((m.start() + start + lead, m.end() + start + lead, " ")
                         for m in re.finditer(r"[ \t]*\n\s*", piece[lead:]))
        state["last"], state["line_start"] = block, False

    class Scanner(HTMLParser):
        def pos(self) -> int:
            line, col = self.getpos()
            return line_starts[line - 1] + col

        def handle_starttag(self, tag, attrs):
            start = self.pos()
            raw = self.get_starttag_text() or ""
            edits.append((start, start + len(raw), ""))
            if tag in HTML_HIDDEN and not raw.endswith("/>"):
                if tag == "head" or not state["hidden"]:
                    state["hidden_name"] = tag
                state["hidden"] += 1
                return
            if tag == "body" and state["hidden_name"] == "head":  # a head never closed
                state["hidden"], state["hidden_name"] = 0, None
            if tag == "br" and not state["hidden"] and state["last"] is not None:
                edits[-1] = (start, start + len(raw), "\n")
                state["line_start"] = True
            if tag in HTML_BLOCKS and tag not in HTML_VOID and not raw.endswith("/>"):
                state["next_id"] += 1
                row = state["next_id"] if tag == "tr" else blocks[-1][2] if blocks else -1  # the enclosing row
                blocks.append((state["next_id"], tag, row))

        def handle_startendtag(self, tag, attrs):
            self.handle_starttag(tag, attrs)

        def handle_endtag(self, tag):
            start = self.pos()
            end = html.find(">", start)
            edits.append((start, end + 1 if end >= 0 else len(html), ""))
            if tag in HTML_HIDDEN and state["hidden"]:
                state["hidden"] -= 1
                return
            for k in range(len(blocks) - 1, max(-1, len(blocks) - 64), -1):  # unclosed inner blocks close too
                if blocks[k][1] == tag:
                    del blocks[k:]
                    break

        def handle_data(self, data):
            start = self.pos()
            text_at(start, start + len(data), None)

        def _reference(self, name, prefix):
            start = self.pos()
            end = start + len(prefix) + len(name)
            end += 1 if html.startswith(";", end) else 0
            text_at(start, end, html_lib.unescape(html[start:end]))

        def handle_entityref(self, name):
            self._reference(name, "&")

        def handle_charref(self, name):
            self._reference(name, "&#")

        def _skip(self, opener, closer):
            start = self.pos()
            end = html.find(closer, start + len(opener))
            edits.append((start, end + len(closer) if end >= 0 else len(html), ""))

        def handle_comment(self, data):
            self._skip("<!--", "-->")

        def handle_decl(self, decl):
            self._skip("<!", ">")

        def handle_pi(self, data):
            self._skip("<?", ">")

        def unknown_decl(self, data):
            self._skip("<![", "]>")

    scanner = Scanner(convert_charrefs=False)
    scanner.feed(html)
    scanner.close()
    out, last = [], 0
    for a, b, rep in sorted(edits, key=lambda e: (e[0], e[1])):
        if a >= last or (a == b == last):
            out.append((a, b, rep))
            last = max(last, b)
    return out


# A character reference left in a plain-text page: the text copied from a page's HTML source or from a CMS that
# escaped its text twice (全县共有&nbsp;23个村卫生室, 一、&#12288;基本情况, 妇幼&amp;计生): a named reference (a letter, then
# letters and digits) or a numeric one, closed by its semicolon, as HTML writes it (a bare & in the text, R&D, 卫生&健康,
# is none: no name and semicolon after it)
TEXT_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# ... and one a hard wrap cut in two (a .txt page wrapped at one width with its references as its source holds them:
# 仍需&ld / quo;进市区, 不均衡&hellip / ;&hellip;): a reference whole once the line break inside it is taken out is the
# character, and the break a wrap's cut (no writer breaks a line inside a reference)
TEXT_CHAR_REFERENCE_CUT = re.compile(
    r"&(?=[#A-Za-z0-9]*\n[#A-Za-z0-9]*;)(?:#[0-9\n]{1,8}|#[xX][0-9a-fA-F\n]{1,7}|[A-Za-z\n][A-Za-z0-9\n]{1,32});")


# A tag of the page's HTML source left in a plain-text page with its character references (text copied from the
# source: …坚持&ldquo;保基本&rdquo;，…任务。<br />, <p>…</p>, <strong>…</strong>): an element HTML shows as a line break
# (a block one) or as its text (an inline one), written without attributes.  Only such bare tags of known elements are
# taken: a comparison in the text (<5%, 孕产妇死亡率<10/10万) is none, and a tag with attributes (<img src=…>, <a href=…>,
# <span style=…>) stays the text it is on a plain-text page (the report shows it as text, escaped).
_TEXT_INLINE_TAGS = "abbr b big em i small strong sub sup u".split()
TEXT_MARKUP_TAG = re.compile(r"</?(?P<name>" + "|".join(sorted(set(HTML_BLOCKS) | set(_TEXT_INLINE_TAGS), key=len, reverse=True))
                             + r")[ \t]*/?>", re.IGNORECASE)
_LINE_EDGE_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*$")
_LINE_EDGE_AFTER = re.compile(r"[ \t\u3000]*(?:\n|$)")


def text_entity_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits showing a plain-text page that kept its HTML source's markup as the page shows: each character reference
    (``&nbsp;``, ``&amp;``, ``&#12288;``) as its character, as an HTML page's are shown (:func:`html_edits`), and each
    bare tag of an element (``<br />``, ``<strong>``) as nothing, a block element's as a line break where it stands inside a
    line (at a line's start or end the line's own break is there): sorted, non-overlapping ``(start, end,
    replacement)``.  A name HTML does not know (``&foo;``, ``<foo>``) and a reference to no character a page shows (a
    control character, a surrogate, a code point past Unicode's) are left as the page prints them."""
    import html as html_lib
    import html.entities as html_entities

    out = []
    if "&" in text and ";" in text:
        for m in TEXT_CHAR_REFERENCE.finditer(text):
            ch = html_lib.unescape(m.group())
            if ch == m.group() or not ch or "\ufffd" in ch or any(unicodedata.category(c)[0] == "C" and c not in "\t\n" for c in ch):
                continue
            out.append((m.start(), m.end(), ch))
        if "\n" in text:
            for m in TEXT_CHAR_REFERENCE_CUT.finditer(text):
                whole = m.group().replace("\n", "", 1)
                ch = html_lib.unescape(whole)
                named = whole[1] != "#"
                if m.group().count("\n") == 1 and ch != whole and TEXT_CHAR_REFERENCE.fullmatch(whole) and ch \
                        and (not named or whole[1:] in html_entities.html5) \
                        and "\ufffd" not in ch and not any(unicodedata.category(c)[0] == "C" for c in ch):
                    out.append((m.start(), m.end(), ch))
            out.sort()
    if "<" in text and ">" in text:
        tags = []
        for m in TEXT_MARKUP_TAG.finditer(text):
            inside = m.group("name").lower() in HTML_BLOCKS and not (
                _LINE_EDGE_BEFORE.search(text, max(0, m.start() - 200), m.start())
                or _LINE_EDGE_AFTER.match(text, m.end()) or (tags and tags[-1][1] == m.start()))
            tags.append((m.start(), m.end(), "\n" if inside else ""))
        if tags:
            out = sorted(out + tags)
    return out


def html_to_text(html: str) -> str:
    """Visible text of an HTML page (see :func:`html_edits`), each line stripped and empty lines
    dropped: what a reader sees.  Offsets of the data package point into the page itself."""
    from healthdata.pageview import apply_edits

    text = apply_edits(html, html_edits(html))[0]
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def check_zip_expansion(data: bytes) -> None:
    """Refuse a .docx whose members decompress to more than the limits: counted on the bytes the
    decompressor produces, in bounded memory, never on the sizes its headers claim."""
    total = xml = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                is_xml = info.filename.endswith((".xml", ".rels"))
                with zf.open(info) as member:
                    while chunk := member.read(1 << 20):
                        total += len(chunk)
                        xml += len(chunk) if is_xml else 0
                        if total > MAX_DOCX_UNCOMPRESSED or xml > MAX_DOCX_XML:
                            what = "its XML" if xml > MAX_DOCX_XML else "it"
                            limit = MAX_DOCX_XML if xml > MAX_DOCX_XML else MAX_DOCX_UNCOMPRESSED
                            raise IngestError("error", f"docx: {what} decompresses to more than {limit} bytes: "
                                                             "refused (zip bomb guard)")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise IngestError("error", f"not a valid .docx (zip) file: {exc}") from exc


def docx_to_text(data: bytes) -> str:
    """Paragraph text of a .docx (tables row by row), guarded against zip bombs."""
    check_zip_expansion(data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
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


def _flate_output(raw: bytes, budget: int) -> int:
    """Bytes a Flate stream decompresses to, counted in bounded memory; stops past ``budget``."""
    d = zlib.decompressobj()
    n, pending = 0, raw
    try:
        while pending and n <= budget:
            n += len(d.decompress(pending, 1 << 20))
            pending = d.unconsumed_tail
    except zlib.error:
        pass  # a corrupt stream: pdfminer decodes what it can, no more than this
    return n


def check_pdf_expansion(document) -> None:
    """Refuse a PDF whose Flate streams decompress to more than MAX_PDF_DECODED bytes in all,
    counted on what the decompressor produces (pdfminer would hold each stream whole)."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream

    total = 0
    for xref in document.xrefs:
        for objid in xref.get_objids():
            try:
                obj = document.getobj(objid)
            except Exception:  # a broken object: pdfminer skips it too
                continue
            if not isinstance(obj, PDFStream):
                continue
            filters = obj.get_filters()
            if filters and filters[0][0] in LITERALS_FLATE_DECODE and obj.get_rawdata() is not None:
                total += _flate_output(obj.get_rawdata(), MAX_PDF_DECODED - total)
                if total > MAX_PDF_DECODED:
                    raise IngestError("error", f"PDF streams decompress to more than {MAX_PDF_DECODED} bytes: "
                                                     "refused (decompression bomb guard)")


def pdf_to_text(data: bytes) -> str:
    """Text of a PDF (pdfplumber, which keeps CJK text and gives each line's geometry), with
    the typesetter's line wraps undone so each paragraph is one line, as in the other formats."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PDF_PAGES:
                raise IngestError("unsupported", f"PDF of {len(pdf.pages)} pages (> {MAX_PDF_PAGES}): refused")
            check_pdf_expansion(pdf.doc)
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
        data = read_raw_bytes(path, raw_dir)
        rf.bytes, rf.sha256 = len(data), hashlib.sha256(data).hexdigest()  # exactly the bytes processed
        rf.format = sniff_format(path, data[:4096])
        if not data.strip():
            raise IngestError("empty", "the file is empty or whitespace only")
        if rf.format == "text":
            rf.text, rf.encoding, rf.message = decode_text(data)
        elif rf.format == "html":  # offsets point into the page itself; segmentation reads its visible text
            rf.text, rf.encoding, rf.message = decode_text(data)
            if not html_to_text(rf.text).strip():
                raise IngestError("empty", "no text in this html file (empty or whitespace only)")
        elif rf.format == "docx":
            rf.text, rf.encoding = docx_to_text(data), "utf-8"
        elif rf.format == "pdf":
            rf.text, rf.encoding = pdf_to_text(data), None
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
