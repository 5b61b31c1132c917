"""Shared fixtures: the real spaCy pipeline, the articles, and a real Anki collection."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE_ARTICLE = ROOT / "question_banks" / "articles" / "harbour-lighthouse.txt"
EXAMPLE_BANK = ROOT / "question_banks" / "harbour-lighthouse.yaml"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test saying why."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs ../shared/{relative} (the shared data folder beside the checkout)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from quizgen.extractor.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_article() -> Path:
    return shared_file("seed/article.txt")


@pytest.fixture(scope="session")
def seed_bank(seed_article, nlp):
    import quizgen

    return quizgen.extract(seed_article.read_text("utf-8"), str(seed_article), nlp=nlp)


@pytest.fixture(scope="session")
def example_bank(nlp):
    import quizgen

    return quizgen.extract(EXAMPLE_ARTICLE.read_text("utf-8"), str(EXAMPLE_ARTICLE), nlp=nlp)


class AnkiProfile:
    """A fresh Anki collection, as a student's profile, importing packages with Anki's own
    importer and its default options (update notes and note types if newer)."""

    def __init__(self, folder: Path) -> None:
        from anki.collection import Collection

        self.col = Collection(str(folder / "collection.anki2"))

    def import_apkg(self, path: Path):
        from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest
        from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

        options = ImportAnkiPackageOptions(
            with_scheduling=False,
            update_notes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            update_notetypes=Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
        return self.col.import_anki_package(
            ImportAnkiPackageRequest(package_path=str(path), options=options))

    def cards(self):
        return [self.col.get_card(cid) for cid in self.col.find_cards("")]

    def notes(self):
        return [self.col.get_note(nid) for nid in self.col.find_notes("")]


@pytest.fixture
def anki_profile(tmp_path):
    profile = AnkiProfile(tmp_path)
    yield profile
    profile.col.close()


@pytest.fixture(autouse=True)
def _no_model_env(monkeypatch):
    # A developer's own choice of pipeline must not change what the tests see.
    monkeypatch.delenv("QUIZGEN_SPACY_MODEL", raising=False)
