"""The cells of ``par list``: the criteria sets, the years found and the units found."""

from __future__ import annotations

from par_cli.i18n import Labels
from par_cli.inventory import Inventory
from par_cli.messages import visible
from par_cli.reporters.grid import Grid


def sets_grid(inventory: Inventory, labels: Labels) -> Grid:
    rows = []
    for entry in inventory.sets:
        title = labels.name(entry.title, entry.title_vi)
        if entry.provisional:
            title += " — " + labels("list_provisional", ids=", ".join(entry.provisional))
        rows.append([visible(entry.id), ", ".join(map(str, entry.years)), title,
                     f"{labels('list_place_' + entry.place)}: {visible(entry.path)}"])
    return Grid([labels("list_set"), labels("list_years"), labels("list_title"),
                 labels("list_from")], [False, False, False, False], rows, [])


def years_grid(inventory: Inventory, labels: Labels) -> Grid:
    rows = [[str(y.year), visible(y.criteria) if y.known_set
             else labels("list_unknown_set", set=visible(y.criteria)), str(y.units)]
            for y in inventory.years]
    return Grid([labels("list_year"), labels("list_set"), labels("list_units")],
                [True, False, True], rows, [])


def units_grid(inventory: Inventory, labels: Labels) -> Grid:
    rows = [[visible(u.unit), labels.name(u.name, u.name_vi), ", ".join(map(str, u.years))]
            for u in inventory.units]
    footer = [labels("list_total", units=len(inventory.units), years=len(inventory.years))]
    return Grid([labels("list_unit"), labels("list_name"), labels("list_years")],
                [False, False, False], rows, footer)
