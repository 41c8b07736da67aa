"""The labelled statements are what the validators are scored on: a bad line skews every score."""

import json
from pathlib import Path
from typing import get_args

import pytest

from assistant.models import VERDICTS_BY_KIND, NeedArea, Statement

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATASETS = PROJECT_ROOT / "evals" / "datasets"
DEV_STATEMENTS = PROJECT_ROOT.parent / "shared" / "data" / "outcomes-dev.jsonl"
TUNE = (
    "statements-tune.jsonl",
    "statements-tune-b.jsonl",
    "statements-tune-c.jsonl",
    "statements-tune-d.jsonl",
    "statements-tune-e.jsonl",
    "statements-tune-f.jsonl",
    "statements-tune-g.jsonl",
    "statements-tune-h.jsonl",
    "statements-tune-i.jsonl",
    "statements-tune-j.jsonl",
    "statements-tune-k.jsonl",
    "statements-tune-l.jsonl",
    "statements-tune-m.jsonl",
    "statements-tune-n.jsonl",
    "statements-tune-o.jsonl",
    "statements-tune-p.jsonl",
    "statements-tune-q.jsonl",
    "statements-tune-r.jsonl",
    "statements-tune-s.jsonl",
    "statements-tune-t.jsonl",
    "statements-tune-u.jsonl",
    "statements-tune-v.jsonl",
    "statements-tune-w.jsonl",
    "statements-tune-x.jsonl",
    "statements-tune-y.jsonl",
    "statements-tune-z.jsonl",
    "statements-tune-aa.jsonl",
    "statements-tune-ab.jsonl",
    "statements-tune-ac.jsonl",
    "statements-tune-ad.jsonl",
    "statements-tune-ae.jsonl",
    "statements-tune-af.jsonl",
    "statements-tune-ag.jsonl",
    "statements-tune-ah.jsonl",
    "statements-tune-ai.jsonl",
    "statements-tune-aj.jsonl",
    "statements-tune-ak.jsonl",
    "statements-tune-al.jsonl",
    "statements-tune-am.jsonl",
    "statements-tune-an.jsonl",
    "statements-tune-ao.jsonl",
    "statements-tune-ap.jsonl",
    "statements-tune-aq.jsonl",
    "statements-tune-ar.jsonl",
    "statements-tune-as.jsonl",
    "statements-tune-at.jsonl",
    "statements-tune-au.jsonl",
    "statements-tune-av.jsonl",
    "statements-tune-aw.jsonl",
    "statements-tune-ax.jsonl",
    "statements-tune-ay.jsonl",
    "statements-tune-az.jsonl",
    "statements-tune-ba.jsonl",
    "statements-tune-bb.jsonl",
    "statements-tune-bc.jsonl",
    "statements-tune-bd.jsonl",
    "statements-tune-be.jsonl",
    "statements-tune-bf.jsonl",
    "statements-tune-bg.jsonl",
    "statements-tune-bh.jsonl",
    "statements-tune-bi.jsonl",
    "statements-tune-bj.jsonl",
    "statements-tune-bk.jsonl",
    "statements-tune-bl.jsonl",
    "statements-tune-bm.jsonl",
    "statements-tune-bn.jsonl",
    "statements-tune-bo.jsonl",
    "statements-tune-bp.jsonl",
    "statements-tune-bq.jsonl",
    "statements-tune-br.jsonl",
    "statements-tune-bs.jsonl",
    "statements-tune-bt.jsonl",
    "statements-tune-bu.jsonl",
    "statements-tune-bv.jsonl",
    "statements-tune-bw.jsonl",
    "statements-tune-bx.jsonl",
    "statements-tune-by.jsonl",
    "statements-tune-bz.jsonl",
    "statements-tune-ca.jsonl",
    "statements-tune-cb.jsonl",
    "statements-tune-cc.jsonl",
    "statements-tune-cd.jsonl",
    "statements-tune-ce.jsonl",
    "statements-tune-cf.jsonl",
    "statements-tune-cg.jsonl",
    "statements-tune-ch.jsonl",
    "statements-tune-ci.jsonl",
    "statements-tune-cj.jsonl",
    "statements-tune-ck.jsonl",
    "statements-tune-cl.jsonl",
    "statements-tune-cm.jsonl",
    "statements-tune-cn.jsonl",
    "statements-tune-co.jsonl",
    "statements-tune-cp.jsonl",
    "statements-tune-cq.jsonl",
    "statements-tune-cr.jsonl",
    "statements-tune-cs.jsonl",
    "statements-tune-ct.jsonl",
    "statements-tune-cu.jsonl",
    "statements-tune-cv.jsonl",
    "statements-tune-cw.jsonl",
    "statements-tune-cx.jsonl",
    "statements-tune-cy.jsonl",
    "statements-tune-cz.jsonl",
    "statements-tune-da.jsonl",
    "statements-tune-db.jsonl",
    "statements-tune-dc.jsonl",
    "statements-tune-dd.jsonl",
    "statements-tune-de.jsonl",
    "statements-tune-df.jsonl",
    "statements-tune-dg.jsonl",
    "statements-tune-dh.jsonl",
    "statements-tune-di.jsonl",
    "statements-tune-dj.jsonl",
    "statements-tune-dk.jsonl",
    "statements-tune-dl.jsonl",
    "statements-tune-dm.jsonl",
    "statements-tune-dn.jsonl",
    "statements-tune-do.jsonl",
    "statements-tune-dp.jsonl",
    "statements-tune-dq.jsonl",
    "statements-tune-dr.jsonl",
    "statements-tune-ds.jsonl",
    "statements-tune-dt.jsonl",
    "statements-tune-du.jsonl",
    "statements-tune-dv.jsonl",
    "statements-tune-dw.jsonl",
    "statements-tune-dx.jsonl",
    "statements-tune-dy.jsonl",
    "statements-tune-dz.jsonl",
    "statements-tune-ea.jsonl",
    "statements-tune-eb.jsonl",
    "statements-tune-ec.jsonl",
    "statements-tune-ed.jsonl",
    "statements-tune-ee.jsonl",
    "statements-tune-ef.jsonl",
    "statements-tune-eg.jsonl",
    "statements-tune-eh.jsonl",
    "statements-tune-ei.jsonl",
    "statements-tune-ej.jsonl",
    "statements-tune-ek.jsonl",
    "statements-tune-el.jsonl",
    "statements-tune-em.jsonl",
    "statements-tune-en.jsonl",
    "statements-tune-eo.jsonl",
    "statements-tune-ep.jsonl",
    "statements-tune-eq.jsonl",
    "statements-tune-er.jsonl",
    "statements-tune-es.jsonl",
    "statements-tune-et.jsonl",
    "statements-tune-eu.jsonl",
    "statements-tune-ev.jsonl",
    "statements-tune-ew.jsonl",
)
HOLDOUT = ("statements-holdout.jsonl", "statements-holdout-b.jsonl", "statements-holdout-c.jsonl",
           "statements-holdout-d.jsonl", "statements-holdout-e.jsonl", "statements-holdout-f.jsonl",
           "statements-holdout-g.jsonl", "statements-holdout-h.jsonl", "statements-holdout-i.jsonl",
           "statements-holdout-j.jsonl", "statements-holdout-k.jsonl", "statements-holdout-l.jsonl",
           "statements-holdout-m.jsonl", "statements-holdout-n.jsonl", "statements-holdout-o.jsonl",
           "statements-holdout-p.jsonl", "statements-holdout-q.jsonl", "statements-holdout-r.jsonl",
           "statements-holdout-s.jsonl", "statements-holdout-t.jsonl", "statements-holdout-u.jsonl",
           "statements-holdout-v.jsonl", "statements-holdout-w.jsonl", "statements-holdout-x.jsonl",
           "statements-holdout-y.jsonl", "statements-holdout-z.jsonl", "statements-holdout-aa.jsonl",
           "statements-holdout-ab.jsonl", "statements-holdout-ac.jsonl",
           "statements-holdout-ad.jsonl", "statements-holdout-ae.jsonl",
           "statements-holdout-af.jsonl", "statements-holdout-ag.jsonl",
           "statements-holdout-ah.jsonl", "statements-holdout-ai.jsonl",
           "statements-holdout-aj.jsonl", "statements-holdout-ak.jsonl",
           "statements-holdout-al.jsonl", "statements-holdout-am.jsonl",
           "statements-holdout-an.jsonl", "statements-holdout-ao.jsonl",
           "statements-holdout-ap.jsonl", "statements-holdout-aq.jsonl",
           "statements-holdout-ar.jsonl", "statements-holdout-as.jsonl",
           "statements-holdout-at.jsonl", "statements-holdout-au.jsonl",
           "statements-holdout-av.jsonl", "statements-holdout-aw.jsonl",
           "statements-holdout-ax.jsonl", "statements-holdout-ay.jsonl",
           "statements-holdout-az.jsonl", "statements-holdout-ba.jsonl",
           "statements-holdout-bb.jsonl", "statements-holdout-bc.jsonl",
           "statements-holdout-bd.jsonl", "statements-holdout-be.jsonl",
           "statements-holdout-bf.jsonl", "statements-holdout-bg.jsonl",
           "statements-holdout-bh.jsonl", "statements-holdout-bi.jsonl",
           "statements-holdout-bj.jsonl", "statements-holdout-bk.jsonl",
           "statements-holdout-bl.jsonl", "statements-holdout-bm.jsonl",
           "statements-holdout-bn.jsonl", "statements-holdout-bo.jsonl",
           "statements-holdout-bp.jsonl", "statements-holdout-bq.jsonl",
           "statements-holdout-br.jsonl", "statements-holdout-bs.jsonl",
           "statements-holdout-bt.jsonl", "statements-holdout-bu.jsonl",
           "statements-holdout-bv.jsonl", "statements-holdout-bw.jsonl",
           "statements-holdout-bx.jsonl", "statements-holdout-by.jsonl",
           "statements-holdout-bz.jsonl", "statements-holdout-ca.jsonl",
           "statements-holdout-cb.jsonl", "statements-holdout-cc.jsonl",
           "statements-holdout-cd.jsonl", "statements-holdout-ce.jsonl",
           "statements-holdout-cf.jsonl", "statements-holdout-cg.jsonl",
           "statements-holdout-ch.jsonl", "statements-holdout-ci.jsonl",
           "statements-holdout-cj.jsonl", "statements-holdout-ck.jsonl",
           "statements-holdout-cl.jsonl", "statements-holdout-cm.jsonl",
           "statements-holdout-cn.jsonl", "statements-holdout-co.jsonl",
           "statements-holdout-cp.jsonl", "statements-holdout-cq.jsonl",
           "statements-holdout-cr.jsonl", "statements-holdout-cs.jsonl",
           "statements-holdout-ct.jsonl", "statements-holdout-cu.jsonl",
           "statements-holdout-cv.jsonl", "statements-holdout-cw.jsonl",
           "statements-holdout-cx.jsonl", "statements-holdout-cy.jsonl",
           "statements-holdout-cz.jsonl", "statements-holdout-da.jsonl",
           "statements-holdout-db.jsonl", "statements-holdout-dc.jsonl",
           "statements-holdout-dd.jsonl", "statements-holdout-de.jsonl",
           "statements-holdout-df.jsonl", "statements-holdout-dg.jsonl",
           "statements-holdout-dh.jsonl", "statements-holdout-di.jsonl",
           "statements-holdout-dj.jsonl", "statements-holdout-dk.jsonl",
           "statements-holdout-dl.jsonl", "statements-holdout-dm.jsonl",
           "statements-holdout-dn.jsonl", "statements-holdout-do.jsonl",
           "statements-holdout-dp.jsonl", "statements-holdout-dq.jsonl",
           "statements-holdout-dr.jsonl", "statements-holdout-ds.jsonl",
           "statements-holdout-dt.jsonl", "statements-holdout-du.jsonl",
           "statements-holdout-dv.jsonl", "statements-holdout-dw.jsonl",
           "statements-holdout-dx.jsonl", "statements-holdout-dy.jsonl",
           "statements-holdout-dz.jsonl", "statements-holdout-ea.jsonl",
           "statements-holdout-eb.jsonl", "statements-holdout-ec.jsonl",
           "statements-holdout-ed.jsonl", "statements-holdout-ee.jsonl",
           "statements-holdout-ef.jsonl", "statements-holdout-eg.jsonl",
           "statements-holdout-eh.jsonl", "statements-holdout-ei.jsonl",
           "statements-holdout-ej.jsonl", "statements-holdout-ek.jsonl",
           "statements-holdout-el.jsonl", "statements-holdout-em.jsonl",
           "statements-holdout-en.jsonl", "statements-holdout-eo.jsonl",
           "statements-holdout-ep.jsonl", "statements-holdout-eq.jsonl",
           "statements-holdout-er.jsonl", "statements-holdout-es.jsonl",
           "statements-holdout-et.jsonl", "statements-holdout-eu.jsonl",
           "statements-holdout-ev.jsonl")
