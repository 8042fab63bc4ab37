"""The seed article is kept byte for byte."""

import hashlib

from claimcheck import config


def test_seed_article_is_unchanged():
    digest = hashlib.sha256(config.ARTICLE.read_bytes()).hexdigest()
    assert digest == "d4a8bc69fc846d29c77f0ff7c75ee62e6cb9cbd21b838bd706b0e14d8eda0f41"


def test_seed_readme_states_the_same_hash():
    readme = (config.SEEDS / "README.md").read_text(encoding="utf-8")
    assert "d4a8bc69fc846d29c77f0ff7c75ee62e6cb9cbd21b838bd706b0e14d8eda0f41" in readme
