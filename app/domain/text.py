"""What a person typed or a scanner sent, checked before anything reads or stores it.

Two things in typed text break what comes after rather than the rules: a lone surrogate
(a broken character: bytes that are not UTF-8 on a command line, a half character from a
keyboard driver) cannot be stored or sent anywhere, and a text of thousands of characters
is no identity, scan or name but something pasted by mistake (and would make SQLite's
pattern matching give up). Both are refused here, with the same kind of message as any
other invalid input, before anything is looked up or changed.
"""

from __future__ import annotations

import re

from app.domain.refusals import Phrase, RefusalCode, Refused

#: The longest texts the counter meets: a GS1 UDI with every element is under 100
#: characters; names and references are short; a fault description may be a paragraph.
SHORT = 200
LONG = 2000

_SURROGATE = re.compile("[\ud800-\udfff]")


def typed(text: str | None, what: Phrase, limit: int = SHORT) -> str:
    """``text`` if it is readable text of at most ``limit`` characters, else ``Refused``.

    ``what`` names the field for the message ("the search", "the patient identity" …).
    """
    text = text or ""
    if _SURROGATE.search(text):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{what} holds a character that is not readable text (a broken "
                      "character, or bytes that are not UTF-8): type it again.",
                      what=what)
    if len(text) > limit:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{what} is too long ({length} characters; at most {limit}): check what "
                      "was typed or pasted.", what=what, length=len(text), limit=limit)
    return text


def optional(text: str | None, what: Phrase, limit: int = SHORT) -> str | None:
    """A field that may be left empty: its stripped text, or None."""
    return typed(text, what, limit).strip() or None
