"""What a sentence, piece or clause says: a shortcoming admitted, a difficulty being solved, a
lead-in announcing problems, a turn to measures."""
from __future__ import annotations

from healthdata.normalize.themes import themes_for

from .vocabulary import compiled_cues


def reports_solving(text: str) -> bool:
    """Whether the text reports acting on a difficulty (解决, 缓解, 针对), not merely intending to."""
    cues = compiled_cues()
    if not cues.resolved.found(text):
        return False
    for m in cues.resolved.finditer(text):
        before = text[max(0, m.start() - cues.unrealized_window):m.start()]
        if not cues.unrealized.search(before) and not cues.unrealized_after.match(text, m.end()):
            return True
    return False


def admits_shortcoming(text: str, weak_ok: bool = True) -> bool:
    """Whether a clause or piece words a shortcoming (strong wording always, weak when ``weak_ok``)."""
    cues = compiled_cues()
    wording = cues.weak if weak_ok else cues.strong
    return bool(wording.found(text)) and not reports_solving(text)


def persists(text: str) -> bool:
    """Whether a clause judges something still wanting: 仍/尚/还/依然 with a judgement (仍较低, 尚未形成)."""
    cues = compiled_cues()
    return bool(cues.persistent.found(text)) and bool(cues.judgement.found(cues.persistent.sub("|", text)))


def continues_judgement(clause: str, admits: bool) -> bool:
    """Whether a clause right after an admitting one continues its judgement: a short admitting
    clause (业务用房陈旧) or one wording the consequence (难以满足群众需要, 造成…)."""
    cues = compiled_cues()
    return bool(cues.consequence.match(clause)) or (admits and len(clause) < cues.short_clause_chars)


def is_lead_in(text: str) -> bool:
    """A sentence announcing problems (存在不少问题, 主要表现为) without stating one: no
    shortcoming worded besides the announcement, and no topic a theme knows (人才…的问题较为突出
    states a problem)."""
    cues = compiled_cues()
    if cues.prominent.found(text):
        return not themes_for(text) and not cues.weak.found(cues.prominent.sub("|", text))
    return bool(cues.lead_in.found(text)) and not cues.weak.found(cues.lead_in.sub("|", text))


def is_stop(text: str) -> bool:
    """A sentence that turns from problems to measures (下一步, 针对上述问题)."""
    return bool(compiled_cues().stop.match(text))
