"""Matching text: a same-length, normalised view of raw text.

Raw text is never changed: offsets in every table point into the raw file's decoded text.
For *matching* (indicator aliases, headings, problem cues), we build a second string of the
same length in which Traditional characters are converted to Simplified (OpenCC) and
machine-paraphrased phrases (``存在的题目``, ``进步`` for ``提高``, ``职员`` for ``人员``) are replaced by
their plain forms.  Because both strings have the same length, an offset found in the matching
text is an offset in the raw text.

Speed: OpenCC's own dictionaries (``TSCharacters`` and ``TSPhrases`` of the t2s configuration, read
from the data files the package ships; only its public ``OpenCC.convert`` and ``split_chars_re``
are used) are the source of the conversion.  Every character mapping is one character for one character, and every
phrase mapping keeps its length, so the conversion of a text without any phrase whose OpenCC
conversion differs from the character-by-character one is exactly a character table (composed with
the width and digit folding) — applied with a few ``str.replace`` calls for the characters actually present.
Only text pieces holding such a phrase (``瞭解``, ``沈默`` …) go through OpenCC's converter itself, piece
by piece exactly as OpenCC splits them, so the result is always identical to ``OpenCC('t2s').convert``.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import numpy as np

__all__ = ["matching_text", "to_simplified", "keep_place_names", "kept_place_names", "fold_forms", "zero_width_spans", "variant_folds", "radical_folds", "decimal_digit_table", "paraphrase_table",
           "code_points", "char_table"]


@lru_cache(maxsize=1)
def _converter():
    import opencc  # opencc-python-reimplemented

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def t2s_dictionaries() -> tuple[dict[str, str], ...]:
    """OpenCC's t2s dictionaries (phrases, then characters), read from the data files the package
    ships, in the order its ``config/t2s.json`` names them (read as OpenCC reads them: one
    ``key<TAB>values`` pair a line, a later line replacing an earlier key)."""
    files = resources.files("opencc")
    config = json.loads(files.joinpath("config", "t2s.json").read_text(encoding="utf-8"))
    (step,) = config["conversion_chain"]
    out = []
    for entry in step["dict"]["dicts"]:
        table = {}
        with files.joinpath("dictionary", entry["file"]).open(encoding="utf-8") as fh:
            for line in fh:
                key, value = line.strip().split("\t")
                table[key] = value
        out.append(table)
    return tuple(out)


@lru_cache(maxsize=1)
def paraphrase_table() -> tuple[tuple[str, str], ...]:
    """(paraphrase, plain) pairs from the package vocabulary, longest first, same lengths."""
    path = resources.files("healthdata.vocab").joinpath("paraphrases.csv")
    with path.open(encoding="utf-8") as fh:
        rows = [(r["paraphrase"], r["plain"]) for r in csv.DictReader(fh)]
    for para, plain in rows:
        if len(para) != len(plain):
            raise ValueError(f"paraphrase {para!r} -> {plain!r} changes length; offsets would break")
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _paraphrase_regex():
    pairs = paraphrase_table()
    return re.compile("|".join(re.escape(p) for p, _ in pairs)), dict(pairs)


@lru_cache(maxsize=1)
def decimal_digit_table() -> np.ndarray:
    """Code point -> whether the character is a decimal digit (Unicode Nd: what ``\\d`` matches in a str pattern).
    Found by one search of ``\\d`` through a string of every code point (``re`` and ``str.isdecimal`` ask the one
    Unicode test), a quarter of the time asking ``str.isdecimal`` of each (``decimal_digit_table_plain``)."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(0x110000, dtype=bool)
    table[[m.start() for m in re.finditer(r"\d", every)]] = True
    return table


def decimal_digit_table_plain() -> np.ndarray:
    """:func:`decimal_digit_table` asked of each code point (what the tests compare it with)."""
    return np.fromiter(map(str.isdecimal, map(chr, range(0x110000))), dtype=bool, count=0x110000)


