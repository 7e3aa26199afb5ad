"""Regex search that skips straight to the characters a match can start with.

The cue vocabularies are alternations of many wordings (``有待|亟待|…``, ``(财力|经费)…紧张``,
``(?<!排名)落后``).  Python's ``re`` skips quickly over text that cannot start a match only when
*every* alternative starts with a plain literal character; one alternative opening on a group, a
lookbehind or an optional part makes it try every alternative at every position of the text,
which was most of the time problems extraction spent.

:func:`first_characters` works out, from a pattern's source, the set of characters any match can
start with (None when it cannot tell: a ``.``, a negated class, a possibly empty match, inline
flags).  :class:`CuePattern` then searches with a *gate* — that character set, followed by a
lookbehind that re-reads the character and asserts the pattern matches there — which ``re``
does skip quickly; the pattern itself then matches at the gate's position.  The match returned
is the very one ``re.search`` returns: the gate finds the leftmost position where the pattern
matches, and the pattern matches there as it would in a plain search.  At a gate's character
``re`` still tries every alternative; an alternation of many first characters (the admission
wordings start with some 200) is :func:`dispatched` instead: only the alternatives able to start
with that character are tried.

:func:`match_starts` gives, for theme keywords, every position where a pattern matches (the
longest alternative in group 1), gated the same way.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from pathlib import Path

from healthdata import compilecache

__all__ = ["CuePattern", "LiteralGated", "QuickPattern", "RunSearch", "StartScan", "context_free", "first_characters",
           "match_starts", "one_character_set", "quick", "required_literals", "within_runs"]

ANY = None  # "any character": what a ``.``, a negated class or a category escape can start with
QUANTIFIER = re.compile(r"\{(\d*)(?:,(\d*))?\}")
LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
ESCAPED_CHARACTERS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
MAX_RANGE = 512  # a character range wider than this counts as "any character"
DISPATCH_MIN_CHARACTERS = 32  # fewer first characters: testing every alternative at a gate is as fast
# the characters ``\s`` matches in a str pattern (Unicode white space, as str.isspace: tests/test_speed_round26.py
# checks every code point): a pattern opening on ``\s*新区`` has known first characters
WHITESPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                       + "".join(map(chr, range(0x2000, 0x200B))))


class Unsupported(ValueError):
    """Syntax the analysis does not follow (inline flags, conditionals): no gate is made."""


def union(a: set | None, b: set | None) -> set | None:
    """Union of two character sets, ANY absorbing."""
    return ANY if a is ANY or b is ANY else a | b


def first_characters(source: str) -> frozenset[str] | None:
    """The characters a match of the regex ``source`` can start with; None when unknown or when
    the pattern can match the empty string (then every position can start a match)."""
    try:
        chars, nullable, end = alternation(source, 0)
    except (Unsupported, IndexError):
        return None
    if end != len(source) or nullable or chars is ANY:
        return None
    return frozenset(chars)


def alternation(src: str, i: int) -> tuple[set | None, bool, int]:
    """(first characters, can be empty, end) of the alternatives starting at ``i``."""
    chars, nullable = set(), False
    while True:
        c, n, i = sequence(src, i)
        chars, nullable = union(chars, c), nullable or n
        if i < len(src) and src[i] == "|":
            i += 1
            continue
        return chars, nullable, i


def sequence(src: str, i: int) -> tuple[set | None, bool, int]:
    """(first characters, can be empty, end) of one alternative: the items up to ``|`` or ``)``."""
    chars: set | None = set()
    empty_so_far = True
    while i < len(src) and src[i] not in "|)":
        c, n, i = item(src, i)
        if empty_so_far:
            chars = union(chars, c)
        empty_so_far = empty_so_far and n
    return chars, empty_so_far, i


def item(src: str, i: int) -> tuple[set | None, bool, int]:
    """(first characters, can be empty, end) of one atom with its quantifier."""
    chars, nullable, i = atom(src, i)
    if i < len(src) and src[i] in "?*+{":
        if src[i] in "?*":
            nullable, i = True, i + 1
        elif src[i] == "+":
            i += 1
        else:
            q = QUANTIFIER.match(src, i)
            if q is None:
                raise Unsupported("a brace that is no quantifier")
            nullable, i = nullable or int(q.group(1) or 0) == 0, q.end()
        if i < len(src) and src[i] in "?+":  # lazy or possessive
            i += 1
    return chars, nullable, i


def atom(src: str, i: int) -> tuple[set | None, bool, int]:
    """(first characters, can be empty, end) of the atom at ``i``."""
    ch = src[i]
    if ch == "(":
        return group(src, i)
    if ch in "^$":
        return set(), True, i + 1
    if ch == "\\":
        return escape(src, i)
    if ch == "[":
        return char_class(src, i)
    if ch == ".":
        return ANY, False, i + 1
    if ch in "*+?{":
        raise Unsupported("a quantifier without an atom")
    return {ch}, False, i + 1


def group(src: str, i: int) -> tuple[set | None, bool, int]:
    """A group: lookarounds are empty; other groups are their alternatives."""
    lookaround = src.startswith(LOOKAROUNDS, i)
    if lookaround:
        start = i + len(next(opener for opener in LOOKAROUNDS if src.startswith(opener, i)))
    elif src.startswith("(?:", i):
        start = i + 3
    elif src.startswith("(?P<", i):
        start = src.index(">", i) + 1
    elif src.startswith("(?", i):
        raise Unsupported("inline flags, comments, conditionals or back references")
    else:
        start = i + 1
    chars, nullable, end = alternation(src, start)
    if end >= len(src) or src[end] != ")":
        raise Unsupported("an unbalanced group")
    return (set(), True, end + 1) if lookaround else (chars, nullable, end + 1)


def escape(src: str, i: int) -> tuple[set | None, bool, int]:
    """An escape outside a class: an anchor (empty), a literal character, white space (:data:`WHITESPACE`), or
    another category (any)."""
    nxt = src[i + 1]
    if nxt in "bBAZ":
        return set(), True, i + 2
    if nxt == "s":
        return set(WHITESPACE), False, i + 2
    char, end = escaped_character(src, i)
    return ({char} if char is not None else ANY), False, end


def escaped_character(src: str, i: int) -> tuple[str | None, int]:
    """(the character an escape at ``i`` stands for, or None for a category or reference; its end)."""
    nxt = src[i + 1]
    if nxt in ESCAPED_CHARACTERS:
        return ESCAPED_CHARACTERS[nxt], i + 2
    for letter, width in (("x", 2), ("u", 4), ("U", 8)):
        if nxt == letter:
            return chr(int(src[i + 2:i + 2 + width], 16)), i + 2 + width
    if nxt.isascii() and nxt.isalnum():
        return None, i + 2  # \d \w \s, back references: could be many characters
    return nxt, i + 2


def char_class(src: str, i: int) -> tuple[set | None, bool, int]:
    """A ``[...]`` class: its characters (ANY when negated, or holding a category other than ``\\s`` or a wide range)."""
    j = i + 1
    negated = j < len(src) and src[j] == "^"
    j += negated
    chars: set | None = set()
    first = True
    while src[j] != "]" or first:
        first = False
        if src.startswith("\\s", j):  # (white space: a class cannot start a range with it)
            chars, j = union(chars, WHITESPACE), j + 2
            continue
        if src[j] == "\\":
            char, j = escaped_character(src, j)
        else:
            char, j = src[j], j + 1
        if src[j] == "-" and src[j + 1] != "]" and char is not None:
            if src[j + 1] == "\\":
                high, j = escaped_character(src, j + 1)
            else:
                high, j = src[j + 1], j + 2
            if high is None or ord(high) - ord(char) > MAX_RANGE:
                chars = ANY
            elif chars is not ANY:
                chars |= {chr(c) for c in range(ord(char), ord(high) + 1)}
            continue
        chars = ANY if char is None else union(chars, {char})
    return (ANY if negated else chars), False, j + 1


def top_alternatives(src: str) -> list[str]:
    """The top-level alternatives of a regex source."""
    out, i = [], 0
    while True:
        start = i
        _, _, i = sequence(src, i)
        out.append(src[start:i])
        if i >= len(src) or src[i] != "|":
            return out
        i += 1


def anchored(source: str) -> bool:
    """Whether every alternative of ``source`` starts with ``^`` (or is a group that does): ``re``
    then tries the text's start only, faster than any gate."""
    try:
        alternatives = top_alternatives(source)
    except (Unsupported, IndexError):
        return False
    for alt in alternatives:
        if alt.startswith(("^", "\\A")):
            continue
        if alt.startswith("(?:") and alt.endswith(")") and group(alt, 0)[2] == len(alt) and anchored(alt[3:-1]):
            continue
        return False
    return True


