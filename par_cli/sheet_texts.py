"""The words of the documents par writes for people to fill in (the xlsx submission template,
the criteria workbook, the YAML template's comments) in English and Vietnamese, the same keys:
sheet titles, field labels, column headers, rule and value names, hints, prompts, instructions.
They are keys of the core's catalogues (``message_texts.py`` merges them), said through
``sheet_words.word``; ``par import`` matches labels back in either language.
"""

from __future__ import annotations

SHEET_EN: dict[str, str] = {
    "sheet.title.submission": "Submission",
    "sheet.title.instructions": "Instructions",
    "sheet.title.criteria": "Criteria",
    "sheet.title.lists": "Lists",
    "sheet.field.format": "format",
    "sheet.field.criteria": "criteria",
    "sheet.field.year": "year",
    "sheet.field.unit": "unit",
    "sheet.field.name": "name",
    "sheet.field.name_vi": "name_vi",
    "sheet.field.group": "group",
    "sheet.field.ranked": "ranked",
    "sheet.hint.format": "filled in by par: leave it as it is",
    "sheet.hint.criteria": "the criteria set's id: leave it as it is",
    "sheet.hint.year": "one of the set's years: {years}",
    "sheet.hint.unit": "the unit's id: lower-case ASCII words joined by '-' (long-an)",
    "sheet.hint.name": "the unit's name",
    "sheet.hint.name_vi": "the unit's name in Vietnamese, with diacritics (optional)",
    "sheet.hint.group": "a group to rank the unit within (optional)",
    "sheet.hint.ranked": "{yes}; or {no} for a unit scored but not ranked",
    "sheet.col.id": "id",
    "sheet.col.name": "name",
    "sheet.col.rule": "rule",
    "sheet.col.max": "max",
    "sheet.col.allowed": "allowed values",
    "sheet.col.self": "self",
    "sheet.col.appraised": "appraised",
    "sheet.col.note": "note",
    "sheet.col.evidence": "evidence",
    "sheet.rule.points": "points",
    "sheet.rule.yes-no": "yes-no",
    "sheet.rule.choice": "choice",
    "sheet.rule.percent": "percent",
    "sheet.rule.count": "count",
    "sheet.value.yes": "yes",
    "sheet.value.no": "no",
    "sheet.value.na": "n/a",
    "sheet.allowed.points": "points 0..{max}",
    "sheet.allowed.yes-no": "{yes} / {no} → {max} or 0 points",
    "sheet.allowed.choice": "one of: {shares} (share of {max} points)",
    "sheet.allowed.percent": "a percentage 0..100 → {max} × value / 100",
    "sheet.allowed.percent-steps": "a percentage 0..100; {steps}",
    "sheet.allowed.step": "from {start} % → {points}",
    "sheet.allowed.count": "a whole number ≥ 0; {per} per item, up to {max}",
    "sheet.allowed.count-deduct": "a whole number ≥ 0; {max} − {per} per item, not below 0",
    "sheet.group-row": "{id} {name} — max {max}",
    "sheet.prompt.title": "What to type",
    "sheet.prompt.error-title": "Check the value",
    "sheet.prompt.percent": "A percentage from 0 to 100 (type 87.5 for 87.5 %, not 0.875), or "
                            "{na}",
    "sheet.prompt.points": "Points from 0 to {max}, or {na}",
    "sheet.prompt.count": "A whole number ≥ 0, or {na}",
    "sheet.prompt.list": "Choose from the list",
    "sheet.prompt.year": "One of the set's years: {years}",
    "sheet.help.title": "How to fill in this workbook: {title} ({id})",
    "sheet.help.fields": "1. On the sheet '{sheet}', fill in column B of the rows at the top: "
                         "the unit's id, its name and, if wanted, its Vietnamese name and group.",
    "sheet.help.values": "2. For every criterion, type the self-assessed value in '{self}' and, "
                         "once appraised, the council's value in '{appraised}'; '{note}' and "
                         "'{evidence}' are optional (several documents separated by ';').",
    "sheet.help.rules": "3. What to type depends on the rule (column '{rule}'): {points}: a "
                        "number from 0 to the max; {yes_no}: {yes} or {no}; {choice}: a name "
                        "from the drop-down list; {percent}: a number from 0 to 100 (type 87.5, "
                        "not 0.875); {count}: a whole number.",
    "sheet.help.na": "4. Type {na} where a criterion does not apply to the unit: its max then "
                     "leaves the unit's maximum.",
    "sheet.help.numbers": "5. Numbers take a decimal comma or point (12,5 or 12.5), never a "
                          "thousands separator (3.000 is refused as ambiguous). Keep the ids in "
                          "column A as they are; shaded rows name the criteria above the leaves "
                          "and take no value.",
    "sheet.help.import": "6. Then run: par import {file} --output-dir FOLDER (with --lang vi "
                         "for messages in Vietnamese), and par check FOLDER.",
    "sheet.help.set": "Criteria set: {id}, years {years}, {leaves} criteria to fill in, "
                      "{max} points in all.",
    "sheet.set.format": "format",
    "sheet.set.id": "id",
    "sheet.set.title": "title",
    "sheet.set.title_vi": "title_vi",
    "sheet.set.years": "years",
    "sheet.set.unit_kind": "unit_kind",
    "sheet.set.max": "max",
    "sheet.set.display.places": "display: places",
    "sheet.set.display.rounding": "display: rounding",
    "sheet.set.display.points.places": "display points: places",
    "sheet.set.display.points.rounding": "display points: rounding",
    "sheet.set.display.index.places": "display index: places",
    "sheet.set.display.index.rounding": "display index: rounding",
    "sheet.set.rank_on": "rank_on",
    "sheet.set.source": "source",
    "sheet.set.note": "note",
    "sheet.set.band": "band",
    "sheet.set.method": "method",
    "sheet.node.id": "id",
    "sheet.node.name": "name",
    "sheet.node.name_vi": "name_vi",
    "sheet.node.max": "max",
    "sheet.node.rule": "rule",
    "sheet.node.steps": "steps",
    "sheet.node.options": "options",
    "sheet.node.per": "per",
    "sheet.node.deduct": "deduct",
    "sheet.node.method": "method",
    "sheet.node.provisional": "provisional",
    "sheet.node.source": "source",
    "sheet.node.note": "note",
    "sheet.rounding.down": "down",
    "sheet.rounding.half-up": "half-up",
    "sheet.rounding.half-even": "half-even",
    "sheet.rank_on.exact": "exact",
    "sheet.rank_on.displayed": "displayed",
    "sheet.about.band": "a band: its name in B, its minimum index (0..100) in C, its Vietnamese "
                       "name in D; highest band first",
    "sheet.about.method": "a method: its id in B, its name in C, its Vietnamese name in D",
    "sheet.about.years": "one year per cell, from column B on",
    "sheet.about.id": "format this column as text, so that 1.10 stays 1.10; the id shows the "
                      "depth: 3, 3.1, 3.1.2",
    "sheet.about.steps": "percent only: from-percentage: points pairs separated by ';', "
                         "e.g. 80: 1.5; 100: 3",
    "sheet.about.options": "choice only: name: share pairs separated by ';', e.g. full: 1; "
                           "partial: 0.5; none: 0",
    "sheet.about.per": "count only: points per item",
    "sheet.about.deduct": "count only: {yes} counts down from the max",
    "sheet.about.provisional": "{yes} marks a max without a public source (par check warns)",
    "sheet.criteria-help.title": "How to build a criteria set in this workbook",
    "sheet.criteria-help.fields": "1. The rows at the top of '{sheet}' are the set's fields: "
                                  "its id (the id submissions name), title, years (one per "
                                  "cell, from column B on), total max, how numbers are shown "
                                  "and ranked, its source and note.",
    "sheet.criteria-help.lists": "2. Each '{band}' row is a band: name in B, minimum index in "
                                 "C, Vietnamese name in D, highest band first. Each '{method}' "
                                 "row is a method: id in B, name in C, Vietnamese name in D. "
                                 "Insert rows as needed.",
    "sheet.criteria-help.tree": "3. The node table has one row per area, criterion and "
                                "component criterion. The id shows the depth: 3 is an area, "
                                "3.1 a criterion of it, 3.1.2 a component of that; a row's "
                                "parent must be in the table. Keep the id column formatted as "
                                "text, so that 1.10 stays 1.10.",
    "sheet.criteria-help.sums": "4. A node with children takes no rule, and its max must equal "
                                "the sum of its children's max (a formula such as "
                                "=SUM(D20:D23) is fine).",
    "sheet.criteria-help.rules": "5. A leaf's rule: {points}, {yes_no}, {choice}, {percent} or "
                                 "{count}. '{steps}' (percent) lists from-percentage: points "
                                 "pairs, e.g. 80: 1.5; 100: 3. '{options}' (choice) lists name: "
                                 "share pairs, e.g. full: 1; partial: 0.5; none: 0. '{per}' "
                                 "(count) is the points per item; '{deduct}' = {yes} counts "
                                 "down from the max. '{provisional}' = {yes} marks a max "
                                 "without a public source.",
    "sheet.criteria-help.import": "6. Then run: par import {file} --output-dir criteria (with "
                                  "--lang vi for messages in Vietnamese), and par check "
                                  "criteria.",
    "template.yaml.head": "Blank submission for {title} ({id}).",
    "template.yaml.fill": "Fill in every score (or write n/a where a criterion does not apply); "
                          "a score may",
    "template.yaml.detail": "also be given as {{self: …, appraised: …, note: …, evidence: "
                            "[...]}}.",
    "template.yaml.check": "Then run: par check THIS-FILE",
    "template.yaml.area": "{id} {name} (max {max})",
    "template.yaml.unit": "unit-id",
    "template.yaml.name": "Unit name",
}

