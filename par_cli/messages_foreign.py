"""Catalogue texts for other libraries' problems (``foreign.py``) and the small words that
join values: English reproduces the library's own wording, Vietnamese says it in Vietnamese."""

from __future__ import annotations

# key -> (English, Vietnamese)
TEXTS: dict[str, tuple[str, str]] = {
    "yaml-problem.expected-either": ("did not find expected {t0} or {t1}",
                                     "thiếu {t0} hoặc {t1} ở chỗ cần có"),
    "yaml-problem.expected-either-got": ("expected {t0} or {t1}, but got {t2}",
                                         "cần {t0} hoặc {t1}, nhưng gặp {t2}"),
    "yaml-problem.expected": ("did not find expected {t0}", "thiếu {t0} ở chỗ cần có"),
    "yaml-problem.expected-found": ("expected {t0}, but found {t1}", "cần {t0}, nhưng gặp {t1}"),
    "yaml-problem.expected-key": ("did not find expected key",
                                  "thiếu khóa ở chỗ cần có (thường do thụt lề sai)"),
    "yaml-problem.expected-content": ("did not find expected node content",
                                      "thiếu giá trị ở chỗ cần có"),
    "yaml-problem.expected-line-break": ("did not find expected comment or line break",
                                         "cần chú thích (#) hoặc xuống dòng ở chỗ này"),
    "yaml-problem.expected-space": ("did not find expected whitespace or line break",
                                    "cần dấu cách hoặc xuống dòng ở chỗ này"),
    "yaml-problem.tab": ("found a tab character that violates indentation",
                         "có ký tự tab làm sai thụt lề (YAML chỉ thụt lề bằng dấu cách)"),
    "yaml-problem.character": ("found character that cannot start any token",
                               "có ký tự không thể mở đầu một giá trị YAML"),
    "yaml-problem.mapping-value": ("mapping values are not allowed in this context",
                                   "không được viết 'khóa: giá trị' ở chỗ này (thường do thiếu "
                                   "dấu cách sau ':' hoặc thụt lề sai)"),
    "yaml-problem.mapping-key": ("mapping keys are not allowed in this context",
                                 "không được viết khóa ở chỗ này"),
    "yaml-problem.sequence-entry": ("block sequence entries are not allowed in this context",
                                    "không được viết mục danh sách ('- ') ở chỗ này"),
    "yaml-problem.end": ("found unexpected end of stream",
                         "tệp kết thúc giữa chừng (thiếu dấu đóng ngoặc hoặc dấu nháy)"),
    "yaml-problem.another-document": ("but found another document",
                                      "tệp có thêm một tài liệu YAML thứ hai (dòng '---'); "
                                      "mỗi tệp chỉ được có một"),
    "yaml-problem.alias": ("found undefined alias", "có alias (*) chưa được định nghĩa"),
    "yaml-problem.escape": ("found unknown escape character",
                            "có ký tự thoát (\\) không hợp lệ trong chuỗi trong dấu nháy kép"),
    "yaml-problem.unexpected": ("found unexpected {t0}", "có {t0} không đúng chỗ"),
    "yaml-problem.control": ("control characters are not allowed",
                             "không được dùng ký tự điều khiển"),
    "yaml-problem.document-indicator": ("found unexpected document indicator",
                                        "có dấu '---' hoặc '...' không đúng chỗ"),
    "yaml-problem.tag": ("found undefined tag handle", "có tag (!) chưa được định nghĩa"),
    "yaml-problem.anchor": ("found duplicate anchor {t0}", "anchor {t0} được định nghĩa hai lần"),
    "yaml-problem.other": ("{text}", "PyYAML báo: “{text}”"),
    "json-problem.value": ("Expecting value", "thiếu giá trị (tệp rỗng hoặc bị cắt?)"),
    "json-problem.comma": ("Expecting ',' delimiter", "thiếu dấu ',' giữa hai giá trị"),
    "json-problem.colon": ("Expecting ':' delimiter", "thiếu dấu ':' sau tên trường"),
    "json-problem.property": ("Expecting property name enclosed in double quotes",
                              "tên trường phải đặt trong dấu nháy kép"),
    "json-problem.extra": ("Extra data", "có dữ liệu thừa sau giá trị JSON"),
    "json-problem.string": ("Unterminated string", "chuỗi không được đóng dấu nháy"),
    "json-problem.control": ("Invalid control character", "có ký tự điều khiển trong chuỗi"),
    "json-problem.escape": ("Invalid escape", "có ký tự thoát (\\) không hợp lệ"),
    "json-problem.other": ("{text}", "thư viện json báo: “{text}”"),
    # a list of choices: 'a', 'b' or 'c'; a name from a file in the reader's language
    # (each text names both values, as every key's texts must; ":.0" shows the other as nothing)
    "words.name": ("{name}{name_vi:.0}", "{name_vi}{name:.0}"),
    "words.or": ("{first} or {last}", "{first} hoặc {last}"),
}
