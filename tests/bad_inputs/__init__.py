"""The bad-input corpus; cases.py holds the asserts that judge each case, so pytest rewrites them."""

import pytest

pytest.register_assert_rewrite(f"{__name__}.cases")