def one_character_set(source: str) -> frozenset[str] | None:
    """The characters of a pattern that always matches exactly one character (a literal or a
    class), None for any other pattern."""
    try:
        chars, nullable, end = atom(source, 0)
    except (Unsupported, IndexError):
        return None
    return frozenset(chars) if end == len(source) and not nullable and chars not in (ANY, set()) else None


def context_free(source: str, edge_chars: str) -> bool:
    """Whether every match of ``source`` inside a piece of a text is also a match inside the
    whole text, for pieces bordered by one of ``edge_chars`` (or by the text's ends).

    True when the pattern has no anchors (``^ $ \\A \\Z \\b \\B``) and its lookarounds are made of
    characters (literal, or in classes) none of which is an edge character: then a lookaround
    reaching over a piece's edge would have to match the edge character, so it says the same in
    the piece and in the whole text, and every assertion of the match does.
    """
    edges = set(edge_chars)
    i = 0
    try:
        while i < len(source):
            ch = source[i]
            if ch == "\\":
                if source[i + 1] in "AZbB":
                    return False
                i += 2
            elif ch == "[":
                i = char_class(source, i)[2]
            elif ch in "^$":
                return False
            elif source.startswith(LOOKAROUNDS, i):
                opener = next(o for o in LOOKAROUNDS if source.startswith(o, i))
                if not only_characters_outside(source[i + len(opener):group(source, i)[2] - 1], edges):
                    return False
                i += len(opener)
            else:
                i += 1
    except (Unsupported, IndexError):
        return False
    return True


