"""Right-to-left text that chat apps show in the right order (Arabic, Persian).

Fluent wraps every argument of an RTL message in FSI...PDI (first-strong isolate), so that a
Latin name or a number inside Arabic text keeps its place. Chat apps choose each line's
direction from its first strong character, though, and a line that starts with a name, a
number or a command ("/start ...") would then be laid out left to right. Such lines get a
right-to-left mark (RLM) in front; lines that already start with an RTL letter, and lines with
no RTL letter at all (a Swedish example inside an Arabic message), are left as they are.
"""

from __future__ import annotations

import unicodedata

RLM = "\u200f"
FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
_OPENERS = frozenset((FSI, LRI, RLI))
_ISOLATES = dict.fromkeys(map(ord, FSI + LRI + RLI + PDI))
_RTL = frozenset(("R", "AL"))


def strip_isolates(text: str) -> str:
    """The text without isolation marks: for button labels, each shown as a line of its own."""
    return text.translate(_ISOLATES)


def anchor_rtl(text: str) -> str:
    """Each line that holds RTL letters but would not be laid out RTL gets an RLM in front."""
    return "\n".join(_anchor_line(line) for line in text.split("\n"))


def _anchor_line(line: str) -> str:
    if not any(unicodedata.bidirectional(ch) in _RTL for ch in line):
        return line
    # Old clients see the isolates' contents, newer ones (Unicode 6.3+) skip them: both must
    # find an RTL letter first, or the line's direction is pinned with an RLM.
    if (
        _first_strong(line, skip_isolates=False) in _RTL
        and _first_strong(line, skip_isolates=True) in _RTL
    ):
        return line
    return RLM + line


def _first_strong(line: str, *, skip_isolates: bool) -> str | None:
    """The bidi class (L, R or AL) of the line's first strong character, as UBA rule P2 finds it."""
    depth = 0
    for ch in line:
        if ch in _OPENERS:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif not (skip_isolates and depth):
            kind = unicodedata.bidirectional(ch)
            if kind in ("L", "R", "AL"):
                return kind
    return None
