"""A test run leaves the repository as it found it: no file changed or added, the build cache intact."""

from conftest import REPOSITORY_BEFORE, _repository_state


def test_the_work_tree_and_the_published_build_cache_are_as_before():
    # runs last (see conftest.pytest_collection_modifyitems): every other test has had its chance to write
    assert _repository_state() == REPOSITORY_BEFORE