SHEET_VI: dict[str, str] = {
    "sheet.title.submission": "Chấm điểm",
    "sheet.title.instructions": "Hướng dẫn",
    "sheet.title.criteria": "Bộ tiêu chí",
    "sheet.title.lists": "Danh sách",
    "sheet.field.format": "định dạng",
    "sheet.field.criteria": "bộ tiêu chí",
    "sheet.field.year": "năm",
    "sheet.field.unit": "mã đơn vị",
    "sheet.field.name": "tên đơn vị",
    "sheet.field.name_vi": "tên tiếng Việt",
    "sheet.field.group": "nhóm",
    "sheet.field.ranked": "xếp hạng",
    "sheet.hint.format": "do par điền: giữ nguyên",
    "sheet.hint.criteria": "mã bộ tiêu chí: giữ nguyên",
    "sheet.hint.year": "một trong các năm của bộ tiêu chí: {years}",
    "sheet.hint.unit": "mã đơn vị: chữ thường không dấu, các từ nối bằng '-' (vd. long-an)",
    "sheet.hint.name": "tên đơn vị",
    "sheet.hint.name_vi": "tên đơn vị bằng tiếng Việt có dấu (không bắt buộc)",
    "sheet.hint.group": "nhóm để xếp hạng riêng (không bắt buộc)",
    "sheet.hint.ranked": "{yes}; hoặc {no} nếu đơn vị được chấm điểm nhưng không xếp hạng",
    "sheet.col.id": "mã",
    "sheet.col.name": "tên tiêu chí",
    "sheet.col.rule": "cách chấm",
    "sheet.col.max": "điểm tối đa",
    "sheet.col.allowed": "giá trị hợp lệ",
    "sheet.col.self": "điểm tự chấm",
    "sheet.col.appraised": "điểm thẩm định",
    "sheet.col.note": "ghi chú",
    "sheet.col.evidence": "tài liệu kiểm chứng",
    "sheet.rule.points": "điểm",
    "sheet.rule.yes-no": "có/không",
    "sheet.rule.choice": "lựa chọn",
    "sheet.rule.percent": "tỷ lệ %",
    "sheet.rule.count": "đếm số lượng",
    "sheet.value.yes": "có",
    "sheet.value.no": "không",
    "sheet.value.na": "không áp dụng",
    "sheet.allowed.points": "điểm từ 0 đến {max}",
    "sheet.allowed.yes-no": "{yes} / {no} → {max} hoặc 0 điểm",
    "sheet.allowed.choice": "một trong: {shares} (tỷ lệ của {max} điểm)",
    "sheet.allowed.percent": "tỷ lệ phần trăm từ 0 đến 100 → {max} × giá trị / 100",
    "sheet.allowed.percent-steps": "tỷ lệ phần trăm từ 0 đến 100; {steps}",
    "sheet.allowed.step": "từ {start} % → {points}",
    "sheet.allowed.count": "số nguyên ≥ 0; {per} điểm mỗi lần, tối đa {max}",
    "sheet.allowed.count-deduct": "số nguyên ≥ 0; {max} trừ {per} điểm mỗi lần, không dưới 0",
    "sheet.group-row": "{id} {name} — tối đa {max} điểm",
    "sheet.prompt.title": "Cần nhập",
    "sheet.prompt.error-title": "Kiểm tra giá trị",
    "sheet.prompt.percent": "Tỷ lệ phần trăm từ 0 đến 100 (nhập 87,5 cho 87,5 %, không nhập "
                            "0,875), hoặc {na}",
    "sheet.prompt.points": "Điểm từ 0 đến {max}, hoặc {na}",
    "sheet.prompt.count": "Số nguyên ≥ 0, hoặc {na}",
    "sheet.prompt.list": "Chọn trong danh sách",
    "sheet.prompt.year": "Một trong các năm của bộ tiêu chí: {years}",
    "sheet.help.title": "Hướng dẫn điền bảng tính: {title} ({id})",
    "sheet.help.fields": "1. Ở trang '{sheet}', điền cột B của các dòng đầu: mã đơn vị, tên "
                         "đơn vị và, nếu cần, tên tiếng Việt và nhóm.",
    "sheet.help.values": "2. Với mỗi tiêu chí, nhập giá trị tự chấm vào cột '{self}' và, sau "
                         "khi thẩm định, giá trị của hội đồng thẩm định vào cột '{appraised}'; "
                         "cột '{note}' và '{evidence}' không bắt buộc (nhiều tài liệu cách "
                         "nhau bằng dấu ';').",
    "sheet.help.rules": "3. Giá trị cần nhập tùy cách chấm (cột '{rule}'): {points}: một số "
                        "từ 0 đến điểm tối đa; {yes_no}: {yes} hoặc {no}; {choice}: một tên "
                        "trong danh sách thả xuống; {percent}: một số từ 0 đến 100 (nhập 87,5, "
                        "không nhập 0,875); {count}: một số nguyên.",
    "sheet.help.na": "4. Nhập {na} nếu tiêu chí không áp dụng với đơn vị: điểm tối đa của "
                     "tiêu chí đó được trừ khỏi tổng điểm tối đa của đơn vị.",
    "sheet.help.numbers": "5. Số thập phân viết bằng dấu phẩy hoặc dấu chấm (12,5 hoặc 12.5), "
                          "không dùng dấu phân cách hàng nghìn (3.000 bị từ chối vì không rõ "
                          "nghĩa). Giữ nguyên mã ở cột A; các dòng tô màu là tên các tiêu chí "
                          "cấp trên, không nhập giá trị.",
    "sheet.help.import": "6. Sau đó chạy: par import {file} --output-dir THƯ-MỤC --lang vi, "
                         "rồi par check THƯ-MỤC.",
    "sheet.help.set": "Bộ tiêu chí: {id}, các năm {years}, {leaves} tiêu chí cần chấm, tổng "
                      "cộng {max} điểm.",
    "sheet.set.format": "định dạng",
    "sheet.set.id": "mã bộ tiêu chí",
    "sheet.set.title": "tên bộ tiêu chí",
    "sheet.set.title_vi": "tên tiếng Việt",
    "sheet.set.years": "các năm áp dụng",
    "sheet.set.unit_kind": "loại đơn vị",
    "sheet.set.max": "tổng điểm tối đa",
    "sheet.set.display.places": "hiển thị: số chữ số thập phân",
    "sheet.set.display.rounding": "hiển thị: cách làm tròn",
    "sheet.set.display.points.places": "hiển thị điểm: số chữ số thập phân",
    "sheet.set.display.points.rounding": "hiển thị điểm: cách làm tròn",
    "sheet.set.display.index.places": "hiển thị chỉ số: số chữ số thập phân",
    "sheet.set.display.index.rounding": "hiển thị chỉ số: cách làm tròn",
    "sheet.set.rank_on": "xếp hạng theo",
    "sheet.set.source": "nguồn",
    "sheet.set.note": "ghi chú",
    "sheet.set.band": "xếp loại",
    "sheet.set.method": "phương pháp",
    "sheet.node.id": "mã",
    "sheet.node.name": "tên",
    "sheet.node.name_vi": "tên tiếng Việt",
    "sheet.node.max": "điểm tối đa",
    "sheet.node.rule": "cách chấm",
    "sheet.node.steps": "các mức",
    "sheet.node.options": "các lựa chọn",
    "sheet.node.per": "điểm mỗi lần",
    "sheet.node.deduct": "trừ điểm",
    "sheet.node.method": "phương pháp",
    "sheet.node.provisional": "tạm thời",
    "sheet.node.source": "nguồn",
    "sheet.node.note": "ghi chú",
    "sheet.rounding.down": "cắt bỏ (down)",
    "sheet.rounding.half-up": "làm tròn 5 lên (half-up)",
    "sheet.rounding.half-even": "làm tròn 5 về số chẵn (half-even)",
    "sheet.rank_on.exact": "chỉ số chính xác (exact)",
    "sheet.rank_on.displayed": "chỉ số đã làm tròn (displayed)",
    "sheet.about.band": "một xếp loại: tên ở cột B, chỉ số tối thiểu (0..100) ở cột C, tên "
                        "tiếng Việt ở cột D; loại cao nhất trước",
    "sheet.about.method": "một phương pháp: mã ở cột B, tên ở cột C, tên tiếng Việt ở cột D",
    "sheet.about.years": "mỗi năm một ô, từ cột B trở đi",
    "sheet.about.id": "định dạng cột này là văn bản để 1.10 giữ nguyên là 1.10; mã thể hiện "
                      "cấp: 3, 3.1, 3.1.2",
    "sheet.about.steps": "chỉ cho tỷ lệ %: các cặp từ-phần-trăm: điểm cách nhau bằng ';', "
                         "vd. 80: 1,5; 100: 3",
    "sheet.about.options": "chỉ cho lựa chọn: các cặp tên: tỷ lệ cách nhau bằng ';', vd. "
                           "full: 1; partial: 0,5; none: 0",
    "sheet.about.per": "chỉ cho đếm số lượng: số điểm mỗi lần",
    "sheet.about.deduct": "chỉ cho đếm số lượng: {yes} là trừ dần từ điểm tối đa",
    "sheet.about.provisional": "{yes} đánh dấu điểm tối đa chưa có nguồn công khai (par check "
                               "cảnh báo)",
    "sheet.criteria-help.title": "Hướng dẫn xây dựng bộ tiêu chí trong bảng tính này",
    "sheet.criteria-help.fields": "1. Các dòng đầu của trang '{sheet}' là thông tin của bộ "
                                  "tiêu chí: mã (mã mà các phiếu chấm điểm ghi), tên, các năm "
                                  "áp dụng (mỗi năm một ô, từ cột B), tổng điểm tối đa, cách "
                                  "hiển thị số và xếp hạng, nguồn và ghi chú.",
    "sheet.criteria-help.lists": "2. Mỗi dòng '{band}' là một xếp loại: tên ở cột B, chỉ số "
                                 "tối thiểu ở cột C, tên tiếng Việt ở cột D, loại cao nhất "
                                 "trước. Mỗi dòng '{method}' là một phương pháp: mã ở cột B, "
                                 "tên ở cột C, tên tiếng Việt ở cột D. Chèn thêm dòng khi cần.",
    "sheet.criteria-help.tree": "3. Bảng tiêu chí có một dòng cho mỗi lĩnh vực, tiêu chí và "
                                "tiêu chí thành phần. Mã thể hiện cấp: 3 là lĩnh vực, 3.1 là "
                                "tiêu chí của lĩnh vực đó, 3.1.2 là tiêu chí thành phần của "
                                "3.1; tiêu chí cấp trên phải có trong bảng. Giữ cột mã ở định "
                                "dạng văn bản để 1.10 giữ nguyên là 1.10.",
    "sheet.criteria-help.sums": "4. Tiêu chí có tiêu chí con thì không có cách chấm, và điểm "
                                "tối đa phải bằng tổng điểm tối đa của các tiêu chí con (có thể "
                                "dùng công thức như =SUM(D20:D23)).",
    "sheet.criteria-help.rules": "5. Cách chấm của tiêu chí lá: {points}, {yes_no}, {choice}, "
                                 "{percent} hoặc {count}. Cột '{steps}' (tỷ lệ %) ghi các cặp "
                                 "từ-phần-trăm: điểm, vd. 80: 1,5; 100: 3. Cột '{options}' "
                                 "(lựa chọn) ghi các cặp tên: tỷ lệ, vd. full: 1; partial: 0,5; "
                                 "none: 0. Cột '{per}' (đếm số lượng) là số điểm mỗi lần; "
                                 "'{deduct}' = {yes} là trừ dần từ điểm tối đa. '{provisional}' "
                                 "= {yes} đánh dấu điểm tối đa chưa có nguồn công khai.",
    "sheet.criteria-help.import": "6. Sau đó chạy: par import {file} --output-dir criteria "
                                  "--lang vi, rồi par check criteria.",
    "template.yaml.head": "Mẫu chấm điểm trống của {title} ({id}).",
    "template.yaml.fill": "Điền điểm cho mọi tiêu chí (hoặc ghi n/a nếu tiêu chí không áp "
                          "dụng); điểm cũng có thể",
    "template.yaml.detail": "ghi dạng {{self: tự chấm, appraised: thẩm định, note: ghi chú, "
                            "evidence: [tài liệu kiểm chứng]}}.",
    "template.yaml.check": "Sau đó chạy: par check TỆP-NÀY --lang vi",
    "template.yaml.area": "{id} {name} (tối đa {max} điểm)",
    "template.yaml.unit": "ma-don-vi",
    "template.yaml.name": "Tên đơn vị",
}
