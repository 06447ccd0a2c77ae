"""Problem messages in English and Vietnamese: one catalogue per language, same keys.

A problem keeps its English message (JSON and ``--format github`` print it, and it is what the
problem is compared by); its key and values let the text reporters print it in another language.
A value named ``close`` adds the "did you mean" hint of the same catalogue. Rule ids never change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from par_cli.choices import Lang
from par_cli.i18n import Text

if TYPE_CHECKING:
    from par_cli.problems import Problem

Params = tuple[tuple[str, str], ...]

HINT = "did-you-mean"

PROBLEMS_EN: dict[str, str] = {
    HINT: "; did you mean '{close}'?",
    # checks.py: criteria rules
    "max-sum": "'{id}' has max {max} but its children add up to {total}",
    "total-sum": "the set's max is {max} but its areas add up to {total}",
    "duplicate-id": "id '{id}' is used twice in this criteria set",
    "unquoted-id": "id {id} is written as a number; it is read as '{id}' — "
                   "quote it (\"{id}\") to make that plain",
    "rule-on-parent": "'{id}' has children, so it cannot have a rule "
                      "(its points are the sum of its children)",
    "rule-params.parent": "'{id}' has children, so '{name}' does not apply",
    "rule-params.rule": "'{id}': '{name}' does not apply to rule {rule}",
    "rule-params.options": "'{id}': rule choice needs 'options'",
    "rule-params.per": "'{id}': rule count needs 'per'",
    "per-positive": "'{id}': per must be greater than 0, got {per}",
    "options-range": "'{id}': option '{name}' is {fraction}, outside 0..1",
    "steps-order.ascend": "'{id}': steps must ascend by 'from' ({value} after {previous})",
    "steps-order.range": "'{id}': step from {value} is outside 0..100",
    "steps-order.points": "'{id}': step points {points} exceed max {max}",
    "bands-order.order": "band '{name}' (min {min}) must come after higher bands: "
                         "list bands highest first",
    "bands-order.range": "band '{name}' min {min} is outside 0..100",
    "bands-order.twice": "band '{name}' appears twice",
    "unknown-method": "'{id}': method '{method}' is not in methods ({methods})",
    "provisional": "'{id}' ({name}): max {max} is provisional",
    "provisional.note": "'{id}' ({name}): max {max} is provisional — {note}",
    # scoring.py
    "unknown-id": "unknown criterion id '{id}' in '{set}'",
    "double-coverage": "'{id}' is scored together with its ancestor '{ancestor}'; "
                       "score one or the other",
    "uncovered": "{count} criteria have no score: {ids} "
                 "(score them, mark them n/a, or pass --allow-missing)",
    "uncovered.more": "{count} criteria have no score: {ids} and {more} more "
                      "(score them, mark them n/a, or pass --allow-missing)",
    "value-fit.yes-no": "'{id}': '{value}' is not yes or no (rule yes-no)",
    "value-fit.choice": "'{id}': '{value}' is not one of the options: {names} (rule choice)",
    "value-fit.expected-points": "'{id}': expected points, got '{value}'",
    "value-fit.expected-points.inner": "'{id}': expected points, got '{value}' "
                                       "(a score on an inner node is points for its subtree)",
    "value-fit.expected-percent": "'{id}': expected a percentage, got '{value}'",
    "value-fit.expected-count": "'{id}': expected a count, got '{value}'",
    "value-fit.points-range": "'{id}': {value} points is outside 0..{max}",
    "value-fit.percent-range": "'{id}': {value} % is outside 0..100 (rule percent)",
    "value-fit.count": "'{id}': {value} is not a whole number ≥ 0 (rule count)",
    "year-not-in-set": "year {year} is not one of the years of '{set}' ({years})",
    # inputs.py
    "unknown-format": "unknown format '{value}' (expected {first} or {second})",
    "unknown-criteria-set": "criteria set '{set}' not found in --criteria, ./criteria/ "
                            "or the sets shipped with par",
    "invalid-criteria-set": "criteria set '{set}' ({path}) has errors; run: par check {path}",
    "duplicate-unit": "unit '{unit}' for {year} is also submitted in {other}",
    "duplicate-set": "criteria set '{set}' is also defined in {path}",
    "unit-map": "'{value}' is not a unit id (lower-case ASCII words joined by '-')",
    # loader.py
    "encoding.utf16": "file is UTF-16 encoded; par reads UTF-8 (save the file as UTF-8)",
    "encoding.nul": "file contains NUL bytes: it looks UTF-16/UTF-32 encoded or binary; "
                    "par reads UTF-8 (save the file as UTF-8)",
    "encoding.not-utf8": "file is not UTF-8 (byte 0x{byte}); save it as UTF-8 "
                         "(Windows-1258 and TCVN3 files must be converted)",
    "encoding.surrogate": "the text is not valid Unicode (a lone surrogate); par reads UTF-8",
    "yaml-syntax": "invalid YAML: {what}",
    "yaml-syntax.character": "invalid YAML: character {character} is not allowed in YAML text",
    "yaml-syntax.node": "unsupported YAML node",
    "yaml-key": "a mapping key must be a plain value",
    "duplicate-key": "duplicate key '{key}' (first at line {line}); "
                     "YAML would silently keep only the last one",
    "alias-limit.size": "aliases expand to more than {limit} nodes (raise with --max-alias-nodes)",
    "depth-limit": "nesting deeper than {limit} levels (raise with --max-depth)",
    "depth-limit.yaml": "nesting too deep ({what})",
    "depth-limit.plain": "nesting too deep",
    "alias-limit.self": "an alias refers to a node that contains it",
    "empty-file": "the file is empty (no YAML document)",
    "not-mapping.list": "the top level must be a mapping of keys, not a list",
    "not-mapping.value": "the top level must be a mapping of keys, not a single value",
    "too-large.nodes": "the file holds more than {limit} YAML values, lists and mappings; "
                       "par refuses it rather than use gigabytes of memory "
                       "(raise with --max-nodes)",
    "too-large.size": "file is {size} MB, over the {limit} MB limit (raise with --max-file-size)",
    "too-large.grew": "file is over the size limit",
    # checks.schema_findings
    "schema.unknown-field": "unknown field '{name}'",
    "schema.missing": "missing required field '{name}'",
    "schema.other": "{field}: {message}",
    "schema.whole-number": "{field}: expected a whole number",
    "schema.text": "{field}: expected text",
    "schema.yes-no": "{field}: expected yes or no",
    "schema.literal": "{field}: expected {expected}, got '{value}'",
    "schema.enum": "{field}: expected one of {expected}, got '{value}'",
    "schema.greater-than": "{field}: must be greater than {limit}, got {value}",
    "schema.at-least": "{field}: must be at least {limit}, got {value}",
    "schema.pattern": "{field}: '{value}' must be lower-case ASCII words joined by '-' "
                      "(like long-an)",
    "schema.list": "{field}: expected a list",
    "schema.mapping": "{field}: expected a mapping",
    "schema.number-too-large": "{field}: the number {number} is too large (par reads numbers "
                               "below 10^15 with at most {places} decimal places)",
    "schema.number-places": "{field}: the number {number} has more than {places} decimal places "
                            "(par reads numbers below 10^15 with at most {places} decimal places)",
    "schema.base-60": "{field}: {written} is read by YAML as the number {value} (base 60); "
                      "write {value} if that is meant",
    "schema.octal": "{field}: {written} is read by YAML as the number {value} "
                    "(a leading 0 means octal); write {value} if that is meant",
}

PROBLEMS_VI: dict[str, str] = {
    HINT: "; có phải ý bạn là '{close}'?",
    "max-sum": "'{id}' có điểm tối đa {max} nhưng tổng điểm tối đa của các tiêu chí con "
               "là {total}",
    "total-sum": "điểm tối đa của bộ tiêu chí là {max} nhưng tổng điểm tối đa của các lĩnh vực "
                 "là {total}",
    "duplicate-id": "mã '{id}' được dùng hai lần trong bộ tiêu chí này",
    "unquoted-id": "mã {id} được viết dưới dạng số; par đọc mã này là '{id}' — "
                   "hãy đặt trong dấu nháy (\"{id}\") cho rõ",
    "rule-on-parent": "'{id}' có tiêu chí con nên không thể có cách chấm (rule) "
                      "(điểm của nó là tổng điểm các tiêu chí con)",
    "rule-params.parent": "'{id}' có tiêu chí con nên không áp dụng '{name}'",
    "rule-params.rule": "'{id}': '{name}' không áp dụng cho cách chấm {rule}",
    "rule-params.options": "'{id}': cách chấm choice cần có 'options'",
    "rule-params.per": "'{id}': cách chấm count cần có 'per'",
    "per-positive": "'{id}': per phải lớn hơn 0, nhưng giá trị là {per}",
    "options-range": "'{id}': phương án '{name}' là {fraction}, nằm ngoài khoảng 0..1",
    "steps-order.ascend": "'{id}': các bậc (steps) phải tăng dần theo 'from' "
                          "({value} đứng sau {previous})",
    "steps-order.range": "'{id}': bậc có from {value} nằm ngoài khoảng 0..100",
    "steps-order.points": "'{id}': điểm của bậc là {points}, vượt điểm tối đa {max}",
    "bands-order.order": "xếp loại '{name}' (min {min}) phải đứng sau các xếp loại cao hơn: "
                         "hãy liệt kê xếp loại từ cao xuống thấp",
    "bands-order.range": "xếp loại '{name}' có min {min} nằm ngoài khoảng 0..100",
    "bands-order.twice": "xếp loại '{name}' xuất hiện hai lần",
    "unknown-method": "'{id}': phương pháp '{method}' không có trong methods ({methods})",
    "provisional": "'{id}' ({name}): điểm tối đa {max} là tạm thời",
    "provisional.note": "'{id}' ({name}): điểm tối đa {max} là tạm thời — {note}",
    "unknown-id": "không có tiêu chí '{id}' trong bộ tiêu chí '{set}'",
    "double-coverage": "'{id}' được chấm điểm cùng với tiêu chí cấp trên '{ancestor}'; "
                       "chỉ chấm một trong hai",
    "uncovered": "{count} tiêu chí chưa có điểm: {ids} "
                 "(hãy chấm điểm, ghi n/a, hoặc dùng --allow-missing)",
    "uncovered.more": "{count} tiêu chí chưa có điểm: {ids} và {more} tiêu chí khác "
                      "(hãy chấm điểm, ghi n/a, hoặc dùng --allow-missing)",
    "value-fit.yes-no": "'{id}': '{value}' không phải là có hoặc không (cách chấm yes-no)",
    "value-fit.choice": "'{id}': '{value}' không thuộc các phương án: {names} "
                        "(cách chấm choice)",
    "value-fit.expected-points": "'{id}': cần một số điểm, nhưng giá trị là '{value}'",
    "value-fit.expected-points.inner": "'{id}': cần một số điểm, nhưng giá trị là '{value}' "
                                       "(điểm ghi cho tiêu chí có tiêu chí con là điểm của "
                                       "cả nhánh)",
    "value-fit.expected-percent": "'{id}': cần một tỷ lệ phần trăm, nhưng giá trị là '{value}'",
    "value-fit.expected-count": "'{id}': cần một số đếm, nhưng giá trị là '{value}'",
    "value-fit.points-range": "'{id}': {value} điểm nằm ngoài khoảng 0..{max}",
    "value-fit.percent-range": "'{id}': {value} % nằm ngoài khoảng 0..100 (cách chấm percent)",
    "value-fit.count": "'{id}': {value} không phải số nguyên ≥ 0 (cách chấm count)",
    "year-not-in-set": "năm {year} không thuộc các năm của bộ tiêu chí '{set}' ({years})",
    "unknown-format": "định dạng '{value}' không hợp lệ (cần là {first} hoặc {second})",
    "unknown-criteria-set": "không tìm thấy bộ tiêu chí '{set}' trong --criteria, ./criteria/ "
                            "hay các bộ tiêu chí đi kèm par",
    "invalid-criteria-set": "bộ tiêu chí '{set}' ({path}) có lỗi; hãy chạy: par check {path}",
    "duplicate-unit": "đơn vị '{unit}' năm {year} cũng đã được nộp trong {other}",
    "duplicate-set": "bộ tiêu chí '{set}' cũng được định nghĩa trong {path}",
    "unit-map": "'{value}' không phải là mã đơn vị (các từ ASCII chữ thường nối bằng '-')",
    "encoding.utf16": "tệp được mã hóa UTF-16; par đọc UTF-8 (hãy lưu tệp ở dạng UTF-8)",
    "encoding.nul": "tệp chứa byte NUL: có vẻ được mã hóa UTF-16/UTF-32 hoặc là tệp nhị phân; "
                    "par đọc UTF-8 (hãy lưu tệp ở dạng UTF-8)",
    "encoding.not-utf8": "tệp không phải UTF-8 (byte 0x{byte}); hãy lưu tệp ở dạng UTF-8 "
                         "(tệp Windows-1258 và TCVN3 phải được chuyển đổi)",
    "encoding.surrogate": "văn bản không phải Unicode hợp lệ (một surrogate đơn lẻ); "
                          "par đọc UTF-8",
    "yaml-syntax": "YAML không hợp lệ: {what}",
    "yaml-syntax.character": "YAML không hợp lệ: ký tự {character} không được phép "
                             "trong văn bản YAML",
    "yaml-syntax.node": "nút YAML không được hỗ trợ",
    "yaml-key": "khóa của mapping phải là một giá trị đơn",
    "duplicate-key": "trùng khóa '{key}' (lần đầu ở dòng {line}); "
                     "YAML sẽ chỉ giữ lại khóa cuối cùng mà không báo",
    "alias-limit.size": "các alias mở rộng ra hơn {limit} nút "
                        "(tăng giới hạn bằng --max-alias-nodes)",
    "depth-limit": "lồng sâu quá {limit} cấp (tăng giới hạn bằng --max-depth)",
    "depth-limit.yaml": "lồng quá sâu ({what})",
    "depth-limit.plain": "lồng quá sâu",
    "alias-limit.self": "một alias trỏ tới nút chứa chính nó",
    "empty-file": "tệp trống (không có tài liệu YAML)",
    "not-mapping.list": "cấp trên cùng phải là một mapping các khóa, không phải một danh sách",
    "not-mapping.value": "cấp trên cùng phải là một mapping các khóa, không phải một giá trị đơn",
    "too-large.nodes": "tệp chứa hơn {limit} giá trị, danh sách và mapping YAML; "
                       "par từ chối tệp thay vì dùng hàng gigabyte bộ nhớ "
                       "(tăng giới hạn bằng --max-nodes)",
    "too-large.size": "tệp có dung lượng {size} MB, vượt giới hạn {limit} MB "
                      "(tăng giới hạn bằng --max-file-size)",
    "too-large.grew": "tệp vượt giới hạn dung lượng",
    "schema.unknown-field": "trường '{name}' không xác định",
    "schema.missing": "thiếu trường bắt buộc '{name}'",
    "schema.other": "{field}: {message}",
    "schema.whole-number": "{field}: cần một số nguyên",
    "schema.text": "{field}: cần một đoạn văn bản",
    "schema.yes-no": "{field}: cần giá trị có hoặc không (yes/no)",
    "schema.literal": "{field}: cần {expected}, nhưng giá trị là '{value}'",
    "schema.enum": "{field}: cần một trong các giá trị {expected}, nhưng giá trị là '{value}'",
    "schema.greater-than": "{field}: phải lớn hơn {limit}, nhưng giá trị là {value}",
    "schema.at-least": "{field}: phải ít nhất là {limit}, nhưng giá trị là {value}",
    "schema.pattern": "{field}: '{value}' phải gồm các từ ASCII chữ thường nối bằng '-' "
                      "(ví dụ long-an)",
    "schema.list": "{field}: cần một danh sách",
    "schema.mapping": "{field}: cần một mapping (các cặp khóa: giá trị)",
    "schema.number-too-large": "{field}: số {number} quá lớn (par đọc các số nhỏ hơn 10^15 "
                               "với tối đa {places} chữ số thập phân)",
    "schema.number-places": "{field}: số {number} có hơn {places} chữ số thập phân "
                            "(par đọc các số nhỏ hơn 10^15 với tối đa {places} chữ số thập phân)",
    "schema.base-60": "{field}: YAML đọc {written} thành số {value} (cơ số 60); "
                      "hãy viết {value} nếu đó là ý muốn",
    "schema.octal": "{field}: YAML đọc {written} thành số {value} "
                    "(số 0 ở đầu nghĩa là hệ bát phân); hãy viết {value} nếu đó là ý muốn",
}

# Values the models refuse (models.py raises KeyedValueError): "{field}: " is put before them.
FIELD = "field-prefix"
PROBLEMS_EN[FIELD] = PROBLEMS_VI[FIELD] = "{field}: "
PROBLEMS_EN["value.finite"] = "expected a finite number, got .nan or .inf"
PROBLEMS_VI["value.finite"] = "cần một số hữu hạn, nhưng giá trị là .nan hoặc .inf"
PROBLEMS_EN["value.no-value"] = "no value: write the score, or n/a if it does not apply"
PROBLEMS_VI["value.no-value"] = "không có giá trị: hãy ghi điểm, hoặc n/a nếu không áp dụng"
PROBLEMS_EN["value.self-or-appraised"] = "a score mapping needs 'self' or 'appraised'"
PROBLEMS_VI["value.self-or-appraised"] = "mục điểm dạng mapping cần có 'self' hoặc 'appraised'"
_GOT_EN = {"yes-no": "yes/no", "text": "the text '{value}'", "mapping": "a mapping",
           "list": "a list", "null": "nothing (null)", "other": "{value}"}
_GOT_VI = {"yes-no": "có/không (yes/no)", "text": "đoạn văn bản '{value}'",
           "mapping": "một mapping", "list": "một danh sách", "null": "để trống (null)",
           "other": "{value}"}
for _kind in _GOT_EN:
    PROBLEMS_EN[f"value.number.{_kind}"] = "expected a number, got " + _GOT_EN[_kind]
    PROBLEMS_VI[f"value.number.{_kind}"] = "cần một số, nhưng giá trị là " + _GOT_VI[_kind]
    PROBLEMS_EN[f"value.id.{_kind}"] = "expected an id, got " + _GOT_EN[_kind]
    PROBLEMS_VI[f"value.id.{_kind}"] = "cần một mã, nhưng giá trị là " + _GOT_VI[_kind]

PROBLEM_CATALOGUES: dict[Lang, dict[str, str]] = {Lang.EN: PROBLEMS_EN, Lang.VI: PROBLEMS_VI}


def _format(catalogue: dict[str, str], key: str, params: Params) -> str:
    values = dict(params)
    message = catalogue[key].format(**values)
    if key.startswith("value.") and "field" in values:
        message = catalogue[FIELD].format(field=values["field"]) + message
    if "close" in values:
        message += catalogue[HINT].format(close=values["close"])
    return message


def english(key: str, params: Mapping[str, object]) -> tuple[str, Params]:
    """The English message of ``key`` and its values as text (``close=None``: no hint)."""
    values = tuple((name, str(value)) for name, value in params.items() if value is not None)
    return _format(PROBLEMS_EN, key, values), values


class KeyedValueError(ValueError):
    """A ValueError of the models (pydantic shows its English message) with its message key."""

    def __init__(self, key: str, /, **params: object) -> None:
        message, self.params = english(key, params)
        super().__init__(message)
        self.key = key


def message_in(problem: Problem, lang: Lang) -> str:
    """The message of ``problem`` in ``lang``; English when it has no key or no translation."""
    catalogue = PROBLEM_CATALOGUES[lang]
    if lang is Lang.EN or problem.key is None or problem.key not in catalogue:
        return problem.message
    message = _format(catalogue, problem.key, problem.params)
    return message.replace("\r", "\\r").replace("\n", "\\n")  # values quote text from files


def render(problem: Problem, text: Text) -> str:
    """The message of ``problem`` in the language of ``text``."""
    return message_in(problem, text.lang)


def line(problem: Problem, text: Text) -> str:
    """``path:line:col: severity: message [rule]`` with the message in the language of ``text``;
    the severity word and the rule id stay as they are, for grep."""
    return f"{problem.where}: {problem.severity.value}: {render(problem, text)} [{problem.rule}]"