def only_characters_outside(content: str, edges: set[str]) -> bool:
    """Whether a lookaround's content is literal characters, groups and classes of characters,
    none of them in ``edges`` (no ``.``, negated class, escape or wide range)."""
    i = 0
    while i < len(content):
        ch = content[i]
        if ch == "[":
            chars, _, i = char_class(content, i)
            if chars is ANY or chars & edges:
                return False
            continue
        if ch in ".\\" or ch in edges:
            return False
        i += 1
    return True


def class_of(chars: frozenset[str]) -> str:
    """A regex character class holding exactly ``chars``."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def gate_source(first: frozenset[str], inner: str) -> str:
    """A gate: one of the characters ``first``, then a lookbehind re-reading it (whatever it is:
    ``(?s:.)``, as a plain ``.`` would not re-read a line break and the gate would never stop at
    one) and asserting that ``inner`` matches from there."""
    return f"{class_of(first)}(?<=(?={inner})(?s:.))"


def dispatched(source: str) -> str | None:
    """The gate of an alternation, dispatched on the character a match starts with: at each
    character of the text only the alternatives able to start with it are tried.

    ``re`` tries every alternative of an alternation at each position a gate stops at; here the
    alternatives are grouped by first character, and the characters into groups of about
    sqrt(n): a character of a group (one set test per group) leads to its own alternatives (one
    character test per member).  None when the first characters of an alternative are unknown."""
    try:
        alternatives = top_alternatives(source)
    except (Unsupported, IndexError):
        return None
    by_character: dict[str, list[str]] = {}
    for alt in alternatives:
        first = first_characters(alt)
        if not first:
            return None
        for ch in sorted(first):
            by_character.setdefault(ch, []).append(alt)
    leaves = [gate_source(frozenset(ch), "|".join(f"(?:{a})" for a in alts)) for ch, alts in sorted(by_character.items())]
    size = max(1, math.isqrt(len(leaves)))
    chars = sorted(by_character)
    groups = [gate_source(frozenset(chars[k:k + size]), "|".join(leaves[k:k + size])) for k in range(0, len(leaves), size)]
    return gate_source(frozenset(chars), "|".join(groups))


def gated(source: str, flags: int, capture: bool) -> re.Pattern | None:
    """The gate of ``source``: one character a match can start with, then a lookbehind asserting
    that ``source`` matches from that character on (in group 1 when ``capture``); without a
    capture, an alternation of many first characters is :func:`dispatched`.  None when the first
    characters are unknown."""
    namespace = _namespace()
    if namespace is None:
        gate = gate_of(source, flags, capture)
    else:
        gate = compilecache.memo(namespace, (source, flags, capture), lambda: gate_of(source, flags, capture))
    if gate is None:
        return None
    try:
        return re.compile(gate, flags)
    except re.error:
        return None


def gate_of(source: str, flags: int, capture: bool) -> str | None:
    """The source of :func:`gated`'s gate (the analysis of ``source``, in Python: a tenth of a
    second for the big vocabularies, hence kept in the disk cache of compiled patterns)."""
    first = first_characters(source) if not flags and not anchored(source) else None
    if not first:
        return None if flags or capture else start_anchored_gate(source)
    gate = None if capture or len(first) < DISPATCH_MIN_CHARACTERS else dispatched(source)
    return gate if gate is not None else gate_source(first, f"({source})" if capture else f"(?:{source})")


def flattened(source: str) -> list[str]:
    """The top-level alternatives of ``source``, an alternative that is one non-capturing group spelled out into
    that group's alternatives (``(?:^…$|问题和不足)|差距`` -> ``^…$``, ``问题和不足``, ``差距``)."""
    out = []
    for alt in top_alternatives(source):
        if alt.startswith("(?:") and alt.endswith(")") and group(alt, 0)[2] == len(alt):
            out += flattened(alt[3:-1])
        else:
            out.append(alt)
    return out


