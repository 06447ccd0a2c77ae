"""JSON Schemas of the two file formats, generated from the pydantic models (for editors)."""

from __future__ import annotations

from typing import Any

from par_cli.choices import SchemaKind
from par_cli.models import CriteriaSet, Submission


def json_schema(kind: SchemaKind) -> dict[str, Any]:
    model = CriteriaSet if kind is SchemaKind.CRITERIA else Submission
    schema = model.model_json_schema()
    fmt = "par-criteria/1" if kind is SchemaKind.CRITERIA else "par-submission/1"
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{fmt} file",
        **{k: v for k, v in schema.items() if k != "title"},
    }
