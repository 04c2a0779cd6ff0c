"""Test-wide settings: in CI, Hypothesis draws the same examples every run, so a pass on a clean clone is repeatable;
locally it keeps exploring new ones (and its database replays any it found failing)."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
