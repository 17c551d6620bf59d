"""Measuring the coder: accord eval and its accuracy floors."""

from __future__ import annotations

import sys

import click

from accord.cli.base import (
    MODEL_OPTION,
    _err,
    cli,
)


@cli.command(name="eval")
@click.option("--gold", default="../shared/data/gold/us-government-news.gold.jsonl",
              show_default=True, help="Gold events (ANNOTATION.md format).")
@click.option("--articles", default=None,
              help="Articles the gold annotates (JSONL); default: the bundled sample corpus.")
@click.option("--scorer", default="../shared/tools/score_events.py", show_default=True,
              help="The scoring script (tools/score_events.py of the shared data).")
@click.option("--out", default="out/eval", show_default=True, help="Folder for system output.")
@click.option("--plover", default="../shared/data/gold/plover_gsr_cameo.jsonl",
              show_default=True, help="PLOVER gold-standard records.")
@click.option("--cameo", "cameo_path", default="../shared/data/cameo/cameo_codes.tsv",
              show_default=True, help="CAMEO code table with the codebook's example sentences.")
@click.option("--only", "only", multiple=True,
              type=click.Choice(["actors", "cameo", "clusters", "plover", "real-news"]),
              help="Run only these evaluations (repeatable); default: all.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of accuracy floors; exit 1 when a measured figure is below one.")
@MODEL_OPTION
def eval_cmd(gold: str, articles: str | None, scorer: str, out: str, plover: str,
             cameo_path: str, only: tuple[str, ...], floors: str | None, model: str) -> None:
    """Score the coder: actor resolution (packaged test set and false friends), the PLOVER
    gold-standard records (event type; source-target-type) and the real-news gold (through
    the shared scorer, last line F1/recall/precision)."""
    from pathlib import Path

    from accord.evaluate import run_actor_eval, run_eval, run_plover_eval
    from accord.knowledge.tsv import packaged
    from accord.nlp import MODELS

    model = MODELS.get(model, model)
    sets = set(only or ("actors", "cameo", "clusters", "plover", "real-news"))
    measured: dict[str, float] = {}
    if "cameo" in sets:
        from accord.evaluate import run_cameo_examples

        ce = run_cameo_examples(cameo_path, model)
        measured["cameo_root_accuracy"] = ce.root_ok / max(ce.examples, 1)
        click.echo(ce.report())
        one = run_cameo_examples(cameo_path, model, one_sided=True)
        measured["cameo_root_accuracy_one_sided"] = one.root_ok / max(one.examples, 1)
        click.echo(f"with one-sided events (--one-sided): root-code accuracy {one.root_ok}/"
                   f"{one.examples} = {measured['cameo_root_accuracy_one_sided']:.3f}")
        click.echo()
    if "clusters" in sets:
        from accord.evaluate import run_cluster_eval

        seed = Path(gold).parents[2] / "seed" / "000_2d0c6eb997aae864.txt"
        cl = run_cluster_eval(packaged("eval", "cluster_pairs.tsv"), seed=seed, model=model,
                              gold=gold)
        measured.update(clusters_bcubed_precision=cl.bcubed_p, clusters_bcubed_f1=cl.bcubed_f1)
        if cl.acts is not None:
            measured.update(clusters_act_bcubed_precision=cl.acts.bcubed_p,
                            clusters_act_bcubed_f1=cl.acts.bcubed_f1)
        click.echo(cl.report())
        click.echo()
    if "actors" in sets:
        ac = run_actor_eval(packaged("eval", "actors.tsv"), packaged("eval", "false_friends.tsv"),
                            model)
        measured.update(actors_country=ac.country_ok / ac.phrases,
                        actors_sector=ac.sector_ok / ac.phrases,
                        false_friends=ac.friends_avoided / max(ac.friends, 1))
        click.echo(ac.report())
        click.echo()
    if "plover" in sets:
        pl = run_plover_eval(plover, model)
        measured.update(plover_type_f1=pl.f1(pl.type_p, pl.type_r),
                        plover_dyad_f1=pl.f1(pl.dyad_p, pl.dyad_r))
        click.echo(pl.report())
        one_pl = run_plover_eval(plover, model, one_sided=True)
        measured.update(plover_type_f1_one_sided=one_pl.f1(one_pl.type_p, one_pl.type_r),
                        plover_dyad_f1_one_sided=one_pl.f1(one_pl.dyad_p, one_pl.dyad_r))
        click.echo("with one-sided events (--one-sided):\n"
                   + one_pl.report().split("\n", 1)[-1])
        click.echo()
    if "real-news" in sets:
        result = run_eval(gold=gold, articles=articles, scorer=scorer, out=out, model=model)
        click.echo(result.report)
        _err(f"system events: {result.system_path}")
        measured.update(result.figures)
        from accord.evaluate import expected_calibration_error, miss_causes

        ece, n_ece = expected_calibration_error(gold, model=model)
        measured["real_news_ece"] = ece
        click.echo(f"confidence calibration: ECE {ece:.3f} over {n_ece} events in annotated "
                   "sentences (calibration fitted on this set: in-sample)")

        causes, listing = miss_causes(gold, articles, model)
        click.echo("required gold events missed or mis-statused, by cause: " + ", ".join(
            f"{k} {v}" for k, v in sorted(causes.items(), key=lambda kv: -kv[1])))
        misses_path = Path(out) / "misses.txt"
        misses_path.write_text("\n".join(listing) + "\n", encoding="utf-8")
        _err(f"each miss with its cause: {misses_path}")
    if floors:
        _check_floors(floors, measured)


def _check_floors(path: str, measured: dict[str, float]) -> None:
    """Compare measured figures with the floors file; a drop below a floor fails."""
    import tomllib

    with open(path, "rb") as f:
        wanted = tomllib.load(f).get("floors", {})
    failed = []
    click.echo("\nfloors:")
    for name, floor in sorted(wanted.items()):
        if name not in measured:
            continue
        # figures named *_ece are errors: their "floor" is a ceiling
        ok = measured[name] - 1e-9 <= floor if name.endswith("_ece") else \
            measured[name] + 1e-9 >= floor
        sign = ("<=" if ok else ">") if name.endswith("_ece") else (">=" if ok else "<")
        click.echo(f"  {name:28} {measured[name]:.3f} {sign} {floor:.3f}"
                   f"{'' if ok else '   BELOW FLOOR'}")
        if not ok:
            failed.append(name)
    if failed:
        _err(f"accuracy below its floor: {', '.join(failed)}")
        sys.exit(1)


