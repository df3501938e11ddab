#!/usr/bin/env python3
"""A generated portfolio for load tests: MINES mines x QUARTERS quarters of one company, as observation CSV
(mine,period,measure,metal,value,unit), one file per mine in OUT_DIR. Figures are deterministic (seeded),
plausible, and metallurgically consistent: production = tonnes x grade x recovery, rounded as releases print
it, so the metal balance rule has nothing to say and the rules' work is the ordinary work.

usage: generate-portfolio.py MINES QUARTERS OUT_DIR
"""
import os
import random
import sys

GRAMS_PER_OZ = 31.1034768
LB_PER_TONNE = 2204.62262


def quarters(count, last_year=2024):
    first_year = last_year - (count + 3) // 4 + 1
    all_quarters = [(y, q) for y in range(first_year, last_year + 1) for q in range(1, 5)]
    return all_quarters[-count:]


def main():
    mines, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20111024)
    for m in range(1, mines + 1):
        name = f"Mine {m:03d}"
        tpd_base = rnd.uniform(600, 4000)
        grades = {"AG": rnd.uniform(80, 400), "AU": rnd.uniform(0.3, 4), "PB": rnd.uniform(0.8, 4), "ZN": rnd.uniform(1, 6)}
        recoveries = {"AG": rnd.uniform(78, 92), "AU": rnd.uniform(45, 92), "PB": rnd.uniform(85, 94), "ZN": rnd.uniform(80, 92)}
        rows = ["mine,period,measure,metal,value,unit"]
        for (year, q) in quarters(count):
            period = f"{year}-Q{q}"
            days = 90
            tpd = round(tpd_base * rnd.uniform(0.85, 1.05))
            tonnes = tpd * days
            rows.append(f"{name},{period},tonnes_milled,,{tonnes},t")
            rows.append(f"{name},{period},tpd,,{tpd},t/d")
            for metal in ("AG", "AU", "PB", "ZN"):
                grade = round(grades[metal] * rnd.uniform(0.85, 1.15), 2)
                recovery = round(recoveries[metal] * rnd.uniform(0.97, 1.02), 1)
                if metal in ("AG", "AU"):
                    produced = round(tonnes * grade * recovery / 100 / GRAMS_PER_OZ)
                    units = ("g/t", "oz")
                else:
                    produced = round(tonnes * grade / 100 * recovery / 100 * LB_PER_TONNE)
                    units = ("%", "lb")
                rows.append(f"{name},{period},grade,{metal},{grade},{units[0]}")
                rows.append(f"{name},{period},recovery,{metal},{recovery},%")
                rows.append(f"{name},{period},production,{metal},{produced},{units[1]}")
        with open(os.path.join(out, f"mine-{m:03d}.csv"), "w") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
