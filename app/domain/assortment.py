"""The assortment of consumables and the rules of a prescription of consumables.

An administrator keeps the assortment (``article_defined`` events, so it reaches every
counter): an article's number, its names in the depot's languages, its product area, its
pack ("14-day pack") and how the depot supplies it (stocked, outside the assortment, or
not at all: the pharmacy's, seed 001's NaCl, glucose and chlorhexidine, which "kan ikke
bestilles via BHM"). An article also names the pump models it is a usual consumable of.

A prescription of consumables (seed 002: registered, and orders made from it) names the
articles and how many of each per period, for a person — for a protected identity the
prescribing unit stands as recipient and it is good for one order only.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable, Iterable, Mapping

from app.domain.consumables import Article, ConsumablePrescription, PrescriptionLine, Supply
from app.domain.refusals import Phrase, RefusalCode, Refused
from app.domain.text import typed

#: The languages an article's name is kept in.
LANGUAGES = ("sv", "nb", "en")
#: The period a prescription's quantities are for when none is given: a 14-day pack's.
DEFAULT_PER_DAYS = 14
#: The most of one article a prescription may name per period.
MAX_QUANTITY = 999
MAX_PER_DAYS = 366

SUPPLY_LABELS = {
    Supply.STOCKED: Phrase("stocked (procured, in stock)"),
    Supply.OUTSIDE: Phrase("outside the assortment"),
    Supply.PHARMACY: Phrase("from the pharmacy (not the depot's)"),
}

_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,39}")
_QUANTITY = re.compile(r"\s*(?P<article>[^=:\s]+)\s*(?:[=:]\s*(?P<n>-?\d+))?\s*")


def check_article_number(text: str) -> str:
    number = typed(text, Phrase("The article number")).strip().upper()
    if not _NUMBER.fullmatch(number):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{text}' is not an article number: letters, digits, '.' and '-', at "
                      "most 40.", text=text)
    return number


def check_supply(text: str) -> Supply:
    try:
        return Supply(text.strip().lower())
    except ValueError:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{supply}' is not a way of supply: stocked, outside or pharmacy.",
                      supply=text) from None


def check_article(article: Article, known_areas: Iterable[str],
                  known_models: Iterable[str]) -> Article:
    """An article as an administrator keeps it: a number, a name in at least one language,
    a known product area, a pack, the models it goes with known."""
    names = {}
    for language, name in article.names.items():
        if language not in LANGUAGES:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{language}' is not a language an article is named in: sv, nb or "
                          "en.", language=language)
        shown = " ".join(typed(name, Phrase("The name")).split())
        if shown:
            names[language] = shown
    if not names:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "An article needs a name (in Swedish, Norwegian or English).")
    if article.product_area not in set(known_areas):
        raise Refused(RefusalCode.INVALID_INPUT,
                      "'{area}' is not a product area: see pumpdesk list areas.",
                      area=article.product_area)
    pack = " ".join(typed(article.pack, Phrase("The pack")).split())
    if not pack:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "An article needs its pack, e.g. \"14-day pack\" or \"box of 100\".")
    models = frozenset(m.strip() for m in article.models if m.strip())
    unknown = sorted(models - set(known_models))
    if unknown:
        raise Refused(RefusalCode.UNKNOWN_MODEL,
                      "No pump model '{model}': see the list of models.", model=unknown[0])
    return Article(check_article_number(article.number), names, article.product_area, pack,
                   Supply(article.supply), bool(article.active), models)


def article_payload(article: Article) -> dict[str, Any]:
    return {"number": article.number, "names": dict(sorted(article.names.items())),
            "product_area": article.product_area, "pack": article.pack,
            "supply": article.supply.value, "active": article.active,
            "models": sorted(article.models)}


def article_from_payload(p: Mapping[str, Any]) -> Article:
    return Article(str(p["number"]), dict(p.get("names") or {}), str(p["product_area"]),
                   str(p["pack"]), Supply(p.get("supply", Supply.STOCKED.value)),
                   bool(p.get("active", True)), frozenset(p.get("models") or ()))


def parse_quantities(items: Iterable[str]) -> dict[str, int]:
    """``ART=N`` (or ``ART`` for one) as the counter writes them; one article named twice
    adds up."""
    wanted: dict[str, int] = {}
    for item in items:
        match = _QUANTITY.fullmatch(typed(item, Phrase("An article")))
        if not match:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "'{item}' is not ARTICLE=QUANTITY.", item=item)
        number = check_article_number(match.group("article"))
        wanted[number] = wanted.get(number, 0) + int(match.group("n") or 1)
    return wanted


def unknown_article(number: str) -> Refused:
    return Refused(RefusalCode.UNKNOWN_ARTICLE,
                   "No article {article} is in the assortment: see pumpdesk list articles.",
                   article=number)


def check_orderable(article: Article | None, number: str, language: str) -> Article:
    """``article`` if the depot supplies it: refused when unknown, no longer active, or the
    pharmacy's."""
    if article is None:
        raise unknown_article(number)
    if not article.active:
        raise Refused(RefusalCode.UNKNOWN_ARTICLE,
                      "{article} is no longer in the assortment: choose another article.",
                      article=article.shown(language))
    if article.supply is Supply.PHARMACY:
        raise Refused(RefusalCode.NOT_SUPPLIED,
                      "{article} is not supplied by the depot: it comes from the pharmacy on "
                      "prescription, like medicines, and cannot be ordered here.",
                      article=article.shown(language))
    return article


