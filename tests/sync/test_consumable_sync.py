"""The assortment and prescriptions of consumables across the region: an administrator's
article and a counter's prescription reach every other counter through the central log;
the central judge refuses an article kept by a staff member without the administrator
role, whatever a counter's own register says, and that counter takes it back."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from app.domain.refusals import RefusalCode
from app.persistence.consumables import ConsumableRegister
from app.services import consumables, prescribers, staff
from app.services import sync as sync_service
from tests.sync.test_staff_sync import Counter, pair  # noqa: F401 - the fixture


def _articles(counter: Counter) -> dict[str, dict[str, str]]:
    return {a.number: a.names for a in consumables.list_articles(counter.station)}


def test_an_article_and_a_prescription_made_at_one_counter_reach_another(
        pair: tuple[Counter, Counter]) -> None:  # noqa: F811
    one, two = pair
    consumables.define_article(one.station, "302001", names={"sv": "Sprutor och slangar"},
                               area="subcutaneous_infusion", pack="14-dagarsförpackning",
                               models=["T34"])
    nurse = prescribers.add_prescriber(one.station, "Ssk. Maja Öberg", role="forskrivare",
                                       areas=["subcutaneous_infusion"], units=["602154"])
    one.cycle()
    two.cycle()
    assert _articles(two) == {"302001": {"sv": "Sprutor och slangar"}}
    made = consumables.prescribe(two.station, "19811228-9874", prescriber=nurse.id,
                                 articles={"302001": 2})
    protected = consumables.prescribe(two.station, "protected", prescriber=nurse.id,
                                      articles={"302001": 1})
    two.cycle()
    one.cycle()
    assert not sync_service.conflicts(two.station)
    with one.station.db.reading() as connection:
        register = ConsumableRegister(connection)
        [there] = register.prescriptions_of(made.person_id)
        [unit_only] = register.protected_prescriptions("602154")
        assert register.model_consumables("T34") == ["302001"]
    assert there.id == made.id and there.workstation == "KASSA2"
    assert [(line.article, line.quantity) for line in there.lines] == [("302001", 2)]
    assert (unit_only.id, unit_only.person_id, unit_only.unit) == (protected.id, "",
                                                                   "602154")
    # The article changed at the second counter: the last word in the central order wins.
    consumables.define_article(two.station, "302001", names={"nb": "Sprøyter og slanger"})
    two.cycle()
    one.cycle()
    for counter in (one, two):
        assert _articles(counter)["302001"] == {"nb": "Sprøyter og slanger",
                                                "sv": "Sprutor och slangar"}


def test_the_judge_refuses_an_article_kept_without_the_administrator_role(
        pair: tuple[Counter, Counter]) -> None:  # noqa: F811
    """bo holds the counter role only; KASSA2's file was changed to make bo an
    administrator. KASSA2 lets bo add an article and change one; the judge does not:
    KASSA1 never hears of it, and KASSA2 takes both back to what the region accepted.
    bo's prescription, a counter's work, is accepted."""
    one, two = pair
    staff.add_staff(one.station, "bo", name="Bo Ek", roles=["counter"])
    consumables.define_article(one.station, "302001", names={"sv": "Sprutor"},
                               area="subcutaneous_infusion", pack="14-dagarsförpackning")
    nurse = prescribers.add_prescriber(one.station, "Ssk. Maja Öberg", role="forskrivare",
                                       areas=["subcutaneous_infusion"], units=["602154"])
    one.cycle()
    two.cycle()
    with closing(sqlite3.connect(two.station.db.path)) as connection, connection:
        connection.execute("UPDATE staff SET roles = '[\"administrator\", \"counter\"]' "
                           "WHERE number = 'bo'")
    two.station.sign_in("bo")
    consumables.define_article(two.station, "999999", names={"sv": "Bos egen"},
                               area="subcutaneous_infusion", pack="st")
    consumables.define_article(two.station, "302001", names={"sv": "Bos sprutor"})
    made = consumables.prescribe(two.station, "19811228-9874", prescriber=nurse.id,
                                 articles={"302001": 1})
    assert set(_articles(two)) == {"302001", "999999"}
    two.cycle()
    reasons = [c.reason for c in sync_service.conflicts(two.station)]
    assert [r.code for r in reasons] == [RefusalCode.ROLE_REQUIRED] * 2
    assert all("administrator role" in r.message for r in reasons)
    one.cycle()
    for counter in (one, two):
        assert _articles(counter) == {"302001": {"sv": "Sprutor"}}
        with counter.station.db.reading() as connection:
            assert ConsumableRegister(connection).prescription(made.id) is not None