def start_anchored_gate(source: str) -> str | None:
    """The gate of an alternation some of whose alternatives hold at the text's start only (``^…`` or ``\\A…``,
    no MULTILINE: ``re`` never matches them elsewhere, whatever ``pos``) and whose other alternatives have known
    first characters: the start asserted to begin a match of ``source``, or else the gate of the other
    alternatives (dispatched when they are many).  What the start-only alternatives begin with does not matter
    (``^[^,。]{0,8}(不足之处|薄弱环节)$`` may begin with any character): the other alternatives alone decide
    where a match may start after it.  None when no alternative, or every one, is start-only, when a start-only
    one can match the empty string (a gate must never stop without a match), or when the first characters of
    another are unknown."""
    try:
        alternatives = flattened(source)
    except (Unsupported, IndexError):
        return None
    at_start = [alt for alt in alternatives if anchored(alt)]
    others = [alt for alt in alternatives if not anchored(alt)]
    if not at_start or not others:
        return None
    try:
        if any(alternation(alt, 0)[1] for alt in at_start):
            return None
    except (Unsupported, IndexError):
        return None
    rest = "|".join(f"(?:{alt})" for alt in others)
    first = first_characters(rest)
    if not first:
        return None
    gate = dispatched(rest) if len(first) >= DISPATCH_MIN_CHARACTERS else None
    return f"\\A(?=(?:{source}))|" + (gate if gate is not None else gate_source(first, f"(?:{rest})"))


@functools.lru_cache(maxsize=1)
def _namespace() -> str | None:
    """The memo namespace of :func:`gate_of`: this module's source, hashed (a changed analysis
    makes new entries); None, and no memo, when the source cannot be read."""
    import hashlib

    try:
        return f"fastsearch.gate_of-{hashlib.sha1(Path(__file__).read_bytes()).hexdigest()}"
    except OSError:
        return None


class CuePattern:
    """A compiled pattern whose ``search`` (and ``finditer``) go through its gate.

    ``search``, ``finditer``, ``match``, ``sub`` and ``pattern`` behave as those of the plain
    compiled pattern ``rx``; ``found`` answers whether there is a match at all, fastest.
    """

    __slots__ = ("rx", "gate", "pattern", "found", "match", "sub")

    def __init__(self, source: str, flags: int = 0):
        self.rx = re.compile(source, flags)
        # (a pattern that never matches, ``(?!)``, has a gate that finds nothing without looking)
        self.gate = NO_MATCH if "(?!)" in source and never_matches(source) else gated(source, flags, capture=False)
        self.pattern = source
        # found(text, pos, endpos): for yes/no questions, a match object (the gate's, not
        # necessarily the pattern's own) when the pattern matches somewhere, None otherwise
        self.found = (self.gate or self.rx).search
        self.match, self.sub = self.rx.match, self.rx.sub  # anchored: nothing to skip

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The leftmost match in text[pos:endpos], as ``re.Pattern.search`` finds it."""
        if self.gate is None:
            return self.rx.search(text, pos, endpos)
        g = self.gate.search(text, pos, endpos)
        return None if g is None else self.rx.match(text, g.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """Non-overlapping matches, as ``re.Pattern.finditer`` finds them (a gated pattern never
        matches the empty string, so each search starts where the last match ended)."""
        if self.gate is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        gate, match = self.gate.search, self.rx.match
        g = gate(text, pos, endpos)
        while g is not None:
            m = match(text, g.start(), endpos)
            yield m
            g = gate(text, m.end(), endpos)

    def __repr__(self) -> str:
        return f"CuePattern({self.pattern!r}, gated={self.gate is not None})"


def match_starts(source: str) -> re.Pattern:
    """A pattern finding every position where ``source`` matches, with that match as group 1
    (overlapping matches included).  Group 1's span is all a caller may use: the match itself is
    the gate's one character, or empty when the first characters of ``source`` are unknown."""
    return gated(source, 0, capture=True) or re.compile(f"(?=({source}))")


def required_literals(source: str) -> tuple[str, ...] | None:
    """Plain strings one of which every match of the regex ``source`` (no flags) holds, or None when the analysis
    finds none (``(?P<name>[一-龥]{2,4}?)\\s*(?:卫生)?\\s*年鉴`` -> ``('年鉴',)``; ``(?:日报|晚报|新闻网)`` -> the three):
    a text holding none of them holds no match, which a substring test tells faster than a pattern tried at every
    character.  Of the runs of plain characters and the groups a match cannot skip, the one whose shortest string is
    longest is taken; lookarounds hold nothing a match holds."""
    try:
        literals, end = _required_in_alternation(source, 0)
    except (Unsupported, IndexError, ValueError):
        return None
    if end != len(source) or not literals or not all(literals):
        return None
    return tuple(sorted(set(literals)))


