"""Output formats: one module per format (``table_format``, ``json_format``, ``csv_format``,
``markdown_format``, ``xlsx_format``, ``check_formats``, ``story``), found through
``registry.py`` by the command's ``str`` enum of formats and imported only when used."""
