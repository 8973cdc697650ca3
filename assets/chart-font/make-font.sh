#!/usr/bin/env bash
# Makes ips-chart-sans.ttf, the one font the summaries' charts are drawn in:
# DejaVu Sans cut down to the characters a chart shows (Latin with its
# accents, for specialists' names; dashes, quotes, ≤ ≥ × −), without hinting,
# which resvg does not use, and renamed, as the Bitstream Vera licence asks of
# a changed copy. resvg-js reads the whole font file again for every glyph it
# lays out (thx/resvg-js#367): a 33 KB file instead of the 760 KB original.
# Needs Debian's fonts-dejavu-core and python3-fonttools.
set -euo pipefail
here=$(dirname "$0")
source=${1:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}
subset=$(mktemp --suffix=.ttf)
trap 'rm -f "$subset"' EXIT

/usr/bin/python3 -m fontTools.subset "$source" \
  --unicodes='U+0020-007E,U+00A0-017F,U+2010-2027,U+2030-203A,U+2212,U+2264,U+2265' \
  --layout-features='kern,liga' --no-hinting --drop-tables+=FFTM \
  --output-file="$subset"

/usr/bin/python3 - "$subset" "$here/ips-chart-sans.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont

font = TTFont(sys.argv[1])
names = {1: 'IPS Chart Sans', 2: 'Book', 3: 'IPS Chart Sans Book', 4: 'IPS Chart Sans', 6: 'IPSChartSans'}
table = font['name']
# Only the names we set: the typographic family and the like would still say DejaVu.
table.names = [n for n in table.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
for name_id, value in names.items():
    table.setName(value, name_id, 3, 1, 0x409)
    table.setName(value, name_id, 1, 0, 0)
font.save(sys.argv[2])
PY
