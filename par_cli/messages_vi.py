"""The core's messages in Vietnamese (problems, notes, run errors); the keys are the same in
both languages (tests/test_problem_messages.py checks), the texts assembled in message_texts.py."""

from __future__ import annotations

from par_cli.messages_en import HINT

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
    "per-positive": "'{id}': 'per' phải lớn hơn 0, nhưng giá trị là {per}",
    "options-range": "'{id}': phương án '{name}' là {fraction}, nằm ngoài khoảng 0..1",
    "steps-order.ascend": "'{id}': các bậc (steps) phải tăng dần theo 'from' "
                          "({value} đứng sau {previous})",
    "steps-order.range": "'{id}': bậc có from {value} nằm ngoài khoảng 0..100",
    "steps-order.points": "'{id}': điểm của bậc là {points}, vượt điểm tối đa {max}",
    "bands-order.order": "xếp loại '{name}' (min {min}) phải đứng sau các xếp loại cao hơn: "
                         "hãy liệt kê xếp loại từ cao xuống thấp",
    "bands-order.range": "xếp loại '{name}' có min {min} nằm ngoài khoảng 0..100",
    "bands-order.twice": "xếp loại '{name}' xuất hiện hai lần",
    "unknown-method": "'{id}': phương pháp '{method}' không có trong danh sách 'methods' "
                      "của bộ tiêu chí ({methods})",
    "provisional": "'{id}' ({name}): điểm tối đa {max} là tạm thời",
    "provisional.note": "'{id}' ({name}): điểm tối đa {max} là tạm thời — ghi chú trong tệp: "
                        "“{note}”",
    "unknown-id": "không có tiêu chí '{id}' trong bộ tiêu chí '{set}'",
    "double-coverage": "'{id}' được chấm điểm cùng với tiêu chí cấp trên '{ancestor}'; "
                       "chỉ chấm một trong hai",
    "uncovered": "{count} tiêu chí chưa có điểm: {ids} "
                 "(hãy chấm điểm, ghi n/a, hoặc dùng --allow-missing)",
    "uncovered.more": "{count} tiêu chí chưa có điểm: {ids} và {more} tiêu chí khác "
                      "(hãy chấm điểm, ghi n/a, hoặc dùng --allow-missing)",
    "value-fit.yes-no": "'{id}': '{value}' không phải là có hoặc không (cách chấm yes-no)",
    "value-fit.choice-yes-no": "'{id}': YAML đọc giá trị thành '{value}' ('yes', 'no', 'on', "
                               "'off', 'true', 'false' không có dấu nháy là có/không), không "
                               "thuộc các phương án: {names}; hãy đặt tên phương án trong dấu nháy "
                               "(\"on\")",
    "value-fit.choice": "'{id}': '{value}' không thuộc các phương án: {names} "
                        "(cách chấm choice)",
    "value-fit.expected-points": "'{id}': cần một số điểm, nhưng giá trị là '{value}'",
    "value-fit.expected-points.inner": "'{id}': cần một số điểm, nhưng giá trị là '{value}' "
                                       "(điểm ghi cho tiêu chí có tiêu chí con là điểm của "
                                       "cả nhánh)",
    "value-fit.expected-percent": "'{id}': cần một tỷ lệ phần trăm, nhưng giá trị là '{value}'",
    "value-fit.expected-count": "'{id}': cần một số đếm, nhưng giá trị là '{value}'",
    "value-fit.decimal-comma": "'{id}': '{value}' là văn bản trong YAML (số trong YAML dùng dấu "
                               "chấm thập phân): hãy viết {number}",
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
    "schema.value.display-mixed": "hãy ghi hoặc places và rounding cho mọi số, hoặc points "
                                  "và index, mỗi loại có places và rounding riêng, không "
                                  "ghi cả hai cách",
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
    "note.provisional": "bộ tiêu chí '{set}' có điểm tối đa tạm thời (chưa có nguồn "
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
    "output.suffix-mismatch": "{path}: tên tệp cho biết định dạng {wanted} nhưng --format là "
                              "{format}: hãy chọn định dạng tệp cần chứa, hoặc đặt tên tệp "
                              "cho khớp",
    "output.suffix-unknown": "{path}: lệnh này không ghi định dạng {wanted} (các định dạng: "
                             "{formats})",
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
    "template.year": "năm {year} không thuộc các năm của bộ tiêu chí '{set}' ({years})",
    "template.unit-id": "'{unit}' không phải là mã đơn vị (các từ ASCII chữ thường nối bằng '-')",
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
    "missing-format.par-keys": "không có khóa 'format:', nhưng tệp có các khóa của par "
                               "('{keys}'): hãy thêm 'format: {expected}' ở đầu tệp, nếu "
                               "không tệp sẽ bị bỏ qua",
    "uncovered.check": "{count} tiêu chí chưa có điểm: {ids} (hãy chấm điểm hoặc ghi n/a)",
    "uncovered.check-more": "{count} tiêu chí chưa có điểm: {ids} và {more} tiêu chí khác "
                            "(hãy chấm điểm hoặc ghi n/a)",
    "uncovered.blank": "'{id}' chưa có điểm (hãy điền ô này, ghi n/a, hoặc nhập với "
                       "--allow-missing)",
    "too-large.uncompressed": "nội dung bảng tính khi giải nén là {size} MB, vượt giới hạn "
                              "{limit} MB (năm lần --max-file-size)",
    "xlsx.too-many-rows": "trang tính có hơn {limit} dòng: không phải mẫu của par đã điền",
    "xlsx.too-many-columns": "trang tính dùng hơn {limit} cột: không phải mẫu của par đã điền",
    "xlsx.id-number": "mã được lưu dưới dạng số {value} (1.10 sẽ thành 1.1, một mã khác): hãy "
                      "định dạng cột mã là văn bản và gõ lại các mã",
    "duplicate-key.row": "mã '{id}' cũng có ở dòng {first}; bảng tính sẽ chỉ giữ một trong hai "
                         "mà không báo",
    "xlsx.formula-no-value": "công thức chưa có kết quả được lưu (tệp do chương trình không tính "
                             "toán tạo ra): hãy mở và lưu lại bằng Excel hoặc LibreOffice, hoặc "
                             "gõ giá trị",
    "xlsx.formula-places": "kết quả công thức {value} có hơn {places} chữ số thập phân: hãy làm "
                           "tròn (=ROUND(…; 2)) hoặc gõ giá trị",
    "xlsx.date": "một ngày tháng ({value}) ở ô cần điểm số: hãy định dạng ô là số",
    "xlsx.not-finite": "ô chứa giá trị lỗi hoặc vô hạn, không phải điểm số",
    "xlsx.shown-differs": "ô hiển thị {shown} nhưng chứa {value}; par đọc {value}",
    "xlsx.percent-fraction": "{value} ở tiêu chí tính theo phần trăm: par đọc là {value} %, "
                             "không phải {times} %; nếu muốn {times} %, hãy gõ {times} hoặc "
                             "định dạng ô là phần trăm",
    "import.exists": "{path} đã có: chưa ghi tệp nào (dùng --force để thay thế)",
    "note.wrote": "đã ghi {path}",
    "check.nothing": "không có tệp nào để kiểm tra trong {paths} (YAML khác, như mkdocs.yml, "
                     "vẫn đạt; thư mục trống nhiều khả năng là đường dẫn sai)",
    "note.field-size": "thứ hạng là vị trí trong {old_count} đơn vị được xếp hạng năm {old_year} "
                       "và trong {new_count} đơn vị năm {new_year}: thay đổi thứ hạng so sánh "
                       "hai nhóm có số lượng khác nhau",
    "note-line": "lưu ý: {note}",
    "note.shadow": "bộ tiêu chí '{set}' được đọc từ {path}, khác với bộ cùng mã đi kèm par "
                   "({shipped})",
    "import.nothing-written": "chưa ghi tệp nào",
    "import.no-openpyxl": "cần gói tùy chọn openpyxl để đọc/ghi bảng tính: "
                          "pip install 'par-cli[xlsx]' (hoặc pip install openpyxl)",
    "xlsx.unreadable": "không phải một bảng tính .xlsx đọc được ({error})",
    "xlsx.no-template": "không có trang tính nào bắt đầu bằng dòng 'format': đây có phải "
                        "mẫu của par không?",
    "duplicate-unit.sheet": "đơn vị '{unit}' cũng có trong {other}",
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
    # spreadsheets (the words of workbooks and templates are in sheet_texts.py)
    "xlsx.label-unknown": "'{label}' không phải trường mà par biết",
    "xlsx.header-unknown": "'{header}' không phải cột mà par biết (cột par không đọc được sẽ bị "
                           "mất dữ liệu)",
    "xlsx.header-missing": "bảng không có cột '{header}'",
    "xlsx.no-label": "có giá trị ở dòng không có tên trường ở cột A: par không biết đó là gì",
    "xlsx.row-without-id": "dòng có giá trị nhưng không có mã: par không biết các giá trị này "
                           "thuộc tiêu chí nào",
    "xlsx.criteria-no-table": "không có bảng tiêu chí: bảng bắt đầu bằng dòng có hai ô đầu là "
                              "'{id}' và '{name}'",
    "xlsx.criteria-parent": "'{id}' thuộc '{parent}', nhưng '{parent}' không có trong bảng: mã "
                            "thể hiện cấp (3, 3.1, 3.1.2); hãy thêm dòng cho '{parent}' hoặc "
                            "sửa mã",
    "xlsx.criteria-steps": "'{text}' không phải danh sách các mức: hãy ghi các cặp "
                           "từ-phần-trăm: điểm cách nhau bằng ';', như 80: 1,5; 100: 3",
    "xlsx.criteria-options": "'{text}' không phải danh sách lựa chọn: hãy ghi các cặp tên: tỷ "
                             "lệ cách nhau bằng ';', như full: 1; partial: 0,5; none: 0",
    "xlsx.criteria-option-twice": "lựa chọn '{name}' được ghi hai lần",
    "xlsx.merged": "các ô {cells} được gộp: par chỉ đọc giá trị cho dòng {row}; hãy bỏ gộp ô "
                   "và điền từng dòng",
    "xlsx.hidden-row": "dòng {row} đang bị ẩn: par vẫn đọc dòng này (hãy bỏ ẩn để thấy dữ liệu "
                       "được nhập)",
    "xlsx.hidden-column": "cột {column} đang bị ẩn: par vẫn đọc cột này (hãy bỏ ẩn để thấy dữ "
                          "liệu được nhập)",
    "xlsx.hidden-sheet": "trang tính đang bị ẩn: par vẫn đọc trang này",
    "duplicate-key.field": "'{label}' cũng có ở dòng {first}; bảng tính sẽ chỉ giữ một trong "
                           "hai mà không báo",
    "duplicate-id.rows": "mã '{id}' được dùng hai lần trong bộ tiêu chí này (cũng có ở {other})",
    "duplicate-set.sheet": "bộ tiêu chí '{set}' cũng có trong {other}",
    "xlsx.same-output": "trang tính này sẽ được ghi vào {path}, trùng với {other}",
    "template.workbook-option": "{option} không dùng được với --criteria-workbook",
    "template.workbook-ids": "'{id}' thuộc '{parent}' nhưng mã không thể hiện điều đó: bảng "
                             "tính bộ tiêu chí thể hiện cấp bằng mã (3, 3.1, 3.1.2)",
    "template.workbook-option-name": "'{id}': tên lựa chọn '{name}' chứa ';' hoặc ':', điều mà "
                                     "bảng tính bộ tiêu chí không ghi được",
    "template.workbook-exists": "{path} đã có: hãy dùng --output TỆP.xlsx (par không thay thế "
                                "tệp mà không được yêu cầu ghi)",
    # par score --rank-by
    "rank-by.unknown-id": "--rank-by {id}: không có tiêu chí này trong bộ tiêu chí '{set}'",
    # bảng kết quả đã công bố (par trend)
    "published-table.unusable": "{path} không dùng được làm bảng kết quả đã công bố",
    "published-table.empty": "tệp trống: bảng kết quả đã công bố bắt đầu bằng một hàng tiêu đề "
                             "(unit, name, index, rank, …)",
    "published-table.column": "cột '{column}' không được hỗ trợ (par đọc {known}, và "
                              "'<mã> index', '<mã> rank' cho từng tiêu chí)",
    "published-table.column-twice": "cột '{column}' xuất hiện hai lần",
    "published-table.missing": "hàng tiêu đề thiếu (các) cột {columns}",
    "published-table.number": "'{value}' không phải là số theo cách bảng ghi (chữ số và dấu "
                              "chấm, 89.22)",
    "published-table.number-too-large": "số {value} quá lớn",
    "published-table.number-places": "số {value} có hơn {places} chữ số thập phân",
    "published-table.range": "{value} nằm ngoài khoảng 0..{most}",
    "published-table.negative": "cần một số ≥ 0, nhưng giá trị là {value}",
    "published-table.whole": "'{value}' không phải là số nguyên ≥ {least}",
    "published-table.csv": "CSV không hợp lệ: {reason}",
    "published-table.cells": "hàng có {count} ô, hàng tiêu đề có {expected}",
    "published-table.unit": "'{value}' không phải là mã đơn vị (các từ ASCII viết thường nối "
                            "bằng '-')",
    "published-table.unit-twice": "đơn vị '{unit}' cũng có ở dòng {line}",
    "published-table.blank": "cột {column} để trống",
    "published-table.mixed": "cột {column} có nhiều giá trị ({values}): mỗi bảng là một năm của "
                             "một bộ tiêu chí",
    "published-table.no-units": "không có đơn vị nào dưới hàng tiêu đề",
    "published-table.rank": "hạng {rank}, nhưng bảng chỉ xếp hạng {ranked} đơn vị",
    "published-table.year": "không có năm trong cột 'year' hay trong tên tệp (đặt tên tệp "
                            "2024.csv, hoặc thêm cột year)",
    # par trend
    "trend.few-years": "par trend cần từ hai năm trở lên, nhưng chỉ có {count}: hãy đưa thư mục, "
                       "tệp JSON điểm hoặc bảng đã công bố của từng năm (par trend "
                       "examples/provinces/2022 examples/provinces/2023)",
    "trend.same-year": "năm {year} được đưa hai lần: {first} và {second}",
    "trend.unit-in-none": "đơn vị '{unit}' không có trong năm nào",
    "trend.map-twice": "'{unit}' được ánh xạ tới '{first}' và tới '{second}' [unit-map]",
    "note.trend-methodology": "phương pháp đánh giá thay đổi giữa năm {old_year} ({old}) và năm "
                              "{new_year} ({new}): chỉ số và thứ hạng hai bên không hoàn toàn "
                              "so sánh được",
    "note.trend-no-criteria": "năm {year} ({path}) không ghi bộ tiêu chí: không thể biết "
                              "phương pháp có thay đổi ở năm đó hay không",
    "note.trend-field-size": "thứ hạng là vị trí trong các nhóm có số đơn vị khác nhau: {sizes}",
    "note.trend-field-size.part": "{count} đơn vị được xếp hạng năm {year}",
    "note.trend-lonely": "năm {year} ({path}): không đơn vị nào trong {count} đơn vị của năm "
                         "này có ở năm khác — có đúng thư mục không?",
    "note.trend-map-later": "{count} mục của --map là các đơn vị vẫn được chấm điểm ở năm cuối "
                            "({year}) nên chỉ có hiệu lực sau năm đó: {units}",
    # report
    "note.report-one-year": "chỉ có một năm ({year}): báo cáo không có biểu đồ thay đổi thứ hạng "
                            "và xu hướng (cần từ hai năm trở lên)",
    "report.output-suffix": "{path}: par report ghi tệp .html hoặc .pdf (tên tệp cho biết loại "
                            "nào)",
    "report.no-vl-convert": "par report vẽ biểu đồ bằng gói tùy chọn vl-convert-python: "
                            "pip install 'par-cli[report]'",
    "report.no-pypdf": "báo cáo PDF được ghép bằng gói tùy chọn pypdf: "
                       "pip install 'par-cli[report]'",
    "report.render": "không vẽ được biểu đồ '{chart}' ({reason})",
}
