"""The choices of command-line options as ``str`` enums: a light module (no pydantic, no rich,
no yaml) so that ``par --help`` builds no model; reporters are registered by these enums."""

from __future__ import annotations

from enum import Enum


class Lang(str, Enum):
    EN = "en"
    VI = "vi"


class ScoreFormat(str, Enum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    XLSX = "xlsx"


class CheckFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


class TreeFormat(str, Enum):
    TABLE = "table"
    JSON = "json"


class By(str, Enum):
    AREA = "area"
    METHOD = "method"


class CompareSort(str, Enum):
    NEW_RANK = "new-rank"
    RANK_CHANGE = "rank-change"
    INDEX_CHANGE = "index-change"
    NAME = "name"


class TrendSort(str, Enum):
    LAST_RANK = "last-rank"
    CHANGE = "change"
    NAME = "name"


class TemplateFormat(str, Enum):
    YAML = "yaml"
    XLSX = "xlsx"


class SchemaKind(str, Enum):
    CRITERIA = "criteria"
    SUBMISSION = "submission"