def _in_gb2312(char: str) -> bool:
    """Whether ``char`` is one of GB2312's characters (the common characters Simplified text prints)."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def variant_folds() -> dict[str, str]:
    """Variant character (异体字) -> the Simplified character it stands for, one for one.

    From OpenCC's Hong Kong and Taiwan variant dictionaries (variant -> the standard Traditional character): a
    variant that t2s leaves as it is and that Simplified text does not print (outside GB2312: 衞, 敍, 粧, 痺 — not
    著 or 抬, which are Simplified characters of their own), whose standard character t2s converts (衞 -> 衛 -> 卫);
    then the variants OpenCC does not know (``vocab/variants.yaml``: 毉 -> 医)."""
    from healthdata.vocab import load_yaml

    t2s_chars = t2s_dictionaries()[1]

    def t2s(c: str) -> str:
        return t2s_chars.get(c, c).split(" ")[0]

    files = resources.files("opencc").joinpath("dictionary")
    out = {}
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):
        with files.joinpath(name).open(encoding="utf-8") as fh:
            for line in fh:
                variant, standard = line.strip().split("\t")
                standard = standard.split(" ")[0]
                if len(variant) != 1 or len(standard) != 1 or _in_gb2312(variant) or t2s(variant) != variant:
                    continue
                simplified = t2s(standard)
                if simplified != variant and _in_gb2312(simplified):
                    out.setdefault(variant, simplified)
    for variant, simplified in load_yaml("variants.yaml")["variants"].items():
        if len(variant) != 1 or len(simplified) != 1:
            raise ValueError(f"variant {variant!r} -> {simplified!r} is not one character for one; offsets would break")
        out[variant] = simplified
    return out


# The blocks whose characters stand for unified ideographs (Unicode's compatibility decomposition, NFKC): the Kangxi
# radicals a PDF's font maps common characters to, so that text copied from it prints ⼀、⼯作⽬标, 卫⽣, ⼈⼝ (U+2F00-
# U+2FD5); the two radicals of the supplement that decompose (⺟, ⻳); and the compatibility ideographs of Big5 and KS X
# 1001 conversions (U+F900-U+FAFF, U+2F800-U+2FA1F)
_DECOMPOSING_IDEOGRAPH_BLOCKS = ((0x2E80, 0x2EF4), (0x2F00, 0x2FD6), (0xF900, 0xFB00), (0x2F800, 0x2FA20))


@lru_cache(maxsize=1)
def radical_folds() -> dict[str, str]:
    """Kangxi radical or compatibility ideograph -> the Simplified unified ideograph it stands for, one for one
    (⽣ -> 生, ⾨ -> 門 -> 门, 﨑 -> 崎): its compatibility decomposition, converted as Traditional text is.  (The
    radicals of the supplement a PDF prints for Simplified characters, ⻓ for 长 in 增⻓, decompose to nothing:
    ``vocab/variants.yaml`` lists them.)"""
    t2s_chars = t2s_dictionaries()[1]
    out = {}
    for lo, hi in _DECOMPOSING_IDEOGRAPH_BLOCKS:
        for cp in range(lo, hi):
            c = chr(cp)
            unified = unicodedata.normalize("NFKC", c)
            if len(unified) == 1 and unified != c and "\u3400" <= unified:
                out[c] = t2s_chars.get(unified, unified).split(" ")[0]
    return out


# the no-break space and the spaces of fixed width (U+2000-U+200A, U+202F, U+205F): all Unicode space separators
# but the ordinary and the ideographic one
_TYPOGRAPHIC_SPACES = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
# the zero-width characters an editor leaves in a page (a WeChat article's zero-width spaces between sentences and
# around its images, …。\u200b一是…; a byte-order mark inside text concatenated from files): nothing a reader sees, so
# in the matching text they are the space that sets off what stands on either side (one character for one: the raw
# text keeps them)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH_RUN = re.compile(f"[{_ZERO_WIDTH}]+")


def zero_width_spans(text: str) -> list[tuple[int, int]]:
    """Where the zero-width characters stand in ``text`` (runs of them): nothing a reader sees, so the reading view
    leaves them out (:func:`healthdata.pageview.page_view`), as a browser shows the page.  A WeChat editor's zero-width
    space after a sentence (…。\u200b一是…) or around an image, a byte-order mark inside text concatenated from files,
    a joiner between two characters copied from a page that set them apart: in the view the characters on either side
    stand together as the reader sees them (the matching text, which keeps every raw character, makes them a space)."""
    if _ZERO_WIDTH_RUN.search(text) is None:
        return []
    return [m.span() for m in _ZERO_WIDTH_RUN.finditer(text)]


@lru_cache(maxsize=1)
def _folds() -> dict[str, str]:
    """Character -> its plain form, one for one: fullwidth ASCII (０-９, ％, ．, Ａ…) and the small forms (﹪, ﹒, ﹙)
    -> halfwidth, the
    ideographic space, the no-break and typographic spaces and the zero-width characters -> a space, a Kangxi radical or
    compatibility ideograph to the Simplified character it stands for (:func:`radical_folds`: ⽣ -> 生), every other decimal digit (٣, ৫, 𝟠 …) -> its ASCII digit, so
    that the matching text writes every digit as 0-9, and a variant character to the Simplified one it
    stands for (:func:`variant_folds`: 衞 -> 卫, 毉 -> 医)."""
    folds = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF01, 0xFF5F)}
    # the small forms a GBK input method or a Word document types (增长12.5﹪, 1﹒5, ﹙一﹚, 达标﹔): ASCII punctuation
    # and signs as the full-width forms are (﹪ -> %, ﹐ -> ,, ﹒ -> ., ﹙﹚ -> (), ﹔ -> ;, ﹣ -> -); ﹑ (a small 、)
    # -> 、, ﹝﹞ -> 〔〕
    folds.update({chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFE50, 0xFE6C)
                  if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)})
    folds["\u3000"] = " "
    # an HTML page's no-break space (&nbsp;, the indent of its paragraphs: \xa0\xa0\xa0\xa0一、…) and the typographic
    # spaces (en, em, thin, narrow no-break: &ensp; &emsp; &thinsp;) are spaces a reader sees as the ideographic one
    folds.update(dict.fromkeys(_TYPOGRAPHIC_SPACES, " "))
    folds.update(dict.fromkeys(_ZERO_WIDTH, " "))
    folds = {k: v for k, v in folds.items() if len(v) == 1}
    folds.update(radical_folds())
    folds.update(variant_folds())
    for cp in np.flatnonzero(decimal_digit_table()).tolist():
        if cp > 0x7F:
            folds[chr(cp)] = str(unicodedata.decimal(chr(cp)))
    return folds


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    return str.maketrans(_folds())


def code_points(text: str) -> np.ndarray:
    """The code points of ``text``, one per character, as an array (so character tests run over all of them at once)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def char_table(chars, dtype=bool, value=True) -> np.ndarray:
    """An array indexed by code point: ``value`` for the characters ``chars``, zero elsewhere."""
    table = np.zeros(0x110000, dtype=dtype)
    table[[ord(c) for c in chars]] = value
    return table


