"""The texts of par's messages in English and Vietnamese: one catalogue per language, the same
keys (problems, notes and run errors of the core; reporters' labels live in ``labels.py``).

A key's first part (before the first dot) is the rule id of a problem (``value-fit.yes-no`` is
rule ``value-fit``). A value named ``close`` adds the "did you mean" hint of the same catalogue.
"""

from __future__ import annotations

HINT = "did-you-mean"

MESSAGES_EN: dict[str, str] = {
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
    "value-fit.choice-yes-no": "'{id}': YAML read the value as {value} (unquoted yes, no, on, "
                               "off, true and false are yes/no), which is not one of the "
                               "options: {names}; quote the option's name (\"on\")",
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
    "unknown-criteria-set.many": "criteria set '{set}' not found in --criteria, ./criteria/ or "
                                 "the sets shipped with par; {count} files ask for it: {files}",
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
    "schema.digits": "{field}: '{written}' is written with digits that are not 0-9; write the "
                     "number with the digits 0-9",
    "schema.ambiguous": "{field}: '{written}' is ambiguous (a thousands separator in one "
                        "locale, a decimal one in another): write the number without "
                        "thousands separators",
    "schema.octal": "{field}: {written} is read by YAML as the number {value} "
                    "(a leading 0 means octal); write {value} if that is meant",
    "error-line": "par: error: {message}",
    "note.allow-missing": "--allow-missing: {count} unit(s) have criteria without a score, "
                          "counted as 0: {shown}",
    "note.allow-missing.more": "--allow-missing: {count} unit(s) have criteria without a "
                               "score, counted as 0: {shown}; and {more} more",
    "note.provisional": "note: '{set}' has provisional maxima (no public source yet) on {ids}",
    "note.json-criteria": "{file}: criteria set '{set}' not found; numbers are shown with "
                          "2 places, half-up",
    "note.different-sets": "the two years use different criteria sets ({old} → {new}): a change "
                           "of methodology makes raw points incomparable; comparing indexes and "
                           "ranks, and nodes with the same id",
    "note.nodes-only": "nodes only in {set}: {ids}",
    "note.renamed": "node {id} is named '{old_name}' in {old} and '{new_name}' in {new}",
    "note.same-year": "both sides are {year}: comparing two appraisals of the same year",
    # run errors (the "par: error:" line) and the edge's own words
    "path.missing": "{path}: no such file or folder",
    "path.missing-file": "{path}: no such file",
    "path.missing-folder": "{path}: no such folder",
    "path.folder-unreadable": "{path}: cannot read folder ({reason})",
    "path.permission": "{path}: cannot read file (permission denied)",
    "path.is-folder": "{path}: is a folder",
    "path.unreadable": "{path}: cannot read file ({reason})",
    "output.binary": "{what} writes a binary file: give --output FILE.xlsx",
    "output.no-folder": "{path}: folder {folder} does not exist",
    "output.cannot-write": "{path}: cannot write ({reason})",
    "output.is-input": "{path}: this file is one of the run's inputs; par will not write over "
                       "it (choose another --output)",
    "output.stdout": "cannot write to standard output ({reason})",
    "run.criteria-problems": "criteria files in --criteria or ./criteria/ have problems (par "
                             "never falls back to a shipped set with the same id)",
    "run.problems": "{count} problem(s) in the inputs",
    "run.submission-errors": "{count} error(s) in the submissions; no ranking was produced",
    "run.no-submission": "no submission found in {paths} (files with 'format: par-submission/1')",
    "run.mixed": "all submissions in one run must name the same criteria set and year; "
                 "found {listing} [mixed-run]",
    "run.mixed-part": "{set} {year}: {count} file(s) ({files})",
    "run.unknown-unit": "unit '{unit}' is not among the submissions",
    "run.unknown-unit.known": "unit '{unit}' is not among the submissions (units: {known}, …)",
    "compare.unit-in-neither": "unit '{unit}' is in neither year",
    "compare.side": "{path}: {reason}",
    "compare.map-units": "{path}: {units} [unit-map]",
    "compare.unusable-json": "{path} is not usable as a year to compare",
    "compare.too-large": "{path} is too large",
    "compare.not-utf8": "{path} is not UTF-8",
    "map.unreadable": "{path}: the unit map cannot be read",
    "map.problems": "{path}: the unit map has problems",
    "set.not-finite": "--set value '{value}' is not a finite number",
    "set.value": "--set {id}: {reason}",
    "typed-number.digits": "'{text}' is written with digits that are not 0-9",
    "typed-number.base-60": "'{text}' looks like a time or base-60 number, not a score",
    "typed-number.ambiguous": "'{text}' is ambiguous (a thousands separator in one locale, a "
                              "decimal one in another): write {thousands} or {decimal}",
    "set.syntax": "--set '{item}' must look like ID=VALUE (e.g. --set 3.1.1=yes)",
    "set.unknown-id": "--set {id}: unknown criterion id in '{set}'",
    "set.through-ancestor": "--set {id}: the submission scores it through its ancestor "
                            "'{ancestor}'; set '{ancestor}' instead",
    "set.scored-below": "--set {id}: the submission scores nodes below it; set those instead",
    "set.invalid": "--set: {reasons}",
    "template.unknown-set": "criteria set '{set}' not found or invalid (known: {known})",
    "note.template-year": "note: {year} is not one of the years of '{set}'",
    "note.left-out.not-yaml": "left out {count} file(s) that are not YAML: {shown}{more}",
    "note.left-out.spreadsheet": "left out {count} spreadsheet(s): {shown}{more} — par reads "
                                 "YAML; run 'par import' to turn filled templates into "
                                 "submissions",
    "note.left-out.hidden": "left out {count} hidden file(s) or folder(s) (names starting with "
                            "'.'): {shown}{more}",
    "note.left-out.special": "left out {count} item(s) that are not regular files: "
                             "{shown}{more}",
    "note.left-out.excluded": "left out {count} file(s) or folder(s) matching --exclude: "
                              "{shown}{more}",
    "note.left-out.not-par": "left out {count} YAML file(s) that are not par files "
                             "(no 'format:' key): {shown}{more}",
    "note.left-out.criteria": "left out {count} criteria file(s) found among the submissions: "
                              "{shown}{more}",
    "note.left-out-more": " and {count} more (--format json lists them all under left_out)",
    "missing-format.near-miss": "'{key}' is not a key par knows: par files start with "
                                "'format: {expected}', and without it this file would be left "
                                "out",
    "missing-format.par-keys": "no 'format:' key, but the file has par's keys ({keys}): add "
                               "'format: {expected}' at the top, or it would be left out",
    "note.wrote": "wrote {path}",
    "note-line": "note: {note}",
    "note.shadow": "criteria set '{set}' is read from {path}, which differs from the set with "
                   "that id shipped with par ({shipped})",
    "import.nothing-written": "nothing was written",
    "import.no-openpyxl": "spreadsheets need the optional package openpyxl: "
                          "pip install 'par-cli[xlsx]' (or pip install openpyxl)",
    "xlsx.unreadable": "not a readable .xlsx workbook ({error})",
    "xlsx.no-template": "no sheet starts with a 'format' row: is this a par template?",
    "duplicate-unit.sheet": "unit '{unit}' is also on sheet '{sheet}'",
    # score JSON read back by par compare
    "score-json.invalid": "invalid JSON: {reason}",
    "score-json.deep": "invalid JSON: nested too deep",
    "score-json.duplicate-key": "invalid JSON: duplicate key '{key}' in an object",
    "score-json.top": "not the JSON written by 'par score --format json' "
                      "(expected an object at the top)",
    "score-json.missing": "not the JSON written by 'par score --format json' "
                          "(missing field: {field})",
    "score-json.shape": "not the JSON written by 'par score --format json': {where}{reason}",
    "score-json.number": "expected a number, got {value}",
    "score-json.number-too-large": "the number {value} is too large",
    "score-json.number-places": "the number {value} has more than {places} decimal places",
    "score-json.negative": "expected a number ≥ 0, got {value}",
    "score-json.above-max": "{what} '{id}' has points {points} above its max {max}",
    "score-json.node-twice": "node '{id}' of unit '{unit}' is listed twice",
    "score-json.unit-twice": "unit '{unit}' is listed twice",
    "score-json.rank": "unit '{unit}' has rank {rank}, but only {units} units are listed",
}

