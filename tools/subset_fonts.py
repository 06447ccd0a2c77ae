"""Make the fonts par report draws with: DejaVu Sans and DejaVu Sans Bold cut down to the
characters a Vietnamese or English report uses (Latin, Vietnamese letters and tones, the
punctuation, arrows and triangles the charts draw), so that the fonts ship in the package
(par_cli/fonts/) and sit inline in every HTML report without weighing it down.

Run from the repository root with fontTools installed (pip install fonttools), on a machine
that has DejaVu (Debian: fonts-dejavu-core):

    python tools/subset_fonts.py [/usr/share/fonts/truetype/dejavu]

DejaVu's licence (par_cli/fonts/LICENSE) allows the fonts to be modified and shipped; a cut-down
copy keeps the name, which holds neither "Bitstream" nor "Vera".
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

RANGES = [
    (0x20, 0x7E), (0xA0, 0xFF), (0x100, 0x17F), (0x1A0, 0x1B0), (0x300, 0x323),
    (0x1EA0, 0x1EF9), (0x2010, 0x2027), (0x2030, 0x2044), (0x2190, 0x2193), (0x2212, 0x2212),
    (0x2264, 0x2265), (0x20AB, 0x20AB), (0x25B2, 0x25B2), (0x25B6, 0x25B6), (0x25BC, 0x25BC),
    (0x25C0, 0x25C0), (0x25CF, 0x25CF),
]
FONTS = {"DejaVuSans.ttf": "DejaVuSans-par.ttf", "DejaVuSans-Bold.ttf": "DejaVuSans-Bold-par.ttf"}


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    target = Path(__file__).resolve().parent.parent / "par_cli" / "fonts"
    unicodes = [c for low, high in RANGES for c in range(low, high + 1)]
    for name, out in FONTS.items():
        options = subset.Options()
        options.layout_features = ["*"]  # kerning and the marks' placement over letters
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.hinting = False  # the charts are drawn at many sizes; hinting only weighs
        font = subset.load_font(str(source / name), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        subset.save_font(font, str(target / out), options)
        print(f"{target / out}: {(target / out).stat().st_size} bytes")


if __name__ == "__main__":
    main()
