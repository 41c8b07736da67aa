"""The snapshot fixture for the rule tests; the helpers live in _cases.py."""

import pytest

from ._cases import SNAPSHOTS, Snapshot


@pytest.fixture
def snapshot() -> Snapshot:
    return Snapshot(SNAPSHOTS)