@lru_cache(maxsize=1)
def _tables():
    """Conversion data derived once from OpenCC's t2s dictionaries.

    Returns (char_map, translation, composed, looked_at, is_trigger, special_rx, special_len):
    ``char_map`` Traditional -> Simplified character (OpenCC takes the first of several candidates);
    ``composed`` the character map followed by the folding (only characters that change);
    ``looked_at`` marks (by code point) the characters the fast path must look at; ``special_rx`` the phrases
    whose OpenCC conversion differs from converting their characters one by one, and ``triggers``
    characters one of which every such phrase contains; ``special_len`` the longest such phrase's length.
    """
    cc = _converter()
    phrases, chars = t2s_dictionaries()  # t2s: one group [TSPhrases, TSCharacters]
    char_map = {}
    for k, v in chars.items():
        v = v.split(" ")[0]
        if len(k) != 1 or len(v) != 1:
            raise ValueError(f"OpenCC character mapping {k!r} -> {v!r} is not one character for one")
        if not cc.split_chars_re.fullmatch(k):  # separators are never converted by OpenCC
            char_map[k] = v
    translation = str.maketrans(char_map)
    special = []
    for k, v in phrases.items():
        v = v.split(" ")[0]
        if len(k) != len(v):
            raise ValueError(f"OpenCC phrase mapping {k!r} -> {v!r} changes length")
        if v != k.translate(translation):
            special.append(k)
    triggers = set(char_map)
    for k in special:
        if not any(c in char_map for c in k):
            triggers.update(k)
    composed = {}
    folds = _folds()
    for c in set(char_map) | set(folds):
        v = char_map.get(c, c)
        v = folds.get(v, v)
        if v != c:
            composed[c] = v
    special_rx = re.compile("|".join(re.escape(k) for k in sorted(special, key=len, reverse=True))) if special else None
    special_len = max(map(len, special), default=0)
    looked_at = char_table(set(composed) | triggers)
    return char_map, translation, composed, looked_at, char_table(triggers), special_rx, special_len


