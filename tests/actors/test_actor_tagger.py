"""The statistical name tagger: learning, its packaged weights, and what it adds to the rules."""

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors import recognizer
from marsad.actors.recognizer import ActorRecognizer
from marsad.actors.tagger import (
    LABELS,
    WEIGHTS_FILE,
    LinearModel,
    NameTagger,
    TaggedSpan,
    WordLists,
    default_lists,
    default_tagger,
    read_weights,
    train_crf,
    trained_on,
    write_weights,
)
from marsad.knowledge import DataFileError, data_path
from marsad.model import Article, MentionKind, Token
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer


def tokenized(text: str) -> Article:
    article = Article("t", text)
    for stage in (TextNormalizer(), SentenceSplitter(), Tokenizer()):
        article = stage(article)
    return article


def tagged(text: str) -> set[tuple[str, str]]:
    article = tokenized(text)
    return {(article.normalized[s.start : s.end], s.label)
            for s in default_tagger().spans(article.tokens, article.normalized)}


def _tokens(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for w in words:
        out.append(Token(pos, pos + len(w), w, (), w, pos))
        pos += len(w) + 1
    return out


def test_crf_learns_a_tiny_synthetic_task():
    # a name follows "mister"; a company name follows "company" and runs to the end; nothing else is a name
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    sentences = []
    for k, n in enumerate(names[:4]):
        other = names[(k + 1) % 4]
        sentences.append((_tokens(["the", "mister", n, "said", "hello"]), ["O", "O", "B-PERS", "O", "O"]))
        sentences.append((_tokens(["company", other, "ltd", "grew"]), ["B-ORG", "I-ORG", "I-ORG", "O"]))
        sentences.append((_tokens(["we", "saw", n, "today"]), ["O", "O", "O", "O"]))
    tagger = NameTagger(train_crf(sentences, WordLists(), c1=0.0, c2=0.01), WordLists())
    # names never seen in training, recognised from their context alone
    assert tagger.labels(_tokens(["the", "mister", "golf", "said", "hello"])) == ["O", "O", "B-PERS", "O", "O"]
    assert tagger.labels(_tokens(["company", "hotel", "ltd", "grew"])) == ["B-ORG", "I-ORG", "I-ORG", "O"]
    assert tagger.labels(_tokens(["we", "saw", "golf", "today"])) == ["O"] * 4
    # in one article, a name the tagger is sure of in one sentence is carried to its other occurrences
    article = [_tokens(["the", "mister", "golf", "said", "hello"]), _tokens(["we", "saw", "golf", "today"]),
               _tokens(["we", "saw", "hotel", "today"])]
    labels = [labels for labels, _ in tagger.scored_article(article)]
    assert labels == [["O", "O", "B-PERS", "O", "O"], ["O", "O", "B-PERS", "O"], ["O"] * 4]
    tagger.carry_margin = None
    assert [labels for labels, _ in tagger.scored_article(article)][1] == ["O"] * 4


def test_training_is_deterministic():
    sentences = [(_tokens(["mister", "x", "came"]), ["O", "B-PERS", "O"]),
                 (_tokens(["mister", "y", "went"]), ["O", "B-PERS", "O"])]
    first, second = train_crf(sentences, WordLists()), train_crf(sentences, WordLists())
    assert first.weights == second.weights and first.weights


def test_weights_file_has_a_header_and_loads():
    text = data_path(WEIGHTS_FILE).read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:6] if line.startswith("#")]
    assert any(line.startswith("# source:") and "Wojood" in line and "train_tagger.py" in line for line in header)
    assert any(line.startswith("# licence:") and "MIT" in line for line in header)
    assert data_path(WEIGHTS_FILE).stat().st_size < 5_000_000
    model = default_tagger().model
    assert len(model.weights) > 1000
    assert all(len(w) == len(LABELS) for w in model.weights.values())


def test_weights_without_provenance_are_rejected():
    body = "feature\t" + "\t".join(LABELS) + "\nb\t1\t0\t0\t0\t0\n"
    assert read_weights("# source: s\n# licence: l\n" + body).weights["b"][0] == 1.0
    try:
        read_weights(body)
    except DataFileError as e:
        assert "source" in str(e)
    else:
        raise AssertionError("a weights file without a header was accepted")


