"""Problem messages in Vietnamese: the catalogue, and `par check` / stderr lines with --lang vi."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from helpers import par

from par_cli.i18n import ENGLISH, Lang, Text
from par_cli.problem_messages import HINT, PROBLEMS_EN, PROBLEMS_VI, line, render
from par_cli.problems import Finding, Problem, Severity

INVALID = Path("tests") / "data" / "check" / "invalid"
TEST_MINI = Path("tests") / "data" / "check" / "valid" / "test-mini.yaml"
PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): "
    r"(?P<message>.+) \[(?P<rule>[a-z0-9-]+)\]$"
)
VI = Text(Lang.VI)

pytestmark = pytest.mark.usefixtures("at_repo_root")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_catalogues_have_the_same_keys() -> None:
    assert PROBLEMS_EN.keys() == PROBLEMS_VI.keys()


@pytest.mark.parametrize("key", sorted(PROBLEMS_EN))
def test_catalogues_have_the_same_placeholders(key: str) -> None:
    assert placeholders(PROBLEMS_EN[key]) == placeholders(PROBLEMS_VI[key]), key


def test_value_fit_messages_start_with_the_id() -> None:
    """value_points strips the id to give the reason alone."""
    for key, template in PROBLEMS_EN.items():
        if key.startswith("value-fit."):
            assert template.startswith("'{id}': ") and PROBLEMS_VI[key].startswith("'{id}': ")


def test_finding_of_builds_the_english_message_from_the_catalogue() -> None:
    finding = Finding.of(("max",), "max-sum", "max-sum", id="1", max=5, total="4.0")
    assert finding.message == "'1' has max 5 but its children add up to 4.0"
    assert finding.key == "max-sum"
    assert finding.params == (("id", "1"), ("max", "5"), ("total", "4.0"))


def test_hint_is_added_when_close_is_given_and_left_out_for_none() -> None:
    with_hint = Finding.of(("x",), "schema", "schema.unknown-field", name="sorce", close="source")
    without = Finding.of(("x",), "schema", "schema.unknown-field", name="zzz", close=None)
    assert with_hint.message == "unknown field 'sorce'; did you mean 'source'?"
    assert without.message == "unknown field 'zzz'"
    assert HINT not in dict(without.params)


def test_render_follows_the_language_and_falls_back_to_english() -> None:
    problem = Problem.of("f.yaml", 3, 5, Severity.ERROR, "duplicate-key", "duplicate-key",
                         key="max", line=2)
    assert render(problem, ENGLISH) == problem.message
    assert render(problem, VI).startswith("trùng khóa 'max' (lần đầu ở dòng 2)")
    assert line(problem, VI) == f"f.yaml:3:5: error: {render(problem, VI)} [duplicate-key]"
    plain = Problem("f.yaml", 1, 1, Severity.ERROR, "schema", "pydantic wording")
    assert render(plain, VI) == "pydantic wording"
    assert problem.text() == f"f.yaml:3:5: error: {problem.message} [duplicate-key]"


def test_key_and_params_do_not_change_equality_or_order() -> None:
    keyed = Problem.of("f.yaml", 1, 1, Severity.ERROR, "empty-file", "empty-file")
    plain = Problem("f.yaml", 1, 1, Severity.ERROR, "empty-file", keyed.message)
    assert keyed == plain and hash(keyed) == hash(plain)
    assert sorted([keyed, plain]) == [keyed, plain]


def test_line_breaks_in_values_stay_on_one_line() -> None:
    problem = Problem.of("f.yaml", 1, 1, Severity.ERROR, "duplicate-key", "duplicate-key",
                         key="a\nb", line=1)
    assert "\n" not in problem.message and "\n" not in render(problem, VI)


def vi_check(*paths: Path) -> dict[tuple[str, str], list[str]]:
    result = par("check", "--lang", "vi", *paths)
    assert result.exit_code == 1
    found: dict[tuple[str, str], list[str]] = {}
    for text in result.stdout.splitlines():
        m = PROBLEM_LINE.match(text)
        assert m, text
        found.setdefault((Path(m["path"]).name, m["rule"]), []).append(m["message"])
    assert "lỗi" in result.stderr  # the summary
    return found


def test_check_in_vietnamese_on_invalid_criteria() -> None:
    found = vi_check(INVALID)
    assert found[("criteria-max-sum.yaml", "max-sum")] == [
        "'1' có điểm tối đa 5 nhưng tổng điểm tối đa của các tiêu chí con là 4.0"]
    assert found[("criteria-duplicate-id.yaml", "duplicate-id")] == [
        "mã '1.1' được dùng hai lần trong bộ tiêu chí này"]
    assert found[("criteria-unknown-field.yaml", "schema")] == [
        "trường 'sorce' không xác định; có phải ý bạn là 'source'?"]
    assert found[("criteria-missing-field.yaml", "schema")] == ["thiếu trường bắt buộc 'name'"]
    assert found[("criteria-duplicate-key.yaml", "duplicate-key")][0].startswith(
        "trùng khóa 'max' (lần đầu ở dòng 11)")
    assert found[("criteria-total-sum.yaml", "total-sum")][0].startswith(
        "điểm tối đa của bộ tiêu chí là 100")
    assert found[("criteria-provisional.yaml", "provisional")][0].startswith(
        "'2' (Two): điểm tối đa 5 là tạm thời")
    assert found[("empty.yaml", "empty-file")] == ["tệp trống (không có tài liệu YAML)"]
    assert found[("unknown-format.yaml", "unknown-format")][0].startswith(
        "định dạng 'par-submision/1' không hợp lệ")


def test_check_in_vietnamese_on_invalid_submissions() -> None:
    found = vi_check(TEST_MINI, *sorted(INVALID.glob("submission-*.yaml")))
    assert found[("submission-unknown-id.yaml", "unknown-id")] == [
        "không có tiêu chí '1.5.3' trong bộ tiêu chí 'test-mini'; có phải ý bạn là '1.5.2'?"]
    assert found[("submission-year-not-in-set.yaml", "year-not-in-set")] == [
        "năm 2022 không thuộc các năm của bộ tiêu chí 'test-mini' (2023, 2024)"]
    assert found[("submission-uncovered.yaml", "uncovered")][0].startswith(
        "2 tiêu chí chưa có điểm: 1.3, 2.2.1")
    assert found[("submission-yes-no-number.yaml", "value-fit")] == [
        "'1.1': '1' không phải là có hoặc không (cách chấm yes-no)"]


def test_par_lang_env_and_english_default() -> None:
    vi = par("check", INVALID / "criteria-max-sum.yaml", env={"PAR_LANG": "vi"})
    en = par("check", INVALID / "criteria-max-sum.yaml")
    assert "có điểm tối đa 5" in vi.stdout
    assert "'1' has max 5 but its children add up to 4.0 [max-sum]" in en.stdout


@pytest.mark.parametrize("format", ["json", "github"])
def test_json_and_github_stay_english(format: str) -> None:
    result = par("check", "--lang", "vi", "--format", format, INVALID / "criteria-max-sum.yaml")
    assert "has max 5 but its children add up to 4.0" in result.stdout
    assert "có điểm" not in result.stdout
    if format == "json":
        assert json.loads(result.stdout)[0]["rule"] == "max-sum"


def test_score_problems_on_stderr_follow_the_language() -> None:
    bad = INVALID / "submission-year-not-in-set.yaml"
    result = par("score", "--lang", "vi", "--criteria", TEST_MINI, bad)
    assert result.exit_code == 1
    assert ("năm 2022 không thuộc các năm của bộ tiêu chí 'test-mini' (2023, 2024) "
            "[year-not-in-set]") in result.stderr
    assert ": error: " in result.stderr


def test_schema_messages_in_vietnamese() -> None:
    found = vi_check(INVALID)
    assert found[("criteria-max-is-text.yaml", "schema")] == [
        "criteria.1.max: cần một số, nhưng giá trị là đoạn văn bản '10'"]
    assert found[("criteria-negative-max.yaml", "schema")] == [
        "criteria.1.max: phải lớn hơn 0, nhưng giá trị là -2"]
    assert found[("submission-year-text.yaml", "schema")] == ["year: cần một số nguyên"]
    assert found[("submission-note-only.yaml", "schema")] == [
        "scores.1.2: mục điểm dạng mapping cần có 'self' hoặc 'appraised'"]


def test_keyed_value_errors_keep_their_english_message() -> None:
    from par_cli.models import to_decimal, to_id

    with pytest.raises(ValueError, match=r"^expected a number, got the text '10'$"):
        to_decimal("10")
    with pytest.raises(ValueError, match=r"^expected an id, got nothing \(null\)$"):
        to_id(None)
    with pytest.raises(ValueError, match=r"^expected a finite number, got \.nan or \.inf$"):
        to_decimal(float("nan"))