def _opencc_exact(text: str) -> str:
    """OpenCC t2s, converting with the library only the pieces (as OpenCC splits them) holding a special phrase."""
    cc = _converter()
    _, translation, _, _, _, special_rx, _ = _tables()
    parts = cc.split_chars_re.split(text)
    out = []
    for i, p in enumerate(parts):
        if i % 2 or not p:
            out.append(p)
        elif special_rx.search(p):
            out.append(cc.convert(p))  # a piece without separators: OpenCC converts it alone
        else:
            out.append(p.translate(translation))
    return "".join(out)


SHORT_TEXT = 64  # a text up to this long is looked at character by character (numpy's cost per call outweighs its speed)


@lru_cache(maxsize=1)
def _char_sets() -> tuple[frozenset, frozenset]:
    """(the characters the conversion must look at, the trigger characters) of :func:`_tables`, as sets."""
    tables = _tables()
    return tuple(frozenset(map(chr, np.flatnonzero(tables[k]).tolist())) for k in (3, 4))


def _needs_phrases(text: str, codes: np.ndarray | None) -> bool:
    """Whether ``text`` (code points ``codes``, or None for a short text) holds a phrase whose OpenCC
    conversion differs from its characters' conversion.

    Every such phrase holds a trigger character, so only the windows around the trigger characters
    in ``text`` (as far as the longest phrase reaches) are searched, not the whole text.
    """
    if _tables()[5] is None:
        return False
    if codes is None:
        triggers = _char_sets()[1]
        at = [i for i, ch in enumerate(text) if ch in triggers]
    else:
        at = np.flatnonzero(np.take(_tables()[4], codes)).tolist()  # (np.take: faster than indexing)
    return _phrase_around(text, at)


def _phrase_around(text: str, at: list[int]) -> bool:
    """Whether a special phrase (see :func:`_tables`) stands around one of the positions ``at`` of trigger characters."""
    _, _, _, _, _, special_rx, special_len = _tables()
    if special_rx is None:
        return False
    for i in at:
        if special_rx.search(text, max(0, i - special_len + 1), i + special_len) is not None:
            return True
    return False


_LOOKED_AT, _TRIGGER, _PARAPHRASE_FIRST, _PARAPHRASE_SECOND = 1, 2, 4, 8  # the bits of _text_flags_table