LABELLED = (*TUNE, *HOLDOUT)
AREAS = set(get_args(NeedArea)) | {"preparing_for_adulthood"}
PFA_FROM_AGE = 13
"""Preparing for Adulthood outcomes start at Year 9, when a pupil turns 13 or 14."""


def _rows(name: str) -> list[dict[str, object]]:
    lines = (DATASETS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _all_rows() -> list[tuple[str, dict[str, object]]]:
    return [(name, row) for name in LABELLED for row in _rows(name)]


@pytest.mark.parametrize("name", LABELLED)
def test_every_line_is_a_statement_with_the_labels_of_its_kind(name: str) -> None:
    rows = _rows(name)
    assert rows, f"{name} is empty"
    for row in rows:
        statement = Statement.model_validate(row)
        labels = row["labels"]
        assert isinstance(labels, dict), statement.id
        assert tuple(labels) == VERDICTS_BY_KIND[statement.kind], statement.id
        assert all(value in (True, False, None) for value in labels.values()), statement.id
        assert row["area"] in AREAS, statement.id
        assert statement.context.name and statement.context.age is not None, statement.id
        assert statement.context.assessment_date is not None, statement.id
        assert statement.id.startswith(name.removeprefix("statements-").split(".")[0] + "-")


def test_ids_are_unique_across_all_files() -> None:
    ids = [str(row["id"]) for _, row in _all_rows()]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_no_text_appears_twice_in_any_file_or_across_files() -> None:
    texts = [str(row["text"]).casefold() for _, row in _all_rows()]
    assert len(texts) == len(set(texts)), sorted({t for t in texts if texts.count(t) > 1})


def test_no_child_from_the_shared_dev_set_is_reused() -> None:
    dev_lines = DEV_STATEMENTS.read_text(encoding="utf-8").splitlines()
    dev_names = {json.loads(line)["context"]["name"] for line in dev_lines if line.strip()}
    reused = {row["context"]["name"] for _, row in _all_rows()} & dev_names  # type: ignore[index]
    assert not reused


def test_preparing_for_adulthood_is_only_for_year_9_and_over() -> None:
    too_young = [
        row["id"]
        for _, row in _all_rows()
        if row["area"] == "preparing_for_adulthood"
        and row["context"]["age"] < PFA_FROM_AGE  # type: ignore[index,operator]
    ]
    assert not too_young


def test_the_sets_are_big_and_mixed_enough_to_score_on() -> None:
    rows = [row for _, row in _all_rows()]
    assert len(rows) >= 300
    for kind in VERDICTS_BY_KIND:
        of_kind = [row for row in rows if row["kind"] == kind]
        flawed = [r for r in of_kind if False in r["labels"].values()]  # type: ignore[union-attr]
        assert 0.35 <= len(flawed) / len(of_kind) <= 0.65, kind
    assert {row["area"] for row in rows} == AREAS


def test_second_reviewer_labels_name_real_outcomes_and_agree_with_the_first() -> None:
    """A second reviewer relabelled 400 outcomes blind: the check on whether the labels, and so
    the untuned scores, can be trusted (evals/README.md, 'How far the labels can be trusted')."""
    first = {str(row["id"]): row for _, row in _all_rows()}
    second = _rows("second-reviewer.jsonl")
    assert len(second) == 400
    agree = total = 0
    for row in second:
        original = first[str(row["id"])]
        assert original["kind"] == "outcome"
        assert tuple(row["labels"]) == VERDICTS_BY_KIND["outcome"]  # type: ignore[arg-type]
        for verdict, value in row["labels"].items():  # type: ignore[union-attr]
            if value is not None and original["labels"][verdict] is not None:  # type: ignore[index]
                total += 1
                agree += value == original["labels"][verdict]  # type: ignore[index]
    assert agree / total >= 0.95
