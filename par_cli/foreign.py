"""Other libraries' words in par's catalogue: the problems PyYAML (libyaml) and Python's json
report, said in the reader's language.

A problem par knows is a message with its own key, the quoted parts (``','``, ``<block end>``)
kept as values; one it does not know is quoted as the library wrote it, so it is never passed
off as par's own sentence. Core: returns messages only.
"""

from __future__ import annotations

import re

from par_cli.messages import Message

_QUOTED = re.compile(r"'[^']*'|<[^>]+>|%[A-Z]+")

# the problem with its quoted parts as {}, as libyaml (and pure-Python PyYAML) write it -> key
_YAML = {
    "did not find expected {} or {}": "expected-either",
    "expected {} or {}, but got {}": "expected-either-got",
    "did not find expected {}": "expected",
    "could not find expected {}": "expected",
    "expected {}, but found {}": "expected-found",
    "did not find expected key": "expected-key",
    "did not find expected node content": "expected-content",
    "expected the node content, but found {}": "expected-content",
    "did not find expected comment or line break": "expected-line-break",
    "expected a comment or a line break, but found {}": "expected-line-break",
    "did not find expected whitespace or line break": "expected-space",
    "found a tab character that violates indentation": "tab",
    "found a tab character where an indentation space is expected": "tab",
    "found character that cannot start any token": "character",
    "found character {} that cannot start any token": "character",
    "mapping values are not allowed in this context": "mapping-value",
    "mapping values are not allowed here": "mapping-value",
    "mapping keys are not allowed in this context": "mapping-key",
    "mapping keys are not allowed here": "mapping-key",
    "block sequence entries are not allowed in this context": "sequence-entry",
    "found unexpected end of stream": "end",
    "but found another document": "another-document",
    "expected a single document in the stream": "another-document",
    "found undefined alias": "alias",
    "found undefined alias {}": "alias",
    "found unknown escape character": "escape",
    "found unknown escape character {}": "escape",
    "found unexpected {}": "unexpected",
    "control characters are not allowed": "control",
    "found unexpected document indicator": "document-indicator",
    "found unexpected document separator": "document-indicator",
    "found undefined tag handle": "tag",
    "found undefined tag handle {}": "tag",
    "found duplicate anchor {}; first occurrence": "anchor",
}

# Python's json module: the start of its message -> key
_JSON = {
    "Expecting value": "value",
    "Expecting ',' delimiter": "comma",
    "Expecting ':' delimiter": "colon",
    "Expecting property name enclosed in double quotes": "property",
    "Extra data": "extra",
    "Unterminated string starting at": "string",
    "Invalid control character at": "control",
    "Invalid \\escape": "escape",
    "Invalid \\uXXXX escape": "escape",
}


def yaml_problem(text: str) -> Message:
    """PyYAML's problem text as a message in par's catalogue (``yaml-problem.*``)."""
    shown = text.strip()
    tokens = _QUOTED.findall(shown)
    key = _YAML.get(_QUOTED.sub("{}", shown))
    if key is None:
        return Message.of("yaml-problem.other", text=shown)
    return Message.of(f"yaml-problem.{key}", **{f"t{i}": t for i, t in enumerate(tokens)})


def json_problem(text: str) -> Message:
    """The json module's reason as a message in par's catalogue (``json-problem.*``)."""
    for start, key in _JSON.items():
        if text.startswith(start):
            return Message.of(f"json-problem.{key}")
    return Message.of("json-problem.other", text=text)