def _required_in_alternation(src: str, i: int) -> tuple[tuple[str, ...] | None, int]:
    """(the strings one of which every match of the alternatives at ``i`` holds, or None; their end)."""
    options = []
    while True:
        literals, i = _required_in_sequence(src, i)
        options.append(literals)
        if i < len(src) and src[i] == "|":
            i += 1
            continue
        break
    if any(o is None for o in options):
        return None, i
    return tuple(lit for o in options for lit in o), i


def _required_in_sequence(src: str, i: int) -> tuple[tuple[str, ...] | None, int]:
    """(the strings one of which every match of the alternative at ``i`` holds, or None; its end)."""
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def consider(candidate: tuple[str, ...] | None) -> None:
        nonlocal best
        if candidate and all(candidate) and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    while i < len(src) and src[i] not in "|)":
        atom_end = atom(src, i)[2]
        end = item(src, i)[2]
        quantifier = src[atom_end:end]
        char = None
        if src[i] == "\\":
            if src[i + 1] not in "bBAZ":
                char = escaped_character(src, i)[0]
        elif src[i] not in "([.^$":
            char = src[i]
        if char is not None and quantifier == "":
            run.append(char)
        else:
            consider(("".join(run),) if run else None)
            run = []
            q = QUANTIFIER.match(quantifier) if quantifier.startswith("{") else None
            required = quantifier in ("", "+") or q is not None and int(q.group(1) or 0) >= 1 and not quantifier.endswith("+")
            if src[i] == "(" and not src.startswith(LOOKAROUNDS, i) and required:
                start = i + 3 if src.startswith("(?:", i) else src.index(">", i) + 1 if src.startswith("(?P<", i) else i + 1
                consider(_required_in_alternation(src, start)[0])
            elif char is not None and required:
                consider((char,))
        i = end
    consider(("".join(run),) if run else None)
    return best, i


class LiteralGated:
    """A compiled pattern whose ``search`` first asks whether the text holds one of the pattern's
    :func:`required_literals` (a substring test in C): a text holding none holds no match.  ``search`` returns what
    ``re.Pattern.search`` returns."""

    __slots__ = ("rx", "literals", "pattern")

    def __init__(self, source: str):
        self.rx = re.compile(source)
        self.literals = required_literals(source)
        self.pattern = source

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self.literals is not None and not any(text.find(lit, pos, endpos) >= 0 for lit in self.literals):
            return None
        return self.rx.search(text, pos, endpos)


def within_runs(source: str, low: str, high: str) -> bool:
    """Whether every match of the regex ``source`` (no flags) is a run of characters of the range ``low``-``high``,
    read without looking outside that run: every character it consumes is of the range, and a lookaround is a
    lookahead of one character of the range (``(?![市县区])``), which holds at a run's end as at the end of a text.
    Then a text's matches are those of its maximal runs of the range, each searched on its own."""
    from re import _constants as C
    from re import _parser

    lo, hi = ord(low), ord(high)

    def inside(op, av) -> bool:  # one character, of the range
        if op is C.LITERAL:
            return lo <= av <= hi
        return op is C.IN and bool(av) and all(
            kind is C.LITERAL and lo <= value <= hi or kind is C.RANGE and lo <= value[0] and value[1] <= hi
            for kind, value in av)

    def ok(items) -> bool:
        for op, av in items:
            if op in (C.LITERAL, C.IN):
                if not inside(op, av):
                    return False
            elif op is C.SUBPATTERN:
                if av[1] or av[2] or not ok(av[3]):  # (no inline flags)
                    return False
            elif op is C.BRANCH:
                if not all(ok(p) for p in av[1]):
                    return False
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                if not ok(av[2]):
                    return False
            elif op in (C.ASSERT, C.ASSERT_NOT):
                direction, p = av
                if direction != 1 or len(p) != 1 or not inside(*p[0]):
                    return False
            else:
                return False
        return True

    try:
        parsed = _parser.parse(source)
    except re.error:
        return False
    return not parsed.state.flags & ~C.SRE_FLAG_UNICODE and ok(parsed)