@lru_cache(maxsize=1)
def _text_flags_table() -> np.ndarray:
    """Code point -> the bits :func:`matching_text` tests of a long text's characters, found by one lookup:
    the conversion must look at it, it is a trigger character (see :func:`_tables`), and, for the
    character it becomes (character conversion and folding), a paraphrase starts with it, one has it second."""
    _, _, composed, looked_at, is_trigger, _, _ = _tables()
    table = looked_at.astype(np.uint8) | (is_trigger.astype(np.uint8) << 1)
    chars = _paraphrase_pair_chars()
    if chars is not None:
        first, second = chars
        for bit, members in ((_PARAPHRASE_FIRST, first), (_PARAPHRASE_SECOND, second)):
            table[[ord(c) for c in members if c not in composed]] |= bit  # a character that stays itself
            table[[ord(c) for c, v in composed.items() if v in members]] |= bit  # one that becomes such a character
    return table


def _present(text: str, codes: np.ndarray | None) -> set[str]:
    """The characters of ``text`` (code points ``codes``, or None for a short text) the conversion must look at."""
    if codes is None:
        return _char_sets()[0].intersection(text)
    return set(map(chr, np.unique(codes[np.take(_tables()[3], codes)]).tolist()))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified exactly as OpenCC t2s converts it; always keeps the length."""
    if not text:
        return text
    codes = code_points(text)
    if _needs_phrases(text, codes):
        out = _opencc_exact(text)
    else:
        char_map = _tables()[0]
        out = text
        for c in _present(text, codes):
            if c in char_map:
                out = out.replace(c, char_map[c])
    if len(out) == len(text):
        return out
    # a phrase conversion changed the length: fall back to character by character
    return text.translate(_tables()[1])


def fold_forms(text: str) -> str:
    """Fullwidth ASCII (０-９, ％, ．, Ａ…) to halfwidth, every decimal digit to 0-9 and variant characters to the
    Simplified ones they stand for (衞 -> 卫); one character for one."""
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _paraphrase_pair_chars() -> tuple[frozenset, frozenset] | None:
    """(the characters a paraphrase starts with, those one has second), or None when a paraphrase is
    shorter than two characters."""
    pairs = paraphrase_table()
    if not pairs or any(len(p) < 2 for p, _ in pairs):
        return None
    return frozenset(p[0] for p, _ in pairs), frozenset(p[1] for p, _ in pairs)


@lru_cache(maxsize=1)
def _paraphrase_pair_tables() -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`_paraphrase_pair_chars` as tables: code point -> whether a paraphrase starts with it, -> whether one has it second."""
    chars = _paraphrase_pair_chars()
    return None if chars is None else (char_table(chars[0]), char_table(chars[1]))


def _paraphrase_places(text: str) -> list[int]:
    """The positions in ``text`` of a character a paraphrase starts with followed by one a paraphrase has second."""
    if len(text) <= SHORT_TEXT:
        first, second = _paraphrase_pair_chars()
        return [i for i in range(len(text) - 1) if text[i] in first and text[i + 1] in second]
    first, second = _paraphrase_pair_tables()
    codes = code_points(text)
    return np.flatnonzero(np.take(first, codes[:-1]) & np.take(second, codes[1:])).tolist()


def replace_paraphrases(text: str, places: list[int] | None = None) -> str:
    """Each paraphrase in ``text`` replaced by its plain words, as ``re.sub`` with the alternation of the
    paraphrases replaces them.  The alternation is tried only where a paraphrase's first character is
    followed by a character one has second (found for the whole text at once; ``places``: those
    positions when the caller has them), and the two characters there open a paraphrase: it can match
    nowhere else, and there it matches what the scan of ``re.sub`` would find at that place."""
    rx, table = _paraphrase_regex()
    if _paraphrase_pair_chars() is None or len(text) < 2:
        return rx.sub(lambda m: table[m.group(0)], text)
    if places is None:
        places = _paraphrase_places(text)
    openings = _paraphrase_openings()
    out, pos, match = [], 0, rx.match
    for p in places:
        if p >= pos and text[p : p + 2] in openings and (m := match(text, p)) is not None:
            out.append(text[pos:p])
            out.append(table[m.group()])
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _paraphrase_openings() -> frozenset:
    """The first two characters of each paraphrase (every one is at least two long where they are used)."""
    return frozenset(p[:2] for p, _ in paraphrase_table())


