"""Settler violence in the West Bank: nobody armed fights back, so it is no battle (data/mob_actors.tsv)."""

from datetime import UTC, datetime

from marsad.events.gold import code_with_oracle
from marsad.model import Article

DAY = datetime(2025, 4, 7, 9, tzinfo=UTC)
SETTLERS = {"text": "مستوطنون", "id": "il-settlers", "canonical": "Settlers (Israel)", "inter": 4}
SETTLERS_DEF = {"text": "المستوطنين", "id": "il-settlers", "canonical": "Settlers (Israel)", "inter": 4}
GUNMEN = {"text": "مسلحين فلسطينيين", "canonical": "Unidentified Armed Group (Palestine)", "inter": 3}
TURMUS = {"text": "ترمسعيا", "name": "Turmus'ayya"}
SINJIL = {"text": "سنجل", "name": "Sinjil"}


def _coded(text: str, places: list[dict], actors: list[dict]) -> Article:
    return code_with_oracle(text, places, actors, published=DAY)


def _types(a: Article) -> list[str]:
    return [e.sub_event_type for e in a.events]


def test_settlers_storming_a_village_attack_civilians():
    a = _coded("هاجم مستوطنون فجر اليوم بلدة ترمسعيا شمال شرق رام الله.", [TURMUS], [SETTLERS])
    assert _types(a) == ["Attack"]
    assert a.events[0].civilian_targeting


def test_settlers_stoning_homes_is_mob_violence_not_a_demonstration():
    a = _coded("ورشق مستوطنون منازل الأهالي في بلدة سنجل بالحجارة مساء اليوم.", [SINJIL], [SETTLERS])
    assert _types(a) == ["Mob violence"]


def test_settlers_setting_fire_to_land_alone_is_property_destruction():
    a = _coded("أضرم مستوطنون النار في أراض زراعية ببلدة سنجل اليوم.", [SINJIL], [SETTLERS])
    assert _types(a) == ["Looting/property destruction"]


def test_arson_told_with_the_attack_at_the_same_place_is_part_of_it():
    # one event; nobody was hurt, so it is ACLED's property destruction
    text = "هاجم مستوطنون بلدة سنجل اليوم، وقال شهود إن المستوطنين أحرقوا ثلاث مركبات في البلدة."
    assert _types(_coded(text, [SINJIL], [SETTLERS, SETTLERS_DEF])) == ["Looting/property destruction"]


def test_settlers_who_attack_shepherds_and_burn_a_car_attack_people():
    text = "هاجم مستوطنون رعاة أغنام قرب بلدة سنجل اليوم، وأحرقوا مركبة في البلدة."
    assert _types(_coded(text, [SINJIL], [SETTLERS, SETTLERS_DEF])) == ["Attack"]


def test_settlers_fighting_armed_men_is_still_a_clash():
    text = "اندلعت اشتباكات بين مستوطنين و مسلحين فلسطينيين قرب بلدة سنجل اليوم."
    settlers = {**SETTLERS, "text": "مستوطنين"}
    assert _types(_coded(text, [SINJIL], [settlers, GUNMEN])) == ["Armed clash"]


def test_the_village_is_the_village_named_not_the_city_that_locates_it():
    text = (
        "هاجم مستوطنون مساء اليوم أطراف قرية ترمسعيا شرقي مدينة رام الله.\n"
        "ورشق المستوطنين منازل في القرية بالحجارة."
    )
    places = [TURMUS, {"text": "رام الله", "name": "Ramallah"}]
    a = _coded(text, places, [SETTLERS, SETTLERS_DEF])
    assert [(e.sub_event_type, a.mention(e.location).text) for e in a.events] == [
        ("Attack", "ترمسعيا"), ("Mob violence", "ترمسعيا")]


def test_settlers_storming_a_village_arrest_nobody():
    # a raid word reads as arrests when the army raids; settlers who storm a village attack it
    for text in ("اقتحم مستوطنون أطراف بلدة سنجل فجر اليوم.", "وحاول المستوطنين اقتحام مسجد في بلدة سنجل اليوم."):
        assert _types(_coded(text, [SINJIL], [SETTLERS, SETTLERS_DEF])) == ["Attack"], text


