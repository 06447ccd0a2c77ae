"""Problem messages in Vietnamese: the catalogue, and `par check` / stderr lines with --lang vi."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from helpers import par

from par_cli.i18n import ENGLISH, Labels, Lang
from par_cli.message_texts import HINT, MESSAGES_EN, MESSAGES_VI
from par_cli.messages import Message
from par_cli.problems import Finding, Problem, Severity
from par_cli.reporters.check_formats import problem_line

INVALID = Path("tests") / "data" / "check" / "invalid"
TEST_MINI = Path("tests") / "data" / "check" / "valid" / "test-mini.yaml"
PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): "
    r"(?P<message>.+) \[(?P<rule>[a-z0-9-]+)\]$"
)
VI = Labels(Lang.VI)

pytestmark = pytest.mark.usefixtures("at_repo_root")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_catalogues_have_the_same_keys() -> None:
    assert MESSAGES_EN.keys() == MESSAGES_VI.keys()


@pytest.mark.parametrize("key", sorted(MESSAGES_EN))
def test_catalogues_have_the_same_placeholders(key: str) -> None:
    assert placeholders(MESSAGES_EN[key]) == placeholders(MESSAGES_VI[key]), key


def test_value_fit_messages_start_with_the_id() -> None:
    for key, template in MESSAGES_EN.items():
        if key.startswith("value-fit."):
            assert template.startswith("'{id}': ") and MESSAGES_VI[key].startswith("'{id}': ")


def test_finding_of_builds_the_english_message_from_the_catalogue() -> None:
    finding = Finding.of(("max",), "max-sum", id="1", max=5, total="4.0")
    assert finding.english == "'1' has max 5 but its children add up to 4.0"
    assert finding.message == Message("max-sum", (("id", "1"), ("max", "5"), ("total", "4.0")))
    assert finding.rule == "max-sum"


def test_the_rule_id_is_the_first_part_of_the_key() -> None:
    assert Finding.of(("x",), "schema.unknown-field", name="a").rule == "schema"
    assert Message.of("value-fit.yes-no", id="1", value="x").rule == "value-fit"


def test_hint_is_added_when_close_is_given_and_left_out_for_none() -> None:
    with_hint = Finding.of(("x",), "schema.unknown-field", name="sorce", close="source")
    without = Finding.of(("x",), "schema.unknown-field", name="zzz", close=None)
    assert with_hint.english == "unknown field 'sorce'; did you mean 'source'?"
    assert without.english == "unknown field 'zzz'"
    assert HINT not in dict(without.message.params)


def test_say_follows_the_language() -> None:
    problem = Problem.of("f.yaml", 3, 5, Severity.ERROR, "duplicate-key", key="max", line=2)
    assert ENGLISH.say(problem.message) == problem.english
    assert VI.say(problem.message).startswith("trùng khóa 'max' (lần đầu ở dòng 2)")
    assert problem_line(problem, VI) == (
        f"f.yaml:3:5: error: {VI.say(problem.message)} [duplicate-key]")
    assert problem.text() == f"f.yaml:3:5: error: {problem.english} [duplicate-key]"


def test_a_message_quoting_messages_is_said_whole_in_one_language() -> None:
    parts = (Message.of("run.mixed-part", set="a", year=2022, count=1, files="x.yaml"),
             Message.of("run.mixed-part", set="b", year=2023, count=2, files="y.yaml, z.yaml"))
    message = Message.of("run.mixed", listing=parts)
    assert str(message) == (
        "all submissions in one run must name the same criteria set and year; found a 2022: "
        "1 file(s) (x.yaml); b 2023: 2 file(s) (y.yaml, z.yaml) [mixed-run]")
    assert "a năm 2022: 1 tệp (x.yaml); b năm 2023: 2 tệp (y.yaml, z.yaml)" in message.say(
        Lang.VI)


def test_equal_messages_make_equal_problems() -> None:
    first = Problem.of("f.yaml", 1, 1, Severity.ERROR, "empty-file")
    again = Problem("f.yaml", 1, 1, Severity.ERROR, Message("empty-file"))
    assert first == again and hash(first) == hash(again)
    assert sorted([again, first]) == [again, first]


def test_line_breaks_in_values_stay_on_one_line() -> None:
    problem = Problem.of("f.yaml", 1, 1, Severity.ERROR, "duplicate-key", key="a\nb", line=1)
    assert "\n" not in problem.english and "\n" not in VI.say(problem.message)


def vi_check(*paths: Path) -> dict[tuple[str, str], list[str]]:
    result = par("check", "--lang", "vi", *paths)
    assert result.exit_code == 1
    found: dict[tuple[str, str], list[str]] = {}
    for line_text in result.stdout.splitlines():
        m = PROBLEM_LINE.match(line_text)
        assert m, line_text
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
