"""One value for everything par tells a person: a ``Message`` is a catalogue key and its values.

Problems, findings, notes and errors all carry one; the core never formats text for a reader.
The text is made only at the edge (the CLI and the reporters), in the reader's language, from
``message_texts.py``; a problem's rule id is its key's first part. A value may itself be a
message, or a tuple of messages (said joined by "; "), so that a sentence quoting another is
translated whole.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Union

from par_cli.choices import Lang
from par_cli.message_texts import FIELD, HINT, MESSAGES_EN, MESSAGES_VI

Value = Union[str, "Message", tuple["Message", ...]]
Params = tuple[tuple[str, Value], ...]

CATALOGUES: dict[Lang, dict[str, str]] = {Lang.EN: MESSAGES_EN, Lang.VI: MESSAGES_VI}


@dataclass(frozen=True, slots=True)
class Message:
    """A catalogue key and its values; said in a language by ``say``."""

    key: str
    params: Params = ()

    @classmethod
    def of(cls, key: str, /, **params: object) -> Message:
        """The message ``key`` with these values (text, or messages); ``None`` values are left
        out (``close=None``: no did-you-mean)."""
        return cls(key, tuple((name, _value(value)) for name, value in params.items()
                              if value is not None))

    @property
    def rule(self) -> str:
        """The rule id of a problem with this message: the key's first part."""
        return self.key.split(".", 1)[0]

    def say(self, lang: Lang = Lang.EN) -> str:
        """The message in ``lang``, on one line (values quote text from files)."""
        catalogue = CATALOGUES[lang]
        values = {name: _said(value, lang) for name, value in self.params}
        text = catalogue[self.key].format(**values)
        if self.key.startswith("schema.value.") and "field" in values:
            text = catalogue[FIELD].format(field=values["field"]) + text
        if "close" in values:
            text += catalogue[HINT].format(close=values["close"])
        return text.replace("\r", "\\r").replace("\n", "\\n")  # the catalogue's own text

    def __str__(self) -> str:
        return self.say(Lang.EN)


def _value(value: object) -> Value:
    if isinstance(value, Message):
        return value
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Message) for v in value):
        return tuple(value)
    return str(value)


def _said(value: Value, lang: Lang) -> str:
    if isinstance(value, Message):
        return value.say(lang)
    if isinstance(value, tuple):
        return "; ".join(m.say(lang) for m in value)
    return visible(value)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b"}
# control, format (zero-width space, byte-order mark, direction marks), surrogate, private-use,
# unassigned, line and paragraph separators: none may reach a terminal or hide in a message
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def visible(text: str) -> str:
    """Text quoted from a file, with every character a reader cannot see (or that a terminal
    would obey) written as an escape: '1.1\\u200b', not an id that looks like '1.1'."""
    if text.isprintable():
        return text
    return "".join(_ESCAPES.get(c) or (f"\\u{ord(c):04x}" if ord(c) < 0x10000
                                       else f"\\U{ord(c):08x}")
                   if unicodedata.category(c) in _HIDDEN else c for c in text)


class MessageError(ValueError):
    """A ValueError carrying a message (the models raise it inside pydantic validators; the
    checks turn it back into a located finding with the same message)."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.message = Message.of(key, **params)
        super().__init__(str(self.message))