def test_weights_name_the_splits_they_have_seen(tmp_path):
    model = LinearModel({"b": [1.0, 0.0, 0.0, 0.0, 0.0]})
    path = tmp_path / "w.tsv"
    write_weights(model, path, "s", "l", trained_on=["wojood-train", "wojood-val"])
    text = path.read_text(encoding="utf-8")
    assert trained_on(text) == {"wojood-train", "wojood-val"}
    assert read_weights(text).weights["b"][0] == 1.0
    # weights written before the line existed are those of a development model
    assert trained_on("# source: s\n# licence: l\nfeature\tO\n") == {"wojood-train", "anercorp-train"}


def test_packaged_weights_never_saw_a_test_split():
    seen = trained_on(data_path(WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert "anercorp-train" in seen and "wojood-train" in seen
    assert not seen & {"anercorp-test", "wojood-test"}


def test_recognizer_can_use_another_tagger():
    # a development model is scored by handing it to the recognizer, not by replacing the packaged weights
    sure = NameTagger(LinearModel({"w=فلانكو": [0.0, 30.0, 0.0, 0.0, 0.0]}), default_lists())
    found = {}
    for key, name_tagger in (("packaged", None), ("other", sure)):
        article = tokenized("وصل فلانكو إلى المدينة صباح اليوم.")
        article = ActorRecognizer(name_tagger=name_tagger)(article)
        found[key] = {(m.kind, m.text) for m in article.mentions}
    assert (MentionKind.PERSON, "فلانكو") in found["other"]
    assert (MentionKind.PERSON, "فلانكو") not in found["packaged"]


def test_tagger_finds_a_titled_person_the_lists_do_not_know():
    found = tagged("وقال الدكتور سليم حداد إن المستشفى استقبل عشرة جرحى بعد القصف.")
    assert ("سليم حداد", "PERS") in found


def test_tagger_finds_an_unknown_foreign_name():
    found = tagged("وأكد ماتيو سالفيني في مؤتمر صحفي في روما أن الحكومة لن تتراجع عن قرارها.")
    assert ("ماتيو سالفيني", "PERS") in found
    assert not any(label == "PERS" and "روما" in name for name, label in found)


class _FixedTagger:
    """A stand-in tagger that proposes fixed phrases, so the combination is tested independently of the weights."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases

    def spans(self, tokens, text):
        out = []
        for phrase, label in self.phrases:
            at = text.find(phrase)
            if at < 0:
                continue
            inside = [k for k, t in enumerate(tokens) if at <= t.start < at + len(phrase)]
            if inside:
                out.append(TaggedSpan(at, at + len(phrase), label, inside[0], inside[-1], margin=100.0))
        return out

    def article_spans(self, sentences, text):
        return [self.spans(tokens, text) for tokens in sentences]


def test_tagger_adds_names_and_rules_keep_priority(monkeypatch):
    text = ("وقال مدير المرصد رامي عبد الرحمن إن المدنيين نزحوا، وتحدث القيادي في الجبهة الديمقراطية لتحرير فلسطين "
            "خالدة جرار عن الأسرى، فيما قالت جمعية خيرية إنها ساعدت.")
    proposals = [("المرصد رامي", "PERS"), ("الجبهه الديمقراطيه لتحرير فلسطين", "ORG"), ("خالده جرار", "PERS"),
                 ("جمعيه خيريه", "ORG")]
    monkeypatch.setattr(recognizer, "default_tagger", lambda: _FixedTagger(proposals))
    article = tokenized(text)
    combined = ActorRecognizer()(article)
    rules = ActorRecognizer(tagger=False)(article)
    # every rule mention survives unchanged; the tagger's overlapping proposal (المرصد رامي) is dropped
    assert {(m.start, m.end, m.kind, m.resolution) for m in rules.mentions} <= {
        (m.start, m.end, m.kind, m.resolution) for m in combined.mentions}
    added = {m.text: m for m in combined.mentions if (m.start, m.end) not in {(r.start, r.end) for r in rules.mentions}}
    assert set(added) == {"الجبهة الديمقراطية لتحرير فلسطين", "خالدة جرار"}  # جمعية خيرية: a description, vetoed
    assert added["الجبهة الديمقراطية لتحرير فلسطين"].kind is MentionKind.ORGANIZATION
    assert added["الجبهة الديمقراطية لتحرير فلسطين"].resolution is None
    assert added["خالدة جرار"].kind is MentionKind.PERSON and added["خالدة جرار"].resolution.name == "خالدة جرار"
    people = {m.text: m for m in combined.mentions_of(MentionKind.PERSON)}
    assert people["رامي عبد الرحمن"].resolution.name == "Rami Abdel Rahman"


_WORDS = ["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "إن", "شركة", "توتال", "ستنسحب", "من", "وزارة", "الدفاع",
          "،", "ووصل", "جان", "لوك", "ميلونشون", "إلى", "بيروت", "(", "أ.ف.ب", ")", "2024", "وبحسب", "المرصد", "السوري",
          "لحقوق", "الإنسان", "فإن", "أبو", "محمد", "الجولاني", "ـ", "قُتِلَ", "\n", "."]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_tagger_offsets_round_trip_to_raw_text(words):
    article = tokenized(" ".join(words))
    for span in default_tagger().spans(article.tokens, article.normalized):
        raw = article.raw_span(span.start, span.end)
        assert 0 <= raw.start < raw.end <= len(article.raw)
        # the raw slice normalizes back to exactly the tagged normalized text
        piece = tokenized(raw.text(article.raw)).normalized
        assert piece == article.normalized[span.start : span.end]
    recognized = ActorRecognizer()(article)
    for m in recognized.mentions:
        assert m.text == recognized.raw[m.start : m.end]


def test_place_snapshot_is_normalized_arabic_single_words():
    from marsad.actors.tagger import PLACES_FILE
    from marsad.knowledge import load_table
    from marsad.text.normalize import normalize

    table = load_table(PLACES_FILE)
    names = [r["name"] for r in table.rows]
    assert len(names) > 1000 and len(set(names)) == len(names)
    assert all(" " not in n and not n.isascii() and normalize(n) == n for n in names)
    assert "حلب" in names and "دمشق" in names


def test_an_agency_is_never_a_tagged_name(monkeypatch):
    text = "وقالت مصادر في المعارضة للأناضول إن الفصائل انسحبت من البلدة."
    proposals = [("للاناضول", "PERS")]
    monkeypatch.setattr(recognizer, "default_tagger", lambda: _FixedTagger(proposals))
    article = ActorRecognizer()(tokenized(text))
    assert not [m for m in article.mentions if "الأناضول" in m.text or "أناضول" in m.text]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_tagger_labels_are_well_formed_bio(words):
    article = tokenized(" ".join(words))
    labels = default_tagger().labels(article.tokens)
    assert len(labels) == len(article.tokens) and set(labels) <= set(LABELS)
    for prev, label in zip(["O"] + labels, labels, strict=False):
        if label.startswith("I-"):
            assert prev in ("B-" + label[2:], "I-" + label[2:])
    spans = default_tagger().spans(article.tokens, article.normalized)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_tagged_person_ends_before_a_verb_and_latin_words_are_not_names(monkeypatch):
    text = "وفي المؤتمر كانت خالدة جرار تتحدث عن الأسرى، وقال الموقع إن إطار django مجاني."
    proposals = [("خالده جرار تتحدث", "PERS"), ("django", "PERS")]
    monkeypatch.setattr(recognizer, "default_tagger", lambda: _FixedTagger(proposals))
    article = ActorRecognizer()(tokenized(text))
    people = [m.text for m in article.mentions_of(MentionKind.PERSON)]
    assert people == ["خالدة جرار"]


def test_a_name_chain_ends_where_the_tagger_ends_it_before_common_words():
    # the rules' given-name chain ran on into the apposition (المعلق العسكري) and a possessed noun (حلمه); the CRF
    # stops at the name, and a family name after عبد or أبو is never cut
    people = {m.text for m in ActorRecognizer()(tokenized(
        "وقال أليكس فيشمان المعلق العسكري لصحيفة يديعوت إن الجيش مستعد، وحقق طلعت زكريا حلمه بالبطولة، "
        "وشارك عزت أبو عوف وياسمين عبد العزيز في الفيلم.")).mentions_of(MentionKind.PERSON)}
    assert {"أليكس فيشمان", "طلعت زكريا", "عزت أبو عوف", "ياسمين عبد العزيز"} <= people
    assert not any("المعلق" in p or "حلمه" in p for p in people)


def test_a_facility_named_after_a_person_stays_an_organisation():
    # the CRF reads a person in مستشفى كمال عدوان; the hospital is still the organisation the rules found
    article = ActorRecognizer()(tokenized("وقال مدير مستشفى كمال عدوان إن المستشفى خرج عن الخدمة، وصرح محافظ حماة "
                                          "معن عبود بأن الوضع مستقر."))
    found = {(m.text, m.kind) for m in article.mentions}
    assert ("مستشفى كمال عدوان", MentionKind.ORGANIZATION) in found
    assert ("كمال عدوان", MentionKind.PERSON) not in found
    assert ("معن عبود", MentionKind.PERSON) in found


def test_state_bodies_and_facilities_keep_the_rules_reading():
    article = ActorRecognizer()(tokenized("وقالت وزارة الصحة في غزة إن مستشفى شهداء الأقصى استقبل عشرين جريحا."))
    orgs = {m.text for m in article.mentions_of(MentionKind.ORGANIZATION)}
    assert {"وزارة الصحة في غزة", "مستشفى شهداء الأقصى"} <= orgs


def test_label_bias_shifts_decoding_without_touching_the_trained_weights():
    from marsad.actors.tagger import LABELS, LinearModel, NameTagger, WordLists

    # one feature decides: the word's own weight for B-ORG is just below O's
    model = LinearModel({"b": [0.0] * 5, "w=شركه": [1.0, 0.0, 0.0, 0.6, 0.0]})
    tokens = _tokens(["شركه"])

    class Plain(NameTagger):
        label_bias = (0.0, 0.0, 0.0, 0.0, 0.0)

    class Biased(NameTagger):
        label_bias = (0.0, 0.0, 0.0, 1.0, 0.0)

    assert Plain(model, WordLists()).labels(tokens) == ["O"]
    assert Biased(model, WordLists()).labels(tokens) == ["B-ORG"]
    assert model.weights["b"] == [0.0] * 5 and LABELS[3] == "B-ORG"


def test_people_side_by_side_join_unless_the_conjunction_opens_the_second():
    from marsad.actors.tagger import _join_adjacent

    tokens = _tokens(["قاد", "تييري", "هنري", "فريقه"])
    # the tagger started a second person at the family name: one person
    assert _join_adjacent([(1, 1, "PERS"), (2, 2, "PERS")], tokens) == [(1, 2, "PERS")]
    listed = _tokens(["بوش", "وبلير", "قالا"])
    assert _join_adjacent([(0, 0, "PERS"), (1, 1, "PERS")], listed) == [(0, 0, "PERS"), (1, 1, "PERS")]
    # an organisation beside a person, or a word between two people, keeps them apart
    assert _join_adjacent([(1, 1, "PERS"), (2, 2, "ORG")], tokens) == [(1, 1, "PERS"), (2, 2, "ORG")]
    assert _join_adjacent([(0, 0, "PERS"), (2, 2, "PERS")], tokens) == [(0, 0, "PERS"), (2, 2, "PERS")]


def test_a_person_the_tagger_split_at_the_family_name_is_one_mention():
    article = ActorRecognizer()(tokenized("قاد الدولي الفرنسي تييري هنري فريقه ارسنال الى فوزه"))
    people = [m.text for m in article.mentions if m.kind is MentionKind.PERSON]
    assert people == ["تييري هنري"]


def test_a_family_name_carried_from_a_name_the_tagger_cut_goes_with_it():
    # the rules ran on to ارسنال and carried it as the family name to the next sentence; the tagger ends the name at
    # هنري, so the club later in the article is no person either
    article = ActorRecognizer()(tokenized("قاد الدولي الفرنسي تييري هنري فريقه ارسنال الى فوزه . وكان ارسنال صاحب "
                                          "الافضلية ."))
    people = [m.text for m in article.mentions if m.kind is MentionKind.PERSON]
    assert people == ["تييري هنري"]
    # a family name carried from a name the tagger keeps stays, with the person's whole name
    article = ActorRecognizer()(tokenized("وقال المدرب ارسين فينغر إن الفريق جاهز . وأضاف فينغر أن اللاعبين بخير ."))
    carried = [m for m in article.mentions if m.kind is MentionKind.PERSON and m.text == "فينغر"]
    assert carried and carried[0].resolution.name == "ارسين فينغر"


def test_a_family_name_stands_alone_later_for_a_name_the_tagger_completed():
    # the rules read the given name alone (محمد), the tagger the whole name (محمد بركات): the family name alone later
    # in the article is the same person, although the word is also a village of the gazetteer and a common noun
    article = ActorRecognizer()(tokenized("واستبعد المدرب مشاركة اللاعب محمد بركات في لقاء السبت . وأكد طبيب الفريق "
                                          "أن إصابة بركات بسيطة ."))
    people = [(m.text, m.resolution.name) for m in article.mentions if m.kind is MentionKind.PERSON]
    assert people == [("محمد بركات", "محمد بركات"), ("بركات", "محمد بركات")]


def test_a_tagged_name_keeps_a_family_name_that_is_also_a_place_or_looks_like_a_future_verb():
    # بركات is also a village of the gazetteer, سيزار reads as س + يزار 'will be visited': both end the tagger's person
    # only if they are frequent common words, which they are not
    from marsad.actors.recognizer import _trim_person

    for words in (["دخول", "محمد", "بركات", "لاعب"], ["البرازيلي", "جوليو", "سيزار", "في"]):
        article = tokenized(" ".join(words))
        tokens = article.tokens
        span = TaggedSpan(tokens[1].start, tokens[2].end, "PERS", 1, 2, 1.0)
        assert _trim_person(span, tokens) == span
    # a frequent common word the tagger ran on into still ends the name
    article = tokenized("وأعلن حسام اجتماع اللجنة")
    tokens = article.tokens
    span = TaggedSpan(tokens[1].start, tokens[2].end, "PERS", 1, 2, 1.0)
    assert _trim_person(span, tokens).last == 1


def test_a_european_name_particle_that_normalizes_to_a_function_word_stays_in_the_name():
    # فان (van) is فإن once normalized; inside a name the tagger read it is the particle, elsewhere still a function word
    from marsad.actors.recognizer import _plausible

    article = tokenized("وسدد الهولندي روبن فان بيرسي كرة قوية")
    tokens = article.tokens
    assert _plausible(TaggedSpan(tokens[2].start, tokens[4].end, "PERS", 2, 4, 1.0), tokens)
    assert _plausible(TaggedSpan(tokens[3].start, tokens[4].end, "PERS", 3, 4, 1.0), tokens)
    assert not _plausible(TaggedSpan(tokens[3].start, tokens[3].end, "PERS", 3, 3, 1.0), tokens)


def test_a_tagged_name_never_ends_on_abu_and_a_camp_is_no_person(monkeypatch):
    # the tagger stopped after أبو (طاقية is a common word, 'cap'), and read a verb, a camp and a kunya as a person
    text = ("ننعى الرقيب صهيب أبو طاقية، وكان الشاب محمد أبو. وفي شمال الفاشر شهد مخيم أبو شوك للنازحين قصفا مدفعيا.")
    proposals = [("صهيب ابو", "PERS"), ("محمد ابو", "PERS"), ("شهد مخيم ابو", "PERS")]
    monkeypatch.setattr(recognizer, "default_tagger", lambda: _FixedTagger(proposals))
    people = [m.text for m in ActorRecognizer()(tokenized(text)).mentions_of(MentionKind.PERSON)]
    assert people == ["صهيب أبو طاقية", "محمد"]


def test_a_given_name_that_is_also_a_verb_opens_no_name_before_a_camp():
    # شهد is a given name and the verb 'witnessed'; the rules' name chain stops at a place head too
    article = ActorRecognizer()(tokenized("وفي شمال الفاشر شهد مخيم أبو شوك للنازحين قصفا مدفعيا."))
    assert not article.mentions_of(MentionKind.PERSON)


def test_a_tagged_name_running_on_from_a_known_family_name_is_left_to_the_carry():
    # a tagger sure that بركات opens a name and that the next word continues it, whatever that word is
    weights = {"w=محمد": [0.0, 30.0, 0.0, 0.0, 0.0], "w=بركات": [0.0, 30.0, 0.0, 0.0, 0.0], "w=بسيطه": [0.0, 0.0, 30.0, 0.0, 0.0],
               "w=بن": [0.0, 0.0, 30.0, 0.0, 0.0], "w=خالد": [0.0, 0.0, 30.0, 0.0, 0.0]}
    sure = NameTagger(LinearModel(weights), default_lists())

    def people(text: str) -> list[tuple[str, str]]:
        article = ActorRecognizer(name_tagger=sure)(tokenized(text))
        return [(m.text, m.resolution.name) for m in article.mentions if m.kind is MentionKind.PERSON]

    intro = "وقال المدرب إن اللاعب محمد بركات سيغيب عن اللقاء . "
    # an adjective after the family name is no part of it: the family name alone is the person named before
    assert ("بركات", "محمد بركات") in people(intro + "وأكد الطبيب أن إصابة بركات بسيطة .")
    # a link and a name after it may make another person, whom the tagger keeps
    assert ("بركات بن خالد", "بركات بن خالد") in people(intro + "وحضر المباراة بركات بن خالد .")
