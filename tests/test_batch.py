"""Many articles at once: worker processes, skipping what is up to date, one bad article never
stopping the batch, and the same banks from a real Dask cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.cli import main
from tests.conftest import EXAMPLE_ARTICLE

MARKET = """\
Town market reopens after a year of repairs
The covered market in Brindle reopened on Monday after repairs that took a year and cost
£850,000. The market hall was built in 1891 and holds 64 stalls. The council said that 40 of the
stalls have already been let to local traders, most of them selling food. A bakery run by Ines
Caldwell was the first stall to open, at six o'clock in the morning. The roof, which had leaked
for a decade, was replaced with glass panels made in Sheffield.
"""

SCHOOL = """\
Pupils plant an orchard
Pupils at Hollins Primary School planted 30 apple trees on Friday. The trees were given by the
Northern Orchard Trust, a charity that has planted more than 2,000 trees in schools since 2015.
Head teacher Samuel Okoro said the orchard would be used in science lessons. The first apples
are expected in three years. Each class will look after one row of trees.
"""

GERMAN = ("Der alte Markt in der Stadt wurde am Montag wieder eröffnet. Die Händler haben lange "
          "darauf gewartet, und viele Familien kamen schon am Morgen. Der Bürgermeister dankte "
          "allen Helfern für ihre Arbeit und ihre Geduld.\n")


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "articles"
    (root / "local").mkdir(parents=True)
    (root / "schools").mkdir()
    (root / "local" / "001.txt").write_text(MARKET)
    (root / "schools" / "001.txt").write_text(SCHOOL)
    (root / "local" / "002.txt").write_text(EXAMPLE_ARTICLE.read_text("utf-8"))
    (root / "local" / "003.txt").write_text(GERMAN)
    (root / "local" / "notes.csv").write_text("not,an,article\n")
    return root


def _banks(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.yaml"))}


def test_a_folder_in_two_processes_one_bad_article_reported(corpus, tmp_path, capsys):
    out = tmp_path / "banks"
    code = main(["extract", str(corpus), "--out-dir", str(out), "--jobs", "2"])
    stdout, stderr = capsys.readouterr()
    assert code == 1  # one article failed …
    assert stderr.splitlines() == [
        f"{corpus / 'local' / '003.txt'}: this does not look like English (only 9% of its words "
        "are common English words) — quizgen makes questions from English articles"]
    # … and the others were written, each in its folder, with ids that do not collide
    assert sorted(_banks(out)) == ["local/001.yaml", "local/002.yaml", "schools/001.yaml"]
    assert stdout.splitlines()[-1] == "3 wrote, 1 failed (4 articles)"
    assert "id: local-001\n" in (out / "local" / "001.yaml").read_text()
    assert "id: schools-001\n" in (out / "schools" / "001.yaml").read_text()


def test_a_rerun_skips_banks_that_are_up_to_date(corpus, tmp_path, capsys):
    out = tmp_path / "banks"
    (corpus / "local" / "003.txt").unlink()
    assert main(["extract", str(corpus), "--out-dir", str(out), "--jobs", "1"]) == 0
    first = _banks(out)
    capsys.readouterr()
    (corpus / "schools" / "001.txt").write_text(SCHOOL + "The orchard will open to families "
                                                "on 3 June with a picnic.\n")
    assert main(["extract", str(corpus), "--out-dir", str(out), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    again = _banks(out)
    assert again["local/001.yaml"] == first["local/001.yaml"]
    assert again["schools/001.yaml"] != first["schools/001.yaml"]
    assert main(["extract", str(corpus), "--out-dir", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 skipped (3 articles)"


def test_a_dask_cluster_makes_the_same_banks(corpus, tmp_path, capsys):
    distributed = pytest.importorskip("dask.distributed")
    (corpus / "local" / "003.txt").unlink()
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert main(["extract", str(corpus), "--out-dir", str(local), "--jobs", "1"]) == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert main(["extract", str(corpus), "--out-dir", str(remote), "--scheduler",
                     cluster.scheduler_address]) == 0
    assert _banks(remote) == _banks(local) != {}


def test_an_unreachable_scheduler_is_one_line(corpus, tmp_path, capsys):
    code = main(["extract", str(corpus), "--out-dir", str(tmp_path), "--scheduler",
                 "tcp://127.0.0.1:9"])
    assert code == 1
    assert capsys.readouterr().err == ("quizgen: cannot reach the Dask scheduler at "
                                       "tcp://127.0.0.1:9 — check the address and that the "
                                       "scheduler is running\n")
