"""The texts of par's messages in English and Vietnamese: one catalogue per language, the same
keys (problems, notes and run errors of the core; reporters' labels live in ``i18n.py``).

A key's first part (before the first dot) is the rule id of a problem (``value-fit.yes-no`` is
rule ``value-fit``). A value named ``close`` adds the "did you mean" hint of the same catalogue.
"""

from __future__ import annotations

from par_cli.messages_en import HINT, MESSAGES_EN
from par_cli.messages_foreign import TEXTS
from par_cli.messages_vi import MESSAGES_VI
from par_cli.sheet_texts import SHEET_EN, SHEET_VI

MESSAGES_EN.update(SHEET_EN)  # the words of workbooks and templates (sheet_texts.py)
MESSAGES_VI.update(SHEET_VI)

# Values the models refuse (models.py raises MessageError): "{field}: " is put before them.
FIELD = "field-prefix"
MESSAGES_EN[FIELD] = MESSAGES_VI[FIELD] = "{field}: "
MESSAGES_EN["schema.value.finite"] = "expected a finite number, got .nan or .inf"
MESSAGES_VI["schema.value.finite"] = "cần một số hữu hạn, nhưng giá trị là .nan hoặc .inf"
MESSAGES_EN["schema.value.no-value"] = ("no value: write the score, or n/a if it does not "
                                        "apply")
MESSAGES_VI["schema.value.no-value"] = ("không có giá trị: hãy ghi điểm, hoặc n/a nếu không "
                                        "áp dụng")
MESSAGES_EN["schema.value.self-or-appraised"] = "a score mapping needs 'self' or 'appraised'"
MESSAGES_VI["schema.value.self-or-appraised"] = ("mục điểm dạng mapping cần có 'self' hoặc "
                                                 "'appraised'")
_GOT_EN = {"yes-no": "yes/no", "text": "the text '{value}'", "mapping": "a mapping",
           "list": "a list", "null": "nothing (null)", "other": "{value}"}
_GOT_VI = {"yes-no": "có/không (yes/no)", "text": "đoạn văn bản '{value}'",
           "mapping": "một mapping", "list": "một danh sách", "null": "để trống (null)",
           "other": "{value}"}
for _kind in _GOT_EN:
    MESSAGES_EN[f"schema.value.number.{_kind}"] = "expected a number, got " + _GOT_EN[_kind]
    MESSAGES_VI[f"schema.value.number.{_kind}"] = "cần một số, nhưng giá trị là " + _GOT_VI[_kind]
    MESSAGES_EN[f"schema.value.id.{_kind}"] = "expected an id, got " + _GOT_EN[_kind]
    MESSAGES_VI[f"schema.value.id.{_kind}"] = "cần một mã, nhưng giá trị là " + _GOT_VI[_kind]

for _key, (_en, _vi) in TEXTS.items():
    MESSAGES_EN[_key], MESSAGES_VI[_key] = _en, _vi

__all__ = ["FIELD", "HINT", "MESSAGES_EN", "MESSAGES_VI"]
