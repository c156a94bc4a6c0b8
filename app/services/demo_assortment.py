"""The demo depots' assortments of consumables, made through the administrator's service.

A Swedish depot (seed 002, Sesam LMN): articles of its product areas — diabetes,
incontinence, nutrition, tube-feeding accessories, stoma — besides the pumps' own sets, and
one article outside the procured assortment. A Norwegian one (seed 001, BHM): the syringes,
needles and transparent dressings it hands out in 14-day packs with the syringe pumps, the
feeding sets of the nutrition pumps, and the pharmacy's NaCl, glucose and chlorhexidine,
which "kan ikke bestilles via BHM". Data, in the depots' own words: not translated.
"""

from __future__ import annotations

from app.services.station import Station

# number, (sv, nb, en), product area, pack, supply, models
_Article = tuple[str, tuple[str, str, str], str, str, str, tuple[str, ...]]

_SE_PACK = "14-dagarsförpackning"
_NO_PACK = "14-dagerspakke"

ARTICLES: dict[str, list[_Article]] = {
    "SE": [
        ("301001", ("Matningsaggregat Kangaroo Joey", "Ernæringssett Kangaroo Joey",
                    "Kangaroo Joey feeding set"), "enteral_nutrition", _SE_PACK, "stocked",
         ("JOEY",)),
        ("301002", ("Flocare pumpaggregat", "Flocare pumpesett", "Flocare pump set"),
         "enteral_nutrition", _SE_PACK, "stocked", ("FLOCARE",)),
        ("301003", ("Applix Smart aggregat", "Applix Smart sett", "Applix Smart set"),
         "enteral_nutrition", _SE_PACK, "stocked", ("APPLIX",)),
        ("302001", ("Sprutor och slangar", "Sprøyter og slanger", "Syringes and lines"),
         "subcutaneous_infusion", _SE_PACK, "stocked", ("T34",)),
        ("302002", ("Subkutana nålar", "Subkutane nåler", "Subcutaneous needles"),
         "subcutaneous_infusion", _SE_PACK, "stocked", ("T34", "CADD")),
        ("302003", ("Transparenta förband", "Transparente bandasjer",
                    "Transparent dressings"), "subcutaneous_infusion", _SE_PACK, "stocked",
         ("T34", "CADD")),
        ("302004", ("CADD-kassetter", "CADD-kassetter", "CADD cassettes"),
         "subcutaneous_infusion", _SE_PACK, "stocked", ("CADD",)),
        ("410101", ("Blodglukosteststickor", "Blodsukkerstrimler", "Blood glucose test strips"),
         "diabetes", "förpackning om 50", "stocked", ()),
        ("410102", ("Pennkanyler 4 mm", "Pennkanyler 4 mm", "Pen needles 4 mm"), "diabetes",
         "förpackning om 100", "stocked", ()),
        ("420101", ("Inkontinensskydd, normal", "Inkontinensbeskyttelse, normal",
                    "Incontinence pads, normal"), "incontinence", "förpackning om 28",
         "stocked", ()),
        ("430101", ("Sondnäring 1,5 kcal/ml, 500 ml", "Sondeernæring 1,5 kcal/ml, 500 ml",
                    "Tube feed 1.5 kcal/ml, 500 ml"), "nutrition", "kartong om 12",
         "stocked", ()),
        ("440101", ("Sondspruta ENFit 60 ml", "Sondesprøyte ENFit 60 ml",
                    "ENFit syringe 60 ml"), "nutrition_tube_feeding", "förpackning om 30",
         "stocked", ()),
        ("450101", ("Stomipåse, öppen", "Stomipose, åpen", "Stoma bag, drainable"), "stoma",
         "förpackning om 30", "stocked", ()),
        ("450190", ("Stomiplatta, specialstorlek", "Stomiplate, spesialstørrelse",
                    "Stoma baseplate, special size"), "stoma", "förpackning om 10",
         "outside", ()),
    ],
    "NO": [
        ("5010", ("Sprutor och slangar", "Sprøyter og slanger", "Syringes and lines"),
         "subcutaneous_infusion", _NO_PACK, "stocked", ("T34",)),
        ("5011", ("Subkutana nålar", "Subkutane nåler (kanyler)", "Subcutaneous needles"),
         "subcutaneous_infusion", _NO_PACK, "stocked", ("T34", "CADD")),
        ("5012", ("Transparenta förband", "Transparente bandasjer", "Transparent dressings"),
         "subcutaneous_infusion", _NO_PACK, "stocked", ("T34", "CADD")),
        ("5013", ("CADD-kassetter", "CADD-kassetter", "CADD cassettes"),
         "subcutaneous_infusion", _NO_PACK, "stocked", ("CADD",)),
        ("5020", ("Matningsaggregat Kangaroo Joey", "Ernæringssett Kangaroo Joey",
                  "Kangaroo Joey feeding set"), "enteral_nutrition", _NO_PACK, "stocked",
         ("JOEY",)),
        ("5021", ("Flocare pumpaggregat", "Flocare pumpesett", "Flocare pump set"),
         "enteral_nutrition", _NO_PACK, "stocked", ("FLOCARE",)),
        ("5022", ("Applix Smart aggregat", "Applix Smart sett", "Applix Smart set"),
         "enteral_nutrition", _NO_PACK, "stocked", ("APPLIX",)),
        ("5090", ("NaCl 9 mg/ml", "NaCl 9 mg/ml", "Sodium chloride 9 mg/ml"),
         "subcutaneous_infusion", "100 ml", "pharmacy", ()),
        ("5091", ("Glukos 50 mg/ml", "Glukose 50 mg/ml", "Glucose 50 mg/ml"),
         "subcutaneous_infusion", "100 ml", "pharmacy", ()),
        ("5092", ("Klorhexidinsprit 5 mg/ml", "Klorhexidinsprit 5 mg/ml",
                  "Chlorhexidine in alcohol 5 mg/ml"), "subcutaneous_infusion", "250 ml",
         "pharmacy", ()),
    ],
}


def fill_assortment(sim: Station, country: str) -> dict[str, list[str]]:
    """The depot's assortment; returns each model's usual consumables (article numbers)."""
    from app.services.consumables import define_article

    usual: dict[str, list[str]] = {}
    for number, (sv, nb, en), area, pack, supply, models in ARTICLES[country]:
        define_article(sim, number, names={"sv": sv, "nb": nb, "en": en}, area=area,
                       pack=pack, supply=supply, models=models)
        if supply != "pharmacy":
            for model in models:
                usual.setdefault(model, []).append(number)
    return usual
