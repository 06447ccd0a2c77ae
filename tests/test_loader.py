"""par_cli.loader: safe, bounded YAML loading with exact values and 1-based positions."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pytest

from par_cli.loader import (
    DEFAULT_LIMITS,
    Document,
    Limits,
    LoadResult,
    decode,
    dump_yaml,
    load_file,
    load_text,
)
from par_cli.problems import Finding, Severity


def loaded(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    result = load_text(text, "t.yaml", limits)
    assert result.problems == [], result.problems
    assert result.document is not None
    return result.document


def refused(text: str, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    result = load_text(text, "t.yaml", limits)
    assert result.document is None
    assert len(result.problems) == 1, result.problems
    return result


# ---- values as written ----------------------------------------------------------------------


def test_keys_are_kept_as_written() -> None:
    doc = loaded("scores:\n  1.10: 1\n  1.1: 2\n  3: 4\n  \"3.1\": 5\n  1.0: 6\n")
    assert list(doc.data["scores"]) == ["1.10", "1.1", "3", "3.1", "1.0"]


def test_1_10_and_1_1_are_different_keys_not_duplicates() -> None:
    result = load_text("a:\n  1.1: x\n  1.10: y\n", "t.yaml")
    assert result.problems == []
    assert result.document is not None
    assert result.document.data["a"] == {"1.1": "x", "1.10": "y"}


def test_unquoted_numeric_id_value_keeps_its_text() -> None:
    doc = loaded("criteria:\n  - id: 1.10\n  - id: 2.50\n  - id: 3\n")
    assert [str(node["id"]) for node in doc.data["criteria"]] == ["1.10", "2.50", "3"]


def test_floats_are_exact_decimals() -> None:
    doc = loaded("a: 0.1\nb: 0.2\nc: 89.22\nd: -1.815\ne: 1_000.5\n")
    assert doc.data["a"] == Decimal("0.1") and isinstance(doc.data["a"], Decimal)
    assert doc.data["a"] + doc.data["b"] == Decimal("0.3")
    assert str(doc.data["a"] + doc.data["b"]) == "0.3"
    assert doc.data["c"] == Decimal("89.22")
    assert doc.data["d"] == Decimal("-1.815")
    assert doc.data["e"] == Decimal("1000.5")


def test_integers_are_ints() -> None:
    doc = loaded("a: 3\nb: -2\nc: 0\n")
    assert doc.data == {"a": 3, "b": -2, "c": 0}
    assert all(type(v) is int for v in doc.data.values())


@pytest.mark.parametrize(("text", "value"), [
    ("yes", True), ("no", False), ("true", True), ("false", False),
    ("Yes", True), ("NO", False), ("on", True), ("off", False),
])
def test_yes_no_are_bools(text: str, value: bool) -> None:
    assert loaded(f"a: {text}\n").data["a"] is value


def test_quoted_yes_and_n_a_stay_text() -> None:
    doc = loaded('a: "yes"\nb: n/a\nc: full\n')
    assert doc.data == {"a": "yes", "b": "n/a", "c": "full"}


def test_null_is_none() -> None:
    assert loaded("a: ~\nb: null\nc:\n").data == {"a": None, "b": None, "c": None}


def test_nan_and_inf_are_floats_for_the_model_to_refuse() -> None:
    doc = loaded("a: .nan\nb: .inf\nc: -.inf\nd: .NaN\n")
    assert isinstance(doc.data["a"], float) and math.isnan(doc.data["a"])
    assert doc.data["b"] == math.inf
    assert doc.data["c"] == -math.inf
    assert math.isnan(doc.data["d"])


# ---- duplicate keys -------------------------------------------------------------------------


def test_duplicate_key_reported_with_both_lines() -> None:
    result = load_text("format: x\nscores:\n  \"1.1\": 1\n  \"1.2\": 2\n  1.1: 3\n", "t.yaml")
    assert [(p.line, p.col, p.rule, p.severity) for p in result.problems] == [
        (5, 3, "duplicate-key", Severity.ERROR)]
    assert "'1.1'" in result.problems[0].english
    assert "line 3" in result.problems[0].english
    assert result.problems[0].path == "t.yaml"


def test_duplicate_top_level_key() -> None:
    result = load_text("a: 1\nb: 2\na: 3\n", "t.yaml")
    assert [(p.line, p.col, p.rule) for p in result.problems] == [(3, 1, "duplicate-key")]
    assert "line 1" in result.problems[0].english


# ---- encoding -------------------------------------------------------------------------------


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\nname: H\xc3\xa0 N\xe1\xbb\x99i\n")
    result = load_file(path)
    assert result.problems == []
    assert result.document is not None
    assert result.document.data == {"a": 1, "name": "Hà Nội"}
    assert result.document.locate(("name",)) == (2, 7)


def test_decode_strips_bom() -> None:
    assert decode(b"\xef\xbb\xbfa: 1\n", "t.yaml") == ("a: 1\n", None)


def test_non_utf8_bytes_are_located_and_name_utf8() -> None:
    text, problem = decode("a: 1\nname: Sơn La\n".encode("cp1258"), "t.yaml")
    assert text is None and problem is not None
    assert (problem.line, problem.col, problem.rule) == (2, 8, "encoding")
    assert "UTF-8" in problem.english and "\n" not in problem.english


def test_utf16_with_bom_is_refused() -> None:
    text, problem = decode("a: 1\n".encode("utf-16"), "t.yaml")
    assert text is None and problem is not None
    assert (problem.line, problem.col, problem.rule) == (1, 1, "encoding")
    assert "UTF-8" in problem.english


# ---- positions ------------------------------------------------------------------------------


POSITIONS = """\
# a comment
format: par-submission/1
scores:
  "1.1": yes
  "1.2": {self: 1, appraised: 0.5}
