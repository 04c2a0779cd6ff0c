"""The organisation dictionary (organizations.tsv) and state bodies named by head and nationality (government_heads.tsv)."""

from datetime import UTC, datetime

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.dictionary import ORGANIZATION_KINDS, actor_dictionary
from marsad.actors.lexicon import split_cell
from marsad.actors.recognizer import ActorRecognizer
from marsad.knowledge import load_table
from marsad.model import Article, MentionKind
from marsad.text.normalize import normalize
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

ORG_COLUMNS = ("org_id", "canonical", "arabic", "aliases", "latin", "kind", "country", "inter", "parent")
HEAD_COLUMNS = ("head", "gender", "body", "english", "kind", "not_after", "construct")


def _aliases(row: dict[str, str]) -> list[str]:
    return split_cell(row["arabic"]) + split_cell(row["aliases"]) + split_cell(row["latin"])


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def run(text: str) -> Article:
    article = Article("t", text, published=datetime(2024, 12, 3, tzinfo=UTC))
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), ActorRecognizer(tagger=False)):
        article = stage(article)
    return article


def organizations(text: str) -> dict[str, str]:
    """Mention text -> canonical name of every resolved ORGANIZATION mention."""
    return {m.text: m.resolution.canonical for m in run(text).mentions_of(MentionKind.ORGANIZATION)
            if m.resolution is not None}


# the files ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "columns"), [("organizations.tsv", ORG_COLUMNS),
                                               ("government_heads.tsv", HEAD_COLUMNS),
                                               ("body_nationalities.tsv", ("iso2", "country", "forms"))])
def test_columns_and_provenance(name, columns):
    table = load_table(name)
    assert table.columns == columns
    assert len(table.source) > 40 and table.licence
    assert table.rows


def test_organization_rows_are_well_formed():
    d = actor_dictionary()
    actor_ids = {r["actor_id"] for r in load_table("actors.tsv").rows}
    seen: set[str] = set()
    for row in load_table("organizations.tsv").rows:
        oid = row["org_id"]
        assert oid and oid == oid.lower() and " " not in oid, oid
        assert oid not in seen and oid not in actor_ids, f"{oid}: id used twice"
        seen.add(oid)
        assert row["kind"] in ORGANIZATION_KINDS, row
        assert row["canonical"] and not _arabic(row["canonical"]), row
        assert split_cell(row["arabic"]) and all(_arabic(a) for a in split_cell(row["arabic"] + "|" + row["aliases"]))
        assert all(a.isascii() and a == a.lower() for a in split_cell(row["latin"])), row
        assert not row["country"] or pycountry.countries.get(alpha_2=row["country"]) is not None, row
        assert row["inter"] in ("", "8"), f"{oid}: organisations are coded 8 by ACLED, or not at all"
        # parties, media and companies are never an event's coded actor, everything else is External/Other
        assert (row["inter"] == "") == (row["kind"] in ("party", "media", "company", "platform")), row
        assert not row["parent"] or row["parent"] in d.entries, f"{oid}: unknown parent {row['parent']}"
        if row["kind"] == "UN":
            assert row["parent"] == "un", oid


def test_body_nationalities_are_new_states_with_both_genders():
    known = {r["iso2"] for r in load_table("nationality_adjectives.tsv").rows}
    known |= {r["iso2"] for r in load_table("state_forces.tsv").rows}
    forms: dict[str, str] = {}
    for row in load_table("body_nationalities.tsv").rows:
        assert row["iso2"] not in known and pycountry.countries.get(alpha_2=row["iso2"]) is not None, row
        cell = split_cell(row["forms"])
        assert any(f.endswith("يه") for f in cell) and any(f.endswith("ي") for f in cell), row
        for f in cell:
            assert forms.setdefault(f, row["iso2"]) == row["iso2"], f


def test_every_alias_survives_normalization():
    for name in ("organizations.tsv", "government_heads.tsv", "body_nationalities.tsv"):
        for row in load_table(name).rows:
            for cell in row.values():
                for form in cell.split("|"):
                    if _arabic(form):
                        assert normalize(form).strip() and normalize(normalize(form)) == normalize(form), form


