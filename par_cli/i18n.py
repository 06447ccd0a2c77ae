"""Human-facing labels in English and Vietnamese: one catalogue per language, same keys.

JSON and CSV output stay language-neutral; tables, stories, trees and summaries use these.
Vietnamese writes decimals with a comma (89,22 %), as MoHA's reports do.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from decimal import Decimal

from par_cli.choices import Lang
from par_cli.messages import Message, visible
from par_cli.report_labels import REPORT_EN, REPORT_VI
from par_cli.vietnamese import vietnamese_sort_key

EN: dict[str, str] = {
    "rank": "Rank",
    "unit": "Unit",
    "group": "Group",
    "points": "Points",
    "index_pct": "Index %",
    "band": "Band",
    "area_pct": "{id} %",
    "footer_units": "{units} units ({ranked} ranked)",
    "footer_average": "average index {average} %",
    "footer_bands": "bands {counts}",
    "footer_no_band": "none: {count}",
    "footer_left_out": "{count} file(s) left out ({reasons}; see the notes)",
    "why_not-yaml": "not YAML",
    "why_spreadsheet": "spreadsheet",
    "why_hidden": "hidden",
    "why_special": "not a regular file",
    "why_excluded": "--exclude",
    "why_not-par": "not a par file",
    "why_criteria": "criteria file",
    "footer_exact_ties": "{mark} the same index shown at different ranks: ranks use the exact "
                         "index, not the rounded one",
    "footer_not_attributed": "— not attributed: {methods} have no points of their own because "
                             "the scores are given on nodes that mix methods (counted under "
                             "mixed)",
    "legend_areas": "Area index %: {areas}",
    "legend_areas_head": "Area index %:",
    "legend_methods": "Points per method.",
    "max": "max {max}",
    "status": "Status",
    "status_both": "both",
    "status_new": "new",
    "status_gone": "gone",
    "index_old": "Index old",
    "index_new": "Index new",
    "change": "Change",
    "rank_old": "Rank old",
    "rank_new": "Rank new",
    "rank_move": "Rank move",
    "node_rank": "±rank {id}",
    "rank_by_rank": "{id} rank",
    "from_unit": "{name} (from {old})",
    "summary_counts": "index {up} up, {down} down, {same} same; rank {rank_up} up, "
                      "{rank_down} down, {rank_same} same; {new} new, {gone} gone",
    "summary_areas": "average change per area (percentage points): {areas}",
    "summary_average": "average index change {change} percentage points",
    "summary_rise": "largest rise {unit} {change} percentage points",
    "summary_fall": "largest fall {unit} {change} percentage points",
    "node_ranks": "Rank change per area (±rank N is area N's): {nodes}",
    "node_ranks_head": "Rank change per area (±rank N is area N's):",
    "areas_hidden": "Per-area rank columns are hidden to fit {width} columns; add --areas "
                    "to show them.",
    "note": "Note: {note}.",
    "story_head": "{who}, {old_year} → {new_year}: index {index}; {rank}.",
    "story_compared_with": "{name} (compared with {old})",
    "story_band": "Band: {old} → {new}.",
    "story_none": "none",
    "story_rose": "{count} area(s) rose in rank:",
    "story_fell": "{count} area(s) fell in rank:",
    "story_kept": "{count} area(s) kept their rank:",
    "story_new": "{name} is new in {year}: index {index}, {rank}.",
    "story_gone": "{name} is not in {year}; in {old_year} its index was {index}, {rank}.",
    "no_index": "no index",
    "pct": "{value} %",
    "index_up": "{value} %, up {change} percentage points from {old} %",
    "index_down": "{value} %, down {change} percentage points from {old} %",
    "index_same": "{value} %, unchanged from {old} %",
    "not_ranked": "not ranked",
    "ranked": "ranked {rank}{of}",
    "ranked_up": "ranked {rank}{of}, up {places} (from {old_ord} to {new_ord})",
    "ranked_down": "ranked {rank}{of}, down {places} (from {old_ord} to {new_ord})",
    "ranked_same": "ranked {rank}{of}, the same rank as before",
    "places_one": "1 place",
    "places_many": "{count} places",
    "explain_head": "{name} ({unit}), {year}: {points} / {max} points, index {index}, "
                    "{rank}{band} — {title}",
    "explain_rank": "rank {rank}/{total}",
    "explain_band": ", band {band}",
    "explain_na": "{head}: n/a (not applicable; its max leaves the unit's maximum)",
    "explain_rank_short": "rank {rank}",
    "explain_lost": "lost {lost}",
    "explain_missing": "no score (counted as 0)",
    "explain_change": "self {own} → appraised {appraised}",
    "explain_note": "note: “{note}”",
    "explain_no_evidence": "no evidence",
    "explain_evidence": "evidence: {evidence}",
    "gap_head": "{name} ({unit}), {year}: {points} / {max} points, index {index}, {rank}.",
    "gap_not_ranked": "not ranked (compared as if it were)",
    "gap_first": "Next rank: already first.",
    "gap_next": "Next rank: {points} more points to draw level with the unit above and share "
                "rank {rank}.",
    "gap_in_top": "Top {n}: already in the top {n}.",
    "gap_top": "Top {n}: {points} more points to tie the unit at rank {n}{reach}.",
    "gap_unreachable": " (more than the {points} points left to win)",
    "gap_band": "Next band: {points} more points to reach band {band}.",
    "gap_no_band": "Next band: no higher band.",
    "gap_headroom": "Most headroom (max − points), largest first:",
    "gap_headroom_row": "  {id} {name}: {points} / {max}, headroom {headroom}",
    "gap_more": "  … and {count} more (see --format json)",
    "gap_steps": "Next steps (the next value that gains points), most points first:",
    "gap_step_row": "  {id} {name}: {value} → {next}, +{gained} points",
    "word_yes": "yes",
    "word_no": "no",
    "gap_what_if": "What if {changes}: {points} / {max} points, index {index}, {rank}{band} "
                   "(others unchanged).",
    "audit_title": "Appraisal audit — {title}, {year}",
    "self_assessed": "Self-assessed",
    "final": "Final",
    "lost": "Lost in appraisal",
    "changed": "Nodes changed",
    "without_evidence": "Without evidence",
    "audit_units": "{count} units",
    "audit_total": "{points} points lost in appraisal in all",
    "check_summary": "checked {criteria} criteria and {submissions} submission file(s): "
                     "{errors} error(s), {warnings} warning(s)",
    "wrote": "wrote {path}",
    "progress_scoring": "scoring",
    # par list
    "list_sets": "Criteria sets par can see",
    "list_set": "Set",
    "list_years": "Years",
    "list_title": "Title",
    "list_from": "From",
    "list_provisional": "provisional maxima on {ids}",
    "list_place_--criteria": "--criteria",
    "list_place_checked": "the paths given",
    "list_place_./criteria/": "./criteria/",
    "list_place_shipped": "shipped with par",
    "list_no_sets": "No criteria set found.",
    "list_by_year": "Submissions found, by year",
    "list_year": "Year",
    "list_units": "Units",
    "list_unknown_set": "{set} (par cannot see this set)",
    "list_units_title": "Units found",
    "list_unit": "Unit",
    "list_name": "Name",
    "list_nothing": "No submission found in the paths given.",
    "list_unlisted": "{count} submission file(s) could not be listed: see the problems above "
                     "(par check shows them too).",
    "list_total": "{units} unit(s), {years} year(s)",
    "overall_rank": "Overall",
    "no_group": "(no group)",
    "footer_rank_by": "ranked by {id} {name} (average {average} %); Overall is the rank by "
                      "the index",
    "footer_groups": "group averages {groups}",
    "footer_group_node": " ({id}: {average} %)",
    "trend_title": "{title}: {first} → {last} ({count} years)",
    "trend_spark": "Rank trend",
    "trend_merged": "{name} (→ {into})",
    "trend_footer_units": "{count} units over {years} years",
    "trend_footer_cells": "each year: index % (rank)",
    "trend_footer_change": "change and rank move: the unit's first year → its last",
    "trend_footer_shown": "years {first}–{last} shown (the last {shown} of {count}, from "
                          "{all_first}; the rank trend covers all; --format markdown, csv or "
                          "json carry every year)",
    "trend_story_head": "{name} ({unit}), {first} → {last}: index {index}; {rank}.",
    "trend_story_once": "{name} ({unit}) is scored in {year} only.",
    "trend_story_year": "- {year}{as_id}: index {index}, {rank}{band}.",
    "trend_story_as": " (as {unit})",
    "trend_story_best": "Best rank {best} ({best_years}); lowest {worst} ({worst_years}).",
    "trend_story_absent": "Not scored in {years}.",
    "trend_story_formerly": "Scored under the earlier id {units} (a rename through --map).",
    "trend_story_merged_from": "Merged into it: {units}.",
    "trend_story_merged_into": "After {year} it merged into {into} ({unit}), whose row runs on.",
    "trend_story_areas": "By area (index %; rank), year by year:",
    "trend_story_area": "- {id} {name}: {indexes}; {ranks}.",
}

VI: dict[str, str] = {
    "rank": "Hạng",
    "unit": "Đơn vị",
    "group": "Nhóm",
    "points": "Điểm",
    "index_pct": "Chỉ số %",
    "band": "Xếp loại",
    "area_pct": "{id} %",
    "footer_units": "{units} đơn vị ({ranked} được xếp hạng)",
    "footer_average": "chỉ số trung bình {average} %",
    "footer_bands": "xếp loại {counts}",
    "footer_no_band": "không xếp loại: {count}",
    "footer_left_out": "{count} tệp bị bỏ qua ({reasons}; xem các lưu ý)",
    "why_not-yaml": "không phải YAML",
    "why_spreadsheet": "bảng tính",
    "why_hidden": "tệp ẩn",
    "why_special": "không phải tệp thông thường",
    "why_excluded": "--exclude",
    "why_not-par": "không phải tệp của par",
    "why_criteria": "tệp tiêu chí",
    "footer_exact_ties": "{mark} cùng chỉ số hiển thị nhưng khác thứ hạng: thứ hạng dựa trên "
                         "chỉ số chính xác, không phải chỉ số đã làm tròn",
    "footer_not_attributed": "— không phân bổ: {methods} không có điểm riêng vì điểm được chấm "
                             "ở các tiêu chí kết hợp nhiều phương pháp (tính vào mixed)",
    "legend_areas": "Chỉ số lĩnh vực %: {areas}",
    "legend_areas_head": "Chỉ số lĩnh vực %:",
    "legend_methods": "Điểm theo phương pháp đánh giá.",
    "max": "tối đa {max}",
    "status": "Tình trạng",
    "status_both": "cả hai năm",
    "status_new": "mới",
    "status_gone": "không còn",
    "index_old": "Chỉ số cũ",
    "index_new": "Chỉ số mới",
    "change": "Thay đổi",
    "rank_old": "Hạng cũ",
    "rank_new": "Hạng mới",
    "rank_move": "Thay đổi hạng",
    "node_rank": "±hạng {id}",
    "rank_by_rank": "Hạng theo {id}",
    "from_unit": "{name} (từ {old})",
    "summary_counts": "chỉ số {up} tăng, {down} giảm, {same} giữ nguyên; thứ hạng {rank_up} "
                      "tăng, {rank_down} giảm, {rank_same} giữ nguyên; {new} mới, "
                      "{gone} không còn",
    "summary_areas": "thay đổi trung bình theo lĩnh vực (điểm phần trăm): {areas}",
    "summary_average": "chỉ số thay đổi trung bình {change} điểm phần trăm",
    "summary_rise": "tăng nhiều nhất {unit} {change} điểm phần trăm",
    "summary_fall": "giảm nhiều nhất {unit} {change} điểm phần trăm",
    "node_ranks": "Thay đổi hạng theo lĩnh vực (±hạng N là của lĩnh vực N): {nodes}",
    "node_ranks_head": "Thay đổi hạng theo lĩnh vực (±hạng N là của lĩnh vực N):",
    "areas_hidden": "Các cột hạng theo từng lĩnh vực được ẩn cho vừa {width} cột; thêm --areas "
                    "để hiện các cột này.",
    "note": "Lưu ý: {note}.",
    "story_head": "{who}, {old_year} → {new_year}: chỉ số {index}; {rank}.",
    "story_compared_with": "{name} (so với {old})",
    "story_band": "Xếp loại: {old} → {new}.",
    "story_none": "không",
    "story_rose": "{count} lĩnh vực tăng hạng:",
    "story_fell": "{count} lĩnh vực giảm hạng:",
    "story_kept": "{count} lĩnh vực giữ nguyên hạng:",
    "story_new": "{name} mới có trong năm {year}: chỉ số {index}, {rank}.",
    "story_gone": "{name} không có trong năm {year}; năm {old_year} chỉ số là {index}, {rank}.",
    "no_index": "không có chỉ số",
    "pct": "{value} %",
    "index_up": "{value} %, tăng {change} điểm phần trăm so với {old} %",
    "index_down": "{value} %, giảm {change} điểm phần trăm so với {old} %",
    "index_same": "{value} %, không đổi so với {old} %",
    "not_ranked": "không xếp hạng",
    "ranked": "xếp hạng {rank}{of}",
    "ranked_up": "xếp hạng {rank}{of}, tăng {places} (từ hạng {old} lên hạng {new})",
    "ranked_down": "xếp hạng {rank}{of}, giảm {places} (từ hạng {old} xuống hạng {new})",
    "ranked_same": "xếp hạng {rank}{of}, giữ nguyên thứ hạng",
    "places_one": "1 bậc",
    "places_many": "{count} bậc",
    "explain_head": "{name} ({unit}), năm {year}: {points} / {max} điểm, chỉ số {index}, "
                    "{rank}{band} — {title}",
    "explain_rank": "xếp hạng {rank}/{total}",
    "explain_band": ", xếp loại {band}",
    "explain_na": "{head}: không áp dụng (điểm tối đa được trừ khỏi tổng điểm tối đa)",
    "explain_rank_short": "hạng {rank}",
    "explain_lost": "mất {lost}",
    "explain_missing": "chưa chấm (tính 0 điểm)",
    "explain_change": "tự chấm {own} → thẩm định {appraised}",
    "explain_note": "ghi chú: “{note}”",
    "explain_no_evidence": "không có tài liệu kiểm chứng",
    "explain_evidence": "tài liệu kiểm chứng: {evidence}",
    "gap_head": "{name} ({unit}), năm {year}: {points} / {max} điểm, chỉ số {index}, {rank}.",
    "gap_not_ranked": "không xếp hạng (so sánh như thể được xếp hạng)",
    "gap_first": "Hạng kế tiếp: đã đứng đầu.",
    "gap_next": "Hạng kế tiếp: cần thêm {points} điểm để bằng đơn vị xếp trên và cùng hạng "
                "{rank}.",
    "gap_in_top": "Top {n}: đã ở trong top {n}.",
    "gap_top": "Top {n}: cần thêm {points} điểm để bằng đơn vị hạng {n}{reach}.",
    "gap_unreachable": " (nhiều hơn {points} điểm còn có thể đạt)",
    "gap_band": "Xếp loại cao hơn: cần thêm {points} điểm để đạt loại {band}.",
    "gap_no_band": "Xếp loại cao hơn: không có loại cao hơn.",
    "gap_headroom": "Còn nhiều điểm nhất (tối đa − đạt được), lớn nhất trước:",
    "gap_headroom_row": "  {id} {name}: {points} / {max}, còn {headroom}",
    "gap_more": "  … và {count} mục khác (xem --format json)",
    "gap_steps": "Bước tiếp theo (giá trị kế tiếp được thêm điểm), nhiều điểm nhất trước:",
    "gap_step_row": "  {id} {name}: {value} → {next}, +{gained} điểm",
    "word_yes": "có",
    "word_no": "không",
    "gap_what_if": "Nếu {changes}: {points} / {max} điểm, chỉ số {index}, {rank}{band} "
                   "(các đơn vị khác không đổi).",
    "audit_title": "Rà soát thẩm định — {title}, năm {year}",
    "self_assessed": "Tự chấm",
    "final": "Sau thẩm định",
    "lost": "Bị trừ khi thẩm định",
    "changed": "Số tiêu chí bị điều chỉnh",
    "without_evidence": "Thiếu tài liệu kiểm chứng",
    "audit_units": "{count} đơn vị",
    "audit_total": "tổng cộng {points} điểm bị trừ khi thẩm định",
    "check_summary": "đã kiểm tra {criteria} tệp tiêu chí và {submissions} tệp chấm điểm: "
                     "{errors} lỗi, {warnings} cảnh báo",
    "wrote": "đã ghi {path}",
    "progress_scoring": "đang chấm điểm",
    # par list
    "list_sets": "Các bộ tiêu chí par tìm thấy",
    "list_set": "Bộ tiêu chí",
    "list_years": "Năm",
    "list_title": "Tên",
    "list_from": "Nguồn",
    "list_provisional": "điểm tối đa tạm thời ở {ids}",
    "list_place_--criteria": "--criteria",
    "list_place_checked": "đường dẫn đã nêu",
    "list_place_./criteria/": "./criteria/",
    "list_place_shipped": "đi kèm par",
    "list_no_sets": "Không tìm thấy bộ tiêu chí nào.",
    "list_by_year": "Các tệp chấm điểm tìm thấy, theo năm",
    "list_year": "Năm",
    "list_units": "Số đơn vị",
    "list_unknown_set": "{set} (par không tìm thấy bộ tiêu chí này)",
    "list_units_title": "Các đơn vị tìm thấy",
    "list_unit": "Đơn vị",
    "list_name": "Tên",
    "list_nothing": "Không tìm thấy tệp chấm điểm nào trong các đường dẫn đã nêu.",
    "list_unlisted": "{count} tệp chấm điểm không liệt kê được: xem các lỗi ở trên "
                     "(par check cũng cho thấy).",
    "list_total": "{units} đơn vị, {years} năm",
    "overall_rank": "Hạng chung",
    "no_group": "(không nhóm)",
    "footer_rank_by": "xếp hạng theo {id} {name} (trung bình {average} %); Hạng chung là hạng "
                      "theo chỉ số",
    "footer_groups": "chỉ số trung bình theo nhóm {groups}",
    "footer_group_node": " ({id}: {average} %)",
    "trend_title": "{title}: {first} → {last} ({count} năm)",
    "trend_spark": "Xu hướng hạng",
    "trend_merged": "{name} (→ {into})",
    "trend_footer_units": "{count} đơn vị qua {years} năm",
    "trend_footer_cells": "mỗi năm: chỉ số % (hạng)",
    "trend_footer_change": "thay đổi chỉ số và thứ hạng: từ năm đầu đến năm cuối của đơn vị",
    "trend_footer_shown": "hiển thị các năm {first}–{last} ({shown} năm cuối trong {count} năm, "
                          "từ {all_first}; xu hướng hạng gồm mọi năm; --format markdown, csv "
                          "hoặc json có đủ mọi năm)",
    "trend_story_head": "{name} ({unit}), {first} → {last}: chỉ số {index}; {rank}.",
    "trend_story_once": "{name} ({unit}) chỉ được chấm điểm năm {year}.",
    "trend_story_year": "- Năm {year}{as_id}: chỉ số {index}, {rank}{band}.",
    "trend_story_as": " (mã {unit})",
    "trend_story_best": "Hạng cao nhất {best} ({best_years}); thấp nhất {worst} ({worst_years}).",
    "trend_story_absent": "Không được chấm điểm năm {years}.",
    "trend_story_formerly": "Những năm trước được chấm điểm với mã {units} (đổi mã qua --map).",
    "trend_story_merged_from": "Các đơn vị đã sáp nhập vào: {units}.",
    "trend_story_merged_into": "Sau năm {year}, đơn vị sáp nhập vào {into} ({unit}); số liệu "
                               "tiếp tục ở dòng của đơn vị đó.",
    "trend_story_areas": "Theo lĩnh vực (chỉ số %; hạng), từng năm:",
    "trend_story_area": "- {id} {name}: {indexes}; {ranks}.",
}

EN.update(REPORT_EN)  # par report's page and charts (report_labels.py)
VI.update(REPORT_VI)

CATALOGUES: dict[Lang, dict[str, str]] = {Lang.EN: EN, Lang.VI: VI}


def resolve(option: Lang | None) -> Lang:
    """``--lang`` wins; else ``PAR_LANG`` (en, vi, or a locale such as vi_VN); else English."""
    if option is not None:
        return option
    env = os.environ.get("PAR_LANG", "").strip().lower()
    return Lang.VI if env.startswith("vi") else Lang.EN


# Vietnamese for method ids that sets commonly use without naming them (docs/languages.md).
METHODS_VI = {
    "appraisal": "thẩm định",
    "self": "tự đánh giá",
    "survey": "điều tra XHH",
    "sipas": "SIPAS",
    "statistics": "thống kê",
    "mixed": "kết hợp",
}


class Labels:
    """Messages and numbers in one language."""

    def __init__(self, lang: Lang = Lang.EN) -> None:
        self.lang = lang
        self.catalogue = CATALOGUES[lang]

    def __call__(self, key: str, **values: object) -> str:
        return self.catalogue[key].format(**values)

    def num(self, value: Decimal | str) -> str:
        labels = str(value)
        return labels.replace(".", ",") if self.lang is Lang.VI else labels

    def say(self, message: Message) -> str:
        """A message of the core (problem, note, error) in this language."""
        return message.say(self.lang)

    def note(self, message: Message) -> str:
        return message.say(self.lang)

    def name(self, name: str, name_vi: str | None) -> str:
        """A name from an input file in this language, characters a reader cannot see (or a
        terminal would obey) shown escaped."""
        return visible(name_vi if self.lang is Lang.VI and name_vi else name)

    def band(self, name: str | None, names: Mapping[str, str]) -> str:
        """A band as people read it: its ``name_vi`` under Vietnamese when the set gives one."""
        if name is None:
            return ""
        return visible(names.get(name, name) if self.lang is Lang.VI else name)

    def method(self, method: str, names: Mapping[str, tuple[str | None, str | None]]) -> str:
        """A method as people read it: the set's name (or ``name_vi``), else a known
        translation of the id, else the id."""
        name, name_vi = names.get(method, (None, None))
        if self.lang is Lang.VI:
            return visible(name_vi or METHODS_VI.get(method) or name or method)
        return visible(name or method)

    def ordinal(self, n: int) -> str:
        if self.lang is Lang.VI:
            return f"thứ {n}"
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


ENGLISH = Labels(Lang.EN)


__all__ = ["CATALOGUES", "EN", "ENGLISH", "VI", "Labels", "Lang", "resolve", "vietnamese_sort_key"]