list:
  - first
  - {id: x}
"""


def test_positions_are_one_based() -> None:
    doc = loaded(POSITIONS)
    assert doc.locate(()) == (2, 1)
    assert doc.locate(("format",)) == (2, 9)
    assert doc.locate(("format",), at_key=True) == (2, 1)
    assert doc.locate(("scores", "1.1")) == (4, 10)
    assert doc.locate(("scores", "1.1"), at_key=True) == (4, 3)
    assert doc.locate(("scores", "1.2", "appraised")) == (5, 31)
    assert doc.locate(("list", 0)) == (7, 5)
    assert doc.locate(("list", 1, "id")) == (8, 10)


def test_columns_count_characters_not_bytes() -> None:
    doc = loaded("a: {name: Hà Nội, max: -1}\n")
    assert doc.locate(("a", "max")) == (1, 24)
    problem = refused("# Đồng Tháp\nname: Hà Nội: x\n").problems[0]
    assert (problem.line, problem.col) == (2, 13)


def test_locate_skips_parts_that_name_nothing() -> None:
    doc = loaded(POSITIONS)
    # the scores mapping itself, which starts at its first key
    assert doc.locate(("scores", "no-such-id")) == (4, 3)
    assert doc.locate(("scores", "function-after", "1.1")) == (4, 10)
    assert doc.locate(("list", 9)) == doc.locate(("list",))


def test_problem_from_finding_is_located() -> None:
    doc = loaded(POSITIONS)
    problem = doc.problem(Finding.of(("scores", "1.1"), "unknown-id", id="1.1", set="s",
                                     at_key=True))
    assert (problem.path, problem.line, problem.col, problem.rule) == ("t.yaml", 4, 3,
                                                                        "unknown-id")


# ---- refusals -------------------------------------------------------------------------------


def test_malformed_yaml_is_located() -> None:
    result = refused("a: 1\nb: [1, 2\nc: 3\n")
    problem = result.problems[0]
    assert problem.rule == "yaml-syntax"
    # where the parser finds the unclosed list's next token (libyaml and pure PyYAML agree)
    assert (problem.line, problem.col) == (3, 2)
    assert "expected ',' or ']'" in str(problem.message)
    assert problem.line >= 2 and problem.col >= 1
    assert "\n" not in problem.english


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(text: str) -> None:
    result = load_text(text, "t.yaml")
    assert result.document is None
    assert [(p.line, p.col, p.rule) for p in result.problems] == [(1, 1, "empty-file")]


@pytest.mark.parametrize("text", ["- a\n- b\n", "just text\n", "42\n"])
def test_top_level_not_a_mapping(text: str) -> None:
    assert refused(text).problems[0].rule == "not-mapping"


# billion laughs, nine levels: i expands to 9**9 strings
BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{level}: &{level} [{', '.join([f'*{below}'] * 9)}]\n"
    for below, level in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_alias_bomb_is_refused() -> None:
    problem = refused(BOMB).problems[0]
    assert problem.rule == "alias-limit"
    assert problem.severity is Severity.ERROR
    assert "--max-alias-nodes" in problem.english


def test_alias_bomb_is_refused_whatever_the_top_level() -> None:
    assert refused("- " + BOMB.replace("\n", "\n  ")).problems[0].rule == "alias-limit"


def test_small_aliases_are_fine() -> None:
    doc = loaded("base: &b {max: 1, rule: yes-no}\nx: *b\ny: *b\n")
    assert doc.data["x"] == doc.data["y"] == {"max": 1, "rule": "yes-no"}


def test_alias_limit_can_be_lowered() -> None:
    text = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"
    assert loaded(text).data["b"] == [[1, 2, 3]] * 3
    assert refused(text, Limits(max_alias_nodes=5)).problems[0].rule == "alias-limit"


def test_recursive_alias_is_refused() -> None:
    problem = refused("a: &x [1, *x]\n").problems[0]
    assert (problem.rule, problem.line) == ("alias-limit", 1)


def nested(levels: int) -> str:
    return "a: " + "[" * levels + "]" * levels + "\n"


def test_depth_limit() -> None:
    problem = refused(nested(70)).problems[0]
    assert (problem.rule, problem.line) == ("depth-limit", 1)
    assert "64" in problem.english


def test_depth_within_the_limit_is_fine() -> None:
    loaded(nested(60))


def test_depth_limit_can_be_lowered() -> None:
    loaded(nested(3), Limits(max_depth=10))
    assert refused(nested(12), Limits(max_depth=10)).problems[0].rule == "depth-limit"


def test_very_deep_nesting_is_refused_not_crashed() -> None:
    assert refused(nested(100_000)).problems[0].rule == "depth-limit"


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a:\n" + b"  - 1\n" * 100)
    result = load_file(path, "shown.yaml", Limits(max_bytes=100))
    assert result.document is None
    assert [(p.path, p.line, p.col, p.rule) for p in result.problems] == [
        ("shown.yaml", 1, 1, "too-large")]
    assert load_file(path, "shown.yaml", Limits(max_bytes=1000)).problems == []


def test_missing_file_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError) as error:
        load_file(tmp_path / "nope.yaml")
    assert isinstance(error.value, FileNotFoundError), error.value
    assert error.value.filename == str(tmp_path / "nope.yaml")


def test_load_file_uses_the_display_path(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\na: 2\n", encoding="utf-8")
    assert load_file(path, "shown/x.yaml").problems[0].path == "shown/x.yaml"
    assert load_file(path).problems[0].path == str(path)


def test_dump_writes_decimals_exactly_and_reloads_them() -> None:
    text = dump_yaml({"scores": {"1.10": Decimal("0.1"), "2": Decimal("89.22")}})
    assert "0.1" in text and "89.22" in text
    doc = loaded(text)
    assert doc.data == {"scores": {"1.10": Decimal("0.1"), "2": Decimal("89.22")}}
