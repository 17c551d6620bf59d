"""Small renderings for people: sparklines for the terminal and charts as files."""

from __future__ import annotations

from typing import Any

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None]) -> str:
    """One character per value, scaled over [-1, 1]; a gap for missing values."""
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        else:
            out.append(BARS[min(int((v + 1) / 2 * len(BARS)), len(BARS) - 1)])
    return "".join(out)


def plot_dyad(profile: dict[str, Any], path: str) -> None:
    """Cooperation–conflict index and event counts over time, as PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = profile["series"]
    xs = [p["period"] for p in series]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5), sharex=True,
                                      gridspec_kw={"height_ratios": [2, 1]})
    top.axhline(0, color="grey", linewidth=0.8)
    top.plot(xs, [p["cci"] for p in series], marker="o", color="#1f5f8b")
    top.set_ylim(-1.05, 1.05)
    top.set_ylabel("cooperation − conflict\n(share of events)")
    a, b = profile["dyad"]
    top.set_title(f"{a} – {b}: occurred events only")
    bottom.bar(xs, [p["coop"] for p in series], color="#3a8d5c", label="cooperative")
    bottom.bar(xs, [-p["conflict"] for p in series], color="#b3412f", label="conflictual")
    bottom.set_ylabel("events")
    bottom.legend(loc="lower left", fontsize=8)
    for label in bottom.get_xticklabels():
        label.set_rotation(45)
        label.set_ha("right")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_country(profile: dict[str, Any], path: str, top: int = 12) -> None:
    """Partners and adversaries by net Goldstein score, as PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(profile["partners"] + profile["adversaries"] + profile["organisations"],
                  key=lambda r: r["score"])
    rows = rows[:top // 2] + rows[-(top // 2):] if len(rows) > top else rows
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(rows) + 1.2))
    ax.barh([r["counterpart"] for r in rows], [r["score"] for r in rows],
            color=["#3a8d5c" if r["score"] > 0 else "#b3412f" for r in rows])
    ax.axvline(0, color="grey", linewidth=0.8)
    ax.set_xlabel("net Goldstein score of occurred events")
    ax.set_title(f"{profile['country']}: partners and adversaries")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