def test_no_alias_names_two_organisations_or_an_actor():
    """Against each other, actors.tsv and agencies.tsv; the loaded dictionary resolves each to its row only."""
    owner: dict[str, str] = {}
    for row in load_table("actors.tsv").rows:
        for alias in split_cell(row["arabic"]) + split_cell(row["latin"]):
            owner.setdefault(alias, row["actor_id"])
    for row in load_table("agencies.tsv").rows:
        for alias in split_cell(row["arabic"]) + split_cell(row["byline"]):
            owner.setdefault(alias, f"agency:{row['agency']}")
        for alias in split_cell(row["arabic"]):  # the dictionary also reads these without the article
            if alias.startswith("ال"):
                owner.setdefault(alias[2:], f"agency:{row['agency']}")
    d = actor_dictionary()
    for row in load_table("organizations.tsv").rows:
        for alias in _aliases(row):
            assert owner.setdefault(alias, row["org_id"]) == row["org_id"], \
                f"{alias!r} names {owner[alias]} and {row['org_id']}"
            assert {s.actor_id for s in d.senses[alias]} == {row["org_id"]}, alias


def test_bare_forms_are_not_common_words():
    d = actor_dictionary()
    for word in ("اخوان", "ايقاد", "فتح", "امل", "الاهرام", "الفاو"):
        assert not any(s.actor_id in {"muslim-brotherhood", "igad", "fatah", "ahram", "fao"}
                       for s in d.senses.get(word, [])), word


def test_generated_bodies_carry_their_country():
    d = actor_dictionary()
    heads = load_table("government_heads.tsv").rows
    assert {r["gender"] for r in heads} <= {"m", "f"}
    assert {r["kind"] for r in heads} <= set(ORGANIZATION_KINDS)
    nationalities = [*load_table("nationality_adjectives.tsv").rows, *load_table("body_nationalities.tsv").rows]
    for nationality in nationalities:
        iso2 = nationality["iso2"]
        for row in heads:
            entry = d.entries.get(f"{iso2.lower()}-{row['body']}")
            if entry is None:
                # only where an explicit row already gives every form (مجلس الشورى الإيراني is Iran's parliament)
                ending = "يه" if row["gender"] == "f" else "ي"
                forms = [f"{h} ال{a}" for h in split_cell(row["head"]) for a in split_cell(nationality["forms"])
                         if a.endswith(ending)]
                assert all(d.entries[d.senses[f][0].actor_id].country == iso2 for f in forms), (iso2, row["body"])
                continue
            assert entry.country == iso2 and entry.kind == "organization"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted([r for r in [*load_table("nationality_adjectives.tsv").rows,
                                            *load_table("body_nationalities.tsv").rows] if r["forms"]],
                              key=lambda r: r["iso2"])),
       st.sampled_from(load_table("government_heads.tsv").rows))
def test_head_and_adjective_resolve_to_that_country(nationality, head):
    """Every head with every definite adjective of its gender names that country's body (or an explicit row).

    Mali's row has no plain forms, only forms that need a soldier noun before them (after_personnel), and is left
    out."""
    d = actor_dictionary()
    forms = [f for f in split_cell(nationality["forms"]) if f.endswith("يه" if head["gender"] == "f" else "ي")]
    assert forms
    for first in split_cell(head["head"]):
        for adj in forms:
            senses = d.senses[f"{first} ال{adj}"]
            entries = [d.entries[s.actor_id] for s in senses]
            assert any(e.country == nationality["iso2"] for e in entries), (first, adj)


# recognition in sentences -----------------------------------------------------------------------------------------
def test_un_bodies_and_agencies():
    found = organizations("وصوّتت الجمعية العامة للأمم المتحدة على القرار، فيما حذّر برنامج الأمم المتحدة الإنمائي "
                          "وصندوق النقد الدولي من انهيار الاقتصاد.")
    assert found["الجمعية العامة للأمم المتحدة"] == "UN General Assembly"
    assert found["برنامج الأمم المتحدة الإنمائي"] == "UNDP: United Nations Development Programme"
    assert found["صندوق النقد الدولي"] == "IMF: International Monetary Fund"


def test_ministry_with_nationality_adjective():
    found = organizations("وأعلنت وزارة الدفاع الروسية أن الخارجية التركية استدعت السفير، ونفت الحكومة السورية ذلك، "
                          "ورحّبت الخارجية القطرية بالاتفاق.")
    assert found["وزارة الدفاع الروسية"] == "Ministry of Defence (Russia)"
    assert found["الخارجية القطرية"] == "Ministry of Foreign Affairs (Qatar)"
    assert found["الخارجية التركية"] == "Ministry of Foreign Affairs (Turkey)"
    assert found["الحكومة السورية"] == "Government (Syria)"