class RunSearch:
    """``re.compile(source).finditer`` for a pattern whose matches lie :func:`within_runs` of Han characters and hold
    one of its :func:`required_literals` (the place names: ``[\\u4e00-\\u9fff]{2,14}?(?:市|县|区|旗)``): only the runs
    of Han characters holding one of those are searched, each on its own, instead of a pattern opening on any Han
    character tried at every one.  The matches are the very ones, in order."""

    __slots__ = ("rx", "runs", "pattern")
    HAN = ("\u4e00", "\u9fff")

    def __init__(self, source: str):
        self.rx, self.pattern = re.compile(source), source
        literals = required_literals(source) if within_runs(source, *self.HAN) else None
        self.runs = None
        if literals and all(self.HAN[0] <= ch <= self.HAN[1] for lit in literals for ch in lit):
            han = f"[{self.HAN[0]}-{self.HAN[1]}]"
            # a whole run (it opens where no Han character stands before) holding one of the literals
            self.runs = re.compile(f"(?<!{han}){han}*?(?:{'|'.join(map(re.escape, literals))}){han}*")

    def finditer(self, text: str):
        if self.runs is None:
            yield from self.rx.finditer(text)
            return
        finditer = self.rx.finditer
        for run in self.runs.finditer(text):
            yield from finditer(text, run.start(), run.end())


# ---------------------------------------------------------------- plain patterns that re would try at every position
def never_matches(source: str) -> bool:
    """Whether the regex ``source`` can match nowhere: its top level asserts, outside any alternation, that nothing
    does not follow (``(?!)``, the vocabularies' stand-in for "no wording": ``…get(level, "(?!)")``).  A search of
    it would try, and fail at, every position of the text."""
    from re import _constants as C
    from re import _parser

    try:
        parsed = _parser.parse(source)
    except re.error:
        return False
    return any(op is C.ASSERT_NOT and not av[1].data for op, av in parsed.data)


def skips_by_itself(source: str, flags: int = 0) -> bool:
    """Whether ``re``'s own search of ``source`` skips over the characters no match starts with: its compiled form
    opens with a literal prefix or a set of first characters (``re._compiler._compile_info``), as a pattern does whose
    every alternative opens on a plain character.  One opening on an anchor or a lookbehind (``(?:^|\\n)…``,
    ``(?<![0-9])…``), a class in one alternative and a literal in another, or an optional part is instead tried at
    every position of the text.  (Also True for a pattern that can match the empty string: no gate can be made.)"""
    from re import _compiler, _parser

    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return True
    lo, _ = parsed.getwidth()
    if lo == 0:
        return True
    f = parsed.state.flags
    prefix, _, _ = _compiler._get_literal_prefix(parsed, f)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, f))


# stands for an anchor at the text's start in first_characters_past_start (a character no text holds: see there)
_START_STAND_IN = "\uffff"


def first_characters_past_start(source: str) -> frozenset[str] | None:
    """The characters a match of ``source`` (no flags) starting past the text's first position can start with:
    :func:`first_characters` with each ``^`` and ``\\A`` (outside classes) read as what it is there, never matching
    (``(?:^|\\n)\\s*[一-龥]{1,6}：`` -> white space and ``\\n``).  Each is replaced by a noncharacter (U+FFFF) that
    then stands among the first characters: a set holding more characters than a match can start with still gates
    exactly (see :class:`QuickPattern`)."""
    out, i = [], 0
    try:
        while i < len(source):
            ch = source[i]
            if ch == "\\":
                out.append(_START_STAND_IN if source[i + 1] == "A" else source[i:i + 2])
                i += 2
            elif ch == "[":
                end = char_class(source, i)[2]
                out.append(source[i:end])
                i = end
            else:
                out.append(_START_STAND_IN if ch == "^" else ch)
                i += 1
    except (Unsupported, IndexError):
        return None
    return first_characters("".join(out))