def check_lines(quantities: Mapping[str, int], find: Callable[[str], Article | None],
                language: str) -> tuple[tuple[PrescriptionLine, ...], list[Article]]:
    """The prescription's lines, each an article the depot supplies in a quantity of 1 to
    999 per period, and the articles they name."""
    if not quantities:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "A prescription of consumables needs at least one article: "
                      "--article ART=N.")
    lines, articles = [], []
    for number, quantity in quantities.items():
        article = check_orderable(find(number), number, language)
        if not 1 <= quantity <= MAX_QUANTITY:
            raise Refused(RefusalCode.INVALID_INPUT,
                          "{quantity} of {article} is not a quantity to prescribe (1–999 per "
                          "period).", quantity=quantity, article=article.shown(language))
        lines.append(PrescriptionLine(article.number, quantity))
        articles.append(article)
    return tuple(lines), articles


def check_period(per_days: int, valid_from: dt.date, valid_to: dt.date | None) -> None:
    if not 1 <= per_days <= MAX_PER_DAYS:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "{days} days is not a period for the quantities (1–366 days).",
                      days=per_days)
    if valid_to is not None and valid_to < valid_from:
        raise Refused(RefusalCode.INVALID_INPUT,
                      "The prescription would end ({valid_to}) before it starts "
                      "({valid_from}).", valid_to=valid_to.isoformat(),
                      valid_from=valid_from.isoformat())


def prescription_payload(prescription: ConsumablePrescription) -> dict[str, Any]:
    """The prescription as its event carries it: the person by register id only (none for
    a protected identity)."""
    return {"id": prescription.id, "person": prescription.person_id or None,
            "prescriber": prescription.prescriber,
            "prescriber_name": prescription.prescriber_name, "unit": prescription.unit,
            "lines": [{"article": line.article, "quantity": line.quantity}
                      for line in prescription.lines],
            "per_days": prescription.per_days,
            "valid_from": prescription.valid_from.isoformat(),
            "valid_to": prescription.valid_to.isoformat() if prescription.valid_to else None,
            "protected": prescription.protected, "loan_id": prescription.loan_id}


def prescription_from_payload(p: Mapping[str, Any], made_at: dt.datetime | None = None,
                              workstation: str = "") -> ConsumablePrescription:
    return ConsumablePrescription(
        id=str(p["id"]), person_id=str(p.get("person") or ""), prescriber=str(p["prescriber"]),
        unit=str(p["unit"]),
        lines=tuple(PrescriptionLine(str(line["article"]), int(line["quantity"]))
                    for line in p.get("lines") or ()),
        per_days=int(p.get("per_days") or DEFAULT_PER_DAYS),
        valid_from=dt.date.fromisoformat(p["valid_from"]),
        valid_to=dt.date.fromisoformat(p["valid_to"]) if p.get("valid_to") else None,
        protected=bool(p.get("protected")), loan_id=p.get("loan_id"),
        prescriber_name=str(p.get("prescriber_name") or p["prescriber"]), made_at=made_at,
        workstation=workstation)