def test_the_interior_ministry_by_its_short_name():
    # copy names the ministry as it names the foreign and defence ministries (أعلنت الداخلية العراقية)
    found = organizations("وقالت الداخلية العراقية إن قواتها قتلت ثلاثة مسلحين، فيما أكدت الداخلية السورية اعتقال خلية.")
    assert found == {"الداخلية العراقية": "Ministry of Interior (Iraq)", "الداخلية السورية": "Ministry of Interior (Syria)"}
    # the same adjective after a noun it describes: internal affairs, Israel's home front
    assert organizations("ورفض التدخل في الشؤون الداخلية العراقية، وأطلقت الجبهة الداخلية الإسرائيلية صفارات الإنذار.") \
        == {}


def test_a_one_word_ministry_head_after_a_definite_noun_is_its_adjective():
    # no blocking word lists these nouns: the definite noun before the head makes it an adjective
    assert organizations("وانتقد السياسات الداخلية الإيرانية والأزمات الخارجية الأمريكية.") == {}
    # a second ministry joined by و is no adjective of the first
    assert organizations("وأعلنت وزارة الدفاع الروسية والخارجية الأمريكية ذلك.") == {
        "وزارة الدفاع الروسية": "Ministry of Defence (Russia)",
        "الخارجية الأمريكية": "Department of State (United States)"}


def test_head_in_construct_with_a_country_name():
    found = organizations("واتهمت حكومة السودان قوات الدعم السريع بقصف المدينة، فيما أغلقت سفارة قطر أبوابها.")
    assert found == {"حكومة السودان": "Government (Sudan)", "سفارة قطر": "Embassy (Qatar)"}


@pytest.mark.parametrize(
    ("sentence", "kind", "bodies", "people"),
    [
        ("ورفضت حكومة نتنياهو المقترح، فيما قالت إدارة ترامب إنها ستواصل الضغط على الطرفين.", MentionKind.ORGANIZATION,
         {"حكومة نتنياهو": "Government (Israel)", "إدارة ترامب": "Government (United States)"},
         {"نتنياهو": "Benjamin Netanyahu", "ترامب": "Donald Trump"}),
        ("واتهمت قوات البرهان ميليشيات حميدتي بقصف الأحياء السكنية.", MentionKind.ACTOR,
         {"قوات البرهان": "Military Forces of Sudan (2019-)", "ميليشيات حميدتي": "Rapid Support Forces"},
         {"البرهان": "Abdel Fattah al-Burhan", "حميدتي": "Mohamed Hamdan Dagalo"}),
        # السوداني is also 'the Sudanese': Iraq's prime minister only after a leader head
        ("وانتقدت الفصائل المسلحة حكومة السوداني.", MentionKind.ORGANIZATION,
         {"حكومة السوداني": "Government (Iraq)"}, {"السوداني": "Mohammed Shia al-Sudani"}),
    ],
)
def test_bodies_named_after_their_leader(sentence, kind, bodies, people):
    # a government is the leader's country's; forces are the armed actor the leader heads
    article = run(sentence)
    assert {m.text: m.resolution.canonical for m in article.mentions_of(kind)} == bodies
    # the leader stays a person of their own, inside the body's span
    assert {m.text: m.resolution.name for m in article.mentions_of(MentionKind.PERSON)} == people


def test_leader_construct_needs_a_known_leader_and_an_indefinite_head():
    # a name the dictionary does not know gives no country; a definite head is the government's object, not its name
    assert organizations("وقالت حكومة فلان الفلاني إنها سترد.") == {}
    assert "الحكومة نتنياهو" not in organizations("وطالبت الحكومة نتنياهو بالاستقالة.")
    # إدارة before anything but a leader is an ordinary noun
    assert organizations("وقالت إدارة المستشفى إن الجرحى وصلوا.") == {}


def test_a_family_name_with_the_article_names_a_leader_only_after_a_leader_head():
    # البرهان is also 'the proof': alone it is no person
    article = run("وكان البرهان على صحة الادعاء واضحا.")
    assert not article.mentions_of(MentionKind.PERSON)
    article = run("وقال المسؤول السوداني إن السوداني المعتقل أفرج عنه.")
    assert not article.mentions_of(MentionKind.PERSON)
    # a leader whose listed organisation is no armed actor gives no force (Hafez al-Assad has none)
    forces = run("وقالت مصادر إن قوات حافظ الأسد دخلت المدينة.").mentions_of(MentionKind.ACTOR)
    assert [m.resolution for m in forces] == [None]


def test_leader_heads_name_listed_bodies():
    bodies = {row["body"] for row in load_table("government_heads.tsv").rows}
    table = load_table("leader_heads.tsv")
    assert table.source and table.licence
    heads = [head for row in table.rows for head in split_cell(row["head"])]
    assert len(heads) == len(set(heads)) and "حكومه" in heads and "قوات" in heads
    assert all(row["body"] in bodies for row in table.rows if row["body"])


