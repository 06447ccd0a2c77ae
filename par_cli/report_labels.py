"""The words of ``par report``'s page and charts (titles, axis titles, legends, source lines,
section introductions) in English and Vietnamese, the same keys; merged into the reporters'
catalogues in ``i18n.py`` (kept apart so that neither catalogue module outgrows its limit).
"""

from __future__ import annotations

REPORT_EN: dict[str, str] = {
    "report_title": "{title}, {years}",
    "report_contents": "Contents",
    "report_notes": "Notes",
    "report_ranked": "Index {year}, ranked",
    "report_heatmap": "Area indexes {year}",
    "report_movement": "Rank movement {old} → {new}",
    "report_trend": "Index {first}–{last}",
    "report_profile": "{unit}: area indexes {year}",
    "report_area_moves": "{unit}: area ranks {old} → {new}",
    "report_axis_index": "Index %",
    "report_axis_area_index": "Area index %",
    "report_axis_area": "Area",
    "report_axis_unit": "Unit",
    "report_axis_rank": "Rank",
    "report_axis_year": "Year",
    "report_axis_rank_change": "Rank change (places)",
    "report_national": "national average",
    "report_group": "group average ({group})",
    "report_others": "other units",
    "report_source": "Source: {sets}. {rules}. Made with par.",
    "report_source_set": "{set} ({years})",
    "report_rule_down": "indexes truncated to {places} decimals",
    "report_rule_half-up": "indexes rounded half up to {places} decimals",
    "report_rule_half-even": "indexes rounded half to even to {places} decimals",
    "report_rule_of": "{set}: {rule}",
    "report_areas_legend": "Areas: {areas}",
    "report_new_set": "new criteria set: {set}",
    "report_provisional": "{area} (its maximum is provisional: no public source yet)",
    "report_ranked_intro": "Units ranked by their {year} index; tied units share a rank. The "
                           "dark bar is the national average, the mean of the {count} ranked "
                           "units.",
    "report_heatmap_intro": "Each cell is a unit's area index in {year} (darker is higher), "
                            "units in rank order.",
    "report_movement_intro": "Each arrow runs from a unit's {old} rank to its {new} rank: "
                             "▲ moved up, ▼ moved down, = kept its rank.",
    "report_trend_intro": "Each unit's index in every year given; the dark line is the average "
                          "of the ranked units.",
    "report_profile_intro": "{unit}'s area indexes in {year} beside the national average"
                            "{group}.",
    "report_profile_group": " and the average of its group ({group})",
    "report_area_moves_intro": "How far each of {unit}'s area ranks moved, {old} → {new}, "
                               "largest rise first.",
    "report_not_in": "{unit} is not in {year}.",
    "report_new_units": "New in {year}: {units}.",
    "report_gone_units": "Not in {year}: {units}.",
    "report_merged": "{name} (merged into {into})",
    "report_figures": "The figures",
    "report_unit_col": "Unit",
    "report_area_col": "Area",
}

REPORT_VI: dict[str, str] = {
    "report_title": "{title}, {years}",
    "report_contents": "Mục lục",
    "report_notes": "Lưu ý",
    "report_ranked": "Chỉ số năm {year}, xếp hạng",
    "report_heatmap": "Chỉ số các lĩnh vực năm {year}",
    "report_movement": "Thay đổi thứ hạng {old} → {new}",
    "report_trend": "Chỉ số {first}–{last}",
    "report_profile": "{unit}: chỉ số các lĩnh vực năm {year}",
    "report_area_moves": "{unit}: thứ hạng các lĩnh vực {old} → {new}",
    "report_axis_index": "Chỉ số %",
    "report_axis_area_index": "Chỉ số lĩnh vực %",
    "report_axis_area": "Lĩnh vực",
    "report_axis_unit": "Đơn vị",
    "report_axis_rank": "Thứ hạng",
    "report_axis_year": "Năm",
    "report_axis_rank_change": "Thay đổi thứ hạng (bậc)",
    "report_national": "trung bình cả nước",
    "report_group": "trung bình nhóm ({group})",
    "report_others": "các đơn vị khác",
    "report_source": "Nguồn: {sets}. {rules}. Lập bằng phần mềm par.",
    "report_source_set": "{set} ({years})",
    "report_rule_down": "chỉ số được cắt bớt (làm tròn xuống) đến {places} chữ số thập phân",
    "report_rule_half-up": "chỉ số được làm tròn (từ 5 lên) đến {places} chữ số thập phân",
    "report_rule_half-even": "chỉ số được làm tròn (5 về số chẵn) đến {places} chữ số thập "
                             "phân",
    "report_rule_of": "{set}: {rule}",
    "report_areas_legend": "Lĩnh vực: {areas}",
    "report_new_set": "bộ tiêu chí mới: {set}",
    "report_provisional": "{area} (điểm tối đa tạm thời: chưa có nguồn công khai)",
    "report_ranked_intro": "Các đơn vị xếp theo chỉ số năm {year}; đơn vị bằng chỉ số cùng "
                           "hạng. Thanh màu đậm là trung bình cả nước, tức trung bình của "
                           "{count} đơn vị được xếp hạng.",
    "report_heatmap_intro": "Mỗi ô là chỉ số một lĩnh vực của một đơn vị năm {year} (màu càng "
                            "đậm chỉ số càng cao), đơn vị theo thứ hạng.",
    "report_movement_intro": "Mỗi mũi tên đi từ thứ hạng năm {old} đến thứ hạng năm {new} của "
                             "một đơn vị: ▲ tăng hạng, ▼ giảm hạng, = giữ nguyên.",
    "report_trend_intro": "Chỉ số của từng đơn vị qua các năm; đường đậm là trung bình của các "
                          "đơn vị được xếp hạng.",
    "report_profile_intro": "Chỉ số các lĩnh vực của {unit} năm {year} so với trung bình cả "
                            "nước{group}.",
    "report_profile_group": " và trung bình nhóm ({group})",
    "report_area_moves_intro": "Thứ hạng từng lĩnh vực của {unit} thay đổi bao nhiêu bậc, "
                               "{old} → {new}, tăng nhiều nhất trước.",
    "report_not_in": "{unit} không có trong năm {year}.",
    "report_new_units": "Mới có trong năm {year}: {units}.",
    "report_gone_units": "Không có trong năm {year}: {units}.",
    "report_merged": "{name} (sáp nhập vào {into})",
    "report_figures": "Số liệu",
    "report_unit_col": "Đơn vị",
    "report_area_col": "Lĩnh vực",
}