def test_settlers_setting_fire_in_the_sentence_of_their_attack_hold_no_riot():
    # أضرموا النار is a rioting crowd's verb; settlers who set cars alight while attacking a village attack it
    text = "وقالت مصادر محلية إن مستوطنين هاجموا بلدة سنجل فجر اليوم وأضرموا النار في ثلاث مركبات."
    settlers = {**SETTLERS, "text": "مستوطنين"}
    assert _types(_coded(text, [SINJIL], [settlers])) == ["Attack"]
    alone = "وقالت مصادر محلية إن مستوطنين أضرموا النار في مركبتين ببلدة سنجل فجر اليوم."
    assert _types(_coded(alone, [SINJIL], [settlers])) == ["Looting/property destruction"]


def test_arson_told_before_the_attack_it_belongs_to_is_part_of_it():
    # one event; as nobody was hurt, the raid that burnt the cars is ACLED's property destruction
    text = "أحرق مستوطنون مركبتين في بلدة سنجل اليوم.\nوذكر شهود أن المستوطنين هاجموا منازل في البلدة."
    assert _types(_coded(text, [SINJIL], [SETTLERS, SETTLERS_DEF])) == ["Looting/property destruction"]


def test_the_surroundings_of_a_town_sum_up_no_other_village():
    # a lead near one town and a later attack on another village of the province are two events
    text = ("هاجم مستوطنون مساء اليوم تجمعا بدويا قرب بلدة سنجل.\n"
            "إلى ذلك، هاجم مستوطنون مركبة عند مدخل قرية ترمسعيا.")
    near = {**SINJIL, "text": "قرب بلدة سنجل", "role": "region", "admin1": "West Bank"}
    turmus = {**TURMUS, "admin1": "West Bank"}
    a = _coded(text, [near, turmus], [SETTLERS])
    assert sorted(a.mention(e.location).text for e in a.events) == ["ترمسعيا", "قرب بلدة سنجل"]


def test_a_year_s_tally_at_the_end_of_the_report_is_no_event_of_the_day():
    # WAFA and Anadolu close settler reports with the year's totals: neither an attack nor a displacement that day
    text = ("هاجم مستوطنون بلدة سنجل فجر اليوم.\n"
            "وخلال عام 2025، نفذ المستوطنون 3 آلاف اعتداء أدت إلى تهجير 20 تجمعا بدويا.")
    settlers = {**SETTLERS_DEF, "text": "المستوطنون"}
    assert _types(_coded(text, [SINJIL], [SETTLERS, settlers])) == ["Attack"]


def test_settlers_storming_a_village_and_smashing_cars_destroy_property():
    # the storming takes no ground; what they did there, smashing four cars, is the event
    a = _coded("اقتحمت مجموعة من المستوطنين فجر اليوم مدخل بلدة سنجل شمال رام الله، وحطموا 4 سيارات.", [SINJIL],
               [SETTLERS_DEF])
    assert _types(a) == ["Looting/property destruction"]
    # told alone, their storming of a village is an attack on it, no conquest
    a = _coded("اقتحم مستوطنون بلدة ترمسعيا شمال شرق رام الله فجر اليوم.", [TURMUS], [SETTLERS])
    assert _types(a) == ["Attack"]


def test_a_record_smashed_is_no_property_destroyed():
    a = _coded("حطم مستوطنون زجاج مركبات المواطنين في بلدة ترمسعيا.", [TURMUS], [SETTLERS])
    assert _types(a) == ["Looting/property destruction"]
    assert _types(_coded("حطم العداء الرقم القياسي في بلدة ترمسعيا.", [TURMUS], [])) == []


def test_settlers_who_leave_the_village_they_attacked_hand_over_nothing():
    a = _coded("هاجم مستوطنون بلدة ترمسعيا مساء اليوم.\n"
               "وذكرت المصادر أن المستوطنين انسحبوا من ترمسعيا بعد أن تصدى لهم الأهالي.",
               [TURMUS], [SETTLERS, SETTLERS_DEF])
    assert _types(a) == ["Attack"]