def test_explicit_row_names_the_generated_body():
    article = run("قالت وزارة الخارجية الأميركية إن الكنيست صوّت على القانون بعد جلسة عقدها البرلمان الإسرائيلي.")
    by_text = {m.text: m.resolution for m in article.mentions_of(MentionKind.ORGANIZATION)}
    assert by_text["وزارة الخارجية الأميركية"].canonical == "Department of State (United States)"
    assert by_text["وزارة الخارجية الأميركية"].country == "US"
    assert by_text["الكنيست"].actor_id == by_text["البرلمان الإسرائيلي"].actor_id == "il-parliament"


def test_parties_behind_proclitics_with_raw_spans():
    text = "واتهمت حركة فتح والتيار الوطني الحر وحزب الليكود خصومها، وردّ الحزب الديمقراطي الكردستاني."
    article = run(text)
    found = {m.text: m for m in article.mentions_of(MentionKind.ORGANIZATION)}
    # (Fatah fights as a faction, in Lebanon's camps and the West Bank: ACLED codes it as a political militia, an
    # actor like Hamas, not a party only)
    found.update({m.text: m for m in article.mentions_of(MentionKind.ACTOR)})
    assert found["حركة فتح"].resolution.canonical == "Fatah Movement"
    assert found["حركة فتح"].kind is MentionKind.ACTOR
    assert found["التيار الوطني الحر"].resolution.country == "LB"
    assert found["حزب الليكود"].resolution.actor_type == "political party"
    assert found["الحزب الديمقراطي الكردستاني"].resolution.canonical == "KDP: Kurdistan Democratic Party"
    for m in found.values():
        assert text[m.start : m.end] == m.text


def test_ngos_media_and_companies():
    found = organizations("ونقلت صحيفة واشنطن بوست عن منظمة بتسيلم ونادي الأسير الفلسطيني أن شركة غوغل "
                          "ومنظمة إنقاذ الطفولة تلقتا الشكوى.")
    assert found["صحيفة واشنطن بوست"] == "Washington Post"
    assert found["منظمة بتسيلم"] == "B'Tselem"
    assert found["نادي الأسير الفلسطيني"] == "Palestinian Prisoners Club"
    assert found["شركة غوغل"] == "Google"
    assert found["منظمة إنقاذ الطفولة"] == "Save the Children"


def test_policies_and_weapons_are_not_ministries():
    found = organizations("وانتقد السياسة الخارجية الأمريكية، وقال إن منظومات الدفاع الروسية لم تعترض الصواريخ، "
                          "فيما دعت الخارجية الأمريكية إلى التهدئة.")
    assert found == {"الخارجية الأمريكية": "Department of State (United States)"}


def test_ordinary_words_are_not_organisations():
    found = organizations("فتح المسلحون النار على الحشد، وعبّر الأهالي عن أمل بعودة الهدوء إلى الميادين.")
    assert found == {}


def test_organisation_resolution_feeds_the_source_type():
    article = run("وقالت منظمة مواطنة لحقوق الإنسان إن الغارة قتلت مدنيين.")
    (m,) = [m for m in article.mentions_of(MentionKind.ORGANIZATION) if m.resolution is not None]
    assert m.text == "منظمة مواطنة لحقوق الإنسان"
    assert m.resolution.actor_type == "monitor" and m.resolution.country == "YE" and m.resolution.inter == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("موافقة الجمعية يعطي البنك المرونة في مواءمة توقيت الإصدار", []),  # a feminine noun, the object
        ("من أصوات أعضاء المجلس الخمسة عشر", []),
        ("وقال البنك الدولي إن النمو تباطأ", ["البنك الدولي"]),
        ("وأعلنت الجمعية العامة للأمم المتحدة", ["الجمعية العامة للأمم المتحدة"]),  # a feminine head takes it
    ],
)
def test_a_masculine_definite_head_takes_no_feminine_word_as_its_adjective(text, expected):
    found = [m.text for m in run(text).mentions if m.kind is MentionKind.ORGANIZATION]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتم تنظيم محضر بالمضبوطات وإحالته إلى القضاء المختص.",
        "ويتم تنظيم دوريات مشتركة على الطريق الدولي منذ الشهر الماضي.",
    ],
)
def test_a_head_after_the_passive_auxiliary_is_a_verbal_noun(text):
    assert not any(m.text.startswith("تنظيم") for m in run(text).mentions)