class _NoMatch:
    """The gate of a pattern that never matches (:func:`never_matches`): it finds nothing, at once."""

    __slots__ = ()

    @staticmethod
    def search(text: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
        return None

    @staticmethod
    def finditer(text: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(())


NO_MATCH = _NoMatch()


class QuickPattern:
    """A compiled pattern (:func:`quick`) whose ``search``, ``finditer`` and ``findall`` skip to the characters a match
    can start with, for a pattern ``re`` itself would try at every position (:func:`skips_by_itself`); they return
    what the plain pattern's return.  Its ``gate`` stops only at a character of :func:`first_characters_past_start`
    where a lookbehind asserts the pattern matches: the leftmost such position past the first is the leftmost match
    there, as a match starting past the text's first position can open with no other character (an anchor at the
    start holds nowhere else).  The first position, where ``^`` and ``\\A`` hold, is asked directly (``match``) when a
    search starts there.  Every other method is the plain pattern's."""

    __slots__ = ("rx", "gate", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "sub", "subn", "split")

    def __init__(self, rx: re.Pattern, gate):
        self.rx, self.gate = rx, gate
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex
        self.match, self.fullmatch, self.sub, self.subn, self.split = rx.match, rx.fullmatch, rx.sub, rx.subn, rx.split

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """The leftmost match in text[pos:endpos], as ``re.Pattern.search`` finds it."""
        if pos <= 0 and (m := self.rx.match(text, 0, endpos)) is not None:
            return m
        g = self.gate.search(text, pos, endpos)
        return None if g is None else self.rx.match(text, g.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        """Non-overlapping matches, as ``re.Pattern.finditer`` finds them (a gated pattern never matches the empty
        string: each search starts where the last match ended, past the first position)."""
        m = self.search(text, pos, endpos)
        gate, match = self.gate.search, self.rx.match
        while m is not None:
            yield m
            g = gate(text, m.end(), endpos)
            m = None if g is None else match(text, g.start(), endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        """As ``re.Pattern.findall``: the matches, their one group, or the tuple of their groups ('' for a group that
        took no part)."""
        if self.groups == 0:
            return [m.group() for m in self.finditer(text, pos, endpos)]
        if self.groups == 1:
            return [m.group(1) or "" for m in self.finditer(text, pos, endpos)]
        return [m.groups("") for m in self.finditer(text, pos, endpos)]

    def __repr__(self) -> str:
        return f"QuickPattern({self.pattern!r})"


def quick_gate_of(source: str) -> str | None:
    """The gate :func:`quick` makes for ``source`` (no flags): ``""`` for a pattern that never matches, None for one
    ``re`` skips through by itself or whose first characters are unknown (the analysis, in Python, is kept in the disk
    cache of compiled patterns, as :func:`gate_of`'s)."""
    if never_matches(source):
        return ""
    if skips_by_itself(source):
        return None
    first = first_characters_past_start(source)
    return gate_source(first, f"(?:{source})") if first else None


def quick(source: str | re.Pattern, flags: int = 0) -> re.Pattern | QuickPattern:
    """``re.compile(source, flags)``, or, for a pattern ``re`` would try at every position of a text
    (:func:`skips_by_itself`) and whose first characters past the text's start are known, its :class:`QuickPattern`;
    for one that never matches (:func:`never_matches`), a QuickPattern that finds nothing without looking.  Given a
    compiled pattern, its QuickPattern holds that very pattern (its matches' ``re`` is it)."""
    rx = source if isinstance(source, re.Pattern) else re.compile(source, flags)
    if not isinstance(rx.pattern, str) or rx.flags & ~re.UNICODE:
        return rx
    source = rx.pattern
    namespace = _namespace()
    gate = quick_gate_of(source) if namespace is None else \
        compilecache.memo(namespace, ("quick", source), lambda: quick_gate_of(source))
    if gate is None:
        return rx
    if gate == "":
        return QuickPattern(rx, NO_MATCH)
    try:
        return QuickPattern(rx, re.compile(gate))
    except re.error:
        return rx


# ---------------------------------------------------------------- where a one-character gate stops, a page at a time
PAIR_SCAN_MIN_CHARS = 256  # a shorter text is scanned with the gate itself (the tables' fixed cost is not repaid)


class StartScan:
    """Every position of a text where a gate of :func:`gated` (one character a match of ``source`` opens with, and a
    lookbehind asserting ``source`` matches from there) stops: ``[m.start() for m in gate.finditer(text)]``, for a
    page at a time.

    Where the first characters of an alternation are common ones (不, 有, 还 … open the shortcoming wordings: a third of
    a page's characters), the gate stops at each of them and tries the wordings there, most of its time.  Here the
    pairs of characters the alternatives open with are looked up in tables for the whole text at once (numpy): the
    first character of an alternative whose second is known (a literal or a class, then a part whose first characters
    are known), with that second; any character opening one whose second is unknown or that may end after one
    character, alone.  Only at those positions is the gate asked (``gate.match``): a position where no pair opens holds
    no match; and there a match is tried of the alternatives opening with the character found, not the gate's dispatch
    over all of them (a match of an alternative at a position opens with a character of its own first ones: the gate
    matches there exactly when one of these does).  An alternative whose first item is no single character (a group, a
    quantified character) makes its first characters candidates alone.  Without known first characters for every
    alternative, or with a character past the Basic Multilingual Plane, the gate scans alone."""

    __slots__ = ("gate", "pattern", "tables", "leaves")

    def __init__(self, source: str, gate: re.Pattern):
        self.gate, self.pattern = gate, gate.pattern
        namespace = _namespace()  # (the analysis of the alternatives' openings kept in the pattern cache)
        openings = self.openings(source) if namespace is None else \
            compilecache.memo(namespace, ("openings", source), lambda: self.openings(source))
        self.tables = self._pair_tables(source, openings)
        self.leaves: dict[str, object] = {}
        if self.tables is not None:
            by_character: dict[str, list[str]] = {}
            for alt, first, _second in openings:
                for ch in sorted(first):
                    by_character.setdefault(ch, []).append(alt)
            self.leaves = {ch: re.compile("|".join(f"(?:{a})" for a in alts)).match for ch, alts in by_character.items()}

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.gate.finditer(text, pos, endpos)

    @staticmethod
    def openings(source: str) -> tuple[tuple[str, frozenset[str], frozenset[str] | None], ...] | None:
        """(alternative, the characters it opens with, those its second item opens with or None when not known) for
        each top-level alternative of ``source``; None when an alternative's first characters are not known."""
        try:
            alternatives = top_alternatives(source)
        except (Unsupported, IndexError):
            return None
        out = []
        for alt in alternatives:
            first = first_characters(alt)
            if not first:
                return None
            try:
                atom_end = atom(alt, 0)[2]
                single = alt[0] not in "(.^$|)" and item(alt, 0)[2] == atom_end  # (not a group, nor a quantified character)
            except (Unsupported, IndexError):
                return None
            out.append((alt, first, first_characters(alt[atom_end:]) if single and alt[atom_end:] else None))
        return tuple(out)

    @staticmethod
    def _pair_tables(source: str, openings=False):
        """(first-character index table, second-character index table, pair table, lone-first table), or None; from
        the :meth:`openings` of ``source`` (worked out here unless given)."""
        import numpy as np

        if openings is False:
            openings = StartScan.openings(source)
        if openings is None:
            return None
        pairs: dict[str, set[str]] = {}
        alone: set[str] = set()
        for _alt, first, second in openings:
            if second is None:  # (its first characters alone make a candidate: what follows them is not known here)
                alone |= first
            else:
                for ch in first:
                    pairs.setdefault(ch, set()).update(second)
        if any(ord(ch) >= 0xFFFF for ch in alone | pairs.keys() | set().union(*pairs.values())):
            return None  # (the tables cover the Basic Multilingual Plane, U+FFFF standing for every character past it)
        firsts = sorted(ch for ch in pairs if ch not in alone)  # (a character opening alone needs no pair)
        seconds = sorted(set().union(*(pairs[ch] for ch in firsts))) if firsts else []
        first_index = np.zeros(0x10000, dtype=np.uint16)
        first_index[[ord(ch) for ch in firsts]] = np.arange(1, len(firsts) + 1, dtype=np.uint16)
        second_index = np.zeros(0x10000, dtype=np.uint16)
        second_index[[ord(ch) for ch in seconds]] = np.arange(1, len(seconds) + 1, dtype=np.uint16)
        table = np.zeros((len(firsts) + 1, len(seconds) + 1), dtype=bool)
        position = {ch: k for k, ch in enumerate(seconds, 1)}
        for i, ch in enumerate(firsts, 1):
            table[i, [position[s] for s in pairs[ch]]] = True
        lone = np.zeros(0x10000, dtype=bool)
        lone[[ord(ch) for ch in alone]] = True
        return first_index, second_index, table, lone

    def positions(self, text: str) -> tuple[int, ...]:
        """``tuple(m.start() for m in self.gate.finditer(text))``."""
        candidates = pair_candidates(self.tables, text)
        if candidates is None:
            return tuple(m.start() for m in self.gate.finditer(text))
        leaves = self.leaves
        return tuple(p for p in candidates if leaves[text[p]](text, p) is not None)


def pair_candidates(tables, text: str) -> list[int] | None:
    """The positions of ``text`` where a pair of characters of ``tables`` (:meth:`StartScan._pair_tables`) opens, or a
    first character that opens alone stands, in order; None without tables or for a text shorter than
    :data:`PAIR_SCAN_MIN_CHARS` (scanned faster by a gate)."""
    if tables is None or len(text) < PAIR_SCAN_MIN_CHARS:
        return None
    import numpy as np

    first_index, second_index, table, lone = tables
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = np.minimum(codes, 0xFFFF)  # (U+FFFF, a noncharacter, opens nothing: nor does any character past it)
    candidates = np.take(lone, codes)
    candidates[:-1] |= table[np.take(first_index, codes[:-1]), np.take(second_index, codes[1:])]
    return np.flatnonzero(candidates).tolist()


def any_of(patterns: list[str]) -> str:
    """One pattern matching where any of ``patterns`` matches (each kept whole in its own group)."""
    return "|".join(f"(?:{p})" for p in patterns)
