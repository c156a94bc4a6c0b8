"""Which copy of a workstation's database the region takes events from (the judge's rule
for two databases running as one workstation)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.sync import Copies, copy_verdict


def test_the_first_copy_is_taken_and_then_only_it() -> None:
    copies, clash = copy_verdict(Copies(), "a", None)
    assert (copies, clash) == (Copies("a"), False)
    assert copy_verdict(copies, "a", None) == (copies, False)
    assert copy_verdict(copies, "b", None) == (copies, True)  # a second database


def test_a_restored_copy_takes_over_and_the_old_one_clashes() -> None:
    copies, clash = copy_verdict(Copies("a"), "b", "a")
    assert (copies, clash) == (Copies("b", frozenset({"a"})), False)
    assert copy_verdict(copies, "a", None)[1]
    # The old one, having taken the new one's events back, cannot take over in turn.
    assert copy_verdict(copies, "c", "a")[1]
    assert copy_verdict(copies, "a", "b")[1]


def test_items_without_a_token_are_not_checked() -> None:
    assert copy_verdict(Copies("a"), None, None) == (Copies("a"), False)


@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from([None, *"abcde"]))))
def test_one_current_copy_and_a_superseded_one_never_returns(items) -> None:  # noqa: ANN001
    copies = Copies()
    for token, replaces in items:
        before = copies
        copies, clash = copy_verdict(copies, token, replaces)
        if clash:
            assert copies == before
        assert copies.current not in copies.superseded
        assert before.superseded <= copies.superseded
