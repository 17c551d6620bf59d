"""Build accord's CAMEO table (src/accord/data/cameo/cameo.tsv) from the reference files.

usage: python scripts/build_cameo_table.py ../shared/data/cameo > src/accord/data/cameo/cameo.tsv

Facts only: code, name, root, quad class, Goldstein (ICEWS package variant) and the PLOVER
type/mode of the CAMEO->PLOVER 2021 table (parents fill in codes the table omits).
"""

import csv
import re
import sys
from pathlib import Path


def quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def main(ref: Path) -> None:
    plover: dict[str, tuple[str, str]] = {}
    for line in (ref / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        plover[m.group(1)] = (parts[0], parts[1] if len(parts) > 1 else "")
    print("# CAMEO event codes: name, root, quad class, Goldstein score, PLOVER type and mode.")
    print("# Built by scripts/build_cameo_table.py. Sources (facts): CAMEO codebook via")
    print("# andybega/icews")
    print("# cameo-codes (MIT; Goldstein = the ICEWS package variant) and the CAMEO->PLOVER 2021")
    print("# table of the PLOVER project (CC BY-SA 4.0). Quad: 1 verbal coop (01-05),")
    print("# 2 material coop (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).")
    print("code\tname\troot\tquad_class\tgoldstein\tplover\tplover_mode")
    with open(ref / "cameo_codes.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            code = r["code"]
            gs = r["goldstein_icews_pkg"]
            if gs in ("", "NA"):
                gs = r["goldstein_phoenix"] or "0"
            p = plover.get(code) or plover.get(code[:3]) or plover.get(code[:2]) or ("-", "")
            name = r["name"].strip()
            fields = [code, name, code[:2], str(quad(code[:2])), f"{float(gs):g}", p[0] or "-",
                      p[1] or "-"]
            print("\t".join(fields))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
