"""JSON Schemas: committed copies stay in sync with the models, and they accept the examples."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers import REPO

from par_cli.schemas import SchemaKind, json_schema


@pytest.mark.parametrize("kind", list(SchemaKind))
def test_committed_schema_is_in_sync(kind: SchemaKind) -> None:
    committed = json.loads((REPO / "schemas" / f"{kind.value}.schema.json").read_text("utf-8"))
    assert committed == json_schema(kind), "run: par schema KIND > schemas/KIND.schema.json"


def _files(folder: str, fmt: str) -> list[Path]:
    found = []
    for path in sorted((REPO / folder).rglob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        if isinstance(data, dict) and data.get("format") == fmt:
            found.append(path)
    return found


def test_submission_schema_accepts_every_example() -> None:
    validator = jsonschema.Draft202012Validator(json_schema(SchemaKind.SUBMISSION))
    files = _files("examples", "par-submission/1")
    assert len(files) > 100
    for path in files:
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text("utf-8"))))
        assert not errors, f"{path}: {errors[0].message}"


def test_criteria_schema_accepts_every_shipped_set() -> None:
    validator = jsonschema.Draft202012Validator(json_schema(SchemaKind.CRITERIA))
    files = _files("criteria", "par-criteria/1")
    assert files
    for path in files:
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text("utf-8"))))
        assert not errors, f"{path}: {errors[0].message}"


def test_submission_schema_rejects_an_unknown_field() -> None:
    validator = jsonschema.Draft202012Validator(json_schema(SchemaKind.SUBMISSION))
    bad = {"format": "par-submission/1", "criteria": "x", "year": 2023, "unit": "a",
           "name": "A", "scores": {}, "colour": "red"}
    assert [(e.validator, e.message) for e in validator.iter_errors(bad)] == [
        ("additionalProperties", "Additional properties are not allowed ('colour' was unexpected)")]