MESSAGES_VI: dict[str, str] = {
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
    "value-fit.choice-yes-no": "'{id}': YAML đọc giá trị thành {value} (yes, no, on, off, "
                               "true, false không có dấu nháy là có/không), không thuộc các "
                               "phương án: {names}; hãy đặt tên phương án trong dấu nháy "
                               "(\"on\")",
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
    "unknown-criteria-set.many": "không tìm thấy bộ tiêu chí '{set}' trong --criteria, "
                                 "./criteria/ hay các bộ tiêu chí đi kèm par; {count} tệp "
                                 "cần bộ này: {files}",
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
    "schema.digits": "{field}: '{written}' được viết bằng chữ số không phải 0-9; hãy viết số "
                     "bằng các chữ số 0-9",
    "schema.ambiguous": "{field}: '{written}' không rõ nghĩa (nơi thì là dấu phân cách hàng "
                        "nghìn, nơi thì là dấu thập phân): hãy viết số không có dấu phân cách "
                        "hàng nghìn",
    "schema.octal": "{field}: YAML đọc {written} thành số {value} "
                    "(số 0 ở đầu nghĩa là hệ bát phân); hãy viết {value} nếu đó là ý muốn",
    "error-line": "par: lỗi: {message}",
    "note.allow-missing": "--allow-missing: {count} đơn vị có tiêu chí chưa chấm, tính 0 điểm: "
                          "{shown}",
    "note.allow-missing.more": "--allow-missing: {count} đơn vị có tiêu chí chưa chấm, tính 0 "
                               "điểm: {shown}; và {more} đơn vị khác",
    "note.provisional": "lưu ý: bộ tiêu chí '{set}' có điểm tối đa tạm thời (chưa có nguồn "
                        "công khai) ở {ids}",
    "note.json-criteria": "{file}: không tìm thấy bộ tiêu chí '{set}'; số được hiển thị với "
                          "2 chữ số thập phân, làm tròn lên từ nửa (half-up)",
    "note.different-sets": "hai năm dùng hai bộ tiêu chí khác nhau ({old} → {new}): khi thay đổi "
                           "phương pháp, điểm thô không so sánh được; chỉ so sánh chỉ số, thứ hạng "
                           "và các tiêu chí cùng mã",
    "note.nodes-only": "tiêu chí chỉ có trong {set}: {ids}",
    "note.renamed": "tiêu chí {id} có tên '{old_name}' trong {old} và '{new_name}' trong {new}",
    "note.same-year": "cả hai bên đều là năm {year}: so sánh hai lần thẩm định của cùng một năm",
    "path.missing": "{path}: không có tệp hoặc thư mục này",
    "path.missing-file": "{path}: không có tệp này",
    "path.missing-folder": "{path}: không có thư mục này",
    "path.folder-unreadable": "{path}: không đọc được thư mục ({reason})",
    "path.permission": "{path}: không đọc được tệp (không có quyền)",
    "path.is-folder": "{path}: là một thư mục",
    "path.unreadable": "{path}: không đọc được tệp ({reason})",
    "output.binary": "{what} ghi ra tệp nhị phân: hãy dùng --output TỆP.xlsx",
    "output.no-folder": "{path}: thư mục {folder} không tồn tại",
    "output.cannot-write": "{path}: không ghi được ({reason})",
    "output.is-input": "{path}: tệp này là một đầu vào của lần chạy; par không ghi đè lên nó "
                       "(hãy chọn --output khác)",
    "output.stdout": "không ghi được ra đầu ra chuẩn ({reason})",
    "run.criteria-problems": "các tệp tiêu chí trong --criteria hoặc ./criteria/ có lỗi (par "
                             "không bao giờ tự chuyển sang bộ tiêu chí đi kèm cùng mã)",
    "run.problems": "{count} lỗi trong dữ liệu đầu vào",
    "run.submission-errors": "{count} lỗi trong các tệp chấm điểm; chưa lập bảng xếp hạng",
    "run.no-submission": "không tìm thấy tệp chấm điểm nào trong {paths} "
                         "(tệp có 'format: par-submission/1')",
    "run.mixed": "mọi tệp chấm điểm trong một lần chạy phải cùng bộ tiêu chí và cùng năm; "
                 "đã gặp {listing} [mixed-run]",
    "run.mixed-part": "{set} năm {year}: {count} tệp ({files})",
    "run.unknown-unit": "đơn vị '{unit}' không có trong các tệp chấm điểm",
    "run.unknown-unit.known": "đơn vị '{unit}' không có trong các tệp chấm điểm "
                              "(các đơn vị: {known}, …)",
    "compare.unit-in-neither": "đơn vị '{unit}' không có trong năm nào",
    "compare.side": "{path}: {reason}",
    "compare.map-units": "{path}: {units} [unit-map]",
    "compare.unusable-json": "{path} không dùng được làm một năm để so sánh",
    "compare.too-large": "{path} quá lớn",
    "compare.not-utf8": "{path} không phải UTF-8",
    "map.unreadable": "{path}: không đọc được tệp ánh xạ đơn vị",
    "map.problems": "{path}: tệp ánh xạ đơn vị có lỗi",
    "set.not-finite": "giá trị --set '{value}' không phải một số hữu hạn",
    "set.value": "--set {id}: {reason}",
    "typed-number.digits": "'{text}' được viết bằng chữ số không phải 0-9",
    "typed-number.base-60": "'{text}' trông như giờ hoặc số cơ số 60, không phải điểm số",
    "typed-number.ambiguous": "'{text}' không rõ nghĩa (nơi thì là dấu phân cách hàng nghìn, "
                              "nơi thì là dấu thập phân): hãy viết {thousands} hoặc {decimal}",
    "set.syntax": "--set '{item}' phải có dạng MÃ=GIÁ_TRỊ (ví dụ --set 3.1.1=yes)",
    "set.unknown-id": "--set {id}: không có tiêu chí này trong bộ tiêu chí '{set}'",
    "set.through-ancestor": "--set {id}: tệp chấm điểm chấm tiêu chí này qua tiêu chí cấp trên "
                            "'{ancestor}'; hãy đặt giá trị cho '{ancestor}'",
    "set.scored-below": "--set {id}: tệp chấm điểm chấm các tiêu chí cấp dưới của nó; "
                        "hãy đặt giá trị cho các tiêu chí đó",
    "set.invalid": "--set: {reasons}",
    "template.unknown-set": "không tìm thấy bộ tiêu chí '{set}' hoặc bộ tiêu chí có lỗi "
                            "(các bộ có: {known})",
    "note.template-year": "lưu ý: năm {year} không thuộc các năm của bộ tiêu chí '{set}'",
    "note.left-out.not-yaml": "đã bỏ qua {count} tệp không phải YAML: {shown}{more}",
    "note.left-out.spreadsheet": "đã bỏ qua {count} bảng tính: {shown}{more} — par đọc YAML; "
                                 "hãy chạy 'par import' để chuyển mẫu đã điền thành tệp "
                                 "chấm điểm",
    "note.left-out.hidden": "đã bỏ qua {count} tệp hoặc thư mục ẩn (tên bắt đầu bằng '.'): "
                            "{shown}{more}",
    "note.left-out.special": "đã bỏ qua {count} mục không phải tệp thông thường: {shown}{more}",
    "note.left-out.excluded": "đã bỏ qua {count} tệp hoặc thư mục khớp --exclude: "
                              "{shown}{more}",
    "note.left-out.not-par": "đã bỏ qua {count} tệp YAML không phải tệp của par "
                             "(không có khóa 'format:'): {shown}{more}",
    "note.left-out.criteria": "đã bỏ qua {count} tệp tiêu chí nằm lẫn trong các tệp chấm điểm: "
                              "{shown}{more}",
    "note.left-out-more": " và {count} tệp khác (--format json liệt kê đủ trong left_out)",
    "missing-format.near-miss": "'{key}' không phải khóa của par: tệp của par bắt đầu bằng "
                                "'format: {expected}', thiếu dòng này tệp sẽ bị bỏ qua",
    "missing-format.par-keys": "không có khóa 'format:', nhưng tệp có các khóa của par ({keys}): "
                               "hãy thêm 'format: {expected}' ở đầu tệp, nếu không tệp sẽ bị "
                               "bỏ qua",
    "note.wrote": "đã ghi {path}",
    "note-line": "lưu ý: {note}",
    "note.shadow": "bộ tiêu chí '{set}' được đọc từ {path}, khác với bộ cùng mã đi kèm par "
                   "({shipped})",
    "import.nothing-written": "chưa ghi tệp nào",
    "import.no-openpyxl": "cần gói tùy chọn openpyxl để đọc/ghi bảng tính: "
                          "pip install 'par-cli[xlsx]' (hoặc pip install openpyxl)",
    "xlsx.unreadable": "không phải một bảng tính .xlsx đọc được ({error})",
    "xlsx.no-template": "không có trang tính nào bắt đầu bằng dòng 'format': đây có phải "
                        "mẫu của par không?",
    "duplicate-unit.sheet": "đơn vị '{unit}' cũng có trên trang tính '{sheet}'",
    "score-json.invalid": "JSON không hợp lệ: {reason}",
    "score-json.deep": "JSON không hợp lệ: lồng quá sâu",
    "score-json.duplicate-key": "JSON không hợp lệ: trùng khóa '{key}' trong một đối tượng",
    "score-json.top": "không phải JSON do 'par score --format json' viết ra "
                      "(cần một đối tượng ở cấp trên cùng)",
    "score-json.missing": "không phải JSON do 'par score --format json' viết ra "
                          "(thiếu trường: {field})",
    "score-json.shape": "không phải JSON do 'par score --format json' viết ra: {where}{reason}",
    "score-json.number": "cần một số, nhưng giá trị là {value}",
    "score-json.number-too-large": "số {value} quá lớn",
    "score-json.number-places": "số {value} có hơn {places} chữ số thập phân",
    "score-json.negative": "cần một số ≥ 0, nhưng giá trị là {value}",
    "score-json.above-max": "{what} '{id}' có số điểm {points} vượt điểm tối đa {max}",
    "score-json.node-twice": "tiêu chí '{id}' của đơn vị '{unit}' được liệt kê hai lần",
    "score-json.unit-twice": "đơn vị '{unit}' được liệt kê hai lần",
    "score-json.rank": "đơn vị '{unit}' có hạng {rank}, nhưng chỉ có {units} đơn vị",
}

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

