"""The core's messages in English (problems, notes, run errors); the keys are the same in
both languages (tests/test_problem_messages.py checks), the texts assembled in message_texts.py."""

from __future__ import annotations

HINT = "did-you-mean"

MESSAGES_EN: dict[str, str] = {
    HINT: "; did you mean '{close}'?",
    # checks.py: criteria rules
    "max-sum": "'{id}' has max {max} but its children add up to {total}",
    "total-sum": "the set's max is {max} but its areas add up to {total}",
    "duplicate-id": "id '{id}' is used twice in this criteria set",
    "unquoted-id": "id {id} is written as a number; it is read as '{id}' — "
                   "quote it (\"{id}\") to make that plain",
    "rule-on-parent": "'{id}' has children, so it cannot have a rule "
                      "(its points are the sum of its children)",
    "rule-params.parent": "'{id}' has children, so '{name}' does not apply",
    "rule-params.rule": "'{id}': '{name}' does not apply to rule {rule}",
    "rule-params.options": "'{id}': rule choice needs 'options'",
    "rule-params.per": "'{id}': rule count needs 'per'",
    "per-positive": "'{id}': per must be greater than 0, got {per}",
    "options-range": "'{id}': option '{name}' is {fraction}, outside 0..1",
    "steps-order.ascend": "'{id}': steps must ascend by 'from' ({value} after {previous})",
    "steps-order.range": "'{id}': step from {value} is outside 0..100",
    "steps-order.points": "'{id}': step points {points} exceed max {max}",
    "bands-order.order": "band '{name}' (min {min}) must come after higher bands: "
                         "list bands highest first",
    "bands-order.range": "band '{name}' min {min} is outside 0..100",
    "bands-order.twice": "band '{name}' appears twice",
    "unknown-method": "'{id}': method '{method}' is not in methods ({methods})",
    "provisional": "'{id}' ({name}): max {max} is provisional",
    "provisional.note": "'{id}' ({name}): max {max} is provisional — {note}",
    # scoring.py
    "unknown-id": "unknown criterion id '{id}' in '{set}'",
    "double-coverage": "'{id}' is scored together with its ancestor '{ancestor}'; "
                       "score one or the other",
    "uncovered": "{count} criteria have no score: {ids} "
                 "(score them, mark them n/a, or pass --allow-missing)",
    "uncovered.more": "{count} criteria have no score: {ids} and {more} more "
                      "(score them, mark them n/a, or pass --allow-missing)",
    "value-fit.yes-no": "'{id}': '{value}' is not yes or no (rule yes-no)",
    "value-fit.choice": "'{id}': '{value}' is not one of the options: {names} (rule choice)",
    "value-fit.choice-yes-no": "'{id}': YAML read the value as {value} (unquoted yes, no, on, "
                               "off, true and false are yes/no), which is not one of the "
                               "options: {names}; quote the option's name (\"on\")",
    "value-fit.expected-points": "'{id}': expected points, got '{value}'",
    "value-fit.expected-points.inner": "'{id}': expected points, got '{value}' "
                                       "(a score on an inner node is points for its subtree)",
    "value-fit.expected-percent": "'{id}': expected a percentage, got '{value}'",
    "value-fit.expected-count": "'{id}': expected a count, got '{value}'",
    "value-fit.decimal-comma": "'{id}': '{value}' is text in YAML, whose numbers take a decimal "
                               "point: write {number}",
    "value-fit.points-range": "'{id}': {value} points is outside 0..{max}",
    "value-fit.percent-range": "'{id}': {value} % is outside 0..100 (rule percent)",
    "value-fit.count": "'{id}': {value} is not a whole number ≥ 0 (rule count)",
    "year-not-in-set": "year {year} is not one of the years of '{set}' ({years})",
    # inputs.py
    "unknown-format": "unknown format '{value}' (expected {first} or {second})",
    "unknown-criteria-set": "criteria set '{set}' not found in --criteria, ./criteria/ "
                            "or the sets shipped with par",
    "unknown-criteria-set.many": "criteria set '{set}' not found in --criteria, ./criteria/ or "
                                 "the sets shipped with par; {count} files ask for it: {files}",
    "invalid-criteria-set": "criteria set '{set}' ({path}) has errors; run: par check {path}",
    "duplicate-unit": "unit '{unit}' for {year} is also submitted in {other}",
    "duplicate-set": "criteria set '{set}' is also defined in {path}",
    "unit-map": "'{value}' is not a unit id (lower-case ASCII words joined by '-')",
    # loader.py
    "encoding.utf16": "file is UTF-16 encoded; par reads UTF-8 (save the file as UTF-8)",
    "encoding.nul": "file contains NUL bytes: it looks UTF-16/UTF-32 encoded or binary; "
                    "par reads UTF-8 (save the file as UTF-8)",
    "encoding.not-utf8": "file is not UTF-8 (byte 0x{byte}); save it as UTF-8 "
                         "(Windows-1258 and TCVN3 files must be converted)",
    "encoding.surrogate": "the text is not valid Unicode (a lone surrogate); par reads UTF-8",
    "yaml-syntax": "invalid YAML: {what}",
    "yaml-syntax.character": "invalid YAML: character {character} is not allowed in YAML text",
    "yaml-syntax.node": "unsupported YAML node",
    "yaml-key": "a mapping key must be a plain value",
    "duplicate-key": "duplicate key '{key}' (first at line {line}); "
                     "YAML would silently keep only the last one",
    "alias-limit.size": "aliases expand to more than {limit} nodes (raise with --max-alias-nodes)",
    "depth-limit": "nesting deeper than {limit} levels (raise with --max-depth)",
    "depth-limit.yaml": "nesting too deep ({what})",
    "depth-limit.plain": "nesting too deep",
    "alias-limit.self": "an alias refers to a node that contains it",
    "empty-file": "the file is empty (no YAML document)",
    "not-mapping.list": "the top level must be a mapping of keys, not a list",
    "not-mapping.value": "the top level must be a mapping of keys, not a single value",
    "too-large.nodes": "the file holds more than {limit} YAML values, lists and mappings; "
                       "par refuses it rather than use gigabytes of memory "
                       "(raise with --max-nodes)",
    "too-large.size": "file is {size} MB, over the {limit} MB limit (raise with --max-file-size)",
    "too-large.grew": "file is over the size limit",
    # checks.schema_findings
    "schema.unknown-field": "unknown field '{name}'",
    "schema.value.display-mixed": "give either places and rounding for every number, or "
                                  "points and index each with its own places and rounding, "
                                  "not both",
    "schema.missing": "missing required field '{name}'",
    "schema.other": "{field}: {message}",
    "schema.whole-number": "{field}: expected a whole number",
    "schema.text": "{field}: expected text",
    "schema.yes-no": "{field}: expected yes or no",
    "schema.literal": "{field}: expected {expected}, got '{value}'",
    "schema.enum": "{field}: expected one of {expected}, got '{value}'",
    "schema.greater-than": "{field}: must be greater than {limit}, got {value}",
    "schema.at-least": "{field}: must be at least {limit}, got {value}",
    "schema.pattern": "{field}: '{value}' must be lower-case ASCII words joined by '-' "
                      "(like long-an)",
    "schema.list": "{field}: expected a list",
    "schema.mapping": "{field}: expected a mapping",
    "schema.number-too-large": "{field}: the number {number} is too large (par reads numbers "
                               "below 10^15 with at most {places} decimal places)",
    "schema.number-places": "{field}: the number {number} has more than {places} decimal places "
                            "(par reads numbers below 10^15 with at most {places} decimal places)",
    "schema.base-60": "{field}: {written} is read by YAML as the number {value} (base 60); "
                      "write {value} if that is meant",
    "schema.digits": "{field}: '{written}' is written with digits that are not 0-9; write the "
                     "number with the digits 0-9",
    "schema.ambiguous": "{field}: '{written}' is ambiguous (a thousands separator in one "
                        "locale, a decimal one in another): write the number without "
                        "thousands separators",
    "schema.octal": "{field}: {written} is read by YAML as the number {value} "
                    "(a leading 0 means octal); write {value} if that is meant",
    "error-line": "par: error: {message}",
    "note.allow-missing": "--allow-missing: {count} unit(s) have criteria without a score, "
                          "counted as 0: {shown}",
    "note.allow-missing.more": "--allow-missing: {count} unit(s) have criteria without a "
                               "score, counted as 0: {shown}; and {more} more",
    "note.provisional": "criteria set '{set}' has provisional maxima (no public source yet) on "
                        "{ids}",
    "note.json-criteria": "{file}: criteria set '{set}' not found; numbers are shown with "
                          "2 places, half-up",
    "note.different-sets": "the two years use different criteria sets ({old} → {new}): a change "
                           "of methodology makes raw points incomparable; comparing indexes and "
                           "ranks, and nodes with the same id",
    "note.nodes-only": "nodes only in {set}: {ids}",
    "note.renamed": "node {id} is named '{old_name}' in {old} and '{new_name}' in {new}",
    "note.same-year": "both sides are {year}: comparing two appraisals of the same year",
    # run errors (the "par: error:" line) and the edge's own words
    "path.missing": "{path}: no such file or folder",
    "path.missing-file": "{path}: no such file",
    "path.missing-folder": "{path}: no such folder",
    "path.folder-unreadable": "{path}: cannot read folder ({reason})",
    "path.permission": "{path}: cannot read file (permission denied)",
    "path.is-folder": "{path}: is a folder",
    "path.unreadable": "{path}: cannot read file ({reason})",
    "output.binary": "{what} writes a binary file: give --output FILE.xlsx",
    "output.no-folder": "{path}: folder {folder} does not exist",
    "output.cannot-write": "{path}: cannot write ({reason})",
    "output.is-input": "{path}: this file is one of the run's inputs; par will not write over "
                       "it (choose another --output)",
    "output.stdout": "cannot write to standard output ({reason})",
    "output.suffix-mismatch": "{path}: the file name says {wanted} but --format is {format}: "
                              "give the format the file should hold, or a matching name",
    "output.suffix-unknown": "{path}: this command does not write {wanted} (its formats: "
                             "{formats})",
    "run.criteria-problems": "criteria files in --criteria or ./criteria/ have problems (par "
                             "never falls back to a shipped set with the same id)",
    "run.problems": "{count} problem(s) in the inputs",
    "run.submission-errors": "{count} error(s) in the submissions; no ranking was produced",
    "run.no-submission": "no submission found in {paths} (files with 'format: par-submission/1')",
    "run.mixed": "all submissions in one run must name the same criteria set and year; "
                 "found {listing} [mixed-run]",
    "run.mixed-part": "{set} {year}: {count} file(s) ({files})",
    "run.unknown-unit": "unit '{unit}' is not among the submissions",
    "run.unknown-unit.known": "unit '{unit}' is not among the submissions (units: {known}, …)",
    "compare.unit-in-neither": "unit '{unit}' is in neither year",
    "compare.side": "{path}: {reason}",
    "compare.map-units": "{path}: {units} [unit-map]",
    "compare.unusable-json": "{path} is not usable as a year to compare",
    "compare.too-large": "{path} is too large",
    "compare.not-utf8": "{path} is not UTF-8",
    "map.unreadable": "{path}: the unit map cannot be read",
    "map.problems": "{path}: the unit map has problems",
    "set.not-finite": "--set value '{value}' is not a finite number",
    "set.value": "--set {id}: {reason}",
    "typed-number.digits": "'{text}' is written with digits that are not 0-9",
    "typed-number.base-60": "'{text}' looks like a time or base-60 number, not a score",
    "typed-number.ambiguous": "'{text}' is ambiguous (a thousands separator in one locale, a "
                              "decimal one in another): write {thousands} or {decimal}",
    "set.syntax": "--set '{item}' must look like ID=VALUE (e.g. --set 3.1.1=yes)",
    "set.unknown-id": "--set {id}: unknown criterion id in '{set}'",
    "set.through-ancestor": "--set {id}: the submission scores it through its ancestor "
                            "'{ancestor}'; set '{ancestor}' instead",
    "set.scored-below": "--set {id}: the submission scores nodes below it; set those instead",
    "set.invalid": "--set: {reasons}",
    "template.unknown-set": "criteria set '{set}' not found or invalid (known: {known})",
    "template.year": "{year} is not one of the years of '{set}' ({years})",
    "template.unit-id": "'{unit}' is not a unit id (lower-case ASCII words joined by '-')",
    "note.left-out.not-yaml": "left out {count} file(s) that are not YAML: {shown}{more}",
    "note.left-out.spreadsheet": "left out {count} spreadsheet(s): {shown}{more} — par reads "
                                 "YAML; run 'par import' to turn filled templates into "
                                 "submissions",
    "note.left-out.hidden": "left out {count} hidden file(s) or folder(s) (names starting with "
                            "'.'): {shown}{more}",
    "note.left-out.special": "left out {count} item(s) that are not regular files: "
                             "{shown}{more}",
    "note.left-out.excluded": "left out {count} file(s) or folder(s) matching --exclude: "
                              "{shown}{more}",
    "note.left-out.not-par": "left out {count} YAML file(s) that are not par files "
                             "(no 'format:' key): {shown}{more}",
    "note.left-out.criteria": "left out {count} criteria file(s) found among the submissions: "
                              "{shown}{more}",
    "note.left-out-more": " and {count} more (--format json lists them all under left_out)",
    "missing-format.near-miss": "'{key}' is not a key par knows: par files start with "
                                "'format: {expected}', and without it this file would be left "
                                "out",
    "missing-format.par-keys": "no 'format:' key, but the file has par's keys ('{keys}'): add "
                               "'format: {expected}' at the top, or it would be left out",
    "uncovered.check": "{count} criteria have no score: {ids} (score them or mark them n/a)",
    "uncovered.check-more": "{count} criteria have no score: {ids} and {more} more (score "
                            "them or mark them n/a)",
    "uncovered.blank": "'{id}' has no score (fill in the cell, write n/a, or import with "
                       "--allow-missing)",
    "too-large.uncompressed": "the workbook's contents are {size} MB once uncompressed, over the "
                              "{limit} MB limit (five times --max-file-size)",
    "xlsx.too-many-rows": "the sheet has more than {limit} rows: not a filled par template",
    "xlsx.too-many-columns": "the sheet uses more than {limit} columns: not a filled par "
                             "template",
    "xlsx.id-number": "the id is stored as the number {value} (1.10 would be 1.1, another id): "
                      "format the id column as text and type the ids again",
    "duplicate-key.row": "id '{id}' is also on row {first}; a workbook would silently keep only "
                         "one of the two",
    "xlsx.formula-no-value": "a formula with no stored result (the file was written by a "
                             "program that does not calculate): open and save it in Excel or "
                             "LibreOffice, or type the value",
    "xlsx.formula-places": "the formula's result {value} has more than {places} decimal places: "
                           "round it (=ROUND(…; 2)) or type the value",
    "xlsx.date": "a date ({value}) where a score is due: format the cell as a number",
    "xlsx.not-finite": "the cell holds an error or infinite value, not a score",
    "xlsx.shown-differs": "the cell shows {shown} but holds {value}; par reads {value}",
    "xlsx.percent-fraction": "{value} in a percent criterion: par reads {value} %, not "
                             "{times} %; if {times} % is meant, type {times} or format the "
                             "cell as a percentage",
    "import.exists": "{path} exists already: nothing was written (pass --force to replace it)",
    "note.wrote": "wrote {path}",
    "check.nothing": "no file to check in {paths} (other YAML, such as mkdocs.yml, passes; an "
                     "empty folder is most likely a wrong path)",
    "note.field-size": "ranks are places among {old_count} ranked units in {old_year} and among "
                       "{new_count} in {new_year}: a rank change compares fields of different "
                       "size",
    "note-line": "note: {note}",
    "note.shadow": "criteria set '{set}' is read from {path}, which differs from the set with "
                   "that id shipped with par ({shipped})",
    "import.nothing-written": "nothing was written",
    "import.no-openpyxl": "spreadsheets need the optional package openpyxl: "
                          "pip install 'par-cli[xlsx]' (or pip install openpyxl)",
    "xlsx.unreadable": "not a readable .xlsx workbook ({error})",
    "xlsx.no-template": "no sheet starts with a 'format' row: is this a par template?",
    "duplicate-unit.sheet": "unit '{unit}' is also in {other}",
    # score JSON read back by par compare
    "score-json.invalid": "invalid JSON: {reason}",
    "score-json.deep": "invalid JSON: nested too deep",
    "score-json.duplicate-key": "invalid JSON: duplicate key '{key}' in an object",
    "score-json.top": "not the JSON written by 'par score --format json' "
                      "(expected an object at the top)",
    "score-json.missing": "not the JSON written by 'par score --format json' "
                          "(missing field: {field})",
    "score-json.shape": "not the JSON written by 'par score --format json': {where}{reason}",
    "score-json.number": "expected a number, got {value}",
    "score-json.number-too-large": "the number {value} is too large",
    "score-json.number-places": "the number {value} has more than {places} decimal places",
    "score-json.negative": "expected a number ≥ 0, got {value}",
    "score-json.above-max": "{what} '{id}' has points {points} above its max {max}",
    "score-json.node-twice": "node '{id}' of unit '{unit}' is listed twice",
    "score-json.unit-twice": "unit '{unit}' is listed twice",
    "score-json.rank": "unit '{unit}' has rank {rank}, but only {units} units are listed",
    # spreadsheets (the words of workbooks and templates are in sheet_texts.py)
    "xlsx.label-unknown": "'{label}' is not a field par knows",
    "xlsx.header-unknown": "'{header}' is not a column par knows (a column par cannot read "
                           "would be lost)",
    "xlsx.header-missing": "the table has no '{header}' column",
    "xlsx.no-label": "a value in a row without a field name in column A: par cannot tell what "
                     "it is",
    "xlsx.row-without-id": "a row with values but no id: par cannot tell which criterion they "
                           "belong to",
    "xlsx.criteria-no-table": "no node table: a row whose first two cells are '{id}' and "
                              "'{name}' starts it",
    "xlsx.criteria-parent": "'{id}' is under '{parent}', which is not in the table: the id "
                            "shows the depth (3, 3.1, 3.1.2); add a row for '{parent}' or "
                            "correct the id",
    "xlsx.criteria-steps": "'{text}' is not a list of steps: write from-percentage: points "
                           "pairs separated by ';', such as 80: 1.5; 100: 3",
    "xlsx.criteria-options": "'{text}' is not a list of options: write name: share pairs "
                             "separated by ';', such as full: 1; partial: 0.5; none: 0",
    "xlsx.criteria-option-twice": "option '{name}' is listed twice",
    "xlsx.merged": "cells {cells} are merged: par reads the value for row {row} only; unmerge "
                   "them and fill in each row",
    "xlsx.hidden-row": "row {row} is hidden: par reads it all the same (unhide it to see what "
                       "is imported)",
    "xlsx.hidden-column": "column {column} is hidden: par reads it all the same (unhide it to "
                          "see what is imported)",
    "xlsx.hidden-sheet": "the sheet is hidden: par reads it all the same",
    "duplicate-key.field": "'{label}' is also on row {first}; a workbook would silently keep "
                           "only one of the two",
    "duplicate-id.rows": "id '{id}' is used twice in this criteria set (also at {other})",
    "duplicate-set.sheet": "criteria set '{set}' is also in {other}",
    "xlsx.same-output": "this sheet would be written to {path}, as {other} would",
    "template.workbook-option": "{option} does not apply to --criteria-workbook",
    "template.workbook-ids": "'{id}' is under '{parent}' but its id does not show it: a "
                             "criteria workbook shows the depth by the id (3, 3.1, 3.1.2)",
    "template.workbook-option-name": "'{id}': option name '{name}' holds ';' or ':', which a "
                                     "criteria workbook cannot hold",
    "template.workbook-exists": "{path} exists already: give --output FILE.xlsx (par does not "
                                "replace a file it was not told to write)",
    # par score --rank-by
    "rank-by.unknown-id": "--rank-by {id}: unknown criterion id in '{set}'",
    # a published results table read by par trend
    "published-table.unusable": "{path} is not usable as a published results table",
    "published-table.empty": "the file is empty: a published results table starts with a "
                             "header row (unit, name, index, rank, …)",
    "published-table.column": "unknown column '{column}' (par reads {known}, and '<id> index' "
                              "and '<id> rank' per node)",
    "published-table.column-twice": "column '{column}' is given twice",
    "published-table.missing": "the header lacks the column(s) {columns}",
    "published-table.number": "'{value}' is not a number as the table writes them (digits and "
                              "a dot, 89.22)",
    "published-table.number-too-large": "the number {value} is too large",
    "published-table.number-places": "the number {value} has more than {places} decimal places",
    "published-table.range": "{value} is outside 0..{most}",
    "published-table.negative": "expected a number ≥ 0, got {value}",
    "published-table.whole": "'{value}' is not a whole number ≥ {least}",
    "published-table.csv": "invalid CSV: {reason}",
    "published-table.cells": "the row has {count} cells, the header {expected}",
    "published-table.unit": "'{value}' is not a unit id (lower-case ASCII words joined by '-')",
    "published-table.unit-twice": "unit '{unit}' is also on line {line}",
    "published-table.blank": "the {column} is blank",
    "published-table.mixed": "the {column} column holds several values ({values}): a table is "
                             "one year of one criteria set",
    "published-table.no-units": "no unit is listed below the header",
    "published-table.rank": "rank {rank}, but only {ranked} units are ranked in the table",
    "published-table.year": "the year is neither in a 'year' column nor in the file name (name "
                            "the file 2024.csv, or add a year column)",
    # par trend
    "trend.few-years": "par trend needs two or more years, got {count}: give each year's folder, "
                       "score JSON or published table (par trend examples/provinces/2022 "
                       "examples/provinces/2023)",
    "trend.same-year": "{year} is given twice: {first} and {second}",
    "trend.unit-in-none": "unit '{unit}' is in no year",
    "trend.map-twice": "'{unit}' is mapped to '{first}' and to '{second}' [unit-map]",
    "note.trend-methodology": "the methodology changes between {old_year} ({old}) and "
                              "{new_year} ({new}): indexes and ranks on either side are not "
                              "strictly comparable",
    "note.trend-no-criteria": "{year} ({path}) names no criteria set: a change of methodology "
                              "at that year cannot be seen",
    "note.trend-field-size": "ranks are places among fields of different sizes: {sizes}",
    "note.trend-field-size.part": "{count} ranked in {year}",
    "note.trend-lonely": "{year} ({path}): none of its {count} unit(s) is in another year — is "
                         "it the right folder?",
    "note.trend-map-later": "{count} --map entry(ies) name units still scored in the last year, "
                            "{year}, and take effect after it: {units}",
    # report
    "note.report-one-year": "only one year was given ({year}): the report has no rank movement "
                            "and no trend (give two or more years for them)",
    "report.output-suffix": "{path}: par report writes a .html or a .pdf file (the file name "
                            "says which)",
    "report.no-vl-convert": "par report draws its charts with the optional package "
                            "vl-convert-python: pip install 'par-cli[report]'",
    "report.no-pypdf": "a PDF report is put together with the optional package pypdf: "
                       "pip install 'par-cli[report]'",
    "report.render": "the chart '{chart}' could not be drawn ({reason})",
}
