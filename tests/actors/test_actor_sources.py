"""SourceRecognizer and ClaimAttributor on sentences in the style of several outlets and conflicts."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.recognizer import ActorRecognizer
from marsad.actors.sources import ClaimAttributor, SourceRecognizer
from marsad.model import Article, Event, MentionKind, Span
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


def prepare(text: str, source: str | None = "AFP") -> Article:
    article = Article("t", text, published=datetime(2024, 12, 3, tzinfo=UTC), source=source)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer(), ActorRecognizer(), SourceRecognizer()):
        article = stage(article)
    return article


def with_events(article: Article, *triggers: str) -> Article:
    events = []
    for k, word in enumerate(triggers):
        i = article.raw.index(word)
        events.append(Event(f"e{k}", "Battles", "Armed clash", "Political violence", Span(i, i + len(word)),
                            article.sentence_of(i)))
    return ClaimAttributor()(article.replace({"events"}, events=tuple(events)))


def claims_of(article: Article, event_id: str):
    return [c for c in article.claims if c.event_id == event_id]


def test_stage_contracts():
    assert SourceRecognizer().requires == {"tokens", "actors"} and SourceRecognizer().provides == {"sources"}
    assert ClaimAttributor().requires == {"events", "sources"} and ClaimAttributor().provides == {"claims"}


def test_gaza_ministry_and_army_statements():
    article = with_events(prepare(
        "وقالت وزارة الصحة في غزة إن غارة إسرائيلية قتلت 12 شخصا في جباليا. "
        "وأعلن الجيش الإسرائيلي أنه قصف بنى تحتية لحماس في رفح. "
        "واندلعت اشتباكات في خان يونس."
    ), "غارة", "قصف", "اشتباكات")
    (moh,) = claims_of(article, "e0")
    assert moh.source_name == "Ministry of Health (Gaza)" and moh.source_type == "government"
    assert article.raw[moh.cue.start : moh.cue.end] == "قالت"
    assert "غارة إسرائيلية" in article.raw[moh.statement.start : moh.statement.end]
    (army,) = claims_of(article, "e1")
    assert army.source_id == "il-mil" and army.source is not None
    assert article.mention(army.source).kind is MentionKind.SOURCE
    (own,) = claims_of(article, "e2")
    assert own.source is None and own.source_id == "afp" and own.source_type == "wire agency"


def test_yemen_spokesman_and_local_sources():
    article = with_events(prepare(
        "أعلن الحوثيون استهداف سفينة في البحر الأحمر، وفق ما قال المتحدث العسكري باسم الجماعة يحيى سريع. "
        "وشن طيران التحالف غارات على صعدة، بحسب مصادر محلية.", source="Anadolu Agency"
    ), "استهداف", "غارات")
    assert {c.source_id for c in claims_of(article, "e0")} == {"ye-houthi"}
    (local,) = claims_of(article, "e1")
    assert local.source_type == "local source" and local.source_name == "Anadolu Agency"


def test_sudan_medium_quoting_a_military_source():
    article = with_events(prepare(
        "ونقلت وكالة السودان للأنباء عن مصدر عسكري أن الجيش صد هجوما لقوات الدعم السريع على الفاشر."
    ), "هجوما")
    (claim,) = claims_of(article, "e0")
    assert claim.source_id == "suna" and claim.source_type == "military source"
    assert article.mention(claim.source).text == "مصدر عسكري"


def test_lebanon_according_to_at_the_end_covers_its_sentence():
    article = with_events(prepare(
        "شنت مسيرة إسرائيلية غارة على بلدة في جنوب لبنان، وفق الوكالة الوطنية للإعلام. "
        "وأعلن حزب الله أن مقاتليه استهدفوا موقعا إسرائيليا."
    ), "غارة", "استهدفوا")
    assert [c.source_id for c in claims_of(article, "e0")] == ["nna"]
    assert [c.source_type for c in claims_of(article, "e1")] == ["armed group"]


def test_a_statement_issued_by_its_source():
    article = with_events(prepare(
        'وجاء في بيان صادر عن اليونيفيل: "اقتربت طائرة مسيرة إسرائيلية من دورية قرب قرية كفركلا وألقت قنبلة".',
        source=None), "ألقت")
    assert [c.source_type for c in claims_of(article, "e0")] != ["unknown"]
    assert any("UNIFIL" in (c.source_name or "") or c.source_id == "unifil" for c in claims_of(article, "e0"))


def test_quotation_runs_across_sentences_and_eyewitness():
    article = with_events(prepare(
        'وأفاد المرصد السوري عن "اشتباكات عنيفة في ريف إدلب. وقصف مدفعي على القرى". '
        "وشاهد مصور لفرانس برس دبابات محترقة على الطريق."
    ), "قصف", "محترقة")
    (quoted,) = claims_of(article, "e0")
    assert quoted.source_id == "sohr" and quoted.source_type == "monitoring NGO"
    assert article.raw[quoted.statement.start] == '"' and "قصف مدفعي" in quoted.statement.text(article.raw)
    (seen,) = claims_of(article, "e1")
    assert seen.source_id == "afp" and seen.source_type == "eyewitness"
    assert article.mention(seen.source).text == "مصور لفرانس برس"


def test_every_event_gets_a_claim_and_unknown_agency_is_named():
    article = with_events(prepare("وقعت اشتباكات في المدينة. وقتل شخصان.", source=None), "اشتباكات", "قتل")
    assert [c.event_id for c in article.claims] == ["e0", "e1"]
    assert all(c.source is None and c.source_name == "unknown" for c in article.claims)


def test_event_merged_from_two_reports_has_both_sources():
    article = prepare(
        'وأفاد المرصد السوري عن "غارات على ريف إدلب". '
        'ونقلت سانا عن مصدر عسكري أن "الطيران الحربي وجه ضربات مركزة على ريف إدلب".'
    )
    first = article.raw.index("غارات")
    second_sentence = article.sentence_span(1)
    event = Event("e0", "Explosions/Remote violence", "Air/drone strike", "Political violence",
                  Span(first, first + 5), 0, evidence=(article.sentence_span(0), second_sentence))
    article = ClaimAttributor()(article.replace({"events"}, events=(event,)))
    assert [(c.source_id, c.source_type) for c in article.claims] == [("sohr", "monitoring NGO"),
                                                                      ("sana", "military source")]


def test_officials_speak_for_their_body_and_reporters_for_their_outlet():
    article = with_events(prepare(
        "قال مسؤول في الأمم المتحدة إن القصف أصاب مدرسة في غزة. "
        "وقال متحدث باسم الجيش الإسرائيلي إن الغارة استهدفت مسلحين. "
        "وأفاد مراسل الجزيرة بسقوط قتلى في خان يونس، وفقا لما نقلته وكالة الأناضول عن مصادر طبية.",
        source="Reuters"), "القصف", "الغارة", "سقوط")
    assert [(c.source_id, c.source_type) for c in claims_of(article, "e0")] == [("un", "UN")]
    assert [(c.source_id, c.source_type) for c in claims_of(article, "e1")] == [("il-mil", "government")]
    assert {(c.source_id, c.source_type) for c in claims_of(article, "e2")} == {
        ("aljazeera", "eyewitness"), ("anadolu", "medical source")}



def test_officials_do_not_speak_for_the_forces_named_in_what_they_said():
    # unnamed officials reporting an attack by a state's forces: the forces are the news, not the speaker
    article = with_events(prepare("قال مسؤولون إن القوات الروسية قصفت مدينة سومي فجر اليوم.", source="Reuters"),
                          "قصفت")
    assert [c.source_id for c in claims_of(article, "e0")] != ["ru-mil"]
    # an official of a body named right after the title still speaks for it
    article = with_events(prepare("وقال مسؤول في الجيش الأوكراني إن القوات الروسية قصفت مدينة سومي.", source="Reuters"),
                          "قصفت")
    assert [c.source_id for c in claims_of(article, "e0")] == ["ua-mil"]


SENTENCES = [
    "وأفاد المرصد السوري عن \"اشتباكات في ريف إدلب\".",
    "ونقلت سانا عن مصدر عسكري أن الطيران قصف مواقع.",
    "وقتل ثلاثة مدنيين في قصف، بحسب الأمم المتحدة.",
    "واندلعت اشتباكات عنيفة.",
    "وقال مدير المرصد رامي عبد الرحمن لفرانس برس إن القصف استمر.",
    "وشاهد مصور لفرانس برس دبابات محترقة.",
    "وتزامنت مع \"غارات على المنطقة\".",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from(["AFP", "Reuters", None]))
def test_every_event_has_claims_that_point_into_the_text(picked, agency):
    article = prepare(" ".join(picked), source=agency)
    words = [w for w in ("اشتباكات", "قصف", "غارات", "دبابات") if w in article.raw]
    if not words:
        return
    article = with_events(article, *words)
    ids = {m.id for m in article.mentions}
    for k in range(len(words)):
        mine = claims_of(article, f"e{k}")
        assert mine, f"event e{k} has no claim"
        for c in mine:
            assert c.source is None or c.source in ids
            for span in (c.cue, c.statement):
                assert span is None or 0 <= span.start <= span.end <= len(article.raw)


def test_a_quoted_person_is_typed_by_role_or_by_the_body_a_spokesperson_speaks_for():
    article = prepare("قال المتحدث باسم جهاز الدفاع المدني الفلسطيني محمود بصل إن الطواقم انتشلت جثثا. وقالت الناشطة "
                      "الحقوقية ياسمين القاضي إن القصف استهدف المدنيين. وقال الطبيب فادي الخطيب إن المستشفى استقبل "
                      "جرحى.")
    sources = {m.text: m.resolution for m in article.mentions_of(MentionKind.SOURCE)}
    # an unlisted body (جهاز ...) whose genitive is a listed one is that body, and its spokesperson speaks for it
    assert sources["محمود بصل"].source_id == "gaza-civil-defence" and sources["محمود بصل"].source_type == "NGO"
    assert sources["ياسمين القاضي"].source_type == "local source"
    assert sources["فادي الخطيب"].source_type == "medical source"


def test_a_statement_of_a_body_names_the_body_as_the_source():
    for text in ("قتل 18 مدنيا في هجوم على قرية قرب الأبيض، بحسب بيان لمجموعة محامي الطوارئ.",
                 "قتل 18 مدنيا في هجوم على قرية قرب الأبيض، بحسب بيان صادر عن مجموعة محامي الطوارئ.",
                 "قتل 18 مدنيا في هجوم على قرية قرب الأبيض، وفق حصيلة لمجموعة محامي الطوارئ."):
        article = with_events(prepare(text), "هجوم")
        [claim] = claims_of(article, "e0")
        assert (claim.source_id, claim.source_type) == ("sd-emergency-lawyers", "monitoring NGO"), text


def test_ukmto_is_a_government_source():
    article = with_events(prepare("قالت هيئة عمليات التجارة البحرية البريطانية إن صاروخين حلقا فوق سفينة جنوب غربي "
                                  "الحديدة."), "صاروخين")
    [claim] = claims_of(article, "e0")
    assert (claim.source_id, claim.source_type) == ("ukmto", "government")


def test_a_body_the_dictionary_does_not_list_is_a_source_typed_by_its_head():
    for text, expected in (
        ("أفاد مجمع ناصر الطبي بمقتل 5 أشخاص في غارة على رفح.", "medical source"),
        ("قال مستشفى شهداء الأقصى إن 12 شخصا قتلوا في غارة على دير البلح.", "medical source"),
        ("أعلنت بلدية خان يونس مقتل 3 عمال في غارة على محطة المياه.", "government"),
    ):
        article = with_events(prepare(text), "غارة")
        [claim] = claims_of(article, "e0")
        assert claim.source_type == expected and claim.source_id.startswith("org:"), text


def test_a_group_whose_name_alone_stands_in_quotes_is_the_speaker():
    for text in ('أعلنت "قوات الدعم السريع" أنها سيطرت على بلدة قرب الأبيض.',
                 "أعلنت «قوات الدعم السريع» أنها سيطرت على بلدة قرب الأبيض."):
        article = with_events(prepare(text), "سيطرت")
        [claim] = claims_of(article, "e0")
        assert (claim.source_id, claim.source_type) == ("rsf", "armed group"), text
    # a quotation that only opens with a name is what was said, not who said it
    article = with_events(prepare('وقال: "قوات الدعم السريع سيطرت على البلدة" بحسب ما نقلته فرانس برس.'), "سيطرت")
    assert all(c.source_id != "rsf" for c in claims_of(article, "e0"))


def test_a_reporting_verb_with_a_subject_marsad_does_not_know_is_not_the_last_speaker():
    # وذكر أحد سكان البلدة: a new, unrecognised speaker; the event is not the army's word
    article = with_events(prepare(
        "وقال الجيش الإسرائيلي إنه قصف مستودعا في البلدة. "
        "وذكر أحد سكان البلدة أن انفجارا ثانيا هز الحي بعد ساعة."
    ), "قصف", "انفجارا")
    assert [c.source_id for c in claims_of(article, "e0")] == ["il-mil"]
    assert all(c.source_id != "il-mil" for c in claims_of(article, "e1"))
    # with nothing between the verb and what was said, the last speaker goes on
    article = with_events(prepare(
        "وقال الجيش الإسرائيلي إنه قصف مستودعا في البلدة. وأضاف أن غارة ثانية دمرت منصة صواريخ قربها."
    ), "غارة")
    assert [c.source_id for c in claims_of(article, "e0")] == ["il-mil"]


def test_an_anaphoric_head_noun_names_the_earlier_source_it_repeats():
    article = with_events(prepare(
        "أفادت وكالة الأنباء اللبنانية بأن مسيرة إسرائيلية استهدفت سيارة عند مدخل البلدة. "
        "وقالت وزارة الصحة اللبنانية إن الحصيلة الأولية بلغت قتيلا واحدا. "
        "وأشارت الوكالة إلى أن قصفا مدفعيا طال أطراف البلدة بعد الظهر."
    ), "قصفا")
    assert [c.source_id for c in claims_of(article, "e0")] == ["nna"]


def test_an_anonymous_source_is_tied_to_the_agency_it_spoke_to():
    for text, agency, stype in (
        ("وذكرت مصادر أمنية في المدينة لرويترز أن هجوما بطائرة مسيرة استهدف مقر الفرقة.", "reuters",
         "military source"),
        ("وقال طبيب في المستشفى لوكالة فرانس برس إن القصف أصاب قسم الطوارئ.", "afp", "medical source"),
        ("وقالت مصادر للجزيرة إن هجوما استهدف مخيما للنازحين غرب المدينة.", "aljazeera", "other"),
    ):
        article = with_events(prepare(text, source=None), "هجوما" if "هجوما" in text else "القصف")
        [claim] = claims_of(article, "e0")
        assert (claim.source_id, claim.source_type) == (agency, stype), text


def test_outlets_named_in_running_text_and_official_media():
    for text, source_id in (
        ('وقال تلفزيون "كردستان 24" إن طائرة تركية قصفت سيارة قرب العمادية.', "kurdistan24"),
        ("وأفادت وكالة أنباء سبأ بأن غارة أمريكية استهدفت مبنى في صعدة.", "saba"),
    ):
        article = with_events(prepare(text, source=None), "قصفت" if "قصفت" in text else "غارة")
        assert [c.source_id for c in claims_of(article, "e0")] == [source_id], text
    article = with_events(prepare("وأفادت وسائل الإعلام الرسمية بأن الجنود صدوا هجوما على السجن."), "هجوما")
    [claim] = claims_of(article, "e0")
    assert claim.source_type == "state media"


def test_a_relay_without_its_subject_and_the_source_it_names_again():
    article = with_events(prepare(
        'وأفادت "سانا" بأن وحدة من الجيش تصدت لمجموعة مسلحة قرب البلدة. '
        'ونقلت عن مصدر عسكري قوله إن المسلحين كانوا يحاولون التسلل. '
        'وأوضح المصدر أن اشتباكا اندلع بالأسلحة الخفيفة قبل أن ينسحبوا.'
    ), "اشتباكا")
    [claim] = claims_of(article, "e0")
    assert (claim.source_id, claim.source_type) == ("sana", "military source")


def test_an_object_after_the_verb_is_no_new_speaker_but_a_title_opens_one():
    article = with_events(prepare(
        "وقال مسؤول عسكري لوكالة فرانس برس إن الكمين أوقع جنديين. وأكد حصول تبادل لإطلاق النار قرب القرية."
    ), "تبادل")
    [claim] = claims_of(article, "e0")
    assert (claim.source_id, claim.source_type) == ("afp", "government")
    # a title names the speaker's body even when no name follows it at once
    article = with_events(prepare(
        "وقال مدير المرصد السوري لحقوق الإنسان، في اتصال هاتفي، إن كمينا استهدف دورية قرب جبلة."
    ), "كمينا")
    [claim] = claims_of(article, "e0")
    assert claim.source_type == "monitoring NGO"


def test_a_reporting_verb_after_kama_attributes_the_sentence_before_it():
    article = with_events(prepare(
        "قتل ستة مسلحين في غارات جوية على مواقع في الجبال، كما أفاد بيان صادر عن وزارة الداخلية العراقية الخميس، "
        "وأفادت تركيا."
    ), "غارات")
    assert "Ministry of Interior (Iraq)" in [c.source_name for c in claims_of(article, "e0")]



def test_coordinated_sources_each_assert_the_event():
    article = with_events(prepare(
        "قتل ثلاثة عناصر من قوات الأمن في هجوم على حاجز قرب مدينة درعا، بحسب المرصد السوري لحقوق الإنسان ووكالة سانا. "
        "وأصيب طفلان بقذيفة في بلدة الكرك، وفق ما نقلت رويترز وفرانس برس. "
        "واندلعت اشتباكات في ريف السويداء، بحسب ما ذكر الإعلام الرسمي السوري، ومرصد حقوقي."
    ), "هجوم", "بقذيفة", "اشتباكات")
    assert {c.source_id for c in claims_of(article, "e0")} == {"sohr", "sana"}
    assert {c.source_id for c in claims_of(article, "e1")} == {"reuters", "afp"}
    assert {c.source_type for c in claims_of(article, "e2")} == {"state media", "monitoring NGO"}
    sources = [article.raw[m.start : m.end] for m in article.mentions_of(MentionKind.SOURCE)]
    assert "وكالة سانا" in sources and "فرانس برس" in sources


def test_coordination_stops_at_what_the_source_said():
    article = with_events(prepare(
        "وقالت وزارة الصحة وأوضحت أن غارة قتلت أربعة أشخاص في بلدة بنت جبيل."
    ), "غارة")
    assert len(claims_of(article, "e0")) == 1


def test_headline_closed_by_its_source_in_brackets():
    article = with_events(prepare(
        "مقتل راعيين بانفجار لغم قرب بلدة الخيام (وزارة الصحة اللبنانية)\n"
        "وقتل راعيان بانفجار لغم قرب البلدة صباح الجمعة.", source=None
    ), "بانفجار")
    (claim,) = claims_of(article, "e0")
    assert claim.source_id == "lb-moh" and claim.source is not None
    assert article.raw[claim.cue.start : claim.cue.end] == "(وزارة الصحة اللبنانية)"


def test_bracket_that_is_no_source_attributes_nothing():
    article = with_events(prepare("قصف مدفعي على أطراف بلدة كفرنبل (ريف إدلب الجنوبي)\nوتضررت منازل.", source=None),
                          "قصف")
    (claim,) = claims_of(article, "e0")
    assert claim.cue is None


def test_channel_named_with_its_article_before_the_outlet():
    article = with_events(prepare("أفادت القناة الإخبارية السورية بأن عنصرا من الأمن قتل في هجوم على حاجز قرب درعا."),
                          "هجوم")
    (claim,) = claims_of(article, "e0")
    assert claim.source_id == "alikhbariya"


def test_a_command_speaks_for_the_force_it_commands():
    article = with_events(prepare(
        "وقالت قيادة الجيش في مدينة الأبيض إن قوات الدعم السريع قصفت سوقا شعبيا في المدينة."
    ), "قصفت")
    (claim,) = claims_of(article, "e0")
    assert claim.source_id == "sd-mil" and claim.source_type == "government"


def test_agency_described_then_named_by_its_short_name():
    # a description the agency table lacks, then the agency's short name in quotes: the agency itself
    article = with_events(prepare(
        'وقالت وكالة الأنباء الرسمية الفلسطينية "وفا" إن مستوطنين هاجموا منزلا قرب بلدة سنجل، الجمعة.'
    ), "هاجموا")
    (claim,) = claims_of(article, "e0")
    assert claim.source_id == "wafa"


def test_the_name_after_glued_proclitics_starts_where_the_written_word_puts_it():
    from marsad.actors.sources import _glued_width

    article = Article("g", "بالجيش لمجموعة للجيوش وللقوات الجيش")
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    widths = {t.text: _glued_width(t) for t in article.tokens}
    # ب before الجيش; ل before a bare noun; ل + ال written لل, the article's alif dropped; و + ل + ال; no proclitic
    assert widths == {"بالجيش": 1, "لمجموعه": 1, "للجيوش": 2, "وللقوات": 3, "الجيش": 0}
