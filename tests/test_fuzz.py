"""Property tests over generated criteria trees and submissions, and a short fuzz run.

1. Round trip: a generated criteria set or submission, written back to YAML, loads to the same
   model (Decimals exact, ids as written) and passes every check.
2. Every invalid document made from a valid one (wrong type, unknown field, required field
   deleted, value out of range, a key written twice) is rejected with located problems, never an
   exception.
3. Fuzz: raw YAML text and raw bytes through ``decode``, ``load_text``, ``load_file`` and
   ``check_run``: no exception but the documented ones (``OSError`` from ``load_file``,
   ``ParError`` from ``check_run``), every problem located on one line.

The fuzz run here is short and derandomized (the same examples every run); the long one is
``benchmarks/fuzz_long.py --minutes N``. tests/test_properties.py covers arithmetic and ranking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fuzz.generators import (
    corpus_texts,
    criteria_sets,
    mutations,
    raw_bytes,
    submissions,
    to_yaml,
    yaml_texts,
)
from helpers import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from par_cli.batch import process_submission
from par_cli.catalog import Catalog, load_criteria_document
from par_cli.errors import ParError
from par_cli.files import Kind, classify
from par_cli.loader import DEFAULT_LIMITS, Document, Limits, decode, load_file, load_text
from par_cli.models import CriteriaSet, Submission
from par_cli.problems import Problem
from par_cli.runs import check_run

VALID = Path(__file__).parent / "data" / "check" / "valid"
PROPERTIES = settings(max_examples=examples(50), deadline=None, derandomize=True, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings(max_examples=examples(250), deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))
SEEDS = corpus_texts()
LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


# ---- helpers ----------------------------------------------------------------------------------


def assert_located(problems: list[Problem], text: str | None = None) -> None:
    """Every problem has a place (1-based, inside the text when known) and is one line."""
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1, problem
        assert problem.english and "\n" not in problem.english and "\r" not in problem.english
        assert "\n" not in problem.text(), problem
        if text is not None:
            lines = 1 + sum(text.count(brk) for brk in LINE_BREAKS)
            assert problem.line <= lines + 1, (problem, lines)


def catalog_with(criteria: dict[str, Any]) -> Catalog:
    text = to_yaml(criteria)
    result = load_text(text, "criteria.yaml")
    assert result.document is not None, result.problems
    catalog = Catalog()
    catalog.add(load_criteria_document(result.document), "generated", clash_is_error=False)
    return catalog


def problems_of(text: str, catalog: Catalog | None = None, path: str = "doc.yaml") -> list[Problem]:
    """What ``par check`` says about one file's text (the same core calls, no file)."""
    result = load_text(text, path)
    problems = list(result.problems)
    document = result.document
    if document is None:
        return problems
    kind, problem = classify(document)
    if problem is not None:
        return [*problems, problem]
    if kind is Kind.CRITERIA:
        problems += load_criteria_document(document).problems
    elif kind is Kind.SUBMISSION:
        problems += process_submission(document, catalog or Catalog(), False).problems
    return problems


def loaded(text: str) -> Document:
    result = load_text(text, "doc.yaml")
    assert result.problems == [], [p.text() for p in result.problems]
    assert result.document is not None
    return result.document


# ---- 1. round trip ----------------------------------------------------------------------------


@PROPERTIES
@given(criteria_sets(), st.sampled_from([False, True, None]))
def test_criteria_set_round_trips_through_yaml(data: dict[str, Any], flow: bool | None) -> None:
    text = to_yaml(data, flow)
    document = loaded(text)
    assert CriteriaSet.model_validate(document.data) == CriteriaSet.model_validate(data)
    problems = problems_of(text)
    assert [p for p in problems if p.is_error] == [], [p.text() for p in problems]
    assert {p.rule for p in problems} <= {"provisional"}
    assert_located(problems, text)


@PROPERTIES
@given(st.data())
def test_submission_round_trips_through_yaml(data: st.DataObject) -> None:
    criteria = data.draw(criteria_sets())
    submission = data.draw(submissions(criteria))
    text = to_yaml(submission, data.draw(st.sampled_from([False, True, None])))
    document = loaded(text)
    assert Submission.model_validate(document.data) == Submission.model_validate(submission)
    assert [p.text() for p in problems_of(text, catalog_with(criteria))] == []


def test_round_trip_keeps_numeric_looking_ids_and_exact_decimals() -> None:
    """The cases the generators rely on, spelled out: ids that YAML would read as numbers stay
    text, and Decimals come back exactly (never through float)."""
    from decimal import Decimal

    data = {"format": "par-submission/1", "criteria": "2022", "year": 2023, "unit": "a",
            "name": "yes", "scores": {"1.10": Decimal("0.1"), "1.1": Decimal("89.22"),
                                      "2": Decimal("3"), "010": "n/a", "3": True}}
    document = loaded(to_yaml(data))
    assert document.data["scores"] == data["scores"]
    assert document.data["criteria"] == "2022" and document.data["name"] == "yes"
    assert isinstance(document.data["scores"]["1.10"], Decimal)


# ---- 2. every invalid document is rejected with located problems ------------------------------


@PROPERTIES
@given(st.data())
def test_invalid_criteria_set_is_rejected_with_located_problems(data: st.DataObject) -> None:
    mutant = data.draw(mutations(data.draw(criteria_sets())))
    problems = problems_of(mutant.text)
    assert any(p.is_error for p in problems), (mutant.what, mutant.text)
    assert_located(problems, mutant.text)


@PROPERTIES
@given(st.data())
def test_invalid_submission_is_rejected_with_located_problems(data: st.DataObject) -> None:
    criteria = data.draw(criteria_sets())
    mutant = data.draw(mutations(data.draw(submissions(criteria))))
    problems = problems_of(mutant.text, catalog_with(criteria))
    assert any(p.is_error for p in problems), (mutant.what, mutant.text)
    assert_located(problems, mutant.text)


# ---- 3. fuzz: raw text and bytes --------------------------------------------------------------


@FUZZ
@given(yaml_texts(SEEDS))
def test_fuzz_load_text(text: str) -> None:
    result = load_text(text, "fuzz.yaml", Limits(max_alias_nodes=2_000))
    assert_located(result.problems, text)
    if result.document is not None:
        assert isinstance(result.document.data, dict)
        problems_of(text)  # validation and checks never raise either


@FUZZ
@given(raw_bytes(SEEDS))
def test_fuzz_decode(raw: bytes) -> None:
    text, problem = decode(raw, "fuzz.yaml")
    assert (text is None) != (problem is None)
    if problem is not None:
        assert_located([problem])
        assert problem.rule == "encoding" and "UTF-8" in problem.english


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(FUZZ, max_examples=examples(150))
@given(raw=raw_bytes(SEEDS))
def test_fuzz_load_file_and_check(fuzz_dir: Path, raw: bytes) -> None:
    path = fuzz_dir / "input.yaml"
    path.write_bytes(raw)
    result = load_file(path, "input.yaml", Limits(max_bytes=4096, max_alias_nodes=2_000))
    assert_located(result.problems)
    try:
        problems, _notes, _counts = check_run([path], [VALID], DEFAULT_LIMITS)
    except ParError:
        return  # documented: the command could not run (reported, exit 2)
    assert_located(problems)
    assert {p.path for p in problems} <= {str(path), *(str(p) for p in VALID.glob("*.yaml"))}