@lru_cache(maxsize=1)
def kept_place_names() -> tuple[tuple[str, str], ...]:
    """(name, its t2s conversion) of the place names of the gazetteer (``normalize/places.json``) written in Simplified
    with a character OpenCC's t2s changes, read there as a Traditional character of another word (乾县 and 乾安县: t2s
    reads 乾 as the Traditional form of 干, dry, and writes 干县): the matching text keeps them as written, longest first."""
    try:
        data = json.loads(resources.files("healthdata.normalize").joinpath("places.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, ValueError):
        return ()
    translation = _tables()[1]
    pairs = {(name, name.translate(translation)) for name in data.get("places", {})}
    return tuple(sorted(((n, c) for n, c in pairs if n != c), key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _kept_place_chars() -> frozenset:
    """The characters of :func:`kept_place_names` that t2s changes (乾): a text without any of them keeps no name."""
    return frozenset(a for n, c in kept_place_names() for a, b in zip(n, c) if a != b)


def keep_place_names(text: str, out: str) -> str:
    """``out`` (a same-length conversion of ``text``) with each place name of :func:`kept_place_names` that ``text``
    writes (in Simplified, 乾县, or Traditional, 乾縣: the characters t2s changes stand in the raw text as the name has
    them) read as the name again where the conversion wrote it otherwise (干县 -> 乾县); the other characters of the
    conversion (若干县区, with 干 in the raw text, stays) are left as they are."""
    if not any(c in text for c in _kept_place_chars()):
        return out
    for name, converted in kept_place_names():
        at = out.find(converted)
        while at >= 0:
            if all(text[at + k] == a for k, (a, b) in enumerate(zip(name, converted)) if a != b):
                out = out[:at] + name + out[at + len(name):]
            at = out.find(converted, at + 1)
    return out


def matching_text(text: str) -> str:
    """The normalised view used for matching. ``len(matching_text(t)) == len(t)`` always.  (A place name that t2s would
    change is kept as written: :func:`keep_place_names`.)"""
    if len(text) <= SHORT_TEXT:  # character by character (see SHORT_TEXT)
        if _needs_phrases(text, None):
            out = fold_forms(_opencc_exact(text))
        else:
            out = _converted(text, _present(text, None))
        out = replace_paraphrases(out)
    else:  # one lookup of every character's bits (_text_flags_table) serves each scan
        codes = code_points(text)
        flags = np.take(_text_flags_table(), codes, mode="clip")  # (np.take: faster than indexing; every code point is in the table: clipping changes none)
        marked = np.flatnonzero(flags & (_LOOKED_AT | _TRIGGER))  # (few characters: both kinds found by one scan)
        kinds = flags[marked]
        if _phrase_around(text, marked[(kinds & _TRIGGER) != 0].tolist()):
            out = replace_paraphrases(fold_forms(_opencc_exact(text)))
        else:
            out = _converted(text, set(map(chr, np.unique(codes[marked[(kinds & _LOOKED_AT) != 0]]).tolist())))
            # the places of the converted text where a paraphrase's first character is followed by one's second
            places = np.flatnonzero(flags[:-1] & (flags[1:] >> 1) & _PARAPHRASE_FIRST).tolist() if _paraphrase_pair_chars() else None
            out = replace_paraphrases(out, places)
    out = keep_place_names(text, out)
    assert len(out) == len(text)
    return out


def _converted(text: str, present: set[str]) -> str:
    """``text`` with the characters of ``present`` (those of it the conversion must look at) converted and folded."""
    composed = _tables()[2]
    out = text
    for c in present:
        if c in composed:
            out = out.replace(c, composed[c])
    return out
