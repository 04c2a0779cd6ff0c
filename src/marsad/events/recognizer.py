"""Events as a careful ACLED coder would code them, from triggers, places, actors, dates and numbers.

Steps, per sentence:

1. Triggers: words and phrases of ``data/event_triggers.tsv`` found in the tokens (by surface form, with clitics
   removed, and by lemma when :func:`marsad.text.morphology.lemma_of` or ``Token.lemma`` gives one that shares the
   word's first letters). Refinements in the same file turn e.g. a shelling word next to ``الطيران`` into an air
   strike. A possessed verbal noun (سيطرتها، هجومها), one after تحت/خارج/ساحة, or a trigger word inside a name (تحرير
   in هيئة تحرير الشام) is no event. "Fallback" words (قتل، مقتل، تدمير) count only when the sentence has no other
   trigger, and only with an actor or a figure.
2. Modality (:mod:`marsad.events.modality`): triggers inside an intention, attempt, threat, denial, negation,
   conditional, forecast, appeal, evaluation, cause, reprisal, toll-update or background scope are not coded. A
   sentence led by background (إثر ... الأربعاء، وكانت ... قد) passes its "history" frame to the following sentences of
   its paragraph that have no date of their own. An event dated more than :data:`HISTORY_DAYS` before the article is
   history too, and so is a campaign told with a since-date of that age (ومنذ العام 2007 تشن الحركة هجمات). Such
   events are dropped unless ``keep_unasserted`` (then ``modality`` says why, and background events
   keep their own date with time precision 2).
3. Date: the nearest event-time DATE mention in the trigger's clause, else one before it in the sentence, else a day
   closing the sentence in a clause of its own (``، الاثنين.``), else the frame carried from the previous sentences
   (wire copy states the day once), else the article's day. ``since`` dates (منذ الأربعاء) are never event dates.
4. Location: PLACE mentions of the trigger's clause (after it first), then of an enumeration clause that follows
   (بينها، منها), then of the sentence; place mentions nested in actor, source or organisation mentions (سوريا in
   الجيش السوري), country-level places, places inside another trigger's modality scope, and places that only locate
   the place before them (عين زارة جنوب العاصمة طرابلس) are skipped; with none, the nearest region (role ``region``) of
   the neighbouring sentences, earlier ones first, then a town named in the two sentences before (البلدة), then the
   place an attempt was aimed at. One event per place (three towns taken = three events).
5. Actors: ACTOR mentions of the clause (of the sentence when the clause has no subject); the target side follows
   ضد / على / مع / في صفوف / استهدف / مقتل, civilians are always the target, the agent follows من قبل / على يد, and
   ``بين A و B`` gives both sides; a territory trigger's actor is the nearest actor before it (the subject of تمكنت ...
   من السيطرة or of a relative clause). Coordinated actors (الطيران السوري والروسي) and associated actors (role
   ``associated``) follow their principal. A generic mention (الجماعات) the actors stage left unnamed stands for the
   last named actor of the same kind (state or not); a group that claims the attack (وتبنت حركة الشباب الهجوم) is actor1
   of the violent events of its sentence or the one before that name no perpetrator. Territory changes are "Government regains territory" when
   actor1 is state forces (inter 1), else "Non-state actor overtakes territory".
6. Numbers: NUMBER mentions of the sentence that count killed, injured, displaced or detained and are not running
   totals, given to the nearest trigger of a fitting kind, split evenly when one figure covers several places
   (ACLED divides a summarised toll between the events it covers), unless the figure names its place right after it
   (مقتل مدنيين اثنين في كفرنبل): then that place's event takes it all. Displacement is no ACLED event: marsad keeps a
   displacement figure as one "Other" record (PLOVER SANCTION/expel) with its source, at the first place named when
   the figure covers several (the others are in its evidence and notes), never divided between them. ``fatalities`` is the conservative figure: the
   killed count; 0 when only injuries are reported or the text says nobody was hurt; 0 when only a joint "killed
   and wounded" figure is given (the split is unknown; the joint figure is kept in ``notes``); 3 when deaths are
   reported with no number (سقوط قتلى وجرحى: ACLED's figure for a limited event); None when the text gives no figure
   at all.
7. Assembly as ACLED disaggregates: one event per sub-event type, place and day (sources and evidence are merged and
   the lowest figure kept); a battle or a withdrawal and a territory change at the same place and day are one
   territory event (the final acquisition); a foiled attack absorbs the arrest of its perpetrators; a bare killing
   at the place and day of a specific violent event is that event's toll; air and drone strikes and shelling during
   a battle on the same day and place stay their own events and are linked through ``Event.related``. An attack
   word with no fighting (هجوم، هاجمت) told of a strike from afar is that strike (the weapon named right after it,
   else the kind of the same side's strikes that day), not an armed clash.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from marsad.actors.dictionary import POLICE_PREFIX
from marsad.actors.recognizer import AFFILIATION, CROWDS, PROTEST_WORDS, coalitions, rival_claimant, speech_verbs
from marsad.actors.references import (
    ASCRIBE_STEMS,
    FALLEN_ROLE,
    PEOPLE_ROLE,
    TO_WORDS,
    UNIDENTIFIED_TYPE,
    bare_form,
    force_word,
    reference_lexicon,
    state_agent_verbs,
)
from marsad.datelines import closing_credit, filing_city
from marsad.events.dates import anchor_date
from marsad.events.dates import lexicon as date_lexicon
from marsad.events.lexicon import (
    Match,
    PhraseMatcher,
    function_stems,
    function_words,
    split_forms,
    strip_article,
    word_forms,
)
from marsad.events.modality import APPOSITION_HEADS, WHERE, Scope, clause_bounds, cue_matcher, find_scopes
from marsad.events.numbers import casualty_after, count_cue_forms, number_item, ordinal_values, people_nouns
from marsad.events.taxonomy import SubEventType, mob_actors, mob_arson, mob_recoding, sub_event_type
from marsad.knowledge import load_table
from marsad.model import (
    ActorResolution,
    Article,
    DateResolution,
    Event,
    Mention,
    MentionKind,
    NumberResolution,
    PlaceResolution,
    Span,
)
from marsad.places.gazetteer import capital_names, distance_km
from marsad.text.normalize import normalize
from marsad.text.tokens import stem_candidates as _splits

#: the order of precision of a place's features, finest first, among places of one ACLED precision
_FINER_FEATURES = {f: n for n, f in enumerate(("neighbourhood", "populated_place", "admin3", "admin2", "admin1", "region"))}
#: what may stand between a town and the side of another place that locates it: nothing, or a distance (40 كم)
_MEASURE_BETWEEN = re.compile(r"\s*(?:،\s*)?(?:(?:على بعد|نحو|حوالي)\s+)?(?:[0-9\u0660-\u0669]+\s*(?:كم|كيلومترا?ت?|كيلو مترا?)\s*)?")
#: herders and farmers, people a mob attacks in their fields (رعاة أغنام، مزارعين)
_HERDERS = function_words("herders")
#: dual town cues: بين مدينتي X وY names two ends of a way, not two places of the event
_DUAL_TOWN_CUES = function_words("dual_town_cues")
#: a particle with the pronoun of the event told (أنه، إنها) and the verb 'was' after it: what the event was
_IT_WAS_PARTICLES = function_words("it_was_particles")
_WAS = function_words("was")
#: 'on the morrow of' (غداة): the event after it was told the day before the news
_DAY_AFTER = function_words("day_after")
#: links that tell an event of their own before the news (عقب اشتباكات، إثر هجوم)
_BACKGROUND_LINKS = function_words("background_links")
#: how many words after غداة its event may be told (the victims described between: مقتل 3 أشخاص هم أب وابناه ...)
_DAY_AFTER_REACH = 20
#: readings whose cue still counts inside an organisation's or a person's name: no group is named after them, so a
#: name that holds one is a league's or a misread
_READ_INSIDE_NAMES = frozenset({"sport", "commemoration"})
#: how many tokens past its clause's end an agent may follow a comma (، من قبل X: the comma, the marker's two words)
_SET_OFF_AGENT = 3
#: ACLED's battles over territory (which the actor taking the place decides), which a loser's withdrawal told the
#: same day re-tells
_TAKEOVERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: the sub-event types whose side hit may be named in another clause of the trigger's sentence (a clash's, an attack's)
_TARGETED_TYPES = frozenset({"Armed clash", "Attack"})
_TARGET_WORDS = function_words("target_words")
# before these words a trigger noun is a state or part of a name, whatever the trigger: رهن الاحتجاز، ساحة التحرير،
# كلية المدفعية (a military college), فوج المدفعية
_NAME_OR_STATE_BEFORE = function_words("name_or_state_before")
#: 'about, from': before a word of control it says whose control (خارجة عن سيطرة); before an attack it is what a
#: claim or a report is about (أعلنت مسؤوليتها عن هجوم، كشف عن هجوم); after a verb of announcing it opens what was
#: announced (أعلن الجيش عن مقتل)
_ABOUT = frozenset({normalize("عن")})
#: verbs of dying a speaker uses of the victims it counts (قضوا، لقوا حتفهم; not قتلوا, also 'they killed')
_DIED = function_words("died_verbs")
#: before these words a definite trigger noun is the place or the aftermath of an event already told (موقع الانفجار،
#: عقب الهجوم), not a new one
_AFTERMATH_BEFORE = function_words("aftermath_before")
# before these words a verbal noun flagged "stative" names control, not its change: خارج سيطرة، عن سيطرة، في ظل سيطرة
_STATIVE_BEFORE = _NAME_OR_STATE_BEFORE | frozenset(
    normalize(w)
    for w in ("خارج", "عن", "مناطق", "نفوذ", "منطقة", "جيش", "فرض", "إحكام", "احكام", "خاضعة", "خاضع", "خاضعين",
              "ضمن", "ظل")
)
#: target markers that may stand a few words before the target (على نقطة تفتيش للحشد، مقتل عنصرين من حزب الله)
_FAR_TARGET_WORDS = function_words("far_target_words")
_NOT_ENTERED = function_words("not_entered")
#: sub-event types whose trigger may name who acts (الطيران الحربي السوري، المدفعية الإسرائيلية، المتظاهرون، محتجون)
_WEAPON_ACTOR_TYPES = frozenset(
    {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    }
)
_PERSON_WORDS = function_words("person_words")
_CASUALTY_WORDS = function_words("casualty_words")
#: أفرادها، عناصره: the members of the body the pronoun points back to
_OWN_MEMBERS = function_words("own_members")
_PARTITIVE_WORDS = function_words("partitive_words")
#: an untold number (عدد كبير، العديد، عشرات) between a casualty word and the people it counts
_VAGUE_QUANTITY = function_words("vague_quantity")
#: "among them", after a count of casualties: what it counts next are casualties too
_AMONG_THEM = function_words("among_them")
_NEW_CLAUSE_WORDS = function_words("new_clause_words")
_VAGUE_AREAS = function_words("vague_areas")
#: a fire or a situation brought under control (سيطرت على الحريق، على الوضع): no ground
_NON_GROUND = function_words("non_ground")
_UNIT_WORDS = function_words("unit_words")
_AMBUSH_WORDS = function_words("ambush_words")
_WHOLE_COUNTRY = function_words("whole_country")
#: ACLED's inter codes of rebel groups, political militias and identity militias: who "gunmen" may turn out to be
_ARMED_GROUP_INTERS = frozenset({2, 3, 4})
_FROM = function_words("from")
#: words that measure a distance: the place after عن/من following them is a reference point, not where events are
_DISTANCE_WORDS = function_words("distance_words")
#: indefinite force nouns that a province's name after them qualifies (قوات ولاية بونتلاند، شرطة محافظة ديالى)
_FORCES_BY_PLACE = function_words("forces_by_place")
#: nouns for a band of armed men (عصابة، مجموعة): the armed men named after them and من are that band
_GANG_HEADS = function_words("gang_heads")
_OF = normalize("من")
#: "despite" and the nouns of being deployed after it (رغم انتشار قوات ...): the forces named stood by
_CONCESSIVE = function_words("concessive")
_PRESENCE_NOUNS = function_words("presence_nouns")
#: how far after the noun of presence the forces it names may stand (رغم انتشار قوات الدفاع ووحدات من الجيش الرواندي)
_PRESENCE_REACH = 10
#: how many words after a place the town it lies in may be named (مخيم عين الحلوة للاجئين الفلسطينيين في مدينة صيدا)
_TOWN_OF_REACH = 7
#: how far before a figure a second speaker's verb of saying may stand (فيما قال المرصد السوري لحقوق الإنسان إن 18)
_OTHER_SOURCE_REACH = 10
_OR = normalize("أو")
#: titles of a territory's ruler (أمير، حاكم، عمدة): a place joined by ب after the territory's name is the seat's
_TERRITORIAL_TITLES = function_words("territorial_titles")
#: the sound of an explosion (دوي انفجار): witnesses hearing the bombing the article tells
_HEARD = function_words("heard")
#: sub-event types whose victims are taken where they live (اعتقال شاب من بلدة X)
_TAKEN_FROM_HOME = frozenset({"Arrests", "Abduction/forced disappearance"})
#: adjectives of nearness: the place after them locates the place before them (جبهة حيفان المحاذية لمديرية طور الباحة)
_ADJACENT_TO = function_words("adjacent_to")
#: words of accompaniment before a weapon (وسط قصف مدفعي): a strike that goes with an attack, not its means
_AMID = function_words("amid")
#: words for spans of time (ساعات، أيام، أسابيع): a frame's link that names one points back to an earlier time
_SPAN_WORDS_OF_TIME = function_words("span_units") | function_words("days_span")
#: how many words may stand between a total and its first part, or between two parts (ستة من رجال الأمن واثنين)
_PART_GAP = 5
#: words joining counted members to their group (أربعة عناصر في حركة الشباب، ثلاثة في صفوف الجماعة)
_MEMBERSHIP = function_words("membership")
_ENUMERATION = function_words("enumeration")
_COARSE_FEATURES = frozenset({"country", "continent", "sea", "world_region"})
_VIOLENT_COUNTS = ("killed", "injured", "killed_or_injured")
#: an event dated this many days before the article is history recalled, not news (ACLED codes it from its own reports)
HISTORY_DAYS = 14
#: participles of belonging (التابعة لبلدة العلم): the place after them holds the place before
_BELONGING_PARTICIPLES = function_words("belonging_participles")
#: verbs of finding (عثرت، عثر، وجدت): their subject came upon an event's aftermath
_FINDING_VERBS = function_words("finding_verbs")
#: verbs of going on (تتواصل، تستمر): a demonstration that goes on is that day's demonstration
_CONTINUING = function_words("continuing")
#: the demonstrations a force broke up, whose actor2 is that force
_INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters"})
#: a demonstration told in several steps is coded once, as the first of these it was (ACLED's sub-event types)
_DEMONSTRATION_ORDER = {name: k for k, name in enumerate((
    "Violent demonstration", "Excessive force against protesters", "Mob violence", "Protest with intervention",
    "Peaceful protest"))}
#: the actor types of a demonstration's crowd (the actors stage's CROWDS, civilians aside)
_CROWD_ACTOR_TYPES = frozenset(CROWDS[k][3] for k in ("protesters", "rioters"))
#: mentions that may sum up events located inside them: a region expression or an administrative unit named as such
_CONTAINER_ROLES = frozenset({"region", "admin1", "admin2", "admin3"})
#: the most words from a place to the one it is set against (المواصي غرب خان يونس، قرية X شمال مدينة Y)
_LOCATOR_REACH = 4
# a headline names no day; the body's day of the event it sums up is at most this long before publication
_HEADLINE_LAG_DAYS = 2
#: the same for a re-mention dated only approximately (قبل أيام): up to a week
_VAGUE_LAG_DAYS = 7
#: how many words the speakers and their seat may take between a verb of speech and the day it was said
_SPEAKERS_REACH = 14
# a subheading in the body is a short line: قصف وشهداء، إجبار على الهدم، تصعيد ميداني
_HEADING_WORDS = 3
# sub-event types a bare killing told beside them is no part of (arrests, demolitions, weapons seized)
_HOLD_NO_DEATH = ("Arrests", "Looting/property destruction", "Disrupted weapons use")
# sub-event types of the explosives ground fighters use in a battle (not strikes from afar)
_IN_BATTLE_EXPLOSIVES = ("Remote explosive/landmine/IED", "Grenade")
#: how far from a district's seat a village with no district in the gazetteer is still read as inside it
_DISTRICT_KM = 20.0
#: how far from a town a place still lies in its surroundings (قرب بلدة X, محيط مدينة X: ACLED's precision 2)
_TOWN_AREA_KM = 10.0
#: a city this populous spreads over districts and suburbs named as places of their own, up to this far from its
#: point (Aden's al-Mansura and Sheikh Othman lie 11 km from it)
_BIG_CITY = 250_000
_CITY_REACH_KM = 15.0
# words between two place names that make the second a locator of the first: قرية المغير شرق رام الله
#: stems of the verbs of interception (اعترضت، أسقطت): their subject is the side defending against an attack
_INTERCEPTION_STEMS = function_stems("interception_stems")
#: verbal nouns of aim, which a nationality or group adjective may qualify as their agent (استهداف إسرائيلي)
_AIM_NOUNS = function_words("aim_nouns")
_VERBS_OF_AIM = function_words("verbs_of_aim")
#: the verbs of aim and their verbal noun (استهداف): a count of men right after one of them counts the men aimed at
_AIM_WORDS = _VERBS_OF_AIM | {normalize("استهداف")}
#: words after which a verb opens a new clause (و، ف، كما، فيما ...) or is dated (اليوم، أمس); a bare قد is none, its
#: subject may stand before it (الجيش قد استهدف), but وقد and فقد open a clause
_CLAUSE_OPENERS = function_words("events_recognizer.clause_openers")
_CONTROL_NOUNS = function_words("control_nouns")
#: words that open a sentence going on with the last one's subject (كما سيطرت، ثم انسحبت)
_SEQUENCE_OPENERS = function_words("sequence_openers")
#: nouns for the bodies of the dead (جثة، جثتي): a figure of them counts people found dead
_BODY_WORDS = function_words("bodies")
#: a group's hold-outs (المعاقل، الأوكار): the group named after them held the ground
_STRONGHOLDS = function_words("strongholds")
#: how far before a possessed control noun the verb that announces it may stand
_ANNOUNCE_REACH = 10
_LEAVING = frozenset({"Non-violent transfer of territory"})
#: stems of launching (أطلق، أطلقت، أطلقه، إطلاق، انطلق، انطلقت), normalized: أ and إ become ا
_LAUNCH = function_stems("launch")
#: a hospital (or medical complex) named by its town
_HOSPITAL = function_words("hospital")
#: who speaks for a state or a city (السلطات، المسؤولون), before في and their seat
_AUTHORITIES = function_words("authorities")
#: demonstratives before a noun that point back to what was just told (هذا الهجوم)
_DEMONSTRATIVES = function_words("demonstratives")
#: the stems of a verb of killing with a pronoun for its victims after it (قتلتهم، يقتلوه، أعدموهم، تصفيتهم)
_KILLING_STEMS = function_stems("killing_stems")
#: words for the ground a side holds (من مناطق سيطرة الحوثيين، من مواقع تمركز القوات)
_GROUND_WORDS = function_stems("ground_words")
_CONTROL_WORDS = function_words("control_words")
#: words before a figure that make it a part of the toll just given (منهم، بينهم)
_PART_OF_TOLL = function_words("part_of_toll")
#: the stems of the verbs of occurring (وقعت الحادثة، جرى الهجوم)
_OCCURRED = function_stems("occurred")
#: the stem of the verb of undergoing an attack (تعرضت القرية لهجوم)
_UNDERWENT = normalize("تعرض")
#: how many words a subject phrase, its owner named in it (جيب "هامر" تابعا للجيش المصري), may take before its verb
_SUBJECT_REACH = 6
#: how far before the attack word the verb of undergoing may stand, its subject and a day between (تعرضت أمس السبت
#: 24 أيلول 2022، وحدة من مفرزة كانتشاري العسكرية، ومجموعة من المتطوعين ... لهجوم)
_UNDERGOER_REACH = 30
#: verbs of stopping or ending after the fighting they end (الاشتباكات توقفت)
_STOPPED = function_words("stopped")
#: participles of using, which name the means of what their sentence tells (مستخدمين قنابل)
_USING = function_words("using")
#: verbs and participles of accusing, whose ب names the charge (اتهم الجيش الحركة بإسقاط مسيرة)
_ACCUSING = function_words("accusing")
#: words for a news outlet's correspondent, whose base is named after them (مراسل الجزيرة في غزة)
_REPORTERS = function_words("reporters")
#: nouns for a detachment of a force, before من and the force (قوة من الجيش، عناصر من الشرطة)
_DETACHMENTS = function_words("detachments")
#: brackets and quotation marks that wire copy puts around place names
_BRACKETS = "()[]«»\"'“”"
#: what links a generic or unnamed armed noun to the group it belongs to (مقاتلون من حزب الله، مسلحون تابعون لتنظيم
#: بوكو حرام، مسلحين موالين لداعش، عناصر في صفوف الجماعة)
_PARTITIVE_LINKS = function_words("partitive_links")
#: the words of those links, which a count of a group's men may put between the count and the group (مقتل 15 عنصرا
#: تابعين لـ«جماعة نصرة الإسلام والمسلمين»)
_PARTITIVE_LINK_WORDS = frozenset(w for link in _PARTITIVE_LINKS for w in link.split())
#: a group's head noun glued to ل before its name (لتنظيم "بوكو حرام"، لجماعة الشباب)
_GROUP_HEADS_AFTER_L = function_words("group_heads_after_l")
_TOWARDS = function_words("towards")
#: words of travelling (حافلة متجهة من درعا إلى السويداء، أثناء قدومها من أشرفية صحنايا): the places after their من,
#: إلى or باتجاه are the ends of a journey, not where the event on the road happened
_TRAVELLING = function_words("travelling")
_ROUTE_PREPOSITIONS = function_words("route_prepositions")
#: people described as having fled or come from somewhere (النازحين الفارين من مخيم زمزم): the place after their من is
#: their origin (a finite verb, فروا من ولاية سنار بعد هجمات, tells the flight itself, whose place that is)
_FLEEING = function_words("fleeing")
_PLACE_CUE_WORDS = function_words("place_cue_words")
_LOCATORS = function_words("locators")
_CIVILIAN_WORDS = function_words("civilian_words")
#: places where civilians are, as what a strike hit (مخيم للنازحين، المستشفى، السوق، منازل)
_CIVILIAN_SITES = function_words("civilian_sites")
#: buildings whose entering takes no ground (كنيسة، مستشفى، منزل)
_BUILDINGS_ENTERED = function_words("buildings_entered")
#: the prepositions of going into (إلى، الى)
#: verbs of belonging (تتبع مدينة مصراتة، ينتمون إلى الزاوية): the place after them is whose the men are
_BELONGING_VERBS = function_words("belonging_verbs")
#: verbs of opening fire (فتح، أطلق) whose النار may stand words away
_FIRING_VERBS = function_words("firing_verbs")
#: verbs of surviving (نجا): who survived an attack was its target
_SURVIVED = function_words("survived")
#: how many words after a strike word the site it hit may be named
_SITE_REACH = 7
_ADMIN_HEADS = function_words("admin_heads")
_TOWN_ANAPHORS = function_words("town_anaphors")
_INTERCEPTION = function_words("interception")
#: the attackers (المهاجمون), who carried out the attack the report just told
_ATTACKER_WORDS = function_words("attackers")
#: the incident of an event (حادثة نهب السوق): the event word after it refers back to the one told
_INCIDENT_NOUNS = frozenset(normalize(w) for w in ("حادثة", "الحادثة", "حادث", "واقعة"))
#: a control noun with the group's own pronoun (سيطرتها، سيطرته، سيطرتهم): what it says it took
_OWN_CONTROL = frozenset(normalize(w) for w in ("سيطرتها", "سيطرته", "سيطرتهم"))
#: words of nearness before a body's building (قرب قسم المخابرات، بجانب فرع الأمن): a landmark, no side
_NEAR_LANDMARK = function_words("landmark_words")
#: under the protection of (تحت حماية، بحماية، بغطاء من): the force named after stood by the side that acted
_PROTECTION = function_words("protection_words")
_PROTECTION_NOUN, _UNDER = normalize("حماية"), normalize("تحت")
#: unnamed gunmen, as written (مسلحون، مسلحين، المسلحون)
_GUNMEN_WORDS = function_words("gunmen_words")
_SINCE_WORDS = frozenset({normalize("منذ"), normalize("ومنذ")})
#: strikes from afar: an attack word beside one of them names the strike, not a battle
_STRIKE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: the kinds whose trigger word may be goods a seizure takes: strikes' weapons, and explosive devices (تم الاستيلاء على
#: ثلاث عبوات ناسفة وصواريخ: devices seized, none set off)
_TAKEN_WEAPON_TYPES = _STRIKE_TYPES | {"Remote explosive/landmine/IED"}
#: links that set what follows in time before or after the news (عقب وقوع زلزال، منذ الفيضانات)
_TIME_LINKS = function_words("time_links")
#: words that say the dead were shot, and words that call a demonstration bloody: its sentence's dead are its own
_SHOT_WORDS = function_words("shot_words")
_BLOODY_WORDS = function_words("bloody_words")
#: how far after a drone its munitions may be named, past a date aside and the target's place (استهدفت طائرة مسيرة،
#: عصر اليوم، منزل مواطن شمال غربي الضالع (جنوبي اليمن) بعدد من القذائف)
_MUNITION_REACH = 40
#: words that open a clause about something else (فيما قصفت المدفعية ... بعدد من القذائف)
_CONTRAST_OPENERS = function_words("contrast_openers")
#: quantities a weapon is counted by after ب (بعدد من القذائف، بعشرات الصواريخ، بوابل من القذائف)
_QUANTITY_WORDS = function_words("quantity_words")
#: words for "the incident" a sentence places after the event was told (ووقع الحادث قرب بلدة كفرشوبا)
_INCIDENT_WORDS = function_words("incident_words")
#: how far before its claim (مسؤوليتها) the claiming group may stand past an apposition describing it
_CLAIMER_REACH = 12
#: how far before its control noun a group announcing a post it took may stand: a long name, a day and عن between
#: (أعلنت جماعة نصرة الإسلام والمسلمين الإرهابية، صباح أمس الاثنين 26 أغسطس 2024، عن سيطرتها)
_ANNOUNCER_REACH = _CLAIMER_REACH + 12
#: how far after an arrest word the group of those arrested may be named (القبض على 15 إرهابيا ينتمون إلى تنظيم داعش)
_DETAINED_REACH = 8
_DISMANTLING = function_words("dismantling")
#: words that tie a cell to its group (خلية تابعة لتنظيم داعش، خلية مرتبطة بالحرس الثوري)
_CELL_OF = function_words("cell_of")
#: the pronouns that refer back to people just counted (إنهم، وهم), and the words that put them in a group after it
_THEY = function_words("they")
_BELONG_WORDS = function_words("belong_words")
#: words of concerning right before a group (تتعلق بتنظيم داعش، بتهمة الانتماء إلى): the group is that of those arrested
_CONCERNING = function_words("concerning")
#: remote violence: a killing whose instrument is one of these is that strike or explosion
_REMOTE_TYPES = _STRIKE_TYPES | {"Remote explosive/landmine/IED"}
#: how far after a killing word its instrument may be named, past the victim's name and role (اغتيل القيادي في حزب
#: الله علي الحجار في غارة)
_VICTIM_REACH = 10
_IN = frozenset({normalize("في")})
#: how far after an attack word its weapon is named (هجوم شنته القوات الروسية فجر اليوم بطائرات مسيرة)
_WEAPON_WINDOW = 8
#: before an agreement word, it names one in force (رغم اتفاق، بموجب اتفاق، خرق الهدنة); after it, الساري says so
_UNDER_AGREEMENT = function_words("under_agreement")
_IN_FORCE = function_words("in_force")
#: modalities of a report's opening words that make the whole report the telling of an old case or of no conflict: a
#: verdict, a conviction or trial, an anniversary, an ordinary crime (the arrest of a man who killed his mother is no
#: ACLED event), an accident, a report's yearly or monthly tally (تقريرها السنوي، أظهرت إحصائية نشرتها البعثة), a
#: match, a film or book, a weapons test
_CASE_LEADS = frozenset({"ruling", "charge", "commemoration", "crime", "disaster", "statistics", "sport", "work",
                         "test"})
#: modalities that tell an event as still to come: planned, forecast, called for or threatened
_PLANNED = frozenset({"intention", "forecast", "appeal", "threat"})
#: modalities that tell a violent event as past: remembered, judged, charged or history
_PAST_TELLINGS = frozenset({"commemoration", "ruling", "charge", "background"})

#: words of accompanying: what follows went with the raid or attack told before (تخللها تخريب، رافقها إطلاق نار)
_ACCOMPANYING = function_words("accompanying")
#: verbs of witnessing that open a sentence whose subject is the place of the event (شهدت بلدة X مجزرة)
_WITNESSED = function_words("witnessed")
#: prepositions that may open a sentence's fronted date (وفي 2018، خلال عام 2019،)
_FRONTING = function_words("fronting")
#: stems of the words of setting on fire (أحرق، حرق، إحراق، أضرم)
_BURNING_STEMS = function_stems("burning_stems")
#: ل with a pronoun: the object of a verb of repelling named again (تصدى لها)
_TO_IT = function_words("to_it")
#: a war, after منذ and a noun of starting (منذ اندلاع الحرب، منذ بدء الغزو الروسي)
_WAR_NOUNS = function_words("war_nouns")
#: the verbs that open a running total after the day's toll (ليرتفع عدد الشهداء إلى)
_TOTAL_STOPS = function_words("total_stops")
#: superlatives, and "first" indefinite (أول هجوم منذ اندلاع الحرب), which compares as they do
_COMPARING = function_words("superlatives") | {normalize("أول")}
#: days within which a start date begins the operation a report tells, not a war whose tally it gives
_RECENT_START_DAYS = 90
#: a seizure of power named after منذ (منذ سيطرة طالبان، منذ الاستيلاء): the start of a period a tally counts
_TAKEOVER_NOUNS = function_words("takeover_nouns")
#: power, as what a coup seizes (سيطرة الجيش على السلطة، استولى على الحكم)
_POWER_NOUNS = function_words("power_nouns")
#: the bare word for a blow or strike, which police copy also deals to gangs (وجهت ضربة قوية لعصابة)
_BLOW_WORDS = function_words("blow_words")
#: words of cause, and the mishaps a death told after them comes from (إثر انهيار مبنى، جراء تسمم، بسبب الغرق)
_CAUSE_WORDS = function_words("cause_words")
_MISHAPS = function_words("mishaps")
#: the prayer whose day dates a gathering after it (بعد صلاة الجمعة)
_PRAYER = function_words("prayer")
#: words of proposing, negotiating or striving for an agreement (مقترح، مفاوضات، جهود), and the prepositions of the
#: point reached (توصلوا بعد مفاوضات إلى اتفاق) that end their reach
_PROPOSAL_WORDS = function_words("proposal_words")
#: words of striving for what follows (في محاولة للتوصل إلى، سعيا إلى): what they strive for is not reached
_STRIVING = function_words("striving")
#: drugs, whose seizure ACLED does not code (a drug haul is no disrupted weapons use)
_DRUG_WORDS = function_words("drug_words")
_SMUGGLING_WORDS = function_words("smuggling_words")
#: the words of a drone named alone (طائرة مسيرة بدون طيار، درون), which carry no strike of their own
_DRONE_NOUNS = function_words("drone_nouns")
_REACHED_AT = function_words("reached_at")
#: words that make a bare agreement word one between conflict actors (اتفاق لتبادل الأسرى), which ACLED codes
_AGREEMENT_OBJECTS = function_words("agreement_objects")
#: words that set the time of day around a date in a clause of its own (في وقت متأخر من مساء الثلاثاء)
_TIME_FILLERS = function_words("time_fillers")
#: participles of lying in a unit, which open a clause that locates the place before them (الواقعة في، التابعة لـ)
_LYING_IN = function_words("lying_in")
#: words of withdrawing (a Non-violent transfer of territory trigger)
_WITHDRAWING = function_words("withdrawing")
#: actor types of the dictionary that fight (actors.tsv)
_FIGHTING_TYPES = frozenset({"state forces", "rebel group", "political militia", "identity militia",
                             "international peacekeepers"})
#: explosions set off by an attacker on the spot
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
#: verbs of trying: what they govern was attempted (an attack attempted is still coded: حاول المستوطنون اقتحام مسجد)
_TRYING = function_words("trying")
#: words of repelling an attack: the attacked side fought back, so the attack is a battle
_REPELLING = function_words("repelling")
#: the repelling words with the defender as a pronoun or a prefix (عن تصديه لهجوم، اللواء يتصدى لهجوم، إحباط هجوم)
_DEFENDING = _REPELLING | frozenset(normalize(w) for w in ("تصديه", "تصديها", "تصديهم", "يتصدى", "تتصدى", "إحباط",
                                                           "احباط", "إحباطه", "إحباطها"))
#: an explosion word that names no planted device (عبوة، لغم، مفخخة)
_BARE_EXPLOSION = function_words("bare_explosion")
_MINE_CLEARING = function_words("mine_clearing")
#: where people are trapped, not detained (تحت الأنقاض، داخل سياراتهم المشتعلة)
_TRAPPED_IN = function_words("trapped_in")
_CONVOYS = function_words("convoys")
_COMPELLED = function_words("compelled")
_INSIDE_OR_UNDER = frozenset(normalize(w) for w in ("داخل", "تحت"))
_MINES = function_words("mines")
#: the planted devices an explosion may be told with (عبوة، لغم، مفخخة): a blast beside one is no strike's
_PLANTED_DEVICES = function_words("planted_devices")
#: works, mines and plants where a bare explosion is an accident (مصنع، منجم، مصفاة)
_INDUSTRIAL_SITES = function_words("industrial_sites")
_GAS_LEAKS = function_words("gas_leaks")
#: the readings under which a trigger may still be coded as its article's report (see _code_causes)
_REVIVABLE = frozenset({"cause", "update"})
#: readings that carry over to a word joined by ل to the word they cover (an intended agreement for a ceasefire)
_PURPOSE_READINGS = frozenset({"intention", "appeal", "forecast", "threat", "negation"})
#: methods of armed groups, not of states: a state force told as their only side is their target
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
#: how many days after its lead a definite re-mention with no day of its own may still be that lead's event
_RETOLD_DAYS = 3
_GAS_WORDS = function_words("gas_words")
_BOOBY_TRAPPED = function_words("booby_trapped")
_APPROXIMATIONS = function_words("approximations")
_FLED_ONE = function_words("fled_one")
#: what a figure of casualties counts
_CASUALTY_COUNTS = ("killed", "injured", "killed_or_injured")
#: words of air defence and of what falls after it: an explosion beside them is the strike's
_INTERCEPTION_OR_DEBRIS = _INTERCEPTION | frozenset(
    normalize(w) for w in ("حطام", "شظايا", "الدفاعات", "الدفاع", "مضاد", "مضادة", "الاعتراض"))
#: verbs of striking whose instrument, named after them with ب, says which kind of strike they were
_STRIKE_VERBS = _VERBS_OF_AIM | frozenset(
    normalize(w) for w in ("استهدفوا", "قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "ضرب", "ضربت")
)
_GENERIC_STRIKE = function_words("generic_strike")
_CONSEQUENCE_WORDS = function_words("consequence_words")
#: verbs of naming with the thing named as an object pronoun (ما وصفته الشرطة): their subject names, it does not act
_NAMING_VERBS = function_words("events_recognizer.naming_verbs")
_RESPONSIBILITY = function_words("events_recognizer.responsibility_words")
_LAYING_VERBS = function_words("events_recognizer.laying_verbs")
_CAPTURE_WORDS = function_words("events_recognizer.capture_words")
_DEMONSTRATING_VERBS = function_words("events_recognizer.demonstrating_verbs")
_CLASH_STEMS = function_stems("events_recognizer.clash_stems")
_COMPLEMENTIZERS = function_words("events_recognizer.complementizers")
#: a complementizer carrying the subject's pronoun (أعلنت القوات أنها دمرت): the speaker is the subject
_PRONOUN_COMPLEMENTIZERS = function_words("pronoun_complementizers")
_RELATIVE_PRONOUNS = function_words("relative_pronouns")
_BIRTH_WORDS = function_words("birth_words")
_AGENT_BEFORE = function_words("agent_before")
#: words that tie a person's title to the body it serves (القيادي في حركة الشباب، المتحدث باسم كتائب القسام)
_TITLE_LINKS = function_words("title_links")
#: the word of a deliberate killing, whose object a titled person may be (اغتيال لقيادي في الحركة)
_ASSASSINATION = function_words("assassination_words")
#: ل "of", which may stand alone before quotes (لـ"قيادي كبير")
_OF_WORDS = frozenset({normalize("ل"), normalize("لـ")})
#: adjectives that may follow a title before its body (قيادي بارز في، القائد الميداني في)
_TITLE_ADJECTIVES = frozenset(
    normalize(f) for w in ("البارز", "الكبير", "الرفيع", "السابق", "الميداني", "العسكري", "الأمني", "الأبرز", "آخر")
    for f in (w, w[2:] if w.startswith("ال") else w, (w[2:] if w.startswith("ال") else w) + "ا")
)
# a group after one of these prepositions is the complement of the word before it (مقاومة من قوات النظام، انسحاب
# من مواقع الجيش), not the subject of a verb that follows, unless that word counts its members (عناصر من القوات)
#: a participle of belonging (مواقع تابعة للحوثيين، وزارة الصحة التابعة للحوثيين): the actor after it owns the noun before
_BELONGING = function_words("belonging")
#: bodies that report or govern, not fight: an actor they belong to (قناة المسيرة التابعة للحوثيين) is only named there
_REPORTING_BODIES = function_words("reporting_bodies")
#: verbs of a relative clause that name who runs or holds a noun (الحكومة التي يديرها الحوثيون، التي يسيطر عليها الجيش)
#: media that speak for a side: an actor named right after one (وسائل إعلام حوثية، قناة الحوثيين، مصادر الجيش) is
#: whose outlet reports, no side of what it reports
_MEDIA_BODIES = function_words("media_bodies")
_ACCOUNT, _ON = normalize("حساب"), normalize("على")
_FIRE = normalize("النار")
#: على and the words of direction (صوب، باتجاه) that fire is opened on or towards
_ON_OR_TOWARDS = frozenset({_ON, *function_words("towards")})
#: counts of tens and hundreds, which before مسيرات count drones (مئات المسيرات), not a crowd
_CROWD_COUNTS = function_words("crowd_counts")
_MARCHING_VERBS = function_words("marching_verbs")
_MARCH_QUALIFIERS = function_words("march_qualifiers")
_DISPERSING_VERBS = function_words("dispersing_verbs")
#: the words that open an attribution clause after the news it attributes (، حسبما قال الحاكم ...، وفق مصادر ...)
_ATTRIBUTION = function_words("attribution")
#: the words that close a span of time opened by منذ or من (منذ مساء أمس وحتى صباح اليوم)
_UNTIL = function_words("until")
#: the root of bombarding, in every form of the verb (قصف، تقصف، يقصفون): the trigger row lists the past forms only
_BOMBARD_STEM = normalize("قصف")
_RUNNING = function_words("running")
_ON_IT = function_words("on_it")
#: how many words from its trigger the owner of what was hit may stand
_OWNER_REACH = 12
#: what is hit rather than who hits, before a participle of belonging (أهدافاً تابعة للحوثيين، قيادة الفرقة التابعة للجيش)
_OWNED_TARGETS = function_words("owned_targets")
_BETWEEN = frozenset({normalize("بين")})
#: how many words after a battle word its بين may stand (اشتباكات عنيفة في قرية ود النورة اليوم بين ...)
_BETWEEN_REACH = 8
#: how many words after the weapon its owner may be named (طائرات مسيرة تابعة للجيش المالي)
_OWNER_GAP = 4
#: verbs of suspicion between unnamed gunmen and the group they are thought to be (مسلحين يشتبه أنهم من ...)
_SUSPECTED = function_words("suspected")
_SUSPECTED_REACH = 6
#: the links that tell an event as coming some days after another (بعد ثلاثة أيام من، عقب يومين من)
_OFFSET_LINKS = function_words("offset_links")
#: "similar" after an event word: the event is of the kind of the one it is likened to (هجوم مماثل)
_SIMILAR_WORDS = function_words("similar_words")
#: the announcement of an earlier event (بعد يوم من إعلان ... التوصل لاتفاق), and how far before the event word
_ANNOUNCEMENT = frozenset({normalize("إعلان"), normalize("الإعلان")})
_ANNOUNCED_REACH = 7
#: the longest offset read as a day of its own: further back, the earlier event is history the report recalls
_OFFSET_DAYS = 7
#: the endings of a feminine noun in the dual (عشيرتين، القبيلتان، عشيرتي آل فلان وآل علان)
_FEMININE_DUAL_ENDINGS = ("تين", "تان", "تي")
#: words of a road named by its two ends (الطريق الرابط بين X وY)
_ROAD_WORDS = function_words("road_words")
#: shells, which a drone drops as well as a gun fires (استهدفت بقذيفتين بوابة المسجد)
_SHELLS = function_words("shells")
_DASHES = frozenset({"-", "–", "—"})
#: words before بين that make the two places after it the ends of a span the event lies on, as a road does: الواقعة
#: بين مدينتي تمبكتو وغوندام (a village between two towns)
_SPAN_WORDS = _ROAD_WORDS | frozenset(normalize(w) for w in ("الواقعة", "الواقع", "تقع", "يقع", "الفاصلة", "الفاصل"))
#: what a verb of aim hits that belongs to a force (القاعدة الرئيسية للجيش، قافلة للجيش المالي)
_AIMED_THINGS = function_words("aimed_things")
#: quotation marks as the normalizer leaves them (« » and the Latin ones become ")
_QUOTE_MARKS = frozenset({'"', "'", "«", "»"})
_OBLIQUE_BEFORE = function_words("oblique_before")


@dataclass(frozen=True)
class TriggerRule:
    """A trigger row of ``event_triggers.tsv``."""

    sub_event_type: str
    if_government: str
    plover_type: str
    plover_mode: str
    flags: frozenset[str]


@dataclass(frozen=True)
class Refinement:
    """A refine or needs row of ``event_triggers.tsv``."""

    kind: str
    sub_event_type: str
    applies_to: frozenset[str]
    plover_mode: str
    window: int
    matcher: PhraseMatcher
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TriggerLexicon:
    matcher: PhraseMatcher
    lemmas: dict[str, TriggerRule]
    refinements: tuple[Refinement, ...]
    civilian_cues: PhraseMatcher
    own_forces: PhraseMatcher
    announce: PhraseMatcher
    announced_act: PhraseMatcher
    agent_verbs: PhraseMatcher
    #: fixed phrases whose words evoke no event (القيادة والسيطرة 'command and control', السيطرة على الحريق)
    non_triggers: PhraseMatcher
    #: words after which an armed noun is the perpetrator (برصاص مسلحين), not an armed victim
    perpetrator_markers: frozenset[str] = frozenset()
    #: words right after a refinement's phrase that hedge it (دون مقاومة تذكر 'without resistance to speak of')
    hedges: frozenset[str] = frozenset()
    #: targets that are armed posts or units (دورية، قاعدة عسكرية): an attack on one is a battle (kind military_target)
    military_targets: PhraseMatcher | None = None
    #: targets that are where civilians live (قرية، بلدة، منازل): an unnamed group's attack on one, with no armed
    #: side named, is an attack on civilians (kind settlement_target)
    settlement_targets: PhraseMatcher | None = None
    #: vehicles (سيارة، دراجة نارية): a bombardment of one is an air or drone strike (kind vehicle_target)
    vehicle_targets: PhraseMatcher | None = None


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    """The compiled trigger file."""
    entries: list[tuple[str, object]] = []
    lemmas: dict[str, TriggerRule] = {}
    refinements: list[Refinement] = []
    civilian: list[tuple[str, object]] = []
    own: list[tuple[str, object]] = []
    announce: list[tuple[str, object]] = []
    act: list[tuple[str, object]] = []
    agent: list[tuple[str, object]] = []
    fixed: list[tuple[str, object]] = []
    markers: set[str] = set()
    hedges: set[str] = set()
    military: list[tuple[str, object]] = []
    settlements: list[tuple[str, object]] = []
    vehicles: list[tuple[str, object]] = []
    for r in load_table("event_triggers.tsv").rows:
        if r["kind"] == "crowd_affiliation":
            continue  # read by _crowd_affiliation
        if r["kind"] == "perpetrator_marker":
            markers.update(normalize(f) for f in split_forms(r["forms"]))
            continue
        if r["kind"] == "hedge":
            hedges.update(normalize(f) for f in split_forms(r["forms"]))
            continue
        if r["kind"] in ("military_target", "settlement_target", "vehicle_target"):
            {"military_target": military, "settlement_target": settlements, "vehicle_target": vehicles}[r["kind"]].extend(
                (f, True) for f in split_forms(r["forms"]))
            continue
        if r["kind"] == "not_trigger":
            fixed.extend((f, True) for f in split_forms(r["forms"]))
        elif r["kind"] == "own_forces":
            own.extend((f, True) for f in split_forms(r["forms"]))
        elif r["kind"] == "announce":
            announce.extend((f, True) for f in split_forms(r["forms"]))
        elif r["kind"] == "announced_act":
            act.extend((f, True) for f in split_forms(r["forms"]))
        elif r["kind"] == "agent_verb":
            agent.extend((f, True) for f in split_forms(r["forms"]))
        elif r["kind"] == "trigger":
            sub_event_type(r["sub_event_type"])
            rule = TriggerRule(
                r["sub_event_type"],
                r["if_government"],
                r["plover_type"],
                r["plover_mode"],
                frozenset(split_forms(r["flags"])),
            )
            entries.extend((form, rule) for form in split_forms(r["forms"]))
            if r["lemma"]:
                lemmas.setdefault(normalize(r["lemma"]), rule)
        else:
            forms = split_forms(r["forms"])
            refinements.append(
                Refinement(
                    r["kind"],
                    r["sub_event_type"],
                    frozenset(split_forms(r["applies_to"])),
                    r["plover_mode"],
                    int(r["window"] or 4),
                    PhraseMatcher([(f, True) for f in forms]),
                    frozenset(split_forms(r["flags"])),
                )
            )
            if r["kind"] == "refine" and r["sub_event_type"] == "Attack":
                civilian.extend((f, True) for f in forms)
    return TriggerLexicon(
        PhraseMatcher(entries, suffixes=True),
        lemmas,
        tuple(refinements),
        PhraseMatcher(civilian),
        PhraseMatcher(own),
        PhraseMatcher(announce),
        PhraseMatcher(act),
        PhraseMatcher(agent),
        PhraseMatcher(fixed),
        frozenset(markers),
        frozenset(hedges),
        PhraseMatcher(military),
        PhraseMatcher(settlements),
        # (with a pronoun too: اعتراض مركبتهم)
        PhraseMatcher(vehicles, suffixes=True),
    )


@lru_cache(maxsize=1)
def _crowd_words() -> frozenset[str]:
    """The words a report uses for a demonstration's crowd: the Peaceful protest triggers that name people
    (متظاهرين، المحتجين، المعتصمين), normalized."""
    names = ("متظاهر", "محتج", "معتصم", "مشارك")
    return frozenset(
        normalize(f) for r in load_table("event_triggers.tsv").rows
        if r["kind"] in ("trigger", "refine") and r["sub_event_type"] in ("Peaceful protest", "Violent demonstration")
        for f in split_forms(r["forms"]) if " " not in f and any(normalize(x) in normalize(f) for x in names)
    )


@lru_cache(maxsize=1)
def _crowd_affiliation() -> frozenset[str]:
    """Words that make a demonstration's crowd a group's supporters or the protest its doing (event_triggers.tsv kind
    crowd_affiliation: أنصار، نظمتها), normalized."""
    return frozenset(
        normalize(f) for r in load_table("event_triggers.tsv").rows if r["kind"] == "crowd_affiliation"
        for f in split_forms(r["forms"])
    )


@lru_cache(maxsize=1)
def _town_cues() -> frozenset[str]:
    """The place vocabulary's cues of a town, village or camp after which a name the gazetteer lacks is still a place
    (قرية، بلدتي، مخيمات), normalized."""
    from marsad.places.regions import load_vocabulary

    return frozenset(text for text, c in load_vocabulary().cues.items()
                     if c.role == "town" and c.unresolved not in ("no", "article"))


@lru_cache(maxsize=1)
def _materiel_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The goods nouns of ``materiel_words.tsv``, the quantifiers that may stand before them and the words for
    captives (a territory verb on captives, تحرير عشرة محتجزين, frees people and takes no ground), normalized."""
    goods: set[str] = set()
    quantifiers: set[str] = set()
    captives: set[str] = set()
    for r in load_table("materiel_words.tsv").rows:
        kind = r["kind"]
        if kind == "container":
            continue  # what holds goods is no goods (_container_words)
        (quantifiers if kind == "quantifier" else captives if kind == "captive" else goods).add(normalize(r["form"]))
    return frozenset(goods), frozenset(quantifiers), frozenset(captives)


@lru_cache(maxsize=1)
def _arms_words() -> frozenset[str]:
    """The weapon and ammunition nouns of ``materiel_words.tsv``, normalized."""
    return frozenset(normalize(r["form"]) for r in load_table("materiel_words.tsv").rows
                     if r["kind"] in ("weapon", "ammunition"))


@lru_cache(maxsize=1)
def _container_words() -> frozenset[str]:
    """The nouns of ``materiel_words.tsv`` for what holds weapons (مستودع، مخبأ، سيارة), normalized."""
    return frozenset(normalize(r["form"]) for r in load_table("materiel_words.tsv").rows if r["kind"] == "container")


@lru_cache(maxsize=1)
def _aircraft_words() -> frozenset[str]:
    """The goods nouns of ``materiel_words.tsv`` that are also what strikes are flown with (kind aircraft)."""
    return frozenset(normalize(r["form"]) for r in load_table("materiel_words.tsv").rows if r["kind"] == "aircraft")


#: what a territory trigger becomes when its object is goods (استولوا على أسلحة): ACLED's looting, which a report
#: of the attack the goods were taken in absorbs
_SEIZURE = TriggerRule("Looting/property destruction", "", "", "", frozenset({"seizure"}))
#: non-violent events that goods seized in their operation belong to (_seizure_host)
_SEIZING_HOSTS = frozenset({"Arrests", "Disrupted weapons use"})
#: مسيرة read as a march, not a drone (flag march)
_MARCH = TriggerRule("Peaceful protest", "", "", "", frozenset())


@lru_cache(maxsize=1)
def _writer_byline() -> re.Pattern[str]:
    """A line that opens with a city of one to three words, a dash and a word of ``writer_bylines.tsv``."""
    cues = "|".join(sorted((re.escape(r["cue"]) for r in load_table("writer_bylines.tsv").rows), key=len, reverse=True))
    return re.compile(r"^[ \t]*(?P<city>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*[-\u2013\u2014][ \t]*(?:" + cues
                      + r")(?![^\W\d_])", re.MULTILINE)


#: a source and the preposition that ties it to its body, right before an actor (مصدر في الشرطة، مصادر من الجيش)
_SOURCE_OF = re.compile(r"(?:^|\s)(?:[وف]?مصدر|[وف]?مصادر|[وف]?مسؤول|[وف]?مسؤولون)\s+(?:\S+\s+)?(?:في|من|ب|داخل)\s*$")


def _place_id(m: Mention) -> str | None:
    return m.resolution.gazetteer_id if isinstance(m.resolution, PlaceResolution) else None


def _writer_byline_cities(raw: str) -> list[tuple[int, int]]:
    """Raw spans of the cities that head a writer's byline (الرياض - كتبت رنا صلاح -)."""
    return [m.span("city") for m in _writer_byline().finditer(raw)]


@lru_cache(maxsize=1)
def _other_words() -> frozenset[str]:
    """آخرين and its forms (``count_cues.tsv``, kind others): the dead they follow are other than those told before."""
    return count_cue_forms("others")


@lru_cache(maxsize=1)
def _casualty_sides() -> dict[tuple[str, ...], str]:
    """The nouns after a toll that say whose dead it counts (``casualty_sides.tsv``): words -> state or armed."""
    return {tuple(normalize(f).split()): r["side"] for r in load_table("casualty_sides.tsv").rows
            for f in split_forms(r["forms"])}


@lru_cache(maxsize=1)
def _capital_voice_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs after which a capital is their subject (capital_voices.tsv plus the speech verbs of source_cues.tsv) and
    nouns of response before من and a capital."""
    verbs = {normalize(r["word"]) for r in load_table("capital_voices.tsv").rows if r["kind"] == "verb"}
    verbs |= speech_verbs()
    nouns = {normalize(r["word"]) for r in load_table("capital_voices.tsv").rows if r["kind"] == "noun"}
    return frozenset(verbs), frozenset(nouns)


@lru_cache(maxsize=1)
def _capital_subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """Present-tense verbs a capital is the subject of right before them (واشنطن تحذر، تل أبيب تنذر: kind verb-after)
    and the cities Arabic copy names for a government that GeoNames does not list as its capital (kind seat)."""
    rows = load_table("capital_voices.tsv").rows
    return (frozenset(normalize(r["word"]) for r in rows if r["kind"] == "verb-after"),
            frozenset(normalize(r["word"]) for r in rows if r["kind"] == "seat"))


def _with_accusative(forms: frozenset[str]) -> frozenset[str]:
    """A word's forms, and those forms without the alif of an indefinite accusative (رشاشا، منزلا، تجمعا): nouns are
    listed without it."""
    return forms | {f[:-1] for f in forms if f.endswith("ا")}


@lru_cache(maxsize=1)
def _casualty_nouns() -> frozenset[str]:
    """The words of the dead and wounded in ``count_cues.tsv`` (kinds killed, injured): بين after them is 'among'."""
    return count_cue_forms("killed") | count_cue_forms("injured")


@lru_cache(maxsize=1)
def _one_more_words() -> frozenset[str]:
    """The ordinals and آخر of ``count_cues.tsv`` (kind one_more) that add one victim at the place after them."""
    return count_cue_forms("one_more")


@lru_cache(maxsize=1)
def _another_words() -> frozenset[str]:
    """آخر، أخرى، ثان، ثالث ... and آخرين (count_cues.tsv, kinds one_more and others): after an event word they tell
    another event (هجوم آخر، غارة ثالثة)."""
    return _one_more_words() | _other_words()


#: how many days before the lead's day a re-mention that tells when the event took place may date it
_RE_MENTION_DAYS = 7


@lru_cache(maxsize=1)
def _occurrence_verbs() -> frozenset[str]:
    """Verbs of taking place (``date_expressions.tsv``, kind occurrence: وقع، جرى، بدأ)."""
    return frozenset(normalize(f) for r in load_table("date_expressions.tsv").rows if r["kind"] == "occurrence"
                     for f in split_forms(r["forms"]))


#: words that put what follows at a place (وسادس في خان يونس، وثالث بالقرب من طولكرم)
_PLACE_PREPOSITIONS = function_words("place_prepositions")
#: the prepositions that place a toll right after its figure (مقتل اثنين في كفرنبل)
_TOLL_PLACE_PREPOSITIONS = function_words("toll_place_prepositions")
#: how far before its figure the first place of a toll may be named (في رفح استشهد خمسة ...)
_PLACE_REACH = 12


@lru_cache(maxsize=1)
def _action_verbs() -> frozenset[str]:
    """Verbs of armed action (state_agent_verbs.tsv, feminine forms) with their masculine twins (قصفت/قصف، تقصف/يقصف),
    less the verbs of interception (whose subject defends) and the masculine perfect of killing (قُتل: mostly passive)."""
    out: set[str] = set()
    for verb in state_agent_verbs():
        if verb.startswith(_INTERCEPTION_STEMS) or verb[1:].startswith(_INTERCEPTION_STEMS):
            continue
        out.add(verb)
        if verb.endswith("ت") and len(verb) > 2:
            out.add(verb[:-1])
        elif verb.startswith("ت"):
            out.add("ي" + verb[1:])
    return frozenset(out - {normalize("قتل")})


@lru_cache(maxsize=1 << 15)
def _norm(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=1)
def _joint_matcher() -> PhraseMatcher:
    rows = load_table("count_cues.tsv").rows
    return PhraseMatcher([(f, True) for r in rows if r["kind"] == "joint_unknown" for f in split_forms(r["forms"])])


@lru_cache(maxsize=1)
def _unnumbered_dead_matcher() -> PhraseMatcher:
    """Phrases reporting deaths without a number (سقوط قتلى، عدد من الشهداء: kind unnumbered_killed)."""
    rows = load_table("count_cues.tsv").rows
    return PhraseMatcher([(f, True) for r in rows if r["kind"] == "unnumbered_killed" for f in split_forms(r["forms"])])


#: ACLED's fatalities rule for deaths reported with no number: 3 for a limited event (10 only for a significant attack
#: in a war zone, a judgement the text rarely allows, so the conservative figure)
UNNUMBERED_DEAD = 3


@lru_cache(maxsize=1)
def _no_casualty_matchers() -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    """Phrases saying nobody was hurt: whole phrases, and a negated verb with its casualty noun further on."""
    rows = load_table("count_cues.tsv").rows

    def matcher(kind: str) -> PhraseMatcher:
        return PhraseMatcher([(f, True) for r in rows if r["kind"] == kind for f in split_forms(r["forms"])])

    return matcher("no_casualties"), matcher("no_casualties_verb"), matcher("no_casualties_noun")


def _shares_stem(lemma: str, stem: str) -> bool:
    """Guard against a wrong analysis: the word and its lemma share their first three letters (غارات/غارة)."""
    stem = stem[2:] if stem.startswith("ال") else stem
    return len(lemma) >= 3 and (stem[:3] == lemma[:3] or lemma in stem)


def _nisba_of(lemma: str, word: str) -> bool:
    """A relative adjective or name (المسيرية, the Misseriya tribe) is not the noun its lemma gives (مسيرة, drone)."""
    word = _norm(word)
    return word.endswith(("يه", "يين", "يون")) and not lemma.endswith(("يه", "ي"))


@lru_cache(maxsize=1)
def _lemma_of() -> object:
    """The morphology engine's lemma function when the text layer provides one."""
    try:
        from marsad.text.morphology import lemma_of  # type: ignore[import-not-found]
    except ImportError:
        return None
    return lemma_of


@dataclass
class _Trigger:
    match: Match
    rule: TriggerRule
    sentence: int
    sub_event_type: str = ""
    plover_mode: str = ""
    modality: str = "asserted"


@dataclass
class _Draft:
    """An event being assembled (mutable until frozen into :class:`Event`)."""

    sub: SubEventType
    trigger: Span
    sentence: int
    trigger_token: int
    location: str | None
    location_key: str
    actor1: list[str]
    actor2: list[str]
    date: date | None
    precision: int
    date_mention: str | None
    plover_type: str
    plover_mode: str
    modality: str
    fallback: bool = False
    #: goods seized (استولوا على أسلحة): part of the attack the report tells that day, if it tells one
    seizure: bool = False
    own_place: bool = True
    kills_one: bool = False
    #: a deliberate killing (أعدمت، مجزرة، اغتيال): no part of a battle told beside it
    deliberate: bool = False
    #: told only as a toll update (ارتفعت حصيلة قتلى انفجار ... إلى أربعة): its updated figure is its toll
    toll_update: bool = False
    evidence: list[Span] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    fatalities: int | None = None
    #: the 0 above is ACLED's conservative default for a violent event with no death toll, not a figure reported
    no_toll: bool = False
    #: its dead are others than those of the same event told before (استشهاد 3 فلسطينيين آخرين في قصف مماثل)
    more_dead: bool = False
    #: its victim is told as the n-th (فقتلت جنديا ثانيا): the event it belongs to has at least this many dead
    least_dead: int = 0
    #: the killed figures its toll was added up from (12 جنديا و13 مسلحا: 12 and 13)
    dead_parts: list[int] = field(default_factory=list)
    #: its toll is only a word of quantity (قتل العشرات: ACLED's 10), which a figure another telling gives replaces
    vague_dead: bool = False
    #: whose dead its toll counts, when the noun after the figure says (casualty_sides.tsv: state, armed)
    dead_sides: set[str] = field(default_factory=set)
    injured: int | None = None
    displaced: int | None = None
    detained: int | None = None
    joint: int | None = None
    civilian: bool = False
    #: the drafts of a battle and a strike told at one place and day, linked as Event.related (by identity: later
    #: passes fold and drop drafts, so positions would not hold)
    related: list[_Draft] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)

    def recode(self, sub: SubEventType) -> None:
        """Take another sub-event type, with the PLOVER type and mode it implies."""
        self.sub = sub
        self.plover_type, self.plover_mode = sub.plover_type, sub.plover_mode

    def take_date(self, other: _Draft) -> None:
        """Take the day another draft is dated by, with its precision and the mention that names it."""
        self.date, self.precision, self.date_mention = other.date, other.precision, other.date_mention


@dataclass(frozen=True)
class EventRecognizer:
    """Codes ACLED events from the article's mentions.

    Attributes:
        keep_unasserted: also return events that are intentions, threats, history ...; their ``modality`` says which
            (background events keep their own date with time precision 2). Off by default: ACLED codes only what
            happened.
    """

    keep_unasserted: bool = False
    name: str = "events"
    requires: frozenset[str] = frozenset({"places", "actors", "dates", "numbers", "sources"})
    provides: frozenset[str] = frozenset({"events"})

    def __call__(self, article: Article) -> Article:
        return article.replace(self.provides, events=tuple(_Coder(article, self.keep_unasserted).code()))


class _Coder:
    """One article's event coding."""

    def __init__(self, article: Article, keep_unasserted: bool) -> None:
        self.a = article
        self.keep = keep_unasserted
        self.tokens = article.tokens
        self.lex = trigger_lexicon()
        self.anchor = anchor_date(article)
        self._tok_cache: dict[str, int] = {}
        #: _cued_village's answer per place mention: asked for every place a draft weighs
        self._villages: dict[str, bool] = {}
        self._buckets: dict[int, dict[int, list[Mention]]] = {}
        self._by_id = {m.id: m for m in article.mentions}
        spans = [article.raw_span(t.start, t.end) for t in self.tokens]
        self.token_starts = [sp.start for sp in spans]
        self.token_ends = [sp.end for sp in spans]
        self.sentence_tokens: dict[int, tuple[int, int]] = {}
        for i, t in enumerate(self.tokens):
            a, _ = self.sentence_tokens.get(t.sentence, (i, i))
            self.sentence_tokens[t.sentence] = (a, i + 1)
        self.mentions = article.mentions
        # the dateline city (غزة (رويترز) -) is where the reporter files from, not where events happen
        dateline = article.dateline.span if article.dateline is not None else None
        # so is the city before a writer's byline (القاهرة - كتب محمد نسيم -)
        bylines = _writer_byline_cities(article.raw)
        self.places = [
            m
            for m in self.mentions
            if m.kind is MentionKind.PLACE and not self._nested(m) and not (dateline and dateline.overlaps(m.span))
            and not any(a <= m.start and m.end <= b for a, b in bylines)
        ]
        self.places = self._without_opening_city(self.places)
        # a group named only as another's parent (الموالية لتنظيم القاعدة) takes no part in the events
        actors = [m for m in self.mentions if m.kind is MentionKind.ACTOR and m.role != AFFILIATION]
        asides = _background_asides(article.raw, actors)
        actors = [m for m in actors if not any(a <= m.start < b for a, b in asides)]
        # مصدر في الشرطة المحلية، مصادر من الجيش: the body a source belongs to speaks; it takes no part in the event
        actors = [m for m in actors if not _SOURCE_OF.search(article.raw[max(0, m.start - 16) : m.start])]
        # people of no stated standing (قتل ثمانية أشخاص) are victims only, and only of an event that is no battle
        # (_attach_victims): they never stand as a side the actors step reads from the clause
        self.people = [m for m in actors if m.role == PEOPLE_ROLE]
        self.actors = [m for m in actors if m.role != PEOPLE_ROLE]
        # a day inside a name (حركة 23 مارس، ثورة 17 فبراير، وكالة "بغداد اليوم") names a movement or an outlet, it
        # dates nothing
        names = [m.span for m in self.mentions if m.kind in (MentionKind.ACTOR, MentionKind.ORGANIZATION)]
        names += _outlet_names(article.raw)
        self.dates = [m for m in self.mentions if m.kind is MentionKind.DATE
                      and not any(n.start <= m.start and m.end <= n.end for n in names)]
        #: actor ids -> the actor named in brackets right after them (see _renamed), found on first use
        self._brackets: dict[str, str] | None = None
        #: sentence -> tokens inside a fixed phrase that evokes no event (see _fixed_phrases)
        self._fixed: dict[int, frozenset[int]] = {}
        #: sentence -> whether it clears mines by the hundred (see _clears_mines), asked by every later bomb draft
        self._mine_sentences: dict[int, bool] = {}
        self.numbers = [m for m in self.mentions if m.kind is MentionKind.NUMBER]
        # a trigger word inside a name (تحرير in هيئة تحرير الشام) is part of the name, not an event
        self.named: set[int] = set()
        self.in_actor: set[int] = set()
        #: tokens of actor mentions the dictionary did not resolve: a head noun's guess (تنظيم الحق، 'organizing the
        #: right'), which may hold a modality cue (not a claim's: لم تعلن أي جماعة مسؤوليتها names no claimer)
        self.guessed_actor: set[int] = set()
        #: tokens of organisation and person mentions: a league's or a club's name still says its sentence is about
        #: sport, and so does a sport word the name tagger misread as a person (دوري كأس محمد بن سلمان)
        self.in_name: set[int] = set()
        for m in self.mentions:
            if m.kind in (
                MentionKind.ACTOR,
                MentionKind.PLACE,
                MentionKind.SOURCE,
                MentionKind.ORGANIZATION,
                MentionKind.PERSON,
            ):
                k = self.tok(m)
                while k < len(self.tokens) and self.token_starts[k] < m.end:
                    (self.in_actor if m.kind is MentionKind.ACTOR else self.named).add(k)
                    if m.kind is MentionKind.ACTOR and m.resolution is None:
                        self.guessed_actor.add(k)
                    if m.kind in (MentionKind.ORGANIZATION, MentionKind.PERSON):
                        self.in_name.add(k)
                    k += 1
        for fixed in self.lex.non_triggers.find_all(self.tokens, 0, len(self.tokens)):
            self.named.update(range(fixed.first, fixed.last + 1))
        # a closing credit below a byline (إعداد ... للنشرة العربية - تحرير ...) reports nothing: its تحرير is editing
        credit = closing_credit(article.raw)
        if credit is not None:
            self.named.update(k for k in range(len(self.tokens))
                              if credit.start <= self.token_starts[k] < credit.end)

    def _without_opening_city(self, places: list[Mention]) -> list[Mention]:
        """``مقديشو – قُتل 25 من عناصر حركة الشباب ... في إقليم هيران``: a city and a dash that open the text with no
        agency are where the report was filed. When the text names other places, the events are there; when it names
        none, the filing city is all the text gives and stays."""
        span = filing_city(self.a.raw)
        if span is None:
            return places
        a, b = span
        opening = [p for p in places if a <= p.start and p.end <= b]
        others = [p for p in places if p.start >= b and _place_id(p) not in {_place_id(o) for o in opening}]
        return [p for p in places if p not in opening] if opening and others else places

    def by_id(self, mention_id: str) -> Mention:
        return self._by_id[mention_id]

    def in_sentence(self, mentions: list[Mention], s: int) -> list[Mention]:
        """The mentions of a list whose first token lies in sentence ``s`` (bucketed once per list)."""
        key = id(mentions)
        buckets = self._buckets.get(key)
        if buckets is None:
            buckets = {}
            for m in mentions:
                k = self.tok(m)
                sentence = self.tokens[k].sentence if k < len(self.tokens) else -1
                buckets.setdefault(sentence, []).append(m)
            self._buckets[key] = buckets
        return buckets.get(s, [])

    # mention helpers ------------------------------------------------------------------------------------------
    def _nested(self, place: Mention) -> bool:
        """Whether a place lies inside an actor, source, organisation or person mention (سوريا in الجيش السوري)."""
        if not hasattr(self, "_containers"):
            kinds = (MentionKind.ACTOR, MentionKind.SOURCE, MentionKind.ORGANIZATION, MentionKind.PERSON)
            self._containers = sorted((m for m in self.mentions if m.kind in kinds), key=lambda m: m.start)
            self._container_starts = [m.start for m in self._containers]
        k = bisect.bisect_right(self._container_starts, place.start)
        while k > 0:
            k -= 1
            m = self._containers[k]
            if m.start < place.start - 400:
                break  # no name is that long
            if m.text.split()[:1] and _norm(m.text.split()[0]) in _ADMIN_HEADS:
                continue  # مديرية الحوك بمحافظة الحديدة read as an organisation is still a place
            if place.end <= m.end and (m.start, m.end) != (place.start, place.end):
                outside = (self.a.raw[m.start : place.start] + self.a.raw[place.end : m.end]).strip()
                if outside not in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "وال"):
                    return True  # a mention that only adds a proclitic (وحلفايا) is the same name, not a container
        return False

    def tok(self, m: Mention) -> int:
        """Index of the first token a mention covers."""
        k = self._tok_cache.get(m.id)
        if k is None:
            k = self._tok_cache[m.id] = max(0, bisect.bisect_right(self.token_ends, m.start))
        return k

    def raw(self, first: int, last: int) -> Span:
        return Span(self.token_starts[first], self.token_ends[last])

    # the run ---------------------------------------------------------------------------------------------------
    def code(self) -> list[Event]:
        if not self.tokens:
            return []
        drafts: list[_Draft] = []
        frame: tuple[DateResolution | None, str | None, bool] = (None, None, False)
        self.scopes = {s: self._sentence_scopes(s) for s in self.sentence_tokens}
        self.scoped = {
            i
            for scopes in self.scopes.values()
            for sc in scopes
            if sc.blocks not in ("none", "triggers")
            for i in range(sc.start, sc.end)
        }
        news_frame = frame
        #: whether the report opened on a case (a verdict, a trial, an anniversary), which frames every later sentence
        case_led = False
        previous_end = 0
        self.history_clauses: list[tuple[int, int]] = []
        #: the sentences that told a demonstration: a definite المسيرة after them is its march
        self.marched: set[int] = set()
        causes: list[tuple] = []
        self.triggers_by_sentence: dict[int, list[_Trigger]] = {}
        for s in sorted(self.sentence_tokens):
            start, end = self.sentence_tokens[s]
            if frame[2] and "\n" in self.a.raw[previous_end : self.token_starts[start]]:
                frame = news_frame  # history told in one paragraph does not run into the next
            previous_end = self.token_ends[end - 1]
            scopes = self.scopes[s]
            clauses = clause_bounds(self.tokens, start, end)
            triggers = [] if self._section_heading(s, start, end) else self._triggers(start, end, s)
            sentence_dates = [d for d in self.in_sentence(self.dates, s) if start <= self.tok(d) < end]
            event_dates = [
                # a day inside a claim dates the attack claimed (أعلنت الحركة مسؤوليتها عن الهجوم الذي استهدف أمس
                # الأحد ثكنة), which the next sentences go on to tell
                # (and a disaster's sentence keeps its day for the protest it may tell: احتج مئات المواطنين أمس إثر
                # مقتل الآلاف في السيول)
                d for d in sentence_dates if d.role == "" and not any(
                    sc.covers(self.tok(d)) and sc.modality not in ("claim", "disaster") for sc in scopes)
                and not self._attributive_year(d)
            ]  # fmt: skip
            background_led = any(
                sc.modality == "background" and sc.leads and sc.cue - start <= 2 and sc.end >= end - 1 for sc in scopes
            )
            totals = self._running_totals(s, start, end)
            self.sentence_triggers = triggers
            self.triggers_by_sentence[s] = triggers
            for trig in triggers:
                trig.modality = self._modality(trig, scopes, frame, background_led)
                offset = self._days_before(trig.match.first, start) \
                    if trig.modality in ("background", "prior_span") else None
                if offset is not None and not (drafts and drafts[-1].sub.event_type in ("Protests", "Riots")) and (
                        offset[0] or sub_event_type(trig.sub_event_type or trig.rule.sub_event_type).violent):
                    # وتأتي هذه التطورات بعد يومين من استعادة الجيش لمنطقة X: a frame that says how many days before
                    # the news an earlier event took place dates it, and ACLED codes it on its day (a protest's frame,
                    # تظاهرة تأتي بعد يومين من تفجير, tells what the crowd protests, its cause); hours before, only
                    # violence is news of its own (بعد ساعات من انسحاب قوة قادت وساطة: the truce's end, no event)
                    trig.modality = "asserted"
                if trig.modality == "asserted" and (
                    any(k < trig.match.first <= stop for k, stop in totals) or self._counts_only_totals(trig, clauses)
                ):
                    # وقتل أكثر من 550 شخصا منذ يوم الاثنين في أعنف موجة قصف: what follows a running total
                    # describes the whole campaign it counts, not a new event of the day
                    trig.modality = "background"
                if trig.modality == "background":
                    # حيث قتل أربعة جنود في كمين في 2018: the clause's figures are that old event's
                    self.history_clauses.append(next(((a, b) for a, b in clauses if a <= trig.match.first < b),
                                                     (start, end)))
                if trig.modality in ("cause", "update") and not self.keep:
                    causes.append((trig, scopes, clauses, start, end, event_dates, sentence_dates, frame))
                if trig.modality != "asserted" and not self.keep:
                    continue
                self.drafts_so_far = drafts
                drafts.extend(self._drafts(trig, scopes, clauses, start, end, event_dates, sentence_dates, frame))
            if s in sorted(self.sentence_tokens)[:2] and any(sc.modality in _CASE_LEADS for sc in scopes) \
                    and not drafts:
                # قضت المحكمة اليوم بسجن ...، في الذكرى العاشرة لهجمات باريس: a report whose first sentence (or the
                # one after a headline-like opening that told nothing) tells a verdict or an anniversary and no news
                # goes on telling the case or the day remembered, in every paragraph, unless it dates news
                frame = news_frame = (None, None, True)
                case_led = True
            elif case_led and not any(d.sentence == s for d in drafts):
                # ويفترض أن تكون جلسة الخميس مثل تلك التي عقدت الأربعاء: the days of the case's own sessions, in a
                # sentence that tells no news, leave the case framing what follows
                pass
            elif background_led:
                bg = next((d for d in sentence_dates if isinstance(d.resolution, DateResolution)), None)
                frame = (bg.resolution if bg else None, bg.id if bg else None, True)  # type: ignore[assignment]
            elif event_dates:
                # (the day sources spoke, حسبما ذكرت مصادر اليوم الاثنين, dates no event the next sentences tell; the
                # event's own day before it does)
                last = next((d for d in reversed(event_dates)
                             if not self._in_attribution(d) and not self._closes_attribution(d)), event_dates[-1])
                # قامت احتجاجات في نيامي يوم الأحد في أعقاب الانقلاب الذي وقع الأسبوع الماضي: the day of the news
                # the sentence told is the one carried, not a day of what it recalls after it
                told = {d.date_mention for d in drafts if d.sentence == s and d.date_mention}
                last = next((d for d in reversed(event_dates) if d.id in told), last)
                value = last.resolution if isinstance(last.resolution, DateResolution) else None
                if value is not None and self.anchor is not None and (self.anchor - value.value).days > HISTORY_DAYS:
                    # اندلع القتال في يوليو 2023: what the paragraph goes on to tell is that history too, and the
                    # next paragraph is back in the news
                    frame = (value, last.id, True)
                elif value is None or value.time_precision < 2:
                    # a month or a year alone (في يوليو 2023، عام 2017) is too coarse to be the day wire copy
                    # states once for what follows
                    frame = (value, last.id, False)
                    news_frame = frame
        # مقتل 23 شخصا جراء الاشتباكات: a cause refers back to an event the article reports; when it reports no other
        # event of that type, the cause is the report (the first of each type; later ones fold into it). A cause
        # that explains an event coded in its own sentence (نزح ... جراء القصف المتواصل) stays a cause. So does a
        # toll update that names its day (ارتفع عدد ضحايا السيارة المفخخة في منبج، مساء أمس، إلى أربعة): a lead that
        # updates a toll is the article's report of the event when it tells the event nowhere else, and the updated
        # figure its toll.
        coded = {d.sub.event_type for d in drafts}
        updates: list[_Trigger] = []
        for trig, scopes, clauses, start, end, event_dates, sentence_dates, frame in causes:
            # (حصيلة الهجوم ارتفعت إلى 14: a generic word updates the toll of whatever violent event was told)
            if sub_event_type(trig.sub_event_type).event_type in coded or any(d.sentence == trig.sentence
                                                                               for d in drafts) or (
                    trig.modality == "update" and self._updates_any(trig) and any(d.sub.violent for d in drafts)):
                if trig.modality == "update":
                    updates.append(trig)
                continue
            update = trig.modality == "update"
            if update:
                # the update's own words date the event (ارتفع عدد ضحايا التفجير، مساء أمس السبت، إلى أربعة); an
                # update that names no day (ارتفعت حصيلة ضحايا القصف على سوق كبكابية إلى أكثر من مئة) refers to an
                # event reported before, on a day the article does not give: it stays uncoded
                event_dates = [d for d in sentence_dates if d.role == "" and not self._attributive_year(d)]
                if not event_dates:
                    continue
            trig.modality = "asserted"
            self.drafts_so_far = drafts
            revived = self._drafts(trig, scopes, clauses, start, end, event_dates, sentence_dates, frame)
            for d in revived:
                d.toll_update = update
            drafts.extend(revived)
            coded |= {d.sub.event_type for d in revived}
        drafts.sort(key=lambda d: d.trigger.start)
        self._attach_numbers(drafts)
        for trig in updates:
            self._update_toll(trig, drafts)
        for d in drafts:
            # طائرات مسيرة تابعة للجيش المالي: the force named as the owner of the weapon that struck is who struck,
            # not a side it hit
            d.actor2 = [x for x in d.actor2 if not any(
                _canonical(self.by_id(x)) == _canonical(self.by_id(y)) is not None
                and 0 < self.tok(self.by_id(x)) - self.tok(self.by_id(y)) <= _OWNER_GAP for y in d.actor1)]
        self._attach_victims(drafts)
        drafts = self._attach_claimers(drafts)
        self._seized_posts(drafts)
        self._carry_actor1(drafts)
        self._arrested_members(drafts)
        self._subject_of_agent_verb(drafts)
        self._survivors(drafts)
        drafts = self._occurrence_retellings(drafts)
        self._incident_places(drafts)
        self._incident_dates(drafts)
        drafts = self._raids_without_ground(drafts)
        # a bare "killed/destroyed" word with no actor and no figure is too weak to code (دمرها الإعصار)
        drafts = [d for d in drafts if not d.fallback or d.actor1 or d.actor2 or d.numbers]
        # ACLED codes an event only with a place and an actor; a trigger with neither is a word, not an event
        drafts = [d for d in drafts if d.location or d.actor1 or d.actor2]
        self._date_leads_retold_next(drafts)
        self._inherit_strike_kind(drafts)
        self._attacks_told_as_strikes(drafts)
        self._strikes_not_clashes(drafts)
        self._strike_explosions(drafts)
        drafts = [d for d in drafts if not self._works_accident(d) and not self._mine_clearance(d)]
        self._bombing_attack_words(drafts)
        self._explosions_told_again(drafts)
        self._bombs_on_forces(drafts)
        self._own_aircraft_downed(drafts)
        self._blamed_after(drafts)
        self._blamed_later_in_sentence(drafts)
        # an attack word read as a strike only now (هجوم بطائرة مسيرة) takes the people it killed as its victims,
        # which a battle would not
        self._attach_victims(drafts)
        drafts = self._means_of_attack(drafts)
        drafts = self._accompanying_damage(drafts)
        drafts = self._weapons_of_a_clash(drafts)
        drafts = self._fire_on_crowds(drafts)
        # وعندما وصلت تعزيزات الشرطة، شنوا هجوما آخر: forces sent or massed in the sentence of the fight they join are
        # part of that fight, no change of the group's activity of their own
        fights = {d.sentence for d in drafts if d.sub.event_type in ("Battles", "Explosions/Remote violence")}
        drafts = [d for d in drafts if not (d.sub.name == "Change to group/activity" and d.sentence in fights)]
        drafts = self._repelled_bombings(drafts)
        drafts = self._repelled_strikes(drafts)
        drafts = self._repelled_attacks(drafts)
        drafts = self._withdrawals_after_fighting(drafts)
        drafts = self._split_days(drafts)
        # وأضاف أن الهجوم أدى إلى موجة نزوح واسعة، تمرد ... ما تسبب في خسائر بشرية وعمليات نزوح: flight told with no
        # figure is a consequence the report names, no event (ACLED codes no displacement; marsad keeps a displacement
        # event only for the figure it carries)
        drafts = [d for d in drafts if not (self._has_flag(d, "displacement") and d.displaced is None)]
        merged = self._abducted_found_dead(self._raids_for_their_deed(self._ambushes_to_abduct(
            self._abductions_told_as_arrests(self._arrests_in_battles(self._detentions_in_abductions(
                self._merge(drafts)))))))
        merged = self._losers_withdrawals(self._own_accounts(self._killing_raids(self._unnamed_town_leads(merged))))
        merged = self._suicide_retellings(merged)
        recoded: list[_Draft] = []
        for d in merged:
            if d.sub.name == "Attack" and not d.fatalities and not d.injured and self._mob_attack(d.actor1, d.actor2) \
                    and self._tells_destruction(d):
                # هاجم مستوطنون المنطقة وأحرقوا سيارات: a mob's raid that hurt nobody and burnt or smashed property is
                # ACLED's property destruction, not an attack on people
                d.recode(sub_event_type("Looting/property destruction"))
                continue
            if d.sub.name == "Attack" and not d.deliberate and self._armed_target(d):
                # مجموعات خارجة عن القانون استهدفت حاجزا أمنيا ما أدى إلى مقتل عنصر: ACLED's Attack is violence
                # against civilians; an armed side attacked is a battle (an execution of captives stays an Attack)
                d.recode(sub_event_type("Armed clash"))
                recoded.append(d)
            if d.sub.event_type == "Battles":
                # people hit by the attack a battle absorbed (أصيب ثلاثة فلسطينيين برصاص قوات الاحتلال خلال
                # مواجهات) may be its fighters: a battle has no civilians for a side
                # (nor civilians named beside a post's men, معاونين مدنيين: a battle is fought by armed sides)
                d.actor2 = [x for x in d.actor2 if self.by_id(x).role != PEOPLE_ROLE and self._inter([x]) != 7]
                # nor for its actor1: قالت وزارة الداخلية إنها قتلت شخصين أثناء تبادل لإطلاق النار, the two people
                # killed fought the police; the side left acts
                fighters = [x for x in d.actor1 if self.by_id(x).role != PEOPLE_ROLE and self._inter([x]) != 7]
                if len(fighters) < len(d.actor1):
                    d.actor1 = fighters or d.actor2[:1]
                    d.actor2 = [x for x in d.actor2 if x not in d.actor1]
        for d in recoded:
            # وأفادت الوكالة بأن الجيش نفذ عملية ... مؤكدة مقتل 30 منهم: a killing told again, a battle only once its
            # sides were known, is the battle the lead told at that place that day
            host = next((o for o in merged if o is not d and o.sub.name == d.sub.name and o.location_key == d.location_key
                         and o.date == d.date and o.modality == d.modality and self._same_side(o, d)), None)
            if host is not None:
                _absorb(host, d)
                merged.remove(d)
        return self._freeze(merged)

    def _both_sides(self, mention_id: str) -> bool:
        """Whether an identity militia's mention names the two sides of its clash: a dual (عشيرتين، القبيلتين) or
        the members of one community after بين (بين أبناء عشيرة واحدة)."""
        m = self.by_id(mention_id)
        r = m.resolution
        if not isinstance(r, ActorResolution) or r.actor_type != "identity militia":
            return False
        k = self.tok(m)
        return self.tokens[k].text.endswith(_FEMININE_DUAL_ENDINGS) or any(
            self.tokens[j].text in _BETWEEN for j in range(max(0, k - 2), k)
            if self.tokens[j].sentence == m.sentence)

    def _unnamed_town_leads(self, drafts: list[_Draft]) -> list[_Draft]:
        """``هاجم مسلحون تابعون لتنظيم داعش مدينة ساحلية شمالي موزمبيق ... خاضوا قتالا عنيفا مع القوات الموزمبيقية
        خلال هجوم على مدينة موسيمبوا دا برايا``: a lead placed only in the country (a town it does not name) is the
        event the next sentence tells by the same side that day in a named place of that country; the fuller telling
        keeps its kind (a battle with the forces told), the lead gives its toll."""
        out = list(drafts)
        for d in drafts:
            if not d.sub.violent or not d.actor1 or not self._country_part(d.location):
                continue
            name = _canonical(self.by_id(d.actor1[0]))
            host = next((o for o in out if o is not d and o.sentence == d.sentence + 1 and o.sub.violent
                         and o.date == d.date and o.modality == d.modality and not self._another(o) and o.actor1
                         and _canonical(self.by_id(o.actor1[0])) == name
                         and self._country_only(d.location, o.location)), None)  # fmt: skip
            if host is None:
                continue
            _absorb_telling(host, d)
            out.remove(d)
        return out

    def _country_part(self, place_id: str | None) -> bool:
        """Whether a place mention names only a country or a side of it (موزمبيق، شمالي موزمبيق), no town."""
        if place_id is None:
            return False
        p = self.by_id(place_id)
        return p.role in ("country", "region") and isinstance(p.resolution, PlaceResolution) \
            and p.resolution.feature != "populated_place" and not p.resolution.admin1

    def _killing_raids(self, drafts: list[_Draft]) -> list[_Draft]:
        """``أقدم مسلحون على قتل رجل وخطف 18 شخصا خلال هجوم على قرية``: one raid that killed civilians and carried
        others off, by the same side at the same place, is one Attack (ACLED codes the more severe of what one event
        did: the killing; the abduction is part of it), dated by the day either telling gives."""
        out = list(drafts)
        for d in drafts:
            if d.sub.name != "Abduction/forced disappearance" or d.fatalities:
                continue
            host = next((o for o in out if o.sub.name == "Attack" and o.fatalities
                         and set(o.sentences) & set(d.sentences) and o.modality == d.modality
                         and self._same_side(o, d) and (o.location_key == d.location_key or not o.location
                                                        or not d.location)), None)  # fmt: skip
            if host is None:
                continue
            if d.date is not None and host.date is not None and d.date < host.date and d.date_mention is not None:
                host.take_date(d)
            _absorb_telling(host, d)
            out.remove(d)
        return out

    def _own_accounts(self, drafts: list[_Draft]) -> list[_Draft]:
        """``نفذ الطيران الإسرائيلي غارة على الضاحية الجنوبية لبيروت ... وقال الجيش الإسرائيلي إنه نفذ ضربة محددة
        الهدف في بيروت``: a side's own account of a strike or attack of the kind the report already told it made that
        day, placed at that place, in the unit that holds it or within a town's area of it, is that event told again
        in the side's words, not a second one (which a report would call another: غارة أخرى)."""
        def host_of(d: _Draft, out: list[_Draft]) -> _Draft | None:
            if not d.actor1 or self._another(d) or not self._speaks_of_itself(d):
                return None
            name = _canonical(self.by_id(d.actor1[0]))
            return next((o for o in out if o.sentence < d.sentence and o.sub.name == d.sub.name
                         and o.date == d.date and o.modality == d.modality and o.actor1
                         and _canonical(self.by_id(o.actor1[0])) == name and o.location and d.location
                         and (o.location_key == d.location_key or self._holds(d.location, o.location)
                              or self._nearby(o.location, d.location))), None)  # fmt: skip

        return _fold(drafts, host_of, _absorb_telling)

    def _suicide_retellings(self, drafts: list[_Draft]) -> list[_Draft]:
        """``قتل تسعة من الشرطة في هجوم بقنبلة ... وأن الأدلة تشير إلى أنه كان هجوما انتحاريا``: a suicide attack told
        with no toll and no target of its own, at the place and on the day of a bombing the report told in that
        sentence or the two before, is that bombing said to be a suicide attack (which :func:`_absorb` records)."""
        def host_of(d: _Draft, out: list[_Draft]) -> _Draft | None:
            if d.sub.name != "Suicide bomb" or d.fatalities or d.actor2:
                return None
            return next((o for o in out if o.sub.name in _BOMBINGS and d.sentence - 2 <= o.sentence <= d.sentence
                         and o.date == d.date and o.location_key == d.location_key
                         and o.modality == d.modality), None)  # fmt: skip

        return _fold(drafts, host_of, _absorb)

    def _losers_withdrawals(self, drafts: list[_Draft]) -> list[_Draft]:
        """``استعادت القوات المسلحة السيطرة على مدينة ناصر بعد مواجهات مع ميليشيا الجيش الأبيض ... ووصف المتحدث
        باسم الجيش الأبيض العملية بأنها انسحاب تكتيكي``: the withdrawal of the side that lost a place the report told
        taken that day, placed nowhere else (no place, the place itself or the unit that holds it), is that takeover
        told from the loser's side, not a transfer of its own (a takeover the report dates by no word of its own is that
        withdrawal's day: سقطت البلدة في أيدي المتمردين ... بعد انسحاب الجيش مساء أمس)."""
        def host_of(d: _Draft, out: list[_Draft]) -> _Draft | None:
            if d.sub.name != "Non-violent transfer of territory" or not d.actor1:
                return None
            loser = _canonical(self.by_id(d.actor1[0]))
            return next((o for o in out if o.sentence < d.sentence and o.sub.event_type != d.sub.event_type
                         and o.sub.name in _TAKEOVERS and (o.date == d.date or o.date_mention is None)
                         and o.actor2 and _canonical(self.by_id(o.actor2[0])) == loser
                         and (not d.location or o.location_key == d.location_key
                              or self._holds(d.location, o.location))), None)  # fmt: skip

        def absorb(host: _Draft, d: _Draft) -> None:
            if host.date_mention is None and d.date_mention is not None:
                host.date, host.precision, host.date_mention = d.date, d.precision, d.date_mention
            _absorb_telling(host, d)

        return _fold(drafts, host_of, absorb)

    def _speaks_of_itself(self, d: _Draft) -> bool:
        """Whether the draft's actor1 is also the source that speaks in its sentence before the trigger."""
        actor = self.by_id(d.actor1[0]).resolution
        return isinstance(actor, ActorResolution) and any(
            m.kind is MentionKind.SOURCE and m.sentence == d.sentence and m.end <= d.trigger.start
            and getattr(m.resolution, "actor_id", None) == actor.actor_id for m in self.mentions)

    def _abducted_found_dead(self, drafts: list[_Draft]) -> list[_Draft]:
        """``عثرت الأجهزة الأمنية على جثتي مزارعين ... وأفادت الخلية بأن مجموعة إرهابية أقدمت على اختطاف فلاحين``: the
        bodies of people an abduction told in the sentence before or after took, counted by no violent event, were
        its victims: ACLED codes abducting and killing as one Attack, with the bodies as its fatalities."""
        used = {x for d in drafts for x in d.numbers}
        # (the noun is the figure's own, جثتي, or the word right before it, جثث ثلاثة رعاة)
        bodies = [n for n in self.numbers if n.id not in used and isinstance(n.resolution, NumberResolution)
                  and n.resolution.counts == "killed" and (word_forms(n.text.split()[-1]) & _BODY_WORDS or (
                      self.tok(n) > 0 and word_forms(self.tokens[self.tok(n) - 1].text) & _BODY_WORDS))]
        for d in drafts:
            if d.sub.name != "Abduction/forced disappearance" or d.fatalities:
                continue
            found = next((n for n in bodies if abs(n.sentence - d.sentence) <= 1 and not any(
                o.sub.violent and o.sentence == n.sentence and o is not d for o in drafts)), None)
            if found is None:
                continue
            d.recode(sub_event_type("Attack"))
            d.fatalities, d.no_toll = found.resolution.value, False
            d.numbers.append(found.id)
            d.evidence.append(found.span)
            bodies.remove(found)
        return drafts

    def _raids_for_their_deed(self, drafts: list[_Draft]) -> list[_Draft]:
        """``فجرت قوات الاحتلال منزل الأسير في بلدة بيت عوا ... اقتحمت قوة عسكرية البلدة فجرا``: a raid read as arrests
        only because its sentence told nothing else, with no one counted detained, is the raid in which the same
        force did what the article tells at that place that day (a house blown up, a clash): no arrests of its own."""
        out: list[_Draft] = []
        for d in drafts:
            deed = None
            if d.sub.name == "Arrests" and d.detained is None and self._has_flag(d, "raid"):
                deed = next((o for o in drafts if o is not d and o.sub.name != "Arrests" and o.date == d.date
                             and o.location_key == d.location_key and o.modality == d.modality
                             and self._same_side(o, d)), None)
            if deed is None:
                out.append(d)
                continue
            deed.evidence += [d.trigger, *d.evidence]
        return out

    def _carry_actor1(self, drafts: list[_Draft]) -> None:
        """``شنت طائرات أمريكية غارتين على ميناء ...، وثلاث غارات على مديرية ...``: a coordinated event whose clause
        names no agent was carried out by the agent of the nearest earlier event of the same type in the same or the
        previous sentence, provided no other actor is named in between (that actor would be the new subject)."""
        for n, d in enumerate(drafts):
            if d.actor1:
                continue
            prior = next(
                (
                    o
                    for o in reversed(drafts[:n])
                    if o.trigger.start < d.trigger.start
                    and 0 <= d.sentence - o.sentence <= 1
                    and o.sub.event_type == d.sub.event_type
                ),
                None,
            )
            if prior is None or not prior.actor1 or self._other_country(prior, d):
                continue
            known = set(prior.actor1) | set(prior.actor2)
            names = {_canonical(self.by_id(x)) for x in prior.actor1} - {None}
            between = [
                m
                for m in self.actors
                if prior.trigger.start < m.start < d.trigger.end
                and m.id not in known
                and m.id not in d.actor2
                and _canonical(m) not in names
            ]
            if between:
                continue
            d.actor1 = list(prior.actor1)
            d.actor2 = [x for x in d.actor2 if x not in d.actor1]

    def _arrested_members(self, drafts: list[_Draft]) -> None:
        """``تمكن المكتب المركزي للأبحاث القضائية ... من إحباط مخطط. وأسفرت العملية عن توقيف أربعة عناصر ينتمون
        لتنظيم داعش``: a group named as what the arrested belong to is the side arrested, not who arrested them; the
        state force named last before the arrest, in its sentence or the one before, made the arrests, as it did
        when the arrest itself names no agent."""
        for d in drafts:
            if d.sub.name != "Arrests" or len(d.actor1) > 1 or not (d.actor1 or d.actor2):
                continue
            group = self.by_id((d.actor1 or d.actor2)[0])
            res = group.resolution
            k = self.tok(group)
            lo = self.sentence_tokens[group.sentence][0]
            if not isinstance(res, ActorResolution) or res.inter == 1 or not any(
                    word_forms(self.tokens[j].text) & _BELONG_WORDS for j in range(max(lo, k - 2), k)):
                continue
            state = [m for m in self.actors if m.start < d.trigger.start and 0 <= d.sentence - m.sentence <= 1
                     and m.id not in d.actor2
                     and isinstance(m.resolution, ActorResolution) and m.resolution.inter == 1]
            if state:
                d.actor2 = d.actor2 or list(d.actor1)
                d.actor1 = [state[-1].id]

    def _subject_of_agent_verb(self, drafts: list[_Draft]) -> None:
        """``أن "العدوان الأمريكي استهدف مساء الأحد منزلا ...، ما أسفر عن استشهاد أربعة مدنيين ... في حصيلة نهائية
        للهجوم``: a violent event told with no agent, in a sentence where one armed actor only is the subject of a
        verb of attacking right after it (استهدف، قصف، شن), was carried out by that actor; the others are named in
        passing (وزارة الصحة التابعة للحوثيين)."""
        for d in drafts:
            if d.actor1 or not d.sub.violent:
                continue
            lo, hi = self.sentence_tokens[d.sentence]
            armed = [m for m in self.in_sentence(self.actors, d.sentence)
                     if isinstance(m.resolution, ActorResolution) and m.resolution.actor_type in _FIGHTING_TYPES
                     and m.id not in d.actor2 and m.role != "associated"]
            agents = [m for m in armed if self._agent_verb_beside(m, lo, hi)]
            if len({_canonical(m) for m in agents}) == 1:
                d.actor1 = [agents[0].id]
                continue
            # قتل 12 شخصا في هجوم على مدرسة ... وأكد الجيش أن المهاجمين استهدفوا المدرسة: "the attackers" of the
            # next sentence carried out the attack just told
            later = [m for m in self.actors if d.sentence <= m.sentence <= d.sentence + 1 and m.start > d.trigger.end
                     and normalize(self.a.raw[m.start:m.end]) in _ATTACKER_WORDS
                     and isinstance(m.resolution, ActorResolution) and m.id not in d.actor2]
            if later:
                d.actor1 = [later[0].id]

    def _agent_verb_beside(self, m: Mention, lo: int, hi: int) -> bool:
        """Whether a verb of armed action has the actor ``m`` as its subject: right after it (العدوان الأمريكي
        استهدف), or right before it in the verb-first order of most Arabic copy (استهدفت قوات الاحتلال الإسرائيلي
        جرافة). A weapon after ب right after the actor reads the verb as passive, the actor as the one hit (استهدفت
        قوات الجيش بعبوة ناسفة: the army was targeted), so it is no subject."""
        k = bisect.bisect_left(self.token_starts, m.end)
        if k < hi and self.lex.agent_verbs.match_at(self.tokens, k) is not None:
            return True
        first = self.tok(m)
        if first - 1 < lo:
            return False
        verb = self.lex.agent_verbs.match_at(self.tokens, first - 1)
        if verb is None or verb.last != first - 1:
            return False
        return not (k < hi and self.tokens[k].text.startswith("ب")
                    and self.lex.matcher.match_at(self.tokens, k) is not None)

    def _raids_without_ground(self, drafts: list[_Draft]) -> list[_Draft]:
        """A storming verb (flag raid) read as a change of territory because its clause named no actor when it was
        drafted: ``أن تلك القوات اقتحمت بلدة عزون``, ``آليات عسكرية إسرائيلية اقتحمت مدينة نابلس``. When the actor
        carried from the sentence before is an occupying or foreign army, the storming is that army's raid, read as
        in :meth:`_drafts` (the other events of its sentence are the events; told alone, its arrests). When no actor
        at all is known, no one is told to have taken the town, and ACLED codes no change of territory without the
        side that took it."""
        out: list[_Draft] = []
        for d in drafts:
            if d.sub.name != "Non-state actor overtakes territory" or not self._has_flag(d, "raid"):
                out.append(d)
                continue
            if d.actor1 and not self._foreign_forces(d.actor1):
                out.append(d)
                continue
            others = [o for o in drafts if o is not d and o.sentence == d.sentence]
            if others:
                continue
            if d.actor1:
                d.recode(sub_event_type("Arrests"))
                out.append(d)
        return out

    def _other_country(self, a: _Draft, b: _Draft) -> bool:
        """Whether the two drafts' places lie in different countries (وفي سوريا، ... after a strike on Gaza)."""
        codes = []
        for d in (a, b):
            res = self.by_id(d.location).resolution if d.location else None
            codes.append(getattr(res, "country_code", None))
        return None not in codes and codes[0] != codes[1]

    def _date_leads_retold_next(self, drafts: list[_Draft]) -> None:
        """``أصيب 16 شخصا جراء هجوم صاروخي روسي على خاركيف. وشنت القوات الروسية غارتين على خاركيف ... مساء يوم
        الثلاثاء``: a lead that names no day, re-told in the next sentence at the same place by the same side with a
        day of the last few, happened on that day, not on the day of publication."""
        for d in drafts:
            if (d.date_mention is not None and not self._day_of_speaking(d)) or d.sentence != self._headline_sentence() \
                    or not d.sub.violent:
                continue
            # (a lead placed only in a part of the country, من قرية شمال غربي نيجيريا, is re-told at its village)
            told = next((o for o in drafts if o.sentence == d.sentence + 1 and o.date_mention is not None
                         and self._same_kind(d, o) and self._same_side(o, d)
                         and (o.location_key == d.location_key or self._in_countrys_part(d.location, o.location))
                         and o.date is not None and d.date is not None
                         and 0 < (d.date - o.date).days <= self._lag_allowed(o)), None)
            if told is not None:
                d.take_date(told)

    def _in_countrys_part(self, outer_id: str | None, inner_id: str | None) -> bool:
        """Whether ``outer_id`` is a country or a part of one named by a direction (شمال غربي نيجيريا), with no unit
        below it, and ``inner_id`` a place in that country."""
        if outer_id is None or inner_id is None:
            return False
        r, p = self.by_id(outer_id).resolution, self.by_id(inner_id).resolution
        return isinstance(r, PlaceResolution) and isinstance(p, PlaceResolution) and not r.admin1 \
            and bool(r.country_code) and r.country_code == p.country_code and bool(p.admin1)

    def _day_of_speaking(self, d: _Draft) -> bool:
        """Whether the draft's day is the report's own, told right after a verb of speech before the trigger (أكدت
        قيادة الشرطة اليوم الأربعاء قيام مسلحين باختطاف ...): the day the authorities spoke, not the day of the deed."""
        return d.date_mention is not None and self._spoken_today(self.by_id(d.date_mention), d.trigger_token)

    def _spoken_today(self, m: Mention, trigger_token: int) -> bool:
        """Whether the date mention ``m`` is the report's own day told right after a verb of speech, before the
        trigger at ``trigger_token``."""
        res = m.resolution
        if not isinstance(res, DateResolution) or self.anchor is None or res.value != self.anchor:
            return False
        k = self.tok(m)
        lo, _ = self.sentence_tokens[m.sentence]
        # (the speakers and their seat may stand between: أكدت قيادة الشرطة في ولاية كادونا (شمال غربي البلاد) اليوم)
        return k < trigger_token and any(self.tokens[j].text in speech_verbs()
                                         for j in range(max(lo, k - _SPEAKERS_REACH), k))

    def _lag_allowed(self, o: _Draft) -> int:
        """How many days before the report a re-mention may date the lead it re-tells: a couple, or a week when its
        day is only approximate (خطف العميد ... قبل أيام, 'a few days ago')."""
        res = self.by_id(o.date_mention).resolution if o.date_mention else None
        return _VAGUE_LAG_DAYS if isinstance(res, DateResolution) and res.time_precision > 1 else _HEADLINE_LAG_DAYS

    def _same_kind(self, d: _Draft, o: _Draft) -> bool:
        """Whether ``o`` may tell ``d``'s event: the same sub-event type, two strikes, or an attack word (هجوم) and
        the strike or explosion that says how it was made."""
        if o.sub.name == d.sub.name or {o.sub.name, d.sub.name} <= _STRIKE_TYPES:
            return True
        return self._generic(d) and o.sub.event_type == "Explosions/Remote violence"

    def _attacks_told_as_strikes(self, drafts: list[_Draft]) -> None:
        """``الهجمات الباكستانية الليلية على ولاية خوست أسفرت عن مقتل 9 أطفال ... وأضاف أن الهجمات الجوية امتدت أيضا إلى
        ولايتي كونر وبكتيكا``: a state's attacks that the next sentences call by the same word with its kind (الجوية)
        were of that kind; the generic word's attack on civilians is the strike it was, and those later strikes with no
        side named are the same state's."""
        air = sub_event_type("Air/drone strike")
        for n, d in enumerate(drafts):
            if d.sub.name != "Attack" or not self._generic(d) or not d.actor1 or not self._state_force(d.actor1[0]):
                continue
            word = normalize(self.a.raw[d.trigger.start : d.trigger.end]).removeprefix("ال")
            told = [o for o in drafts[n + 1 :] if o.sub.name == air.name and d.sentence < o.sentence <= d.sentence + 2
                    and o.date == d.date and (not o.actor1 or self._same_side(o, d))
                    and normalize(self.a.raw[o.trigger.start : o.trigger.end]).removeprefix("و").removeprefix("ال")
                    == word]
            if told:
                d.recode(air)
            for o in told:
                # (the same attacks, further afield: the state that struck first struck there too)
                o.actor1 = o.actor1 or list(d.actor1)

    def _flown(self, actor_id: str) -> bool:
        """Whether the actor mention is aircraft or drones by name (طائرات الاحتلال، طائرة مسيرة تركية)."""
        m = self.by_id(actor_id)
        words = normalize(self.a.raw[m.start : m.end]).split()
        return bool(words) and bool(word_forms(words[0]) & _aircraft_words())

    def _inherit_strike_kind(self, drafts: list[_Draft]) -> None:
        """A bare "strike" (بضربة على محطة وقود) after the article has reported air or drone strikes that day is one
        more of them, not shelling: the generic word takes the kind of the strikes reported before it."""
        air = sub_event_type("Air/drone strike")
        for n, d in enumerate(drafts):
            if d.sub.name == "Attack" and d.actor1 and self._flown(d.actor1[0]):
                # ارتكبت طائرات النظام الحربية مجزرة في مدينة إدلب: the massacre the warplanes committed is their strike
                # (ACLED codes remote violence against civilians as remote violence)
                d.recode(air)
                continue
            if d.sub.name != "Shelling/artillery/missile attack":
                continue
            if d.actor1 and self._flown(d.actor1[0]):
                d.recode(air)  # طائرات الاحتلال استهدفت البناية بعدة صواريخ: missiles the aircraft fire are an air strike
                continue
            word = normalize(self.a.raw[d.trigger.start : d.trigger.end])
            strikes = [o for o in drafts[:n] if (o.sub is air or o.sub.name == air.name) and o.date == d.date]
            if self._governed_by_b(d.trigger_token) and word_forms(word) & _SHELLS and any(
                    o.sentence < d.sentence and (self._same_side(o, d) or not d.actor1)
                    and (o.location_key == d.location_key or self._holds(o.location, d.location)
                         or (o.location and d.location and self._nearby(o.location, d.location))) for o in strikes):
                # هاجمت الميليشيا بطيران مسيّر مسجدا ... استهدفت بقذيفتين بوابة المسجد: the shells a drone strike
                # told before, at that place that day, dropped are its munitions, not shelling
                d.recode(air)
                continue
            if word_forms(word) & _GENERIC_STRIKE:
                if self._on_draft_target(d, self.lex.vehicle_targets):
                    d.recode(air)  # ضربة إسرائيلية استهدفت سيارة: a car on the move is struck from the air
                    continue
                if not strikes:
                    # قتل عنصرا في ضربة جنوب البلاد ... الغارة استهدفت المقاتل في بلدة X: a strike a lead places
                    # only in the area of an air strike the body goes on to place is that air strike
                    strikes = [o for o in drafts[n + 1 :] if o.sub.name == air.name and o.date == d.date
                               and self._summed_up(d, o)]  # fmt: skip
            elif (self._has_flag(d, "bombardment") or _BOMBARD_STEM in word) and not self._names_artillery(d.sentence):
                if self._on_draft_target(d, self.lex.vehicle_targets):
                    d.recode(air)  # قصف إسرائيلي استهدف سيارة مدنية: a car on the move is struck from the air
                    continue
                # قصف names any bombardment: after a drone strike on the town, القصف / بقصف المواطنين by the same
                # side there that day is that strike told again, not shelling
                if self._weapon_after(d) == air.name:
                    d.recode(air)  # قصف أميركي استهدف بأربع غارات منطقة X: the bombardment's own weapon is air strikes
                    continue
                strikes = [o for o in strikes if o.location_key == d.location_key and self._same_side(o, d)] \
                    or self._campaign_strikes(d, drafts)
                if not strikes:
                    # قصف الجيش الأمريكي مواقع التنظيم ... وقالت القيادة إن الغارات الجوية نُفذت الثلاثاء قرب X: the
                    # bombardment the next sentences call air strikes, of the same side at that place, on their day
                    # when the lead names none
                    later = [o for o in drafts[n + 1 :] if o.sub.name == air.name and o.location_key == d.location_key
                             and o.sentence <= d.sentence + 2 and self._same_side(o, d)
                             and (o.date == d.date or (d.date_mention is None and o.date_mention is not None))]
                    if later and later[0].date != d.date:
                        d.take_date(later[0])
                    strikes = later
                if not strikes and d.sentence == self._headline_sentence() and d.location:
                    # a headline's bare قصف (قصف إسرائيلي شرق خان يونس) over a body that tells a drone strike of the
                    # same side that day inside that place is that strike in short, not shelling
                    strikes = [o for o in drafts[n + 1 :] if o.sub.name == air.name and o.location
                               and (o.date == d.date or (d.date_mention is None and o.date and d.date
                                                         and 0 < (d.date - o.date).days <= _HEADLINE_LAG_DAYS))
                               and self._same_side(o, d)
                               and (o.location_key == d.location_key or self._nearby(d.location, o.location))]
                if not strikes and self._air_campaign_of(d):
                    d.recode(air)  # (the campaign the article tells as background is an air campaign)
                    continue
            else:
                continue
            if strikes:
                d.recode(air)

    def _air_campaign_of(self, d: _Draft) -> bool:
        """``قصف للجيش السوداني استهدف مطار نيالا ... ومنذ مايو تزايدت وتيرة الهجمات الجوية للجيش السوداني على نيالا``:
        whether the article tells, as background, air strikes by the bombardment's side on its place: the bare قصف is
        one more of them, not shelling."""
        if not d.actor1 or not d.location:
            return False
        side = {_canonical(self.by_id(x)) for x in d.actor1}
        place = self._place_key(self.by_id(d.location))
        for s, triggers in getattr(self, "triggers_by_sentence", {}).items():
            if s == d.sentence or not any(t.modality == "background" and t.sub_event_type == "Air/drone strike"
                                          for t in triggers):
                continue
            named = {_canonical(m) for m in self.in_sentence(self.actors, s)}
            placed = {self._place_key(p) for p in self.in_sentence(self.places, s)}
            if side & named and place in placed:
                return True
        return False

    def _campaign_strikes(self, d: _Draft, drafts: list[_Draft]) -> list[_Draft]:
        """``قصف أميركي يستهدف ...``، ``إسرائيل تقصف ميناءين``: a bombardment by a foreign state's forces, in a report
        whose every other strike by that side that day is an air or drone strike and that tells of no fighting by
        that side on the ground, is that air campaign told in one word (a headline or lead before the strikes it sums
        up); any shelling by the side that day, or any battle it fights, leaves it shelling."""
        if not d.actor1 or not (self._foreign_forces(d.actor1) or self._abroad(d)):
            return []
        # an undated headline (date None until it folds into the lead) sums up the strikes of any day it reports
        same = [o for o in drafts if o is not d and (o.date == d.date or d.date is None) and o.actor1
                and self._same_side(o, d)]  # fmt: skip
        side = {_canonical(self.by_id(x)) for x in d.actor1} - {None}
        if any(o.sub.event_type == "Battles" and side & {_canonical(self.by_id(x)) for x in (*o.actor1, *o.actor2)}
               for o in drafts):  # fmt: skip
            return []  # the side fights on the ground too: its قصف may be its artillery
        # other bombardments (قصف أميركي ... بأربع غارات) are judged in their turn: only named kinds of strike count
        named = [o for o in same if _BOMBARD_STEM not in normalize(self.a.raw[o.trigger.start : o.trigger.end])]
        kinds = {o.sub.name for o in named if o.sub.event_type == "Explosions/Remote violence"}
        return [o for o in same if o.sub.name == "Air/drone strike"] if kinds == {"Air/drone strike"} else []

    def _strikes_not_clashes(self, drafts: list[_Draft]) -> None:
        """An attack word with no fighting (هجوم، هاجمت، شنت هجوما) told of a strike from afar is that strike, not
        an armed clash: ACLED codes a battle only when both sides fight.

        ``هاجمت القوات موقعا للجيش بطائرات مسيرة``: a weapon of air or drone strikes or of shelling named right after
        the attack word, in its clause, gives the attack its kind. ``هجمات روسية على خاركيف وأوديسا`` in a headline,
        or ``قتل شخصان في هجوم روسي على بلدة X`` in a report of drone strikes: with no weapon named, no opponent who
        may fight back (only civilians, or none), no battle reported that day and no word of repelling the attack
        (تصدت، صدت), the attack is of the kind the same side's strikes of that day are, the most frequent kind at the
        same place first.
        """
        strikes = [o for o in drafts if o.sub.name in _STRIKE_TYPES]
        attacks = [d for d in drafts if self._one_sided_word(d) and not self._repelled(d.sentence)]
        # (an attack word read as an attack on civilians takes only the weapon named right after it: هجمات حركة
        # الشباب بقذائف الهاون على أحياء العاصمة are the shelling)
        on_civilians = [d for d in drafts if d.sub.name == "Attack" and self._generic(d) and not self._another(d)
                        and self._weapon_after(d) is not None]
        attacks += on_civilians
        weapons = {id(d): self._weapon_after(d) for d in attacks}
        # a battle that day, or an attack on an armed side with no weapon of a strike named, is fighting the
        # other attack words may belong to
        battles = [o for o in drafts if o.sub.event_type == "Battles" and weapons.get(id(o)) is None
                   and (o not in attacks or self._fighting_side(o))]  # fmt: skip
        for d in attacks:
            kind = weapons[id(d)]
            told = [o for o in strikes if o.date == d.date and self._same_side(o, d) and (
                o.sentence == d.sentence or (o.sentence < d.sentence and o.location_key == d.location_key))
                and not (o.sentence == d.sentence and self._amid(o.trigger_token))]
            night = [o for o in strikes if self._same_night(o, d) and self._same_side(o, d)
                     and o.location_key == d.location_key and o.modality == d.modality]
            if kind is None and not told and night and not self._fighting_side(d) and not self._gunfire(d):
                # الهجوم الذي وقع الليلة الماضية على حقل كورمور ... استهدفت طائرة مسيرة الحقل ليلة الأربعاء: one
                # night's attack at the place, dated by the day either side of midnight, is the strike told there
                d.take_date(night[0])
                d.recode(night[0].sub)
                continue
            if kind is None and told and not self._gunfire(d):
                # قال الجيش إنه قصف موقعا في ميناء الحديدة خلال أحدث هجوم على جماعة الحوثي، وجاء هجوم يوم الثلاثاء
                # بعد ...: the attack its own sentence, or an earlier one at its place, tells as a strike of the same
                # side that day is that strike, armed as its target may be
                kind = told[0].sub.name
            if kind is None:
                if self._fighting_side(d) or any(o.date == d.date for o in battles) or self._gunfire(d):
                    continue
                kind = _usual_kind(d, [o for o in strikes
                                       if o.date == d.date and o.modality == d.modality and self._same_side(o, d)])
                if kind is None:
                    continue
            d.recode(sub_event_type(kind))

    def _same_night(self, a: _Draft, b: _Draft) -> bool:
        """Whether the two drafts are dated a day apart and one of the days is a night's (الليلة الماضية، ليلة
        الأربعاء): an overnight event is dated by either day."""
        if a.date is None or b.date is None or abs((a.date - b.date).days) != 1:
            return False
        parts = [getattr(self.by_id(x.date_mention).resolution, "part_of_day", None) if x.date_mention else None
                 for x in (a, b)]
        return "night" in parts

    def _strike_explosions(self, drafts: list[_Draft]) -> None:
        """A bare explosion (انفجار، انفجرت) of a missile or drone, or beside its interception or debris (انفجار صاروخ
        أسقطته الدفاعات الجوية، سقوط حطام), is the strike that sent it, not a planted explosive: it takes the kind of
        the strikes reported that day at its place (anywhere, when none is there), else of the weapon it names."""
        strikes = [o for o in drafts if o.sub.name in _STRIKE_TYPES]
        for d in drafts:
            if d.sub.name != "Remote explosive/landmine/IED":
                continue
            word = normalize(self.a.raw[d.trigger.start : d.trigger.end].strip())
            if not word_forms(word) & _BARE_EXPLOSION:
                continue
            kind = self._weapon_after(d, 2)
            a, b = self.sentence_tokens[d.sentence]
            same_day = [o for o in strikes if o.date == d.date and o.modality == d.modality]
            if kind is None and not any(word_forms(self.tokens[i].text) & _INTERCEPTION_OR_DEBRIS for i in range(a, b)):
                # استهدفت مسيرة سيارة في القامشلي ... وأكدت الوكالة وقوع انفجار طال سيارة في القامشلي: an explosion
                # alone, no device named in its sentence, where the report told a strike that day at its place is that
                # strike's blast; the definite one (بعد الانفجار الذي نتج عن استهداف السيارة) refers back to it wherever
                if " " in word or any(word_forms(self.tokens[i].text) & _PLANTED_DEVICES for i in range(a, b)):
                    continue
                if not word.startswith("ال"):
                    same_day = [o for o in same_day if d.location_key is not None and o.location_key == d.location_key]
                elif any(o.location_key == d.location_key for o in same_day):
                    same_day = [o for o in same_day if o.location_key == d.location_key]
                else:
                    told = [o for o in same_day if o.sentence < d.sentence]
                    if not told:
                        continue
                    # the blast referred back to stands where that strike was told, so the two fold into one
                    same_day = [told[-1]]
                    d.location, d.location_key = told[-1].location, told[-1].location_key
                if not same_day:
                    continue
            kind = _usual_kind(d, same_day) or kind
            if kind is None:
                continue
            d.recode(sub_event_type(kind))
            # the air defence that brought it down is no perpetrator of the strike
            d.actor1, d.actor2 = [], []

    def _mine_clearance(self, d: _Draft) -> bool:
        """``فككت أفواج الهندسة أكثر من خمسة آلاف لغم``: hundreds or thousands of mines counted in a sentence of clearing
        them are a war's remnants being cleared, a campaign ACLED does not code, not a device planted and defused (a
        bomb disposal names one device, and weapons seized are taken, not cleared)."""
        if d.sub.name not in ("Disrupted weapons use", "Remote explosive/landmine/IED"):
            return False
        if self._clears_mines(d.sentence):
            return True
        # (وشملت عمليات التفكيك الطريق ...، وشهدت محافظة حجة نزع 71 لغما و5 عبوات ناسفة: the clearing told after it,
        # definite or with its own word of clearing, is that campaign again)
        a, b = self.sentence_tokens[d.sentence]
        again = self._definite(d.trigger_token) or any(word_forms(self.tokens[i].text) & _MINE_CLEARING
                                                       for i in range(a, b))
        return again and any(self._clears_mines(s) for s in self.sentence_tokens if s < d.sentence)

    def _clears_mines(self, s: int) -> bool:
        """Whether sentence ``s`` tells a word of clearing mines and a hundred or more mines counted."""
        cached = self._mine_sentences.get(s)
        if cached is None:
            a, b = self.sentence_tokens[s]
            cached = False
            if any(word_forms(self.tokens[i].text) & _MINE_CLEARING for i in range(a, b)):
                for n in self.in_sentence(self.numbers, s):
                    k = bisect.bisect_left(self.token_starts, n.end)
                    if isinstance(n.resolution, NumberResolution) and n.resolution.value >= 100 and k < b \
                            and word_forms(self.tokens[k].text) & _MINES:
                        cached = True
                        break
            self._mine_sentences[s] = cached
        return cached

    def _works_accident(self, d: _Draft) -> bool:
        """``سقط ضحايا جراء انفجار وقع في مصنع للمعادن``: a bare explosion (no device, no strike) in a works, a mine or a
        plant its sentence names (or an earlier sentence that tells a blast there), with no armed actor told as behind
        it, is an industrial accident."""
        if d.sub.name != "Remote explosive/landmine/IED" or any(not self._unidentified(x) for x in d.actor1):
            return False
        if not word_forms(normalize(self.a.raw[d.trigger.start : d.trigger.end])) & _BARE_EXPLOSION:
            return False
        # (the works may be named where the report first tells the blast: انفجار في منجم فحم ... وذكر أن الانفجار حدث)
        for s in sorted(self.sentence_tokens):
            a, b = self.sentence_tokens[s]
            words = [word_forms(self.tokens[k].text) for k in range(a, b)]
            if s <= d.sentence and any(w & _INDUSTRIAL_SITES for w in words) and (
                    s == d.sentence or any(w & _BARE_EXPLOSION for w in words)):
                return True
            # مصرع 31 شخصا بانفجار في مطعم ... تسرب غاز نفطي مسال تسبب بانفجار: a gas leak or cylinder the report
            # gives as the cause, before or after, makes its bare explosion that accident
            if any(w & _GAS_WORDS for w in words) and any(w & _GAS_LEAKS for w in words):
                return True
        return False

    def _blamed_after(self, drafts: list[_Draft]) -> None:
        """``قتل تسعة أشخاص في انفجار سيارة مفخخة في مقديشو. ونسبت السلطات الاعتداء إلى حركة الشباب``: a sentence that
        lays the attack just told (a definite word for it, الاعتداء، الهجوم، التفجير) on a named actor gives that
        actor to the violent events of the sentence before that name no actor1 or an unidentified one."""
        for m in self.actors:
            s = m.sentence
            lo, _ = self.sentence_tokens[s]
            if not self._blamed(m, lo):
                continue
            k = self.tok(m)
            verb = next((j for j in range(k - 2, max(lo, k - 7) - 1, -1)
                         if normalize(self.tokens[j].text).lstrip("وف").startswith(ASCRIBE_STEMS)), None)
            # (the word for the attack: a trigger or an attack noun of attack_heads.tsv, with the article)
            if verb is None or not any(
                    self.tokens[j].text.startswith("ال") and (isinstance(
                        getattr(self.lex.matcher.match_at(self.tokens, j), "payload", None), TriggerRule)
                        or force_word(self.tokens[j].text))
                    for j in range(verb + 1, k)):
                continue
            for d in drafts:
                if d.sentence == s - 1 and d.sub.violent and (not d.actor1 or self._unidentified(d.actor1[0])):
                    d.actor1 = [m.id]
                    d.actor2 = [x for x in d.actor2 if x != m.id]

    def _blamed_later_in_sentence(self, drafts: list[_Draft]) -> None:
        """``قالت قيادة العمليات المشتركة إن 11 شخصا قتلوا في هجوم على قرية حملت مسؤوليته لتنظيم الدولة``: the actor a
        clause after the attack word lays it on carried it out, rather than no one, an unidentified group, or the
        force that announced it (named before إن)."""
        for d in drafts:
            if not d.sub.violent:
                continue
            lo, hi = self.sentence_tokens[d.sentence]
            i = d.trigger_token
            blamed = [m for m in self.in_sentence(self.actors, d.sentence)
                      if m.start > d.trigger.end and m.id not in d.actor2 and self._blamed(m, lo)]
            if not blamed:
                continue
            current = self.by_id(d.actor1[0]) if d.actor1 else None
            if current is not None and not self._unidentified(current.id) and not (
                    current.start < d.trigger.start and any(word_forms(self.tokens[j].text) & _COMPLEMENTIZERS
                                                           for j in range(self.tok(current) + 1, i))):
                continue
            d.actor1 = [blamed[0].id]

    def _own_aircraft_downed(self, drafts: list[_Draft]) -> None:
        """``تم إسقاط مروحية تابعة للشرطة``: a state force named as the owner of the aircraft brought down lost it; it
        disrupted nothing. The downing is an attack on that force (ACLED's armed clash, its attackers unnamed)."""
        clash = sub_event_type("Armed clash")
        for d in drafts:
            if d.sub.name != "Disrupted weapons use" or len(d.actor1) != 1 or d.actor2:
                continue
            m = self.by_id(d.actor1[0])
            k = self.tok(m)
            if not (isinstance(m.resolution, ActorResolution) and m.resolution.actor_type == "state forces"
                    and d.trigger_token < k <= d.trigger_token + 3
                    and word_forms(self.tokens[k - 1].text) & _BELONGING):
                continue
            d.recode(clash)
            d.actor1, d.actor2 = [], d.actor1

    def _bombs_on_forces(self, drafts: list[_Draft]) -> None:
        """``قتل ثمانية من رجال الشرطة بعد أن انفجرت عبوة ناسفة في موكبهم``: a state's forces, the only side a bomb or
        a mine is told with, are what it hit: states fight with strikes and shells, armed groups plant bombs and send
        bombers (ACLED's unidentified armed group when no one is named, filled in by the records)."""
        for d in drafts:
            if d.sub.name not in _PLANTED or d.actor2 or not d.actor1:
                continue
            names = {_canonical(self.by_id(x)) for x in d.actor1}
            res = self.by_id(d.actor1[0]).resolution
            if len(names) == 1 and isinstance(res, ActorResolution) and res.inter == 1 \
                    and res.actor_type == "state forces":
                d.actor1, d.actor2 = [], d.actor1[:1]

    def _explosions_told_again(self, drafts: list[_Draft]) -> None:
        """``ألقى قنبلة يدوية على مركز للشرطة ... وبعد الانفجار، تمكنت الشرطة من تتبع الرجل``: the explosion, definite,
        after a grenade, a suicide bombing or a planted bomb told that day at its place is that one told again: it
        takes its kind, so that the two merge."""
        for n, d in enumerate(drafts):
            if d.sub.name != "Remote explosive/landmine/IED":
                continue
            word = normalize(self.a.raw[d.trigger.start : d.trigger.end])
            # (so is the sound of one heard there, دوي انفجار شديد، as witnesses tell the bombing)
            heard = d.trigger_token > 0 and bool(word_forms(self.tokens[d.trigger_token - 1].text) & _HEARD)
            if not (word.startswith("ال") or heard) or not word_forms(word) & _BARE_EXPLOSION:
                continue
            told = next((o for o in reversed(drafts[:n]) if o.sub.name in (*_BOMBINGS, "Grenade")
                         and o.date == d.date and o.modality == d.modality and self._same_side(o, d)
                         and (not d.own_place or o.location_key == d.location_key)), None)
            if told is not None and told.sub.name != d.sub.name:
                d.recode(told.sub)

    def _bombing_attack_words(self, drafts: list[_Draft]) -> None:
        """``قتل تسعة من أفراد الأمن في هجوم استهدف آلية تقلهم ... وقال إنه استهدف أفراد الأمن بقنبلة، وإن الانفجار
        وقع قرب قرية الصفرة``: a word for an attack of any kind (هجوم، الهجوم) on a sentence with no fighting between
        two sides is the bombing the article tells that day, by the same side (or none named), in the same place or
        inside it, within the next two sentences: ACLED codes the means, not a battle."""
        # (a bomb named as the means its users served an attack with, استخدموا سيارات مفخخة لتنفيذ الهجمات, is that
        # attack's means, read by _means_of_attack, not the bombing the attack word tells)
        bombs = [o for o in drafts if o.sub.name in _BOMBINGS and not self._another(o)
                 and not self._used_as_means(o.trigger_token)]
        strikes = [o for o in drafts if o.sub.name in _STRIKE_TYPES and not self._another(o)]
        for d in drafts:
            # (so is a word of deliberate killing told with no means, قتل عنصر بعملية اغتيال, that the body tells as a
            # blast: ACLED codes an assassination by its means; an air strike in its sentence is such a means too,
            # غارة على شقة منفذة عملية اغتيال لقيادي)
            killing = d.sub.name == "Attack" and self._has_flag(d, "deliberate") and not self._has_flag(d, "gunfire")
            # (a strike only from its own sentence: shells that fell the next sentence are no assassin's means)
            means = bombs + [o for o in strikes if o.sentence == d.sentence] if killing else bombs
            # (an attack word read as an attack on civilians, قتل 5 أشخاص في هجوم بقنبلة يدوية على سوق, is the bombing
            # too: ACLED codes the means)
            attack_word = self._generic(d) and (self._one_sided_word(d) or d.sub.name == "Attack") \
                and not self._another(d)
            if not means or not (killing or attack_word) or self._defends(d):
                continue  # (an attack a force repelled is read with its bombing below: the force is its target)
            bomb = next((o for o in means if d.sentence <= o.sentence <= d.sentence + 2 and o.date == d.date
                         and o.modality == d.modality and self._same_side(o, d)
                         and (not o.location or not d.location or o.location_key == d.location_key
                              or self._nested_places(d, o))), None)
            if bomb is not None:
                d.recode(bomb.sub)

    def _repelled_bombings(self, drafts: list[_Draft]) -> list[_Draft]:
        """A force that repelled an attack (تصدى لهجوم) whose next sentence tells the attack as a bombing of that day
        and place (انتحاريا فجر سيارة مفخخة أمام بوابة المعسكر) fought no battle of its own: the bombing is the event,
        and the force that repelled it is its target."""
        out = list(drafts)
        for d in drafts:
            if d.sub.name != "Armed clash" or not self._defends(d):
                continue
            bombing = next((o for o in drafts if o.sub.name in _BOMBINGS and o.sentence == d.sentence + 1
                            and o.location_key == d.location_key and o.date == d.date), None)
            if bombing is None:
                continue
            if not bombing.actor2:
                bombing.actor2 = [x for x in d.actor1 if x not in bombing.actor1]
            bombing.evidence += [d.trigger, *d.evidence]
            out.remove(d)
        return out

    def _repelled_strikes(self, drafts: list[_Draft]) -> list[_Draft]:
        """``تعرضت مدينة كوستي لهجمات أخرى بالمسيرات وأكد الجيش السوداني أنه تصدى لها``: drones or missiles a force says
        it repelled (a word of repelling with a pronoun for them) were brought down: ACLED's Disrupted weapons use,
        by that force against the side that sent them, not a strike and a battle."""
        out = list(drafts)
        for d in drafts:
            if d.sub.name != "Armed clash" or not d.actor1 or not self._defends(d) or not self._pronoun_object(d):
                continue
            # (the strikes told last before the repelling, at its place: لهجمات أخرى بالمسيرات)
            strikes = [o for o in out if o.sentence == d.sentence and o.trigger_token < d.trigger_token
                       and o.sub.name in ("Air/drone strike", "Shelling/artillery/missile attack")
                       and o.modality == d.modality and o.location_key == d.location_key]
            strike = max(strikes, key=lambda o: o.trigger_token, default=None)
            if strike is None:
                continue
            repeller = {_canonical(self.by_id(x)) for x in d.actor1}
            senders = [m.id for m in self.in_sentence(self.actors, d.sentence) if m.role == ""
                       and _canonical(m) not in repeller and self._inter([m.id]) in _ARMED_GROUP_INTERS
                       and self.tok(m) < strike.trigger_token]
            strike.recode(sub_event_type("Disrupted weapons use"))
            strike.actor1, strike.actor2 = list(d.actor1), senders[-1:]
            strike.evidence += [d.trigger, *d.evidence]
            out.remove(d)
            for o in strikes:
                if o is not strike:
                    # (هجمات بالمسيرات: the drones named with the strike word are the same strikes)
                    strike.evidence += [o.trigger, *o.evidence]
                    out.remove(o)
        return out

    def _pronoun_object(self, d: _Draft) -> bool:
        """Whether the word right after the draft's trigger is ل with a pronoun (تصدى لها، تصدت لهم)."""
        k = d.trigger_token + 1
        return k < len(self.tokens) and normalize(self.tokens[k].text) in _TO_IT

    def _ambushes_to_abduct(self, drafts: list[_Draft]) -> list[_Draft]:
        """``اختطف مسلحون في كمين وسط نيجيريا 28 شخصا``: an ambush or attack word with no armed side hit, told in the
        sentence of an abduction by the same side (or by none named), is how the people were seized: the event is
        the abduction (ACLED's Abduction/forced disappearance), not a battle beside it."""
        out = list(drafts)
        for d in drafts:
            # (an attack word read as an attack on the people seized, with no one killed, is that raid too:
            # اختطف مسلحون عشرة من المصلين في هجوم على مسجد)
            raid = d.sub.name == "Attack" and not d.fatalities and (self._generic(d) or self._attack_verb(d))
            if not raid and (d.sub.name != "Armed clash" or d.actor2 or not self._one_sided_word(d)):
                continue
            # (the lead's abduction may have been folded into the body's, which keeps the body's sentence)
            host = next((o for o in out if o.sub.name == "Abduction/forced disappearance"
                         and (set(o.sentences) & set(d.sentences) or self.a.sentence_span(d.sentence) in o.evidence)
                         and o.modality == d.modality and self._same_side(o, d)), None)
            if host is None:
                continue
            _absorb(host, replace(d, location=None, location_key="", fatalities=None))
            out.remove(d)
        return out

    def _detentions_in_abductions(self, drafts: list[_Draft]) -> list[_Draft]:
        """``اختطف مسلحون محليون 3 مواطنين ... وقاموا بتوقيف المارة ... واحتجزت 3 مواطنين``: people stopped or held
        that day by no named force, beside an abduction by men no one names, were held by those men: the detentions
        are that abduction told again (ACLED's armed groups abduct; they do not arrest); and a change of ground that
        no one is named to have made (انسحبت من الدوار) is no event."""
        abductions = [d for d in drafts if d.sub.name == "Abduction/forced disappearance"
                      and all(self._unidentified(x) for x in d.actor1)]
        out: list[_Draft] = []
        for d in drafts:
            if d.sub.name in _LEAVING and not d.actor1 and not d.actor2 and abductions:
                continue
            host = next((o for o in abductions if d.sub.name == "Arrests" and o.date == d.date
                         and o.modality == d.modality and all(self._unidentified(x) for x in d.actor1)), None)
            if host is None:
                out.append(d)
                continue
            _absorb_telling(host, d)
        return out

    def _abductions_told_as_arrests(self, drafts: list[_Draft]) -> list[_Draft]:
        """``نفذت ميليشيا الحوثي حملة اختطافات ... أن الحوثيين اعتقلوا 14 سائقا``: one detention campaign that a report
        calls abductions and arrests, by the same side at the same place and day, is one event, the arrests (the
        detaining side holds the place; a wording of its enemies calls it abduction)."""
        out = list(drafts)
        for d in drafts:
            if d.sub.name != "Abduction/forced disappearance" or not d.actor1:
                continue
            own = {_canonical(self.by_id(x)) for x in d.actor1}
            host = next((o for o in out if o.sub.name == "Arrests" and o.date == d.date
                         and o.location_key == d.location_key and o.modality == d.modality
                         and own & {_canonical(self.by_id(x)) for x in o.actor1}), None)
            if host is None:
                continue
            if not host.actor2:
                host.actor2 = [x for x in d.actor2 if x not in host.actor1]
            _absorb(host, d)
            out.remove(d)
        return out

    def _arrests_in_battles(self, drafts: list[_Draft]) -> list[_Draft]:
        """An arrest told beside fighting of the same day and place (قبضت القوات على أحد أعضاء الخلية، وتم تحييد آخرين
        خلال الاشتباكات) was made in that battle: ACLED codes the battle, arrests being the non-violent kind."""
        battles = [d for d in drafts if d.sub.event_type == "Battles" and d.modality == "asserted"]
        return [d for d in drafts if not (
            d.sub.name == "Arrests" and any(b.date == d.date and b.location_key == d.location_key
                                            and abs(b.sentence - d.sentence) <= 1 for b in battles))]

    def _withdrawals_after_fighting(self, drafts: list[_Draft]) -> list[_Draft]:
        """A withdrawal (انسحاب) told of the place where the same or the previous sentence reports a battle or a raid
        ends that event and transfers nothing without violence. ``وأكد الجيش المالي أنه اضطر للانسحاب من القاعدة بعد
        الهجوم``: the side that withdrew lost the place to the attacker, so the attack is the attacker's taking of it
        (ACLED's territory types); a raiding force that leaves after its raid (والانسحاب من المكان), or attackers after
        their attack on a village, gave up nothing."""
        out = list(drafts)
        for w in drafts:
            if w.sub.name != "Non-violent transfer of territory" or not word_forms(
                    normalize(self.a.raw[w.trigger.start : w.trigger.end])) & _WITHDRAWING:
                continue
            fight = next((o for o in drafts if o is not w and o.sub.name != w.sub.name and o.date == w.date
                          and o.location_key == w.location_key and w.sentence - 1 <= o.sentence <= w.sentence
                          and (o.sub.event_type == "Battles" or o.sub.name == "Arrests")), None)
            if fight is None:
                if any(o is not w and o.date == w.date and o.location_key == w.location_key
                       and o.sentence <= w.sentence and self._same_side(o, w)
                       and (o.sub.event_type in ("Violence against civilians", "Riots")
                            or o.sub.name == "Looting/property destruction") for o in drafts):
                    # هاجم المستوطنون قرية برقة ... انسحب المستوطنون من برقة بعد أن تصدى لهم المواطنون: the attackers
                    # who leave the place they attacked end their attack; they held nothing to give up
                    out.remove(w)
                continue
            out.remove(w)
            takers = {_canonical(self.by_id(x)) for x in w.actor1}
            for o in drafts:
                if o.sub.name == "Non-state actor overtakes territory" and o.sentence == w.sentence \
                        and o.trigger_token < w.trigger_token and {_canonical(self.by_id(x)) for x in o.actor1} & takers:
                    # تمكن مقاتلو الجماعة من السيطرة على ثكنة ... والانسحاب من المعسكر: the side that took a post and
                    # left it held nothing; ACLED codes the assault as a battle
                    o.recode(sub_event_type("Armed clash"))
            losers = [x for x in w.actor1 if _canonical(self.by_id(x)) not in
                      {_canonical(self.by_id(y)) for y in fight.actor1}]
            if fight.sub.name == "Armed clash" and fight.actor1 and losers:
                state = self._inter([fight.actor1[0]]) == 1
                fight.recode(sub_event_type("Government regains territory" if state
                                            else "Non-state actor overtakes territory"))
                if not fight.actor2:
                    fight.actor2 = losers
        return out

    def _armed_target(self, d: _Draft) -> bool:
        """Whether the draft's first target is a fighting force: state forces, a rebel group or a militia (not
        civilians, nor an organisation such as a UN agency or a ministry)."""
        if not d.actor2:
            return False
        r = self.by_id(d.actor2[0]).resolution
        # (gunmen nobody named are armed too: the wanted men a raid killed after they opened fire)
        return isinstance(r, ActorResolution) and (r.actor_type in _FIGHTING_TYPES or r.actor_type == UNIDENTIFIED_TYPE)

    def _complete_sides(self, host: _Draft, d: _Draft) -> None:
        """A battle the host knows one side of takes the other from a re-telling that names both (اشتباكات بين القوات
        الموالية للدبيبة وقوات جهاز الردع ... عناصر من اللواء 444 تبادلوا إطلاق النار مع عناصر من جهاز الردع): the
        side the re-telling names beside the host's own, by name, not by mention."""
        if host.actor2 or not host.actor1 or host.sub.event_type != "Battles":
            return
        own = {_canonical(self.by_id(x)) for x in host.actor1}
        if not own & {_canonical(self.by_id(x)) for x in (*d.actor1, *d.actor2)}:
            return
        other = [x for x in (*d.actor1, *d.actor2) if _canonical(self.by_id(x)) not in own]
        if other:
            host.actor2 = other[:1]

    def _repelled_attacks(self, drafts: list[_Draft]) -> list[_Draft]:
        """``أسفر هجوم مسلح ... عن مقتل نحو 10 مدنيين. ورغم تأكيد الجيش أنه صدّ الهجوم السبت``: a force that says it
        repelled the attack an earlier sentence told (same day and place) fought it: the attack is a battle with that
        force as its other side, not a force's attack on the civilians it killed."""
        out = list(drafts)
        for d in drafts:
            if d.sub.name != "Armed clash" or not d.actor1 or not self._defends(d) or not self._definite(d.trigger_token):
                continue
            host = next((o for o in drafts if o.sub.name == "Attack" and o.sentence < d.sentence
                         and o.date == d.date and o.location_key == d.location_key and not o.actor1), None)
            if host is None:
                continue
            host.recode(sub_event_type("Armed clash"))
            host.actor2 = list(d.actor1)
            host.civilian = False
            host.evidence += [d.trigger, *d.evidence]
            out.remove(d)
        return out

    def _defends(self, d: _Draft) -> bool:
        """Whether the draft's trigger is a word of repelling (تصدت، صدت) or an attack it governs (تصديه لهجوم)."""
        lo = self.sentence_tokens[d.sentence][0]
        return any(word_forms(self.tokens[k].text) & _DEFENDING
                   for k in range(max(lo, d.trigger_token - 4), d.trigger_token + 1))

    def _weapon_after(self, d: _Draft, window: int = 0) -> str | None:
        """The strike type of a weapon named within ``window`` words (default :data:`_WEAPON_WINDOW`) after the draft's
        trigger, in its clause (هجوم شنته القوات بطائرات مسيرة); a weapon further on is more likely one the fighters
        carried (مستخدمين ... وقذائف)."""
        k = d.trigger_token
        _, stop = self._clause_of(k, d.sentence)
        for i in range(k + 1, min(stop, k + 1 + (window or _WEAPON_WINDOW))):
            match = self.lex.matcher.match_at(self.tokens, i)
            rule = match.payload if match is not None else None
            if isinstance(rule, TriggerRule) and rule.sub_event_type in _STRIKE_TYPES:
                if self._amid(i):
                    continue  # شنت هجوما على المدينة وسط قصف مدفعي: the shelling goes with the assault, not its means
                return rule.sub_event_type
        return None

    def _amid(self, i: int) -> bool:
        """Whether a word of accompaniment stands right before token ``i`` (وسط قصف، تزامنا مع غارات)."""
        words = [normalize(self.tokens[j].text) for j in range(max(0, i - 2), i)]
        return bool(words) and (words[-1] in _AMID or " ".join(words) in _AMID)

    def _gunfire(self, d: _Draft) -> bool:
        """Whether the draft's clause tells of shooting (قتل جنديان برصاص مسلحين هاجموا حاجزا): its attack was
        fought with guns, whatever the strikes of that day elsewhere."""
        a, b = self._clause_of(d.trigger_token, d.sentence)
        return any(self._has_flag_at(i, "gunfire") for i in range(a, b))

    def _clause_of(self, k: int, s: int) -> tuple[int, int]:
        """The token bounds of the clause of sentence ``s`` that holds token ``k`` (the whole sentence if none does)."""
        start, end = self.sentence_tokens[s]
        return next(((a, b) for a, b in clause_bounds(self.tokens, start, end) if a <= k < b), (start, end))

    def _repelled(self, s: int) -> bool:
        """Whether the sentence tells that the attack was repelled (تصدت القوات لهجوم): the target fought back."""
        return any(word_forms(self.tokens[i].text) & _REPELLING for i in range(*self.sentence_tokens[s]))

    def _fighting_side(self, d: _Draft) -> bool:
        """Whether the draft's target is an armed side (not civilians), who may have fought back."""
        return any(isinstance(r := self.by_id(x).resolution, ActorResolution) and r.inter != 7 for x in d.actor2)

    def _names_artillery(self, s: int) -> bool:
        """Whether the sentence names a shelling weapon (مدفعية، هاون، صواريخ) beside its bare قصف."""
        a, b = self.sentence_tokens[s]
        return any(
            isinstance(m.payload, TriggerRule) and m.payload.sub_event_type == "Shelling/artillery/missile attack"
            and "bombardment" not in m.payload.flags
            for m in self.lex.matcher.find_all(self.tokens, a, b)
        )  # fmt: skip

    def _counts_only_totals(self, trig: _Trigger, clauses: list[tuple[int, int]]) -> bool:
        """Whether every figure in the trigger's clause is a running total (اعتقل الجيش منذ بدء الحرب أكثر من 9000):
        the clause reports a tally over time, not an event of the day."""
        a, b = next(((a, b) for a, b in clauses if a <= trig.match.first < b), (0, 0))
        for ca, cb in clauses:
            # منذ opens a clause of its own, yet منذ بدء الحرب أكثر من 9000 is the object of the verb before it; so
            # does the toll of a consequence (هجمات الحركة ...، أسفرت عن مقتل نحو 3 آلاف شخص منذ مطلع يناير)
            if ca == b and self.tokens[ca].text in _SINCE_WORDS:
                b = cb
            elif b <= ca <= b + 1 and word_forms(self.tokens[ca].text) & _CONSEQUENCE_WORDS:
                b = cb
        counted = [
            n.resolution for n in self.in_sentence(self.numbers, trig.sentence)
            if isinstance(n.resolution, NumberResolution) and (n.resolution.counts or n.resolution.cumulative)
            and a <= self.tok(n) < b
        ]  # fmt: skip
        # (people displaced since the same day, ونزوح مئات الآلاف منذ مطلع يناير, are part of the tally; a displacement
        # figure alone stays the displacement told)
        return bool(counted) and all(r.cumulative for r in counted) and any(r.counts != "displaced" for r in counted)

    def _running_totals(self, s: int, start: int, end: int) -> list[tuple[int, int]]:
        """Token spans ``(number, last)`` from each running total to the next contrast word or the sentence's end."""
        numbers = [
            self.tok(n) for n in self.in_sentence(self.numbers, s)
            if isinstance(n.resolution, NumberResolution) and n.resolution.cumulative and n.resolution.counts != "displaced"
            and start <= self.tok(n) < end
        ]  # fmt: skip
        if not numbers:
            return []
        stops = [m.first for m in cue_matcher().find_all(self.tokens, start, end)
                 if m.payload.modality == "contrast"]  # type: ignore[attr-defined]
        return [(k, min([b for b in stops if b > k] + [end]) - 1) for k in numbers]

    def _sentence_scopes(self, s: int) -> list[Scope]:
        start, end = self.sentence_tokens[s]
        date_starts = {
            self.tok(d): bool(
                isinstance(d.resolution, DateResolution) and self.anchor and d.resolution.value < self.anchor
            )
            for d in self.in_sentence(self.dates, s)
            if start <= self.tok(d) < end
        }
        # the dates that name the report's own day (صباح اليوم، فجر الخميس in Thursday's copy): a recap dated so is
        # an earlier event of the same day, not history
        today = frozenset(
            self.tok(d) for d in self.in_sentence(self.dates, s)
            if start <= self.tok(d) < end and self.anchor and isinstance(d.resolution, DateResolution)
            and d.resolution.time_precision == 1 and d.resolution.value == self.anchor
        )  # fmt: skip
        # a cue word inside a name (نصرة in جماعة نصرة الإسلام والمسلمين, دعم in جماعة دعم الإسلام) is the name's;
        # but a sport word in a name (دوري كأس محمد بن سلمان للمحترفين) still says the sentence is about sport, and
        # an anniversary the tagger ran a name into (ساكنة إقليم الدريوش الذكرى السنوية) is still one
        scopes = [sc for sc in find_scopes(self.tokens, start, end, date_starts, today)
                  if sc.modality in _READ_INSIDE_NAMES and sc.cue in self.in_name or sc.cue not in self.named and (
                      sc.cue not in self.in_actor or (sc.cue in self.guessed_actor and sc.modality != "claim"))]
        scopes = [self._frame_cut_at_where(sc) for sc in scopes]
        if any(sc.modality in ("overflight", "disaster") for sc in scopes):
            strikes = [m.first for m in self.lex.matcher.find_all(self.tokens, start, end)
                       if isinstance(m.payload, TriggerRule) and m.payload.sub_event_type in _STRIKE_TYPES]
            # حلقت طائرة مسيرة فوق المدينة ثم قصفت السوق: an overflight the sentence follows with a strike is that
            # strike's approach, and the drone its weapon; alone, it is no event
            # (a raid told after it, في وقت سابق للاقتحام, is no strike the drones flew ahead of)
            scopes = [sc for sc in scopes if sc.modality != "overflight" or not any(k >= sc.end for k in strikes)]
            # غارة جوية على مدرسة ... رغم سريان وقف إطلاق النار عقب وقوع زلزال مدمر: an earthquake the strike is timed
            # against tells no toll of its own; the strike told before it is the news
            scopes = [sc for sc in scopes if sc.modality != "disaster" or not any(k < sc.cue for k in strikes)
                      or not any(word_forms(self.tokens[k].text) & _TIME_LINKS for k in range(max(start, sc.cue - 3), sc.cue))]
        return scopes

    def _frame_cut_at_where(self, sc: Scope) -> Scope:
        """``وجاءت هذه العمليات بعد رصد مواقع الإرهابيين، حيث استهدفت الغارات معاقل في منطقة سوكولو``: a frame whose
        link names no event (monitoring, a decision) sets nothing against the news, so the حيث clause after it tells
        the news itself, not history; the frame's background ends at حيث. A frame that names an earlier event (بعد
        هجوم شنه مسلحون، حيث قتل خمسة) keeps its حيث clause, which tells that event."""
        if sc.modality != "background" or sc.leads:
            return sc
        where = next((k for k in range(sc.start, sc.end) if word_forms(self.tokens[k].text) & WHERE), None)
        if where is None or any(isinstance(m.payload, TriggerRule)
                                for m in self.lex.matcher.find_all(self.tokens, sc.start, where)):
            return sc
        # (a link that names a time, بعد أسابيع قليلة من عمل شنيع آخر، حيث تسبب هجوم مماثل في مقتل 25, sets an
        # earlier deed against the news, and the حيث clause tells that deed)
        if any(word_forms(self.tokens[k].text) & (_SPAN_WORDS_OF_TIME) for k in range(sc.start, where)):
            return sc
        return replace(sc, end=where)

    # triggers --------------------------------------------------------------------------------------------------
    def _triggers(self, start: int, end: int, s: int) -> list[_Trigger]:
        found = self.lex.matcher.find_all(self.tokens, start, end)
        covered = {i for m in found for i in range(m.first, m.last + 1)}
        lemma_of = _lemma_of()
        for i in range(start, end):
            t = self.tokens[i]
            if i in covered or not t.is_word:
                continue
            lemma = t.lemma or (lemma_of(t.stem or t.text) if callable(lemma_of) else "")
            rule = self.lex.lemmas.get(_norm(lemma)) if lemma else None
            if rule is not None and rule.plover_mode == "drone" and _possessed(t.text):
                continue  # هجمات على مسيرته المناهضة للحكومة: a march someone holds (its pronoun) is no drone
            if rule is not None and _shares_stem(_norm(lemma), t.stem or t.text) and not _nisba_of(_norm(lemma), t.text):
                found.append(Match(i, i, rule))
        found.sort(key=lambda m: m.first)
        out: list[_Trigger] = []
        absorbed: set[int] = set()
        booty = False  # the last trigger kept took goods: the weapons listed after it are what was taken
        strikes = {k for m in found if m.payload.sub_event_type in _STRIKE_TYPES  # type: ignore[attr-defined]
                   for k in range(m.first, m.last + 1)}
        for m in found:
            rule: TriggerRule = m.payload  # type: ignore[assignment]
            span = range(m.first, m.last + 1)
            if m.first in absorbed or m.first in self.named:  # a name inside the phrase (بصواريخ الكاتيوشا) is its object
                continue
            if booty and rule.sub_event_type in _TAKEN_WEAPON_TYPES and self._listed_goods(m, out[-1], s):
                continue  # واغتنام أسلحة بينها مدافع هاون وطائرة مسيرة: weapons taken, not fired
            if rule.sub_event_type in _STRIKE_TYPES and self._joined_to_goods(m, start, strikes):
                continue  # مستودع يحتوي على أسلحة رشاشة وقذائف هاون: weapons stored, not fired
            if any(k in self.in_actor for k in span) and rule.sub_event_type not in _WEAPON_ACTOR_TYPES:
                continue  # تحرير in هيئة تحرير الشام is a name; الطيران الحربي / محتجون name the actor and act
            # عن names control only before a word of control (خارج عن سيطرة): مسؤوليتها عن هجوم claims an attack
            stative_words = _STATIVE_BEFORE if "territory" in rule.flags else _STATIVE_BEFORE - _ABOUT
            if "stative" in rule.flags and (m.suffixed or self._after_stative(m.first, s, stative_words)):
                if not (m.suffixed and self._announced_control(m, s)) and not self._announced_about(m.first, s):
                    continue
            if self._after_stative(m.first, s, _NAME_OR_STATE_BEFORE):
                continue
            if self._definite(m.first) and self._after_stative(m.first, s, _AFTERMATH_BEFORE) and any(
                d.sub.violent for d in getattr(self, "drafts_so_far", [])
            ) and not self._told_when(m.first):
                # طوق أمني حول موقع الانفجار، الإغاثة عقب الهجوم: the place or aftermath of the attack told before;
                # those who act there are responders, not its perpetrators (but مكان الهجوم الذي وقع قبل يومين tells
                # the attack's day, which the re-mention carries to it)
                continue
            if rule.sub_event_type == "Agreement" and self._standing_agreement(m, s):
                continue  # رغم اتفاق وقف إطلاق النار الساري منذ أكتوبر: an agreement in force, not one made that day
            if (rule.sub_event_type == "Disrupted weapons use" or (
                    rule.sub_event_type in _STRIKE_TYPES and word_forms(self.tokens[m.first].text) & _BLOW_WORDS)
                    or (rule.sub_event_type == "Air/drone strike" and self._drone_noun(m))
                    or (rule.sub_event_type == "Arrests" and not self._armed_group_in(s))) \
                    and self._drugs_not_arms(s):
                # (a drone spotted carrying pills, طائرة مسيرة تحمل شحنة من الأقراص المخدرة, smuggles; it strikes no one)
                # أحبطت إدارة مكافحة المخدرات تهريب حبوب الكبتاغون: a drug seizure, which ACLED does not code, nor the
                # arrest of the crew that carried it; the police "dealt a blow" (وجهت ضربة غير مسبوقة لمافيا التهريب)
                # with it, no strike
                continue
            if "fallback" in rule.flags and self._mishap_after(m, s):
                continue  # لقي 19 شخصا مصرعهم إثر انهيار مبنيين سكنيين: a death a mishap caused is no killing
            if (rule.sub_event_type in _TAKEOVERS or rule.sub_event_type == "Non-violent transfer of territory") \
                    and "ل" in self.tokens[m.first].prefixes \
                    and not (m.first > start and word_forms(self.tokens[m.first - 1].text) & _COMPELLED):
                # تحضيرات الجيش لاستعادة مدينة الموصل، تخضع لسيطرة جماعة مسلحة: ground a force sets out to take is its
                # aim, and ground under a group's control is a state; a force made to withdraw (اضطر للانسحاب) did
                continue
            if "needs_place" in rule.flags and rule.sub_event_type in _TAKEOVERS and any(
                    word_forms(self.tokens[k].text) & _CONVOYS for k in range(max(start, m.first - 8), m.first)):
                continue  # قافلة جديدة من المساعدات الإنسانية دخلت إلى قطاع غزة: a convoy that enters takes nothing
            if rule.sub_event_type == "Arrests" and self._trapped(m, s):
                continue  # احتجاز عدد من الأشخاص داخل سياراتهم المشتعلة: people trapped by a blast, not detained
            if rule.sub_event_type == "Peaceful protest" and self._counted_crowd_casualties(m, s):
                continue  # ثلاثة محتجين فارقوا الحياة متأثرين بجروح: protesters counted as dead or hurt are victims
            if rule.sub_event_type == "Agreement" and self._proposed(m, s):
                continue  # يناقش الجيش مقترحا سعوديا أميركيا للهدنة: a truce under discussion is no agreement made
            if "between_parties" in rule.flags and not self._between_parties(s):
                continue  # وقعا الاتفاقية لشراء 20 طائرة: a state's purchase, not a settlement between conflict actors
            if rule.sub_event_type in _BOMBINGS and self._tried(m.first, s):
                continue  # حاول أحدهما تفجير حزام ناسف كان يرتديه: a bomb someone tried to set off did not go off
            if rule.sub_event_type == "Suicide bomb" and self._caught(m.first, s):
                continue  # تمكنت من اعتقال انتحاري: a bomber caught set nothing off
            if "needs" in rule.flags and not self._refinement_near("needs", rule.sub_event_type, m, s) \
                    and not self._held_in_container(rule.sub_event_type, m, s) \
                    and not ("procession" in rule.flags and any(x < s for x in self.marched)
                             and not self._definite(m.first)):
                # (انطلقت مواكب الخرطوم نحو القصر: processions after a sentence that told the day's demonstrations are
                # their marches, with no word of a crowd of their own; الموكب is the march just told, again)
                continue
            if "needs_place" in rule.flags and not self._place_in_clause_after(m, s):
                continue
            if "territory" in rule.flags and self._building_after(m):
                continue  # أقدم انتحاري على الدخول إلى كنيسة: a building entered is no ground taken
            if "needs_count" in rule.flags and not self._count_after(m, s):
                continue
            if "territory" in rule.flags and any(word_forms(self.tokens[k].text) & _POWER_NOUNS
                                                 for k in range(m.last + 1, min(m.last + 4, self.sentence_tokens[s][1]))):
                continue  # سيطرة الجيش على السلطة: power seized in a coup, no ground taken
            if "territory" in rule.flags and self._controls_no_ground(m, s):
                continue  # سيطرت قوات الحماية المدنية على حريق: a fire put out, no ground taken
            if "territory" in rule.flags and self._vague_area(m) and not self._place_in_clause_after(m, s):
                continue  # استعادة السيطرة على مناطق واسعة من البلاد: a campaign's sum, not a place taken that day
            if "seizure" in rule.flags or "territory" in rule.flags:
                taken = self._materiel_object(m, s)
                if taken == "captive":
                    continue  # لتحرير عشرة محتجزين: a rescue belongs to the attack it was made in
                if taken == "goods":
                    rule = _SEIZURE
                elif "seizure" in rule.flags:
                    continue  # اغتنم الفرصة: booty verbs need goods
            if "march" in rule.flags and self._march(m, s):
                rule = _MARCH
            if rule.sub_event_type == "Peaceful protest":
                self.marched.add(s)
            if "governs" in rule.flags:
                absorbed.update(range(m.last + 1, m.last + 7))
            out.append(_Trigger(m, rule, s))
            booty = rule is _SEIZURE
        # goods seized (غنموا أسلحة) are no attack: beside them a bare killing (مقتل جنديين) is still the attack; so is it
        # beside a storming or an arrest (اقتحمت القوات البلدة وقتلت شابا واعتقلت ثلاثة), which the assembly folds into
        # the violent event
        # beside a demolition or a seizure (استشهد شاب في حين هدمت القوات منزلين) it is a killing of its own: those
        # hold no death
        # (a trigger in a clause of what has gone on since, التي تشهد منذ سنوات هجمات, tells no news: beside it the
        # killing is the news, قتل أكثر من 20 مدنيا على يد مسلحين الأحد)
        # (nor does one a place saw over past years, التي شهدت في السنوات الماضية معارك; an anniversary's killing is
        # still the one it remembers)
        history = [sc for sc in self.scopes.get(s, ()) if (sc.modality == "background"
                   and self.tokens[sc.cue].text in _SINCE_WORDS) or sc.modality == "habitual"]
        if any(not t.rule.flags & {"fallback", "seizure", "raid"} and t.rule.sub_event_type not in _HOLD_NO_DEATH
               and not any(sc.covers(t.match.first) for sc in history) for t in out):
            out = [t for t in out if "fallback" not in t.rule.flags]
        for t in out:
            t.sub_event_type, t.plover_mode = self._refine(t)
        return self._instrument_triggers(out)

    def _instrument_triggers(self, out: list[_Trigger]) -> list[_Trigger]:
        """``قصفت القوات المدينة بطائرات مسيرة``: a strike word governed by ب after a verb of striking in its clause is
        that strike's instrument, not a second strike; the instrument says which kind of strike it was (after a strike
        noun, ضربة بطائرات مسيرة, the two stay as they were read)."""
        kept: list[_Trigger] = []
        for t in out:
            first = self.tokens[t.match.first]
            verb = kept[-1] if kept else None
            if (
                verb is not None
                and verb.sub_event_type == "Attack"
                and t.sub_event_type in _REMOTE_TYPES
                and ("ب" in first.prefixes or word_forms(self.tokens[t.match.first - 1].text) & _IN)
                and 0 < t.match.first - verb.match.last <= _VICTIM_REACH
                and all(self.tokens[k].is_word for k in range(verb.match.last + 1, t.match.first))
            ):
                # اغتيل القيادي علي الحجار في غارة إسرائيلية، مجزرة بقصف مدفعي: a killing carried out by a strike or a
                # bomb is that strike (ACLED codes remote violence against civilians as remote violence, not as an
                # Attack), one event, not a killing beside a strike
                verb.sub_event_type, verb.plover_mode = t.sub_event_type, t.plover_mode
                continue
            if (
                verb is not None
                and verb.sub_event_type == "Air/drone strike"
                and t.sub_event_type == "Shelling/artillery/missile attack"
                and t.sentence == verb.sentence
                and 0 < t.match.first - verb.match.last <= _MUNITION_REACH
                and self._governed_by_b(t.match.first)
                and not any(word_forms(self.tokens[k].text) & _CONTRAST_OPENERS
                            for k in range(verb.match.last + 1, t.match.first))
            ):
                # استهدفت طائرة مسيرة منزل مواطن (جنوبي اليمن) بعدد من القذائف: the drone's munitions, not shelling
                continue
            if (
                verb is not None
                and verb.sub_event_type == "Armed clash"
                and not verb.rule.flags & {"two_sided", "generic"}
                and t.sub_event_type in _STRIKE_TYPES
                and t.sentence == verb.sentence
                and "ب" in first.prefixes
                and 0 < t.match.first - verb.match.last <= _WEAPON_WINDOW
                and not any(tr is not t and verb.match.last < tr.match.first < t.match.first for tr in out)
            ):
                # هاجمت ميليشيا الحوثي، بطيران مسيّر، مسجدا: a verb of attacking with a strike weapon set off after it
                # is that strike (ACLED codes the means)
                verb.sub_event_type, verb.plover_mode = t.sub_event_type, t.plover_mode
                continue
            if (
                verb is not None
                and word_forms(self.tokens[verb.match.first].text) & _STRIKE_VERBS
                and "ب" in first.prefixes
                and t.sub_event_type in _STRIKE_TYPES
                and verb.sub_event_type in _STRIKE_TYPES
                and 0 < t.match.first - verb.match.last <= _WEAPON_WINDOW
                and not any(not self.tokens[k].is_word for k in range(verb.match.last + 1, t.match.first))
            ):
                verb.sub_event_type, verb.plover_mode = t.sub_event_type, t.plover_mode
                continue
            kept.append(t)
        return kept

    def _bracketed_locator(self, p: Mention) -> bool:
        """Whether the place stands alone in brackets right after another place, which it locates (شمال غربي الضالع
        (جنوبي اليمن), the copy's way to say where a place lies)."""
        raw = self.a.raw
        before = raw[: p.start].rstrip()
        if not before.endswith("(") or not raw[p.end :].lstrip().startswith(")"):
            return False
        opening = len(before[:-1].rstrip())
        return any(o is not p and o.end == opening for o in self.places)

    def _governed_by_b(self, k: int) -> bool:
        """Whether the word at ``k`` is governed by ب, directly (بصاروخ) or through a quantity (بعدد من القذائف،
        بعشرات الصواريخ)."""
        if "ب" in self.tokens[k].prefixes:
            return True
        j = k - 1 if k > 0 and normalize("من") in word_forms(self.tokens[k - 1].text) else k
        if j < 1:
            return False
        before = self.tokens[j - 1]
        return "ب" in before.prefixes and bool(word_forms(before.text) & _QUANTITY_WORDS)

    def _controls_no_ground(self, m: Match, s: int) -> bool:
        """Whether the object after على of a territory trigger (its subject may stand between, up to five words) is a
        fire or a situation (function_words non_ground), not ground; so too when the object is a pronoun (تمت السيطرة
        التامة عليه) whose nearest candidate before the trigger in its sentence is such a word, not a place."""
        lo, hi = self.sentence_tokens[s]
        on = next((j for j in range(m.last + 1, min(hi, m.last + 7))
                   if normalize(self.tokens[j].text) == _ON or word_forms(self.tokens[j].text) & _ON_IT), None)
        if on is None:
            return False
        if normalize(self.tokens[on].text) == _ON:
            return on + 1 < hi and bool(word_forms(self.tokens[on + 1].text) & _NON_GROUND)
        # the pronoun's antecedent: whichever comes last before the trigger, a fire (or situation) or a named place
        fire = next((k for k in range(m.first - 1, lo - 1, -1) if word_forms(self.tokens[k].text) & _NON_GROUND), None)
        return fire is not None and not any(fire < self.tok(p) < m.first for p in self.in_sentence(self.places, s))

    def _vague_area(self, m: Match) -> bool:
        """Whether a territory trigger's object is an unnamed expanse of the whole country (مناطق واسعة من البلاد،
        أجزاء من البلاد): a campaign's sum (مناطق واسعة في المدينة is ground taken in the city just named)."""
        words = {w for i in range(m.last + 1, min(m.last + 6, len(self.tokens))) for w in word_forms(self.tokens[i].text)}
        return bool(words & _VAGUE_AREAS) and bool(words & _WHOLE_COUNTRY)

    def _materiel_object(self, m: Match, s: int) -> str | None:
        """``goods`` when the trigger's object is goods (استولوا على 17 دراجة نارية، غنموا بعض الأسلحة), ``captive``
        when it is people held (تحرير عشرة محتجزين), None when it is neither (ground)."""
        goods, quantifiers, captives = _materiel_words()
        k = m.last + 1
        _, hi = self.sentence_tokens[s]
        # the subject may stand between the verb and its object: استولت الجماعة المسلحة على أسلحة
        on = next((j for j in range(k, min(hi, k + 4)) if normalize("على") in word_forms(self.tokens[j].text)), None)
        if on is not None:
            k = on + 1
        if on is None:
            # (a counted direct object may follow the subject and the day: حررت السلطات الليبية، اليوم الأربعاء، 263
            # مهاجرا)
            for j in range(k, min(hi - 1, k + 9)):
                if number_item(self.tokens[j]) is not None and _with_accusative(word_forms(self.tokens[j + 1].text)) \
                        & captives:
                    return "captive"
        stop = min(hi, k + 4)
        while k < stop:
            forms = word_forms(self.tokens[k].text)
            forms = forms | {strip_article(f) for f in forms}
            forms = _with_accusative(forms)  # رشاشا
            if forms & goods:
                return "goods"
            if forms & captives:
                return "captive"
            if not (forms & quantifiers or number_item(self.tokens[k]) is not None):
                return None
            k += 1
        return None

    def _goods_forms(self, k: int) -> frozenset[str]:
        """The goods nouns of materiel_words.tsv token ``k`` may be, with or without its article."""
        forms = word_forms(self.tokens[k].text)
        return (forms | {strip_article(f) for f in forms}) & _materiel_words()[0]

    def _is_goods(self, k: int) -> bool:
        return bool(self._goods_forms(k))

    def _joined_to_goods(self, m: Match, start: int, strikes: set[int]) -> bool:
        """Whether strike word ``m`` (or the goods noun before it: ومدافع هاون) is joined by و to a list of goods that a
        word of no strike opens a few words before (أسلحة رشاشة وقذائف هاون وصواريخ غراد): weapons named as things,
        stored, seized or shown. A list opened by a strike word (سقطت قذائف وصواريخ) is a strike."""
        k = m.first if self._is_goods(m.first) else m.first - 1
        if k < start or not self._is_goods(k) or not self.tokens[k].text.startswith("و"):
            return False
        for j in range(k - 1, max(start, k - 4) - 1, -1):
            t = self.tokens[j]
            if not t.is_word:
                if t.text not in (",", "،"):
                    return False
                continue
            goods = self._goods_forms(j)
            if goods:
                if j not in strikes and not goods & _aircraft_words():
                    return True
                if not t.text.startswith("و"):
                    return False  # the list opens with a strike word
        return False

    def _listed_goods(self, m: Match, seizure: _Trigger, s: int) -> bool:
        """Whether strike word ``m`` names goods in the list a seizure of goods before it in its sentence takes
        (غنموا رشاشات وقاذفات ومدافع هاون، بالإضافة إلى طائرة مسيرة): the word or the one before it is a goods noun. The
        caller asks only while the seizure is the last trigger kept: a strike verb read after it (ثم قصفوا البلدة) ends
        the list."""
        if seizure.sentence != s:
            return False
        return self._is_goods(m.first) or (m.first > seizure.match.last + 1 and self._is_goods(m.first - 1))

    def _announced_control(self, m: Match, s: int) -> bool:
        """``أعلنت قوات الدعم السريع سيطرتها على مدينة سنجة``: a control noun with the actor's pronoun, announced and
        followed by على, reports a takeover rather than naming a state."""
        lo, hi = self.sentence_tokens[s]
        k = self._past_date_aside(m.last + 1, hi)
        if k >= hi or normalize("على") not in word_forms(self.tokens[k].text):
            return False
        # the announcer's name and a day set off by commas may stand between (أعلنت قوات الدعم السريع، مساء الأحد،
        # سيطرتها على ...), and so may a day after the noun (أعلنت سيطرتها، الاثنين، على مدينة بابنوسة)
        return any(self.lex.announce.match_at(self.tokens, j) is not None
                   for j in range(max(lo, m.first - _ANNOUNCE_REACH), m.first))

    def _announced_about(self, i: int, s: int) -> bool:
        """``أعلنت وزارة الدفاع، اليوم السبت، عن استعادة الجيش مدينة X``: عن after a verb of announcing, perhaps with
        its subject and a day set off by commas between, introduces the news, not a state (خارجة عن سيطرة)."""
        lo, _ = self.sentence_tokens[s]
        if i - 1 < lo or not word_forms(self.tokens[i - 1].text) & _ABOUT:
            return False
        return any(self.lex.announce.match_at(self.tokens, j) is not None or self.tokens[j].text in speech_verbs()
                   for j in range(max(lo, i - 1 - _ANNOUNCE_REACH), i - 1))

    def _past_date_aside(self, k: int, hi: int) -> int:
        """The first token at or after ``k`` that is not part of a day set off by commas (``، الاثنين،``)."""
        if k >= hi or self.tokens[k].is_word:
            return k
        j = k + 1
        while j < hi and any(d.start <= self.token_starts[j] < d.end for d in self.dates):
            j += 1
        if j > k + 1 and j < hi and not self.tokens[j].is_word:
            return j + 1
        return k

    def _standing_agreement(self, m: Match, s: int) -> bool:
        """Whether an agreement word names one already in force: after رغم، بموجب، خرق (despite, under, breaching it)
        or before الساري (in force) within the next four words."""
        lo, hi = self.sentence_tokens[s]
        if m.first > lo and word_forms(self.tokens[m.first - 1].text) & _UNDER_AGREEMENT:
            return True
        return any(word_forms(self.tokens[j].text) & _IN_FORCE for j in range(m.last + 1, min(hi, m.last + 5)))

    def _armed_group_in(self, s: int) -> bool:
        """Whether sentence ``s`` names an armed group (ACLED inter 2 to 4): the arrest of its men is political."""
        return any(self._inter([m.id]) in _ARMED_GROUP_INTERS for m in self.in_sentence(self.actors, s))

    def _drone_noun(self, m: Match) -> bool:
        """Whether a strike trigger is only the noun for a drone (طائرة مسيرة، درون), no word of striking."""
        words = set().union(*(word_forms(self.tokens[k].text) for k in range(m.first, m.last + 1)))
        return bool(words & _DRONE_NOUNS) and not words - _DRONE_NOUNS

    def _drugs_not_arms(self, s: int) -> bool:
        """Whether sentence ``s`` names drugs (function_words drug_words) or smuggling (smuggling_words: إحباط محاولة
        تهريب أجهزة التنصت) and no weapon or ammunition (materiel_words.tsv): what was foiled or seized there is a drug
        haul or contraband, not arms."""
        words = [word_forms(self.tokens[k].text) for k in range(*self.sentence_tokens[s])]
        return any(w & (_DRUG_WORDS | _SMUGGLING_WORDS) for w in words) and not any(w & _arms_words() for w in words)

    def _burning(self, d: _Draft) -> bool:
        """Whether the draft's trigger is a word of setting on fire (أحرقوا، إحراق، أضرموا النار)."""
        word = normalize(self.a.raw[d.trigger.start : d.trigger.end]).removeprefix("و")
        return word.startswith(_BURNING_STEMS)

    def _mishap_after(self, m: Match, s: int) -> bool:
        """Whether a word of cause (إثر، جراء، بسبب) right before a mishap (انهيار، تسمم، اختناق، غرق) follows the
        killing word in its sentence, within eleven words (the wounded may be told between, وأصيب 16 آخرون): the dead
        died in that mishap."""
        _, end = self.sentence_tokens[s]
        for k in range(m.last + 1, min(end - 1, m.last + 12)):
            if word_forms(self.tokens[k].text) & _CAUSE_WORDS and word_forms(self.tokens[k + 1].text) & _MISHAPS:
                return True
        return False

    def _proposed(self, m: Match, s: int) -> bool:
        """Whether the agreement word is what a proposal, talks or efforts are about (مقترح للهدنة، مفاوضات وقف إطلاق
        النار، المبادرة السعودية للهدنة، جهود التوصل لاتفاق): a word of proposing stands within five words before it,
        with no punctuation and no إلى or على between (بعد مفاوضات إلى اتفاق reached one)."""
        lo = self.sentence_tokens[s][0]
        for k in range(m.first - 1, max(lo, m.first - 6) - 1, -1):
            t = self.tokens[k]
            if not t.is_word:
                return False
            if word_forms(t.text) & _REACHED_AT:
                # (في محاولة للتوصل إلى وقف لإطلاق النار: an attempt to reach one reached none)
                return any(word_forms(self.tokens[j].text) & _STRIVING for j in range(max(lo, k - 3), k))
            if word_forms(t.text) & _PROPOSAL_WORDS:
                return True
        return False

    def _between_parties(self, s: int) -> bool:
        """Whether sentence ``s`` makes its agreement one between conflict actors: it names what such deals settle
        (وقف، تبادل، مصالحة، الأسرى) or an armed group (ACLED inter 2 to 4) that is a party to it."""
        lo, hi = self.sentence_tokens[s]
        if any(word_forms(self.tokens[k].text) & _AGREEMENT_OBJECTS for k in range(lo, hi)):
            return True
        return self._armed_group_in(s)

    def _tried(self, k: int, s: int) -> bool:
        """Whether a verb of trying (حاول، حاولت) stands within four words before token ``k`` of sentence ``s``."""
        return self._word_within_before(k, s, _TRYING, 4)

    def _caught(self, k: int, s: int) -> bool:
        """Whether a word of catching someone stands right before token ``k`` (اعتقال انتحاري) or before على right
        before it (القبض على انتحاري)."""
        return self._word_within_before(k, s, _CAPTURE_WORDS, 2)

    def _word_within_before(self, k: int, s: int, words: frozenset[str], reach: int) -> bool:
        """Whether one of ``words`` stands within ``reach`` words before token ``k``, in sentence ``s``."""
        lo = self.sentence_tokens[s][0]
        return any(word_forms(self.tokens[j].text) & words for j in range(max(lo, k - reach), k))

    def _count_after(self, m: Match, s: int) -> bool:
        """Whether a counted number, a person noun or a named person follows within six words (أوقفت الشرطة خمسة
        أشخاص، إيقاف رئيس حركة النهضة راشد الغنوشي)."""
        end = min(self.sentence_tokens[s][1], m.last + 7)
        if any(m.last < self.tok(n) < end and not self._counts_goods(n) for n in self.in_sentence(self.numbers, s)):
            return True
        if any(x.kind is MentionKind.PERSON and x.sentence == s and m.last < self.tok(x) < end for x in self.mentions):
            return True
        return any(word_forms(self.tokens[k].text) & _PERSON_WORDS for k in range(m.last + 1, end))

    def _counted_crowd_casualties(self, m: Match, s: int) -> bool:
        """Whether the trigger is a crowd noun after a figure and before a word of dying or being hurt (ثلاثة محتجين
        فارقوا الحياة، 20 متظاهرا أصيبوا): the demonstrators are counted as victims; the protest, if the report tells
        one, is named by another word."""
        if m.first != m.last or not word_forms(self.tokens[m.first].text) & _crowd_words():
            return False
        lo = self.sentence_tokens[s][0]
        return m.first > lo and number_item(self.tokens[m.first - 1]) is not None \
            and bool(casualty_after(self.tokens, m.last + 1, s))

    def _counts_goods(self, n: Mention) -> bool:
        """Whether the figure ``n`` counts vehicles, weapons or supplies (بإيقاف ثلاث أو أربع حافلات): stopping buses
        or seizing arms arrests no one."""
        k = self.tok(n) + 1
        while k < len(self.tokens) and (number_item(self.tokens[k]) is not None
                                        or normalize(self.tokens[k].text) == _OR):
            k += 1  # ثلاث أو أربع: the alternatives of one figure
        return k < len(self.tokens) and bool(word_forms(self.tokens[k].text) & _materiel_words()[0])

    def _place_in_clause_after(self, m: Match, s: int) -> bool:
        """Whether a place follows the trigger in its clause (دخلت الفصائل ... الخميس مدينة حماة)."""
        a, b = self.sentence_tokens[s]
        if m.last + 1 < b and word_forms(self.tokens[m.last + 1].text) & _NOT_ENTERED:
            return False  # دخل الاتفاق حيز التنفيذ: an agreement enters into force, nobody enters a place
        _, end = self._clause_of(m.first, s)
        return any(m.last < self.tok(p) < end and not self._coarse(p) for p in self.in_sentence(self.places, s))

    def _after_stative(self, i: int, s: int, words: frozenset[str] = _STATIVE_BEFORE) -> bool:
        if i <= 0 or self.tokens[i - 1].sentence != s:
            return False
        t = self.tokens[i - 1]
        text = normalize(t.text)
        # فتحت النار is 'opened fire', not ف+تحت 'so under (fire)': a ف the morphology did not read as a proclitic is
        # the word's own first letter
        return any(not (text.endswith(f) and text[: len(text) - len(f)].endswith("ف") and "ف" not in t.prefixes)
                   for f in word_forms(t.text) & words)

    def _near(self, matcher: PhraseMatcher, m: Match, s: int, window: int,
              after_not: frozenset[str] = frozenset(), followed_not: frozenset[str] = frozenset(),
              gangs: frozenset[str] = frozenset(), start: int | None = None) -> bool:
        """Whether a phrase of ``matcher`` starts within ``window`` words of ``m`` in its sentence (from ``start`` on
        when given), not right after a word of ``after_not`` nor right before a word of ``followed_not``, nor after a
        gang noun and من (``gangs``: فتحت عصابة من الإرهابيين النار: the armed men are the gang that shot, not its
        victims)."""
        a, b = self.sentence_tokens[s]
        for i in range(max(a, m.first - window, start if start is not None else a), min(b, m.last + window + 1)):
            if m.first <= i <= m.last:
                continue
            if after_not and i > a and word_forms(self.tokens[i - 1].text) & after_not:
                continue
            if gangs and i - 1 > a and normalize(self.tokens[i - 1].text) == _OF \
                    and word_forms(self.tokens[i - 2].text) & gangs:
                continue
            hit = matcher.match_at(self.tokens, i)
            if hit is not None and i in self._fixed_phrases(s) and not (
                    (fixed := self.lex.non_triggers.match_at(self.tokens, i)) is not None and hit.last >= fixed.last):
                # حركة الطيران 'air traffic': a word of a fixed phrase that evokes no event refines none, unless the
                # cue is the phrase itself (تحولت إلى اشتباكات: no battle, but the riot it makes of a protest)
                continue
            if hit is not None and not (followed_not and hit.last + 1 < b
                                        and word_forms(self.tokens[hit.last + 1].text) & followed_not):
                return True
        return False

    def _fixed_phrases(self, s: int) -> frozenset[int]:
        """The tokens of sentence ``s`` inside a fixed phrase that evokes no event (event_triggers.tsv, kind
        not_trigger: حركة الطيران، إسقاط النظام)."""
        cached = self._fixed.get(s)
        if cached is None:
            a, b = self.sentence_tokens[s]
            covered: set[int] = set()
            for j in range(a, b):
                m = self.lex.non_triggers.match_at(self.tokens, j)
                if m is not None:
                    covered.update(range(m.first, m.last + 1))
            cached = self._fixed[s] = frozenset(covered)
        return cached

    def _trapped(self, m: Match, s: int) -> bool:
        """Whether an arrest word (احتجاز، محتجزين) is followed, within six words, by داخل or تحت and a place people
        are caught in (سياراتهم المشتعلة، الأنقاض): they are trapped, not held by anyone."""
        _, hi = self.sentence_tokens[s]
        for k in range(m.last + 1, min(hi - 1, m.last + 7)):
            if normalize(self.tokens[k].text) in _INSIDE_OR_UNDER and any(
                    word_forms(self.tokens[j].text) & _TRAPPED_IN for j in range(k + 1, min(hi, k + 3))):
                return True
        return False

    def _march(self, m: Match, s: int) -> bool:
        """Whether مسيرة (flag march) is a march: a word of a crowd near it (خرج المئات في مسيرة، نظموا مسيرة) and none
        of a strike (استهدفت مسيرة، بمسيرة), nor a nationality right after it (مسيرة إسرائيلية) or a count before it
        (مئات المسيرات)."""
        lo, hi = self.sentence_tokens[s]
        if m.last + 1 < hi and bare_form(self.tokens[m.last + 1].text, reference_lexicon().nationalities):
            return False
        construct = m.last + 1 < hi and any(self.tok(p) == m.last + 1 for p in self.in_sentence(self.places, s))
        if (self.tokens[m.first].text.lstrip("وف").startswith("ال") or construct) and any(x < s for x in self.marched) \
                and not self._refinement_near("needs", "Air/drone strike", m, s):
            # شهدت الرباط مسيرة حاشدة ... انطلقت المسيرة من باب الحد، مسيرة الرباط دعت إليها: the demonstration told
            # before, again
            return True
        before = self.tokens[m.first - 1] if m.first - 1 >= lo else None
        if before is not None and not before.text.startswith("ال") and (
                number_item(before) is not None or word_forms(before.text) & _CROWD_COUNTS):
            return False  # (المئات مسيرة: the hundreds who marched, a subject, not a count of drones)
        if before is not None and before.text == normalize("في") \
                and not self._refinement_near("needs", "Air/drone strike", m, s):
            return True  # اتجه آلاف السودانيين في مسيرة إلى القصر: people go in a march; a drone strikes with ب
        if m.last + 1 < hi and normalize(self.tokens[m.last + 1].text) in _MARCH_QUALIFIERS:
            # حظرت الشرطة مسيرة دعم فلسطين، مسيرة احتجاجية: what it is for or how it went says a march (the word as
            # written: مسيرات الدعم السريع are the Rapid Support Forces' drones)
            return True
        if any(word_forms(self.tokens[k].text) & _DISPERSING_VERBS for k in range(max(lo, m.first - 3), m.first)):
            return True  # فرقوا بعنف مسيرة: a crowd is broken up, a drone is not
        verb = next((k for k in range(lo, m.first) if word_forms(self.tokens[k].text) & _MARCHING_VERBS), None)
        if verb is not None and any(word_forms(self.tokens[k].text) & _CROWD_COUNTS for k in range(verb + 1, min(m.first, verb + 4))):
            return True  # انطلق الآلاف من أنصار خان بمسيرات نحو العاصمة: the marches a counted crowd set off in
        return self._refinement_near("needs", "Peaceful protest", m, s) \
            and not self._refinement_near("needs", "Air/drone strike", m, s)

    def _held_in_container(self, sub: str, m: Match, s: int, reach: int = 6) -> bool:
        """``ضبطت قوى الأمن مستودعا يحتوي على أسلحة``: the cue a seizing verb needs, out of its reach, stands within
        reach of a noun for what holds it (a depot, a hideout, a car) that follows the verb: the depot is seized
        with what it holds."""
        _, hi = self.sentence_tokens[s]
        containers = _container_words()
        for k in range(m.last + 1, min(hi, m.last + 1 + reach)):
            forms = word_forms(self.tokens[k].text)
            forms = forms | {strip_article(f) for f in forms}
            if _with_accusative(forms) & containers:
                box = Match(k, k, None)
                return self._refinement_near("needs", sub, box, s)
        return False

    def _between_sides(self, trig: _Trigger) -> bool:
        """Whether a battle word is followed, in its clause and within a few words (a place, a day between), by بين
        and the sides (نزاع بين أفراد عشيرة واحدة، اشتباكات في القرية اليوم بين الميليشيا وسكان مسلحين): the people
        its sentence counts dead are those sides' men, no civilians attacked."""
        return self._ahead_in_clause(trig, _BETWEEN_REACH, _BETWEEN)

    def _refinement_near(self, kind: str, sub: str, m: Match, s: int) -> bool:
        return any(
            r.kind == kind and sub in r.applies_to and self._near(r.matcher, m, s, r.window)
            for r in self.lex.refinements
        )

    def _refine(self, t: _Trigger) -> tuple[str, str]:
        sub = t.rule.sub_event_type
        mode = t.rule.plover_mode
        changed = True
        seen = {sub}
        while changed:
            changed = False
            for r in self.lex.refinements:
                if r.sub_event_type == "Attack" and "two_sided" in t.rule.flags:
                    continue  # خلال اشتباكات عقب اقتحام مخيم نور شمس: fighting near a camp is still fighting
                if r.sub_event_type == "Attack" and sub == "Armed clash" and sub != t.rule.sub_event_type:
                    continue  # a fight its weapon made (قذيفة مضادة للدروع، قصف متبادل) is no attack on civilians nearby
                if "blows_up" in r.flags and "blows_up" not in t.rule.flags:
                    continue  # انفجرت عبوة قرب منزل is still a bomb: only فجرت القوات منزلا demolishes the house
                if r.kind == "refine" and sub in r.applies_to and r.sub_event_type not in seen:
                    # اغتيل مسؤول برصاص مسلحين: the gunmen shot; an armed victim (قتل جنديان) makes the attack a clash
                    after_not = self.lex.perpetrator_markers if "victims" in r.flags else frozenset()
                    followed_not = self.lex.hedges if "unhedged" in r.flags else frozenset()
                    gangs = _GANG_HEADS if "victims" in r.flags else frozenset()
                    # متشددون قطعوا رؤوس 50 شخصا: an armed noun right before a verb with its plural subject is who
                    # acted; only what follows the verb may be its victims
                    # (the verb may stand before the trigger: أن المسلحين أطلقوا النار عشوائيا على السكان)
                    lo = self.sentence_tokens[t.sentence][0]
                    verb = t.match.first - 1 if t.match.first > lo and self.tokens[t.match.first].text == _FIRE \
                        and _plural_verb(self.tokens[t.match.first - 1].text) else t.match.first
                    subject_first = "victims" in r.flags and _plural_verb(self.tokens[verb].text) and any(
                        (hit := r.matcher.match_at(self.tokens, j)) is not None and hit.last == verb - 1
                        for j in range(max(lo, verb - 3), verb))
                    start = t.match.first if subject_first else None
                    if self._near(r.matcher, t.match, t.sentence, r.window, after_not, followed_not, gangs, start):
                        sub = r.sub_event_type
                        mode = r.plover_mode or mode
                        seen.add(sub)
                        changed = True
                        break
        return sub, mode

    def _fought_by_crowd(self, trig: _Trigger) -> bool:
        """``اندلعت مواجهات مع الشبان``: a refine row flagged fought names the crowd as the clash's other side."""
        return any("fought" in r.flags and self._near(r.matcher, trig.match, trig.sentence, r.window)
                   for r in self.lex.refinements)

    def _fired_on_crowd(self, s: int) -> bool:
        """``فتح رجال الأمن المكلفين حراسة المقر النار اليوم الأربعاء على متظاهرين``: sentence ``s`` tells of fire
        opened on the crowd itself, its subject and its day standing between the verb, النار and على, which a fixed
        phrase cannot span. Shots into the air (النار في الهواء) only disperse."""
        a, b = self.sentence_tokens[s]
        fire, crowd = _FIRE, _crowd_words()
        days = [(d.start, d.end) for d in self.in_sentence(self.dates, s)]
        for j in range(a, b):
            if fire not in word_forms(self.tokens[j].text) or not any(
                    word_forms(self.tokens[i].text) & _FIRING_VERBS for i in range(max(a, j - 14), j)):
                continue
            k = j + 1
            # (the day, its hour and commas may stand between النار and على)
            while k < min(b, j + 6) and (not self.tokens[k].is_word or self.tokens[k].text in _TIME_FILLERS or any(
                    x <= self.token_starts[k] < y for x, y in days)):
                k += 1
            if k < b and normalize(self.tokens[k].text) in _ON_OR_TOWARDS and any(
                    word_forms(self.tokens[i].text) & crowd for i in range(k + 1, min(b, k + 3))):
                return True
        return False

    def _modality(
        self, trig: _Trigger, scopes: list[Scope], frame: tuple[object, object, bool], background_led: bool
    ) -> str:
        i = trig.match.first
        # (a cause or a toll update may be revived as the report of its event; a statistic or another reading that
        # blocks every trigger it covers keeps the word out: لقي 1945 شخصا مصرعهم جراء انفجار الألغام ... مقارنة
        # بالعام السابق)
        if i > 0 and "ل" in self.tokens[i].prefixes:
            # للتوصل إلى اتفاق لوقف إطلاق النار: what the word before it is for (ل) shares that word's reading
            held = next((sc for sc in scopes if sc.covers(i - 1) and not sc.covers(i) and sc.blocks == "all"
                         and sc.modality in _PURPOSE_READINGS), None)
            if held is not None:
                return held.modality
        whole = next((sc for sc in scopes if sc.covers(i) and sc.blocks == "all"
                      and sc.modality not in _REVIVABLE and sc.modality != "claim"), None)
        if whole is not None and any(sc.covers(i) and sc.modality in _REVIVABLE for sc in scopes):
            return whole.modality
        demonstration = sub_event_type(trig.sub_event_type).event_type in ("Protests", "Riots")
        for sc in scopes:
            if not sc.covers(i) or sc.modality == "claim":
                continue  # a claimed attack is dropped later, only when the attack it names was reported (_attach_claimers)
            if demonstration and sc.modality == "ongoing" and word_forms(self.tokens[sc.cue].text) & _CONTINUING:
                # تتواصل التظاهرات لليوم الثالث على التوالي: ACLED codes each day of a demonstration that goes on
                continue
            if demonstration and sc.modality == "disaster":
                # احتج مئات المواطنين في درنة ... إثر مقتل الآلاف في السيول: a crowd protesting a disaster's handling
                # demonstrates; only the disaster's dead and blasts are no event
                continue
            definite = self._definite(i)
            if (
                sc.blocks in ("all", "triggers")
                # (a word of entering the refinements read as a seizure, دخول 137 شاحنة, is still the word of entering)
                or (sc.blocks == "territory" and ("territory" in trig.rule.flags
                                                  or "territory" in getattr(trig.match.payload, "flags", ())))
                or (sc.blocks == "definite" and definite and not self._placed_after(trig, scopes))
                or (sc.blocks == "indefinite" and not definite)
            ):
                return sc.modality
        if self._definite(i):
            # الذكرى السادسة والستين لمجزرة دير ياسين ... واستشهد خلال المجزرة: the definite word names again the
            # massacre its sentence remembers, past as that one is
            told = next((t.modality for t in getattr(self, "sentence_triggers", ())
                         if t.match.first < i and t.modality in _PAST_TELLINGS
                         and t.sub_event_type == trig.sub_event_type), None)
            if told is not None:
                return told
        own_dates = [
            d for d in self._dates_for(trig)
            if d.role == "" and not any(sc.covers(self.tok(d)) and sc.modality != "disaster" for sc in scopes)
        ]  # fmt: skip
        own_date = bool(own_dates)
        if frame[2] and not [d for d in own_dates if not self._said_on(d, i)]:
            # (the day a report was issued, وقالت المجموعة في تقرير صدر اليوم إن الضحايا سقطوا، dates no news of it)
            return "background"
        if self.anchor is not None and own_date:
            dated = [
                d.resolution.value
                for d in self._dates_for(trig)
                if d.role == "" and isinstance(d.resolution, DateResolution)
            ]
            if dated and all((self.anchor - v).days > HISTORY_DAYS for v in dated):
                return "background"
        if (not own_date and self._old_since(trig)) or self._tally_since(trig):
            return "background"
        earlier = getattr(self, "triggers_by_sentence", {}).get(trig.sentence - 1, [])
        lo = self.sentence_tokens[trig.sentence][0]
        pointed = any(self._after_demonstrative(j) and isinstance(
            getattr(self.lex.matcher.match_at(self.tokens, j), "payload", None), TriggerRule) for j in range(lo + 1, i + 1))
        if not own_date and pointed and self._told_as_background(trig.sentence - 1, earlier):
            # منذ 21 أكتوبر بدأت القوات حملات انتقامية على القرى. وتسببت هذه الهجمات في مقتل عشرات المدنيين: the
            # attacks a demonstrative points back to are the campaign the sentence before told as background, and so
            # is what the sentence says they caused (وتهجير الآلاف)
            return "background"
        if not own_date and self._definite(i) and self._antecedent_told_as_past(trig):
            return "background"
        if not own_date and self._after_demonstrative(i) and (planned := self._antecedent_planned(trig)):
            return planned
        if any(d.role == "future" for d in self.in_sentence(self.dates, trig.sentence)) and not own_date:
            return "forecast"
        return "asserted"

    def _antecedent_told_as_past(self, trig: _Trigger) -> bool:
        """``أحيت المدينة ذكرى القصف النووي عام 1945 في الحديقة القريبة من مركز الانفجار``: a definite word for an event
        (الانفجار) refers back to the one told before it; when every violent event the report told so far was
        remembered, judged or history, and none was news, it is that past event."""
        told = getattr(self, "triggers_by_sentence", {})
        earlier = [t for s, ts in told.items() if s < trig.sentence for t in ts] + [
            t for t in getattr(self, "sentence_triggers", []) if t.match.first < trig.match.first]
        violent = [t for t in earlier if sub_event_type(t.sub_event_type or t.rule.sub_event_type).violent]
        return bool(violent) and all(t.modality in _PAST_TELLINGS for t in violent)

    def _antecedent_planned(self, trig: _Trigger) -> str | None:
        """``تقدم حزبان بطلب لتنظيم مظاهرة ... وجاء في الطلب أن هذه المظاهرة تأتي``: an event word after a demonstrative,
        of the kind the report told only as planned, called for or threatened, points back to that plan; the plan's
        modality, or None when an event of that kind was told as news (منعت قوى الأمن المتظاهرين من تنظيم الوقفة: a
        plain definite word may tell what became of the plan)."""
        told = getattr(self, "triggers_by_sentence", {})
        kind = sub_event_type(trig.sub_event_type or trig.rule.sub_event_type).event_type
        earlier = [t for s, ts in told.items() if s < trig.sentence for t in ts
                   if sub_event_type(t.sub_event_type or t.rule.sub_event_type).event_type == kind]
        if earlier and all(t.modality in _PLANNED for t in earlier):
            return earlier[-1].modality
        return None

    def _told_as_background(self, s: int, triggers: list[_Trigger]) -> bool:
        """Whether sentence ``s`` told history: its triggers were all background, or, with none, it opens a campaign
        running since a day long before the article (ومنذ 21 أكتوبر المنصرم، بدأت القوات حملات انتقامية)."""
        if triggers:
            return all(t.modality == "background" for t in triggers)
        return self.anchor is not None and any(
            d.role == "since" and isinstance(d.resolution, DateResolution) and d.resolution.value is not None
            and (self.anchor - d.resolution.value).days > HISTORY_DAYS for d in self.in_sentence(self.dates, s))

    def _tally_since(self, trig: _Trigger) -> bool:
        """``وثقت الأمم المتحدة القتلى في الهجمات في أفغانستان منذ سيطرة طالبان``، ``نزوح ثلث السكان منذ اندلاع النزاع``:
        what is counted since a war or a takeover began (منذ and a noun of starting, within twelve words after the
        trigger and before the next comma) is that period's tally, not an event of the day, whatever day the source spoke; a
        superlative before منذ compares instead (أول هجوم منذ اندلاع الحرب)."""
        lo, end = self.sentence_tokens[trig.sentence]
        # (to the next comma: منذ opens a clause of its own, which the trigger's phrase runs into)
        hi = next((k for k in range(trig.match.last + 1, end) if not self.tokens[k].is_word
                   and self.tokens[k].text in (",", "،", ";", ":", ".")), end)
        starts = date_lexicon().since_start
        for k in range(trig.match.last + 1, min(hi - 1, trig.match.last + 13)):
            if normalize(self.tokens[k].text) in _TOTAL_STOPS:
                return False  # ليرتفع عدد الشهداء منذ بدء الحرب: the running total is its own clause
            after = word_forms(self.tokens[k + 1].text)
            # (a war's start, منذ اندلاع الحرب، منذ بدء الغزو; or a takeover, منذ سيطرة طالبان: an operation's start,
            # منذ بدء العملية العسكرية, begins the news the report tells)
            war = after & _TAKEOVER_NOUNS or (after & starts and k + 2 < hi
                                                and word_forms(self.tokens[k + 2].text) & _WAR_NOUNS)
            if normalize(self.tokens[k].text) in _SINCE_WORDS and war:
                if any(word_forms(self.tokens[j].text) & _COMPARING for j in range(max(lo, trig.match.first - 1), k)):
                    return False
                # (منذ بدء عملية الجيش في السادس من مايو: an operation begun days ago counts its own news)
                return not any(self.tok(d) > k and isinstance(d.resolution, DateResolution) and self.anchor is not None
                               and (self.anchor - d.resolution.value).days <= _RECENT_START_DAYS
                               for d in self.in_sentence(self.dates, trig.sentence))
        return False

    def _old_since(self, trig: _Trigger) -> bool:
        """Whether the sentence tells of a campaign running since long ago (ومنذ العام 2007 تقاتل الحركة، تشن القوات
        منذ 20 أكتوبر الماضي هجمات): its attacks are the campaign, not events of the day.

        Long ago is more than :data:`HISTORY_DAYS` before the article; with no article date, a since-date written as
        a calendar date (a day number, a month, a year) rather than a weekday or أمس, as wire copy writes the days
        of the week it reports. A since-date inside a relative clause after the trigger dates that clause only.
        """
        for d in self.in_sentence(self.dates, trig.sentence):
            k = self.tok(d)
            if d.role != "since" or any(
                word_forms(self.tokens[j].text) & _RELATIVE_PRONOUNS for j in range(trig.match.last + 1, k)
            ):
                # اشتباكات مع الجيش، الذي نشر منذ عام 2021: the since-date belongs to the relative clause's verb
                continue
            r = d.resolution
            if isinstance(r, DateResolution) and self.anchor is not None:
                if (self.anchor - r.value).days > HISTORY_DAYS:
                    return True
            elif any(c.isdigit() for c in d.text) or set(normalize(d.text).split()) & _month_words():
                return True
        return False

    def _dates_for(self, trig: _Trigger) -> list[Mention]:
        """The date mentions of the trigger's sentence that may date it.

        A bare year dates only a trigger of its own clause: قتل 17 جنديا إثر هجوم ...، حيث سقط أربعة جنود في كمين
        في 2017 recalls an old ambush beside news of the day. A year that describes a noun (التي تأسست عام 2017،
        اتفاق السلام لعام 2022) dates nothing.
        """
        s0, s1 = self.sentence_tokens[trig.sentence]
        clause = self._clause_of(trig.match.first, trig.sentence)
        if self._definite(trig.match.first) and clause[0] > s0 and self._opens_with_where(clause):
            # بتفجير سيارتين مفخختين ... سنة 2012، حيث أسفر الانفجار عن: the definite word after حيث is the event
            # of the clause before, and that clause's year dates it
            clause = (self._clause_of(clause[0] - 1, trig.sentence)[0], clause[1])
        dates = [d for d in self.in_sentence(self.dates, trig.sentence) if s0 <= self.tok(d) < s1]
        return [
            d for d in dates
            if not self._attributive_year(d) and not self._restated(d, dates)
            and (not _year_only(d) or clause[0] <= self.tok(d) < clause[1] or self._fronted(d, s0))
        ]  # fmt: skip

    def _restated(self, d: Mention, dates: list[Mention]) -> bool:
        """Whether the date only restates, in a bracket, the one right before it (منتصف ليل أمس (الاثنين، 4 جمادى
        الثانية)): the writer's own day is the first, and a Hijri gloss may differ from it by the moon's sighting."""
        before = [o for o in dates if o.end <= d.start]
        if not before:
            return False
        prev = max(before, key=lambda o: o.end)
        gap = self.a.raw[prev.end : d.start]
        opened = self.a.raw[prev.start : d.start]
        return opened.count("(") > opened.count(")") and not gap.strip(" \t،,(")

    def _fronted(self, d: Mention, s0: int) -> bool:
        """Whether the date opens its sentence in a clause of its own (وفي 2018، اعتقل في شمال غرب فرنسا): it dates
        the whole sentence, as a year set off at its start does."""
        a, b = self._clause_of(self.tok(d), d.sentence)
        if a != s0:
            return False
        rest = [k for k in range(a, b) if (self.tokens[k].is_word or self.tokens[k].text.isdigit())
                and not d.start <= self.token_starts[k] < d.end]
        return all(normalize(self.tokens[k].text).removeprefix("و") in _FRONTING for k in rest)

    def _opens_with_where(self, clause: tuple[int, int]) -> bool:
        """Whether the first word of the clause is حيث (after its punctuation)."""
        k = next((j for j in range(*clause) if self.tokens[j].is_word), None)
        return k is not None and bool(word_forms(self.tokens[k].text) & WHERE)

    def _attributive_year(self, d: Mention) -> bool:
        """Whether a bare year describes a noun rather than dating an event: it follows ل (اتفاق السلام لعام 2022)
        or stands in a relative clause (الجماعة التي تأسست عام 2017، الحرب التي اندلعت في 2020) or gives a birth year
        (رجل ولد في عام 1955، من مواليد 1990)."""
        if not _year_only(d):
            return False
        if self.a.raw[d.start - 1 : d.start] == "ل":
            return True
        k = self.tok(d)
        s0, _ = self.sentence_tokens.get(d.sentence, (0, 0))
        for j in range(k - 1, max(s0, k - 5) - 1, -1):
            t = self.tokens[j]
            if not t.is_word and t.text in (",", "،", ";", ":", "(", ")", "-"):
                return False
            if word_forms(t.text) & (_RELATIVE_PRONOUNS | _BIRTH_WORDS):
                return True
        return False

    def _placed_after(self, trig: _Trigger, scopes: Sequence[Scope] = ()) -> bool:
        """Whether a place follows the trigger closely (جراء القصف الإسرائيلي على بلدة X reports an event).

        A place inside a blocking scope (ويأتي القصف بعد أيام من تهديد أنقرة) belongs to that earlier or unreal
        event, not to the trigger, so it does not make a re-mention a new report.
        """
        end = self.sentence_tokens[trig.sentence][1]
        return any(
            trig.match.last < self.tok(p) <= trig.match.last + 6 and self.tok(p) < end and not self._coarse(p)
            and not any(sc.blocks == "all" and sc.covers(self.tok(p)) for sc in scopes)
            for p in self.in_sentence(self.places, trig.sentence)
        )

    # drafts ------------------------------------------------------------------------------------------------
    def _drafts(
        self,
        trig: _Trigger,
        scopes: list[Scope],
        clauses: list[tuple[int, int]],
        start: int,
        end: int,
        event_dates: list[Mention],
        sentence_dates: list[Mention],
        frame: tuple[DateResolution | None, str | None, bool],
    ) -> list[_Draft]:
        i = trig.match.first
        clause = next(((a, b) for a, b in clauses if a <= i < b), (start, end))
        places = self._locations(trig, scopes, clauses, clause, start, end)
        # two mentions of one place (حي في مدينة غزة both resolved to Gaza) are one event: its figure is not divided
        keys = [self._place_key(p) for p in places]
        places = [p for n, p in enumerate(places) if keys[n] not in keys[:n]]
        # مخيم عين الحلوة للاجئين في مدينة صيدا: the town named right after a place within its area is where that
        # place lies, not a second place of the event
        places = [p for n, p in enumerate(places) if not (n and self._town_of(places[n - 1], p))]
        actor1, actor2 = self._actors(trig, clause, start, end, scopes)
        if trig.sub_event_type == "Armed clash" and not actor2 and "two_sided" not in trig.rule.flags:
            # هاجم المتمردون بلدة نزكو ...، وقتلوا ستة جنود: the soldiers its sentence counts dead after the attack word
            # are the side it hit, not the town's people
            fallen = [m for m in self.in_sentence(self.actors, trig.sentence)
                      if m.role == FALLEN_ROLE and self.tok(m) > trig.match.last and m.id not in actor1]
            actor2 = [fallen[0].id] if fallen else actor2
        hit = [x for x in actor1 if self._underwent(self.by_id(x), trig)]
        if hit:
            # جيب تابع للجيش المصري تعرض لتفجير عبوة ناسفة: the force whose vehicle underwent the blast was hit
            actor1 = [x for x in actor1 if x not in hit]
            actor2 = [*hit[:1], *(x for x in actor2 if x not in hit)]
            # في هجوم يعتقد أنه من مجموعة تابعة لتنظيم "ولاية سيناء": the group suspected of it carried it out
            suspect = [x for x in actor2 if x not in hit and self._suspected(self.by_id(x))]
            if not actor1 and suspect:
                actor1, actor2 = suspect[:1], [x for x in actor2 if x != suspect[0]]
        if actor1 and actor2 and self.by_id(actor1[0]).role == "generic" and self._unidentified(actor1[0]):
            # هجوم شنه مسلحون يشتبه في انتمائهم إلى جماعة بوكو حرام: the gunmen who acted are the group they are
            # suspected to belong to, not a side they hit
            named = next((x for x in actor2 if self.by_id(x).role != "generic"
                          and self._suspected_to_be(self.by_id(actor1[0]), self.by_id(x))), None)
            if named is not None:
                actor1, actor2 = [named], [x for x in actor2 if x != named]
        if actor1 and actor2 and self.by_id(actor1[0]).role != "generic":
            # مسلحين يشتبه أنهم من جماعة بوكو حرام: gunmen that turn out to be the named group are the group, not the
            # side it hit; the event keeps no such second side (records drop it anyway), so that the people it killed
            # can be
            first = _canonical(self.by_id(actor1[0]))
            actor2 = [x for x in actor2 if not (self.by_id(x).role == "generic" and (
                _canonical(self.by_id(x)) == first or self._suspected_to_be(self.by_id(x), self.by_id(actor1[0]))))]
        sub_type = sub_event_type(trig.sub_event_type)
        if sub_type.event_type != "Battles" and any(self.by_id(x).role == FALLEN_ROLE for x in actor1):
            # قتل أربعة جنود في انفجار عبوة، فيما قتل ثلاثة مدنيين في هجوم آخر: men counted dead were hit; they carried
            # out no attack, bombing or strike (in a battle, either side may lose men)
            fallen = [x for x in actor1 if self.by_id(x).role == FALLEN_ROLE]
            actor1 = [x for x in actor1 if x not in fallen]
            actor2 = actor2 or fallen[:1]
        if not actor1 and trig.sub_event_type in _STRIKE_TYPES:
            # قصفا مدفعيا من مناطق سيطرة جماعة الحوثي استهدف حي المطار: the side that holds the ground a strike
            # came from fired it
            firing = [x for x in actor2 if self._holder_of_launch_ground(self.by_id(x), trig)]
            if firing:
                actor1, actor2 = firing[:1], [x for x in actor2 if x not in firing[:1]]
        if sub_type.event_type == "Protests" and self._inter(actor1[:1]) == 1:
            # the police that disperse a protest are its actor2; actor1 is always the protesters (ACLED)
            actor1, actor2 = [], actor1 + [x for x in actor2 if x not in actor1]
        elif sub_type.event_type == "Protests" and actor1 and not self._is_crowd(actor1[0]):
            # طالب المحتجون بالقصاص من فلول النظام: who the crowd protests against takes no part in the protest; the
            # crowd named in the sentence is actor1 (ACLED)
            crowd = [m.id for m in self.in_sentence(self.actors, trig.sentence) if self._is_crowd(m.id)]
            if crowd:
                actor1, actor2 = crowd[:1], [x for x in actor2 if x not in crowd[:1]]
        sub_name = trig.sub_event_type
        if sub_name == "Violent demonstration" and trig.rule.sub_event_type == "Armed clash" \
                and any(self._inter([x]) in _ARMED_GROUP_INTERS for x in (*actor1, *actor2)) \
                and not any(self._is_crowd(m.id) for m in self.in_sentence(self.actors, trig.sentence)):
            # اشتباكات بين الجيش ومسلحين وشبان من القرية: gunmen on a side make it a battle, whoever fought beside them
            # (a crowd named, محتجون موالون لـ"قسد", keeps the riot: the group it backs is no side)
            sub_name = "Armed clash"
        if "territory" in trig.rule.flags and any(self._is_crowd(x) for x in (*actor1, *actor2)):
            # اخترق المتظاهرون الحواجز ودخلوا العاصمة: a crowd that enters or takes a square takes no ground; it is
            # the demonstration, told on its own
            return []
        if "displacement" in trig.rule.flags and self._one_person_fled(trig):
            # وقال تاجر فرّ من المدينة بعد الهجوم: a witness who fled is a source, not a displacement
            return []
        storming = "raid" in trig.rule.flags or ("fallback" in trig.rule.flags and sub_name == "Arrests")
        if storming and actor1 and all(self._unidentified(x) for x in actor1) and self._on_settlement(trig):
            # واقتحم المهاجمون قرية غامدوم مالام وهم يطلقون النار: unnamed gunmen storming a village take no ground and
            # arrest no one; they attack the villagers
            sub_name = "Attack"
        elif "raid" in trig.rule.flags and (self._foreign_forces(actor1) or self._mob_attack(actor1, actor2)):
            # اقتحمت قوات الاحتلال البلدة واعتقلت ثلاثة شبان: an occupying army's raid takes no ground; what it did
            # there (arrests, fighting, demolitions) is the event, and a raid told alone is its arrests
            if any(t is not trig for t in getattr(self, "sentence_triggers", ()) if t.sentence == trig.sentence):
                return []
            sub_name = "Arrests"
        elif "territory" in trig.rule.flags and trig.rule.if_government and self._inter(actor1) == 1 \
                and trig.sub_event_type == trig.rule.sub_event_type:
            # (ground taken without a fight, دون أية مقاومة, stays the non-violent transfer its refinement made it)
            sub_name = trig.rule.if_government
        elif trig.rule.sub_event_type in mob_recoding() and self._mob_attack(actor1, actor2):
            # هاجم مستوطنون القرية، رشقوا المنازل بالحجارة: settlers fight nobody armed; they attack civilians or riot;
            # وأضرموا النار في مركبتين: their setting fire is property destruction, part of their attack if told
            arson = word_forms(self.tokens[trig.match.first].text) & mob_arson().keys()
            sub_name = mob_arson()[min(arson)] if arson else mob_recoding()[trig.rule.sub_event_type]
        elif sub_name == "Armed clash" and actor2 and self._inter(actor2[:1]) == 7 and not self._on_military_target(trig) \
                and not self._between_sides(trig) and (actor1 or "two_sided" not in trig.rule.flags):
            # (اشتباكات ... مشيرا إلى مقتل 15 مدنيا: fighting with no side named is still fighting; the civilians were
            # caught in it)
            sub_name = "Attack"  # هاجمت مجموعة مسلحة قرية وقتلت سكانها: a one-sided attack on civilians is no battle
        elif sub_name == "Attack" and trig.rule.sub_event_type == "Armed clash" and self._on_military_target(trig):
            sub_name = "Armed clash"  # (the civilians a refinement read near the word were killed beside the post)
        elif sub_name == "Violent demonstration" and trig.rule.sub_event_type == "Armed clash" and (
                (actor1 and self._state_force(actor1[0]))
                or (not actor1 and actor2 and all(self._is_crowd(x) for x in actor2))) and not (
                (self._between_sides(trig) or self._fought_by_crowd(trig)) and self._clash_word_at(trig.match.first)):
            # (اشتباكات بين قوات الأمن ومحتجين: a clash between both is a riot, whichever side is named first)
            # شنت قوات أمنية هجوما على متظاهرين وأطلقت الغازات المسيلة للدموع: the force attacked the crowd; the crowd
            # rioted nowhere, so the event is the protest the force broke up (ACLED's Protest with intervention). So
            # too when the crowd is only the side attacked (هجوم مؤيدين على المتظاهرين، دارت اشتباكات بالأيدي)
            sub_name = "Protest with intervention"
            actor1, actor2 = [x for x in actor2 if x not in actor1], actor1
        elif sub_name == "Disrupted weapons use" and self._stops_a_vehicle(trig):
            # تم "اعتراض" مركبتهم: gunmen stopping a car intercept no weapon; the vehicle stopped is part of what they
            # did to its passengers, told on its own
            return []
        elif sub_name == "Disrupted weapons use" and self._foiled_assault(trig):
            # أحبطت القوات محاولة هجوم على معسكر الحرس الوطني: an assault on a post that its men beat off is a battle
            # (ACLED's Disrupted weapons use is a bomb defused or a missile or drone brought down)
            sub_name = "Armed clash"
            if not actor2:
                # إن الجيش الصومالي تمكن، بالتعاون مع قوات ولاية جوبالاند، من إحباط هجوم لمقاتلي الشباب: the state force
                # that foiled the assault, named before the foiling word, fought it off
                lo, _ = self.sentence_tokens[trig.sentence]
                foiling = [m for m in self.in_sentence(self.actors, trig.sentence)
                           if lo <= self.tok(m) < i and m.id not in actor1 and m.role != "associated"
                           and isinstance(m.resolution, ActorResolution) and m.resolution.inter == 1]
                actor2 = [foiling[-1].id] if foiling else actor2
        elif sub_name == "Armed clash" and not actor2 and "two_sided" not in trig.rule.flags \
                and not self._on_military_target(trig) and not self._between_sides(trig) and (
                    ((not actor1 or self._unidentified(actor1[0])) and self._on_settlement(trig))
                    or (self._people_killed(trig) and (self._on_settlement(trig) or not actor1
                                                       or self._unidentified(actor1[0])
                                                       or self._inter(actor1[:1]) in _ARMED_GROUP_INTERS))):
            # هاجم عشرات الرجال على دراجات نارية قرية ساناكادوغو: gunmen nobody named, a village and no armed side are
            # ACLED's attack on civilians, not a battle; so is a named group's attack on a village that killed people
            # (قتل 14 شخصا في هجوم نفذته قوات الدعم السريع على بلدة), and an ambush by unknown gunmen that killed
            # people (قتل 14 شخصا في كمين نصبه مسلحون مجهولون), and an armed group's attack that killed people and no
            # armed side (مقتل ستة أشخاص في هجوم مسلح منسوب إلى انفصاليين)
            sub_name = "Attack"
        elif sub_name == "Arrests" and "fallback" in trig.rule.flags and actor1 and self._unidentified(actor1[0]):
            # اقتحم مسلحون مسجدا: gunmen storming a place arrest no one (ACLED's arrests are a state's); what they did
            # there is told by the sentence's other words
            return []
        elif sub_name == "Arrests" and "fallback" not in trig.rule.flags and actor1 and self._unidentified(actor1[0]):
            # احتجز جهاديون أكثر من 110 مدنيين: ACLED's arrests are made by a state or a group that governs the
            # ground; people an unnamed armed group seizes are abducted (a named militia such as the Popular
            # Mobilization Forces arrests; a storming, اقتحموا, is read as arrests only when nothing else is told)
            sub_name = "Abduction/forced disappearance"
        if sub_name == "Arrests" and not actor1 and actor2:
            # واعتقل 3 آخرون في هجوم للمستوطنين والجيش الإسرائيلي: a passive arrest names its makers after it; ACLED's
            # arrests are made by a state's forces, so the state force among them arrests and the mob beside it
            # (settlers) takes no side of the arrest
            state = [x for x in actor2 if self._state_force(x)]
            if state:
                mobs = mob_actors()
                actor1 = state[:1]
                actor2 = [x for x in actor2 if x not in state and not (
                    isinstance(r := self.by_id(x).resolution, ActorResolution) and r.actor_id in mobs)]
        sub = sub_event_type(sub_name)
        if sub.event_type in ("Protests", "Riots") and sub_name != "Mob violence":
            actor1, actor2 = self._crowd_sides(actor1, actor2)
        value, precision, date_id = self._date(trig, clause, event_dates, sentence_dates, frame)
        offset = self._days_before(i, start)
        if offset is not None:
            days, link = offset
            # بعد ثلاثة أيام من هجوم مماثل: the earlier event is dated that many days before the day of the news, the
            # event told last before the link (or the lead), not a day the sentence gives the history
            news = [d for d in getattr(self, "drafts_so_far", []) if d.date is not None and d.modality == "asserted"
                    and (d.sentence < trig.sentence or d.trigger_token < link)]
            base = news[-1].date if news else value
            if base is not None:
                value = base - timedelta(days=days)
            # its sides are named after the link, not among the news's (قتل ثلاثة جنود عراقيين ... بعد ثلاثة أيام من
            # هجوم مماثل أودى بحياة 12 من عناصر الشرطة)
            # (a demonstration's crowd is any crowd of its country: بعد يوم من مقتل 19 شخصا في احتجاجات عنيفة keeps
            # the protesters the news named)
            crowd = sub.event_type in ("Protests", "Riots")
            actor1 = [x for x in actor1 if self.tok(self.by_id(x)) > link or (crowd and self._is_crowd(x))]
            actor2 = [x for x in actor2 if self.tok(self.by_id(x)) > link]
            like = self._likened(i, link, trig.sentence)
            if like is not None:
                sub = like  # هجوم مماثل: of the kind of the news it is likened to
        if (trig.modality == "asserted" and not self.keep and value is not None and self.anchor is not None
                and date_id is not None and self.by_id(date_id).sentence == trig.sentence
                and (self.anchor - value).days > HISTORY_DAYS):
            # اتفاق وقف الأعمال العدائية الذي دخل حيز التنفيذ في 27 نوفمبر 2024، beside the day's strikes: the date of
            # its own clause puts it long before the article; another date of the sentence is the news, not this
            return []
        plover_type = trig.rule.plover_type or sub.plover_type
        plover_mode = (
            trig.plover_mode or (trig.rule.plover_mode if not trig.rule.plover_type else "") or sub.plover_mode
        )
        if trig.rule.plover_type:
            plover_mode = trig.rule.plover_mode
        trigger_span = self.raw(trig.match.first, trig.match.last)
        sentence_span = self.a.sentence_span(trig.sentence)
        # civilians detained or named in a demonstration are not "civilian targeting", which ACLED marks only on
        # political violence whose main or only target they are
        civilian = sub.civilian_targeting or (
            _targets_civilians(sub)
            and any(
                isinstance(self.by_id(x).resolution, ActorResolution) and self.by_id(x).resolution.inter == 7  # type: ignore[union-attr]
                for x in actor2[:1]
            )
        )
        if not civilian and sub.event_type == "Explosions/Remote violence":
            civilian = self._near(self.lex.civilian_cues, trig.match, trig.sentence, 20) or (
                not actor2 and self._hits_civilian_site(trig))
        out = []
        own_place = any(p.sentence == trig.sentence for p in places)
        also: list[Mention] = []
        if plover_mode == "expel" and len(places) > 1:
            # نزح 115 ألفا من ريفي حماة وإدلب: one figure for several places is one record at the first place named
            # (the others stay in its evidence); its split between them is unknown, and an even split invents figures
            places, also = places[:1], places[1:]
        for place in places or [None]:
            evidence = [sentence_span]
            if place is not None:
                evidence.append(place.span)
            evidence.extend(p.span for p in also)
            evidence.extend(self.by_id(x).span for x in actor1 + actor2)
            out.append(
                _Draft(
                    sub=sub,
                    trigger=trigger_span,
                    sentence=trig.sentence,
                    trigger_token=i,
                    location=place.id if place else None,
                    location_key=self._place_key(place),
                    actor1=list(actor1),
                    actor2=list(actor2),
                    date=value,
                    precision=precision if trig.modality != "background" else max(precision, 2),
                    date_mention=date_id,
                    plover_type=plover_type,
                    plover_mode=plover_mode,
                    modality=trig.modality,
                    fallback="fallback" in trig.rule.flags,
                    seizure="seizure" in trig.rule.flags,
                    own_place=own_place,
                    kills_one="kills_one" in trig.rule.flags,
                    deliberate="deliberate" in trig.rule.flags,
                    evidence=evidence,
                    civilian=civilian,
                    sentences=[trig.sentence],
                )
            )
        return out

    def _date(
        self,
        trig: _Trigger,
        clause: tuple[int, int],
        event_dates: list[Mention],
        sentence_dates: list[Mention],
        frame: tuple[DateResolution | None, str | None, bool],
    ) -> tuple[date | None, int, str | None]:
        i = trig.match.first
        pool = event_dates
        if trig.modality == "background":
            pool = [d for d in sentence_dates if isinstance(d.resolution, DateResolution)] or event_dates
        allowed = {d.id for d in self._dates_for(trig)}
        pool = [d for d in pool if d.id in allowed]
        in_clause = [d for d in pool if clause[0] <= self.tok(d) < clause[1]]
        before = [d for d in pool if self.tok(d) < i]
        chosen = None
        if in_clause:
            chosen = min(in_clause, key=lambda d: abs(self.tok(d) - i))
            if self._spoken_today(chosen, i):
                # أعلنت السلطات اليوم مقتل 7 جنود خلال هجوم ... استهدف ثكنة يوم أمس الاثنين: the day the authorities
                # spoke yields to the earlier day the sentence gives the deed
                def earlier(ds: list[Mention]) -> list[Mention]:
                    return [d for d in ds if self.tok(d) > i and isinstance(d.resolution, DateResolution)
                            and d.resolution.value is not None and d.resolution.value < self.anchor]

                # (or set off by a comma later in the sentence, the words of the deed perhaps between: أفادت مصادر،
                # الأحد، بمقتل 10 أشخاص جراء قصف نفذته طائرة مسيرة استهدفت سوقا في منطقة المالحة، مساء السبت)
                told = earlier(in_clause) or [d for d in earlier(pool) if d.sentence == trig.sentence
                                              and (self._set_off(d) or self._date_alone(d))]
                chosen = told[0] if told else chosen
        elif before:
            chosen = before[-1]
        elif sub_event_type(trig.sub_event_type).event_type in ("Protests", "Riots") and (
                prayer := [d for d in pool if d.sentence == trig.sentence and self._after_prayer(d)]):
            # وقفات احتجاجية في مدن مغربية، مباشرة بعد صلاة الجمعة: the day of the prayer the crowds gathered after
            chosen = prayer[0]
        else:
            # wire copy often closes the sentence with the day in a clause of its own: "..., الاثنين."
            alone = [d for d in pool if self._date_alone(d)]
            if alone and self._closes_attribution(alone[0]):
                # قتل إرهابيون سبعة جنود ... أمس الجمعة، بحسب ما أفاد تقرير، اليوم السبت: the day closing the
                # attribution is the day the source spoke; a day told with the deed before it dates the deed
                told = [d for d in pool if i < self.tok(d) < self.tok(alone[0]) and not self._in_attribution(d)
                        and not self._trigger_between(trig.sentence, i, self.tok(d))]
                alone = told[:1] or alone
            if alone:
                chosen = alone[0]
            else:
                # قتل خمسة أشخاص بعد غارة روسية، حسبما قال الحاكم ... في وقت متأخر من ليل الخميس: the day the source
                # spoke, in the attribution clause after the event, bounds it; the report's later day cannot be it
                spoken = [d for d in pool if self.tok(d) > i and self._in_attribution(d) and self.anchor is not None
                          and isinstance(d.resolution, DateResolution) and d.resolution.value is not None
                          and 0 < (self.anchor - d.resolution.value).days <= 1]
                if spoken:
                    chosen = spoken[0]
                else:
                    # وهاجم الإرهابيون، القاعدة العسكرية في قرية X، ...، فجر أمس الجمعة، مستخدمين: a day set off by
                    # commas later in the sentence, with no other trigger before it, dates the verb whose clause a
                    # comma cut short
                    later = [d for d in pool if self.tok(d) > i and d.sentence == trig.sentence and self._set_off(d)
                             and not self._trigger_between(trig.sentence, i, self.tok(d))]
                    if later:
                        chosen = later[0]
                    else:
                        # مقتل 48 مسلحا خلال عمليات نُفذت يوم السبت 18 أكتوبر: a day a verb of occurring or carrying out
                        # introduces later in the sentence is when the deed, or the operation it was done in, took place
                        occurred = [d for d in pool if self.tok(d) > i and d.sentence == trig.sentence
                                    and any(self._occurred_at(j) or normalize(self.tokens[j].text).lstrip("و")
                                            .startswith("نفذ") for j in range(max(i + 1, self.tok(d) - 2), self.tok(d)))]
                        if occurred:
                            chosen = occurred[0]
        if chosen is not None and isinstance(chosen.resolution, DateResolution):
            return chosen.resolution.value, chosen.resolution.time_precision, chosen.id
        if chosen is not None:
            return None, 1, chosen.id
        if frame[0] is not None:
            return frame[0].value, frame[0].time_precision, frame[1]
        if self.anchor is not None:
            return self.anchor, 1, None
        return None, 1, None

    def _days_before(self, i: int, lo: int) -> tuple[int, int] | None:
        """The days the trigger at ``i`` is told as coming before the news (بعد ثلاثة أيام من هجوم، عقب يومين من
        استعادة الجيش): after or عقب, a count of days or weeks, then من right before the trigger; with the link's
        token, else None."""
        j = i - 1
        # ويأتي ذلك غداة مقتل ثلاثة أشخاص حين استهدفت مسيرة مركبتهم: what is told after 'the day after' (غداة), in its
        # sentence, happened the day before the news
        # (with no other link between: غداة إعلان قسد أنها ستنسحب عقب اشتباكات leaves the clashes to their own link)
        for k in range(i - 1, max(lo, i - _DAY_AFTER_REACH) - 1, -1):
            word = normalize(self.tokens[k].text)
            if word in _DAY_AFTER:
                return 1, k
            if word_forms(word) & _OFFSET_LINKS or word in _BACKGROUND_LINKS:
                break
        if j - 2 >= lo and normalize(self.tokens[j].text) != _OF:
            # بعد يوم من إعلان لجنة التنسيق التوصل لاتفاق: the announcement of the event, and who announced it, may
            # stand between من and the event word
            # (so may the deaths it caused: بعد ساعات من مقتل آخر في ضربة مشابهة)
            announced = next((k for k in range(max(lo + 2, i - _ANNOUNCED_REACH), i - 1)
                              if normalize(self.tokens[k].text) == _OF
                              and word_forms(self.tokens[k + 1].text) & (_ANNOUNCEMENT | _CASUALTY_WORDS)), None)
            j = announced if announced is not None else j
        if j - 2 < lo or normalize(self.tokens[j].text) != _OF:
            return None
        unit = date_lexicon().time_units.get(normalize(self.tokens[j - 1].text))
        if unit is None:
            return None
        count, k = 1, j - 2
        number = number_item(self.tokens[k]) if not unit.dual else None
        if number is not None and number.kind in ("unit", "ten", "digit"):
            count, k = int(number.value), k - 1
        elif unit.plural and unit.days:
            return None  # بعد أيام من: some days, no day of its own
        # بعد ساعات من إعلان الجيش مهاجمة أهداف: hours before the news are its day (48 hours, two days)
        days = count * unit.days if unit.days else count // 24
        if k < lo or not word_forms(self.tokens[k].text) & _OFFSET_LINKS or not (0 < days or not unit.days) \
                or days > _OFFSET_DAYS:
            return None
        return days, k

    def _likened(self, i: int, link: int, s: int) -> SubEventType | None:
        """The kind of the news a generic attack word likens itself to (هجوم مماثل after a bombing): the kind of the
        last event its sentence told before the link, or None."""
        if not self._similar_after(i, 1):
            return None
        told = [d for d in getattr(self, "drafts_so_far", []) if d.sentence == s and d.trigger_token < link]
        return told[-1].sub if told else None

    def _underwent(self, m: Mention, trig: _Trigger) -> bool:
        """Whether the actor is (or owns) the subject of a verb of undergoing (تعرض) whose object is an event word of
        its sentence: it stands at most a few words before the verb, which stands right before that word."""
        k = self.tok(m)
        _, hi = self.sentence_tokens[trig.sentence]
        under = next((j for j in range(k + 1, min(hi, k + _SUBJECT_REACH + 1))
                      if normalize(self.tokens[j].text).lstrip("و").startswith(_UNDERWENT)), None)
        if under is None:
            return False
        # (the verb's object is an event word of the sentence: تعرض لتفجير عبوة، تعرضت لهجوم; the attack told
        # further on, في هجوم يعتقد أنه من ..., is that same deed)
        # (a place may stand between the verb and its object with ل: تعرضت شمال غرب تاباتول لهجوم)
        return any(
            under < t.match.first <= under + 2
            or (under < t.match.first <= under + 6 and "ل" in self.tokens[t.match.first].prefixes)
            for t in getattr(self, "sentence_triggers", ()) if t.sentence == trig.sentence
        )  # fmt: skip

    def _suspected(self, m: Mention) -> bool:
        """Whether a verb of suspicion stands a few words before the actor (يعتقد أنه من مجموعة تابعة لتنظيم X)."""
        k = self.tok(m)
        lo, _ = self.sentence_tokens[m.sentence]
        return any(word_forms(self.tokens[j].text) & _SUSPECTED for j in range(max(lo, k - _SUSPECTED_REACH), k))

    def _suspected_to_be(self, generic: Mention, named: Mention) -> bool:
        """Whether the generic mention is told as suspected to be the named actor right after it (مسلحين يشتبه
        أنهم من جماعة بوكو حرام، مسلحون يعتقد أنهم ينتمون إلى داعش)."""
        a, b = self.tok(generic), self.tok(named)
        return generic.sentence == named.sentence and 0 < b - a <= _SUSPECTED_REACH and any(
            word_forms(self.tokens[k].text) & _SUSPECTED for k in range(a + 1, b))

    def _split_days(self, drafts: list[_Draft]) -> list[_Draft]:
        """One event per day (ACLED: events are per day and place): fighting told over two days (اشتباكات منذ مساء أمس
        الثلاثاء وحتى صباح اليوم الأربعاء، يومي الأحد والاثنين) is two events, one on each day. A toll given for both
        days is shared evenly, the odd one on the first day, so that their sum stays the reported figure; injured,
        displaced and detained counts stay with the first day."""
        out: list[_Draft] = []
        for d in drafts:
            days = self._two_days(d)
            if not days:
                out.append(d)
                continue
            for k, (value, mention_id) in enumerate(days):
                c = replace(d, date=value, date_mention=mention_id, evidence=list(d.evidence), numbers=list(d.numbers),
                            actor1=list(d.actor1), actor2=list(d.actor2), related=[], sentences=list(d.sentences))
                if d.fatalities is not None:
                    c.fatalities = d.fatalities // 2 + (d.fatalities % 2 if k == 0 else 0)
                if k:
                    c.injured = c.displaced = c.detained = None
                out.append(c)
        return out

    def _two_days(self, d: _Draft) -> list[tuple[date, str]]:
        """The two consecutive days a draft's date is one end of, as (day, date mention id) in order, or []: a span
        from a day to the next (منذ مساء أمس ... وحتى صباح اليوم) or two days joined by و (يومي الأحد والاثنين)."""
        m = self.by_id(d.date_mention) if d.date_mention else None
        if m is None or m.kind is not MentionKind.DATE or not isinstance(m.resolution, DateResolution) \
                or m.resolution.time_precision != 1 or d.precision != 1:
            return []
        raw = self.a.raw
        for o in self.in_sentence(self.dates, m.sentence):
            r = o.resolution
            if o is m or not isinstance(r, DateResolution) or r.time_precision != 1:
                continue
            first, second = (o, m) if o.start < m.start else (m, o)
            a, b = first.resolution, second.resolution  # type: ignore[union-attr]
            if (b.value - a.value).days != 1:
                continue
            gap = raw[first.end : second.start].split()
            if first.role == "since" and second.role == "" and any(normalize(w) in _UNTIL for w in gap) \
                    and len(gap) <= 2:
                return [(a.value, first.id), (b.value, second.id)]
            if first.role == second.role == "" and gap == ["و"]:
                return [(a.value, first.id), (b.value, second.id)]
        return []

    def _set_off(self, d: Mention) -> bool:
        """Whether the date mention stands between commas (``، فجر أمس الجمعة،``)."""
        raw = self.a.raw
        # (a date in brackets beside it is part of the aside: ، اليوم الثلاثاء (9 كانون الثاني 2024)،)
        start = d.start
        for o in self.in_sentence(self.dates, d.sentence):
            if o is not d and o.end <= start and raw[o.end : start].strip(" (") == "":
                start = o.start
        before = raw[:start].rstrip(" (")
        if before.endswith(")"):
            before = before[: before.rfind("(")].rstrip()
        after = raw[d.end :].lstrip(" )")
        if after.startswith("("):
            after = after[after.find(")") + 1 :].lstrip()
        return before.endswith(("،", ",")) and after.startswith(("،", ","))

    def _after_prayer(self, d: Mention) -> bool:
        """Whether the date mention is the day of a prayer (بعد صلاة الجمعة): the time a crowd gathered."""
        k = self.tok(d)
        return k > 0 and normalize(self.tokens[k - 1].text) in _PRAYER

    def _said_on(self, d: Mention, trigger_token: int) -> bool:
        """Whether a date mention before the trigger dates a verb of saying of its clause (وذكرت الوزارة ... اليوم
        الأربعاء، أن ...): the day a statement was made, which a complementizer after it separates from what the
        statement tells."""
        k = self.tok(d)
        if k >= trigger_token:
            return False
        lo = self.sentence_tokens[d.sentence][0]
        said = any(self.tokens[j].text in speech_verbs() or normalize(self.tokens[j].text).lstrip("و") in speech_verbs()
                   for j in range(lo, k))
        return said and any(word_forms(self.tokens[j].text) & _COMPLEMENTIZERS for j in range(k + 1, trigger_token))

    def _in_attribution(self, d: Mention) -> bool:
        """Whether a date mention stands in a clause that opens with a word of attribution (حسبما، بحسب، وفق، نقلا عن)."""
        if d.sentence not in self.sentence_tokens:
            return False
        k = self.tok(d)
        a, _ = self._clause_of(k, d.sentence)
        return self._opens_with_attribution(a, k)

    def _opens_with_attribution(self, a: int, stop: int) -> bool:
        """Whether one of the first two words of the clause starting at token ``a``, before token ``stop``, is a word
        of attribution (حسبما، بحسب، وفق، نقلا عن)."""
        return any(word_forms(self.tokens[j].text) & _ATTRIBUTION for j in range(a, min(a + 2, stop)))

    def _closes_attribution(self, d: Mention) -> bool:
        """Whether the clause before the date mention's opens with a word of attribution (بحسب ما أفاد تقرير، اليوم)."""
        a, _ = self._clause_of(self.tok(d), d.sentence)
        lo = self.sentence_tokens[d.sentence][0]
        k = a - 1
        while k >= lo and not self.tokens[k].is_word:
            k -= 1
        if k < lo:
            return False
        b, _ = self._clause_of(k, d.sentence)
        return self._opens_with_attribution(b, k + 1)

    def _date_alone(self, d: Mention) -> bool:
        """Whether a date mention makes up its whole clause (``، الاثنين.``)."""
        if d.sentence not in self.sentence_tokens:
            return False
        a, b = self._clause_of(self.tok(d), d.sentence)
        words = [k for k in range(a, b) if self.tokens[k].is_word or self.tokens[k].text.isdigit()]
        if all(d.start <= self.token_starts[k] < d.end or self.tokens[k].text in _TIME_FILLERS for k in words) \
                and any(d.start <= self.token_starts[k] < d.end for k in words):
            # ...، في وقت متأخر مساء يوم الثلاثاء: the words that set the hour belong to the day's clause
            return True
        # the closing clause may place the event before its day (في مدينة بني وليد، شمال غرب ليبيا أمس (الثلاثاء).):
        # a clause of nothing but that locator and the day still dates the sentence
        spans = [(m.start, m.end) for m in self.in_sentence(self.places, d.sentence) + self.in_sentence(
            self.dates, d.sentence) if a <= self.tok(m) < b]
        last = words[-1] if words else -1
        return bool(words) and (
            any(x <= self.token_starts[last] < y for x, y in spans)
            and self.token_starts[last] >= d.start
            and all(any(x <= self.token_starts[k] < y for x, y in spans) or self._locator(self.tokens[k].text)
                    for k in words))

    # locations ---------------------------------------------------------------------------------------------
    def _coarse(self, m: Mention) -> bool:
        res = m.resolution
        return isinstance(res, PlaceResolution) and res.feature in _COARSE_FEATURES and not self._cued_village(m)

    def _cued_village(self, m: Mention) -> bool:
        """Whether ``m`` is a village the gazetteer lacks, named after a town cue (قرية الامو) or joined by و to one
        (قريتي الامو وناجراوجو): it names one place, whatever country or province it is filed under."""
        if m.role != "unresolved":
            return False
        if m.id not in self._villages:
            self._villages[m.id] = self._after_town_cue(m)
        return self._villages[m.id]

    def _after_town_cue(self, m: Mention) -> bool:
        """Whether the unresolved place ``m`` stands right after a town cue, or joined by و to one that does."""
        k = self.tok(m)
        lo = self.sentence_tokens[m.sentence][0]
        if k > lo and word_forms(self.tokens[k - 1].text) & _town_cues():
            return True
        if not self.tokens[k].text.startswith("و"):
            return False
        first = next((p for p in self.in_sentence(self.places, m.sentence) if p.end <= m.start
                      and p.role == "unresolved" and lo <= self.tok(p) and self.tok(p) >= k - 3), None)
        return first is not None and self._cued_village(first)

    def _weapons_of_a_clash(self, drafts: list[_Draft]) -> list[_Draft]:
        """``وقوع اشتباك مسلح بين الجيش ومطلوبين في حي الشراونة ... كما سمع دوي إطلاق نار كثيف واستخدام للقذائف
        الصاروخية``: shells or rockets told with no side, no toll and no place of their own, in the sentence of a clash
        or the one after it, are the clash's weapons, not a bombardment of its own."""
        clashes = [d for d in drafts if d.sub.name == "Armed clash"]
        if not clashes:
            return drafts
        out = []
        for d in drafts:
            bare = d.sub.name == "Shelling/artillery/missile attack" and not (d.actor1 or d.actor2 or d.fatalities)
            host = next((o for o in clashes if 0 <= d.sentence - o.sentence <= 1 and o.date == d.date
                         and o.modality == d.modality and (not d.own_place or d.location_key == o.location_key)),
                        None) if bare else None
            if host is None:
                out.append(d)
                continue
            _absorb_telling(host, d)
        return out

    def _affiliation_place(self, k: int, a: int) -> bool:
        """Whether the place at token ``k`` (or its town cue right before it) follows a verb of belonging (تتبع،
        ينتمي، تنتمي إلى): it says whose the men are (ميليشيات تتبع مدينة مصراتة), not where anything happened."""
        j = self._before_place_cue(k, a)
        if j >= a and normalize(self.tokens[j].text) in TO_WORDS:
            j -= 1  # (تنتمي إلى مدينة الزاوية)
        return j >= a and bool(word_forms(self.tokens[j].text) & _BELONGING_VERBS)

    def _before_place_cue(self, k: int, a: int) -> int:
        """The token before the place at ``k``, past the unit's cue right before it (لبلدة العلم، مدينة الزاوية)."""
        j = k - 1
        return j - 1 if j >= a and word_forms(self.tokens[j].text) & _ADMIN_HEADS else j

    def _holder_of_place(self, k: int, a: int) -> bool:
        """Whether the place at token ``k`` only says what a place named just before it belongs to (قرية أدعيرات شرق
        منطقة ربيضة التابعة لبلدة العلم، إحدى القرى التابعة لقضاء زاخو): the participle of belonging, then the place
        with ل on it or on its cue."""
        j = self._before_place_cue(k, a)  # (لبلدة العلم: the cue carries the ل)
        if j < a or not word_forms(self.tokens[j].text) & _BELONGING_PARTICIPLES:
            return False
        return any(a <= self.tok(p) < j and j - self.tok(p) <= 8 for p in self.in_sentence(self.places,
                                                                                         self.tokens[k].sentence))

    def _usable_places(self, a: int, b: int, trig: _Trigger, scopes: list[Scope]) -> list[Mention]:
        i = trig.match.first
        out = []
        for p in self.in_sentence(self.places, trig.sentence):
            k = self.tok(p)
            if not a <= k < b or self._coarse(p):
                continue
            if any(sc.covers(k) and not sc.covers(i) and sc.blocks != "triggers" for sc in scopes):
                continue
            if any(sc.modality == "prior_span" and i < sc.cue < k for sc in scopes):
                continue  # انفجرت عبوة في درعا بعد ساعات من حادثة اغتيال شهدتها مدينة جاسم: the earlier event's place
            if self._distance_reference(k, a):
                continue  # قاعدة تبعد 60 كيلومترا عن عاصمة الولاية: the capital only measures where the base is
            if self._seat_of_title(k, a):
                continue  # اختطاف أمير بونغودو بولاية زامفارا: where the emirate lies, not where he was taken
            if self._hometown(k, a) and trig.sub_event_type not in _TAKEN_FROM_HOME \
                    and "displacement" not in trig.rule.flags:
                # أسفرت عن مقتل شخص من بلدة مجدل سلم: where the dead man came from, not where he was hit (a man
                # arrested or kidnapped from his town, or people fleeing it, were there)
                continue
            if self._names_a_force(p, k, a):
                continue  # حيث تشن قوات ولاية بونتلاند هجوما: the state's name says whose forces they are
            if self._affiliation_place(k, a):
                continue  # ميليشيات مسلحة تتبع مدينة مصراتة: the city the militias belong to, not where they fought
            if self._holder_of_place(k, a):
                continue  # قرية أدعيرات ... التابعة لبلدة العلم: the town the village belongs to, not a second place
            if self._adjacent_reference(p, k, a):
                continue  # جبهة حيفان المحاذية لمديرية طور الباحة: the district only says where the front lies
            if self._bracketed_locator(p):
                continue  # شمال غربي الضالع (جنوبي اليمن): the bracketed region says where the place before it lies
            if self._capital_voice(p, k, a):
                continue  # أعلنت موسكو، أول رد من طهران: the capital speaks for its state; it is where no event happened
            if self._speakers_seat(k, a):
                continue  # قالت السلطات في العاصمة الصومالية مقديشو: where the speakers sit, not where the event was
            if self._reporters_base(k, a) and any(self.tok(o) > k for o in self.in_sentence(self.places, trig.sentence)):
                continue  # أفاد مراسل عنب بلدي في دير الزور بأن الانفجار ... في مدينة البوكمال: the reporter's base
            if self._road_end(k, a):
                continue  # على الطريق الرابط بين بوغوني وباماكو: the far end only names the road the event was on
            if self._dashed_road_end(k, a) and any(
                    self.tok(o) > k and not self._dashed_road_end(self.tok(o), a) and (o.role == "unresolved" or (
                        isinstance(o.resolution, PlaceResolution) and o.resolution.feature == "populated_place"))
                    for o in self.in_sentence(self.places, trig.sentence)):
                continue  # على طريق حلب - اللاذقية، قرب بلدة المختارية: the road's ends name it; the town after says where
            if self._launch_site(k, a):
                continue  # اعترضت الدفاعات صاروخا أطلق من اليمن: where a missile or drone came from is not where it
                # struck or was brought down
            if self._hospital_taken_to(k, a):
                continue  # نقل إلى مستشفى طوباس الحكومي: where the wounded were taken, not where they were hit
            if trig.sub_event_type not in _LEAVING and "displacement" not in trig.rule.flags and (
                    self._fled_from(k, a) or self._journey_end(k, a)):
                continue  # مركز مكتظ بالنازحين الفارين من مخيمي زمزم وأبوشوك: where the people sheltering there came
                # from, not where the shells fell
            if trig.sub_event_type in _LEAVING and self._destination(k, a):
                continue  # انسحبت قواته من حماة باتجاه حمص: where they went is not where they left (a clash with a
                # force that advanced نحو بلدة كفركلا is at that town)
            out.append(p)
        return self._drop_containers(out)

    def _dashed_road_end(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is an end of a road written with a dash (طريق حلب - اللاذقية): the first
        end right after a road word with a dash after it, or the second end after the dash and the first end."""
        def dash(j: int) -> bool:
            return 0 <= j < len(self.tokens) and self.tokens[j].text in _DASHES

        if k > lo and word_forms(self.tokens[k - 1].text) & _ROAD_WORDS and dash(k + 1):
            return True
        return k - 3 >= lo and dash(k - 1) and bool(word_forms(self.tokens[k - 3].text) & _ROAD_WORDS)

    def _road_end(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is the second end of a road named by its two ends (الطريق الرابط بين بوغوني
        وباماكو، طريق مايدوغوري-داماتورو written with و): joined by و to a place after بين, with a word of a road
        just before بين. ACLED places an event on a road at its nearest known town, the first end named; so too a village
        said to lie between two towns (قرية دويكيري الواقعة بين مدينتي تمبكتو وغوندام)."""
        # the second end may follow its own cue (بين ولاية قندهار الأفغانية ومدينة كويته): و then stands on the cue
        before = self.tokens[k - 1].text if k > lo else ""
        joined = self.tokens[k].text.startswith("و") or before == "و" or (
            before.startswith("و") and bool(word_forms(before[1:]) & _PLACE_CUE_WORDS))  # not ولاية's own و
        if not joined:
            return False
        for j in range(k - 1, max(lo, k - 6) - 1, -1):
            if word_forms(self.tokens[j].text) & _BETWEEN:
                # (or a dual cue after بين: قافلة ... بين مدينتي سوريبوقو ونيقيلا, a convoy between the two towns)
                return any(word_forms(self.tokens[i].text) & _SPAN_WORDS for i in range(max(lo, j - 3), j)) or (
                    j + 1 < k and bool(word_forms(self.tokens[j + 1].text) & _DUAL_TOWN_CUES))
        return False

    def _listed_with(self, place: Mention, pool: Sequence[Mention], trig: _Trigger) -> list[Mention]:
        """The other towns of the list ``place`` stands in (مدن مثل الدار البيضاء، فاس، طنجة، تطوان ووجدة; وفي مدن
        أخرى مثل الصويرة ووجدة وحد السوالم شهدت الاحتجاجات): towns joined by commas or by و, of which one at least by
        و, so that a clause split at the commas, or a list told before its trigger, keeps all of them. Commas alone
        make no list (قرية X، قضاء Y names a village and its district; بلدة X، شرق Y locates it).

        Demonstrations and arrests only: a crowd in each town, or arrests in each (عمليات أمنية في مدن الحفة والقرداحة
        وجبلة), are an event there, while one toll told for a list of towns (عملية في مدن جنين وطولكرم وطوباس أسفرت
        عن استشهاد تسعة) cannot be divided between them."""
        kind = sub_event_type(trig.sub_event_type).event_type
        if not self._listable(place) or (kind not in ("Protests", "Riots") and trig.sub_event_type != "Arrests"
                                         and not (kind == "Explosions/Remote violence"
                                                  and not self._counted_in(trig.sentence, _CASUALTY_COUNTS))):
            # (shelling of a list of villages with no toll, استهدفت قوات النظام بالمدفعية أطراف قرى سان والنيرب، is
            # a strike on each: ACLED codes one event per location; a toll could not be divided between them)
            return []
        towns = sorted((p for p in pool if self._listable(p) and p.sentence == place.sentence), key=lambda p: p.start)
        chain: list[Mention] = []
        joined = False
        found: list[Mention] = []
        for p in towns:
            if chain:
                k = bisect.bisect_left(self.token_ends, chain[-1].end)  # the token that ends the last town
                j = self.tok(p)
                comma = j == k + 2 and self.tokens[k + 1].text in ("،", ",")
                # (the last town may take both, القدس، الخليل، جنين، قلقيلية، ونابلس)
                wa = (j == k + 1 or comma) and self.tokens[j].text.startswith("و") and p.start > self.tokens[j].start
                if comma or wa or self._counted_from(k, j):
                    chain.append(p)
                    joined = joined or wa or not comma
                    continue
                if place in chain and joined:
                    found = chain
                chain, joined = [], False
            chain = [p]
        if place in chain and joined:
            found = chain
        return [p for p in found if p is not place]

    def _counted_from(self, k: int, j: int) -> bool:
        """Whether the tokens after a town ending at ``k`` and before the next at ``j`` count people from it (الاعتقالات
        شملت خمسة من بيت لحم، وأربعة من الخليل، وثلاثة من طولكرم): a comma perhaps, a figure (with و) and من."""
        m = k + 1
        if m < j and self.tokens[m].text in ("،", ","):
            m += 1
        return j == m + 2 and normalize(self.tokens[m + 1].text) == _OF and number_item(self.tokens[m]) is not None

    def _counted_in(self, s: int, kinds: tuple[str, ...]) -> bool:
        """Whether sentence ``s`` gives a figure that counts one of ``kinds`` (killed, injured, displaced ...)."""
        return any(n.sentence == s and isinstance(n.resolution, NumberResolution) and n.resolution.counts in kinds
                   for n in self.numbers)

    def _town(self, p: Mention) -> bool:
        res = p.resolution
        return isinstance(res, PlaceResolution) and res.geo_precision == 1 and not p.role

    def _listable(self, p: Mention) -> bool:
        """A town, or a district of a city or province (مديريتي المنصورة ودار سعد في عدن): a place a list of
        demonstrations or arrests may name one event at."""
        res = p.resolution
        return self._town(p) or (isinstance(res, PlaceResolution) and (
            p.role in ("admin2", "admin3") or res.feature in ("admin2", "admin3")))

    def _distance_reference(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is what a distance is measured from (تبعد 60 كيلومترا عن عاصمة ولاية يوبي،
        داماتورو؛ على بعد 20 كلم من مدينة X): عن or من a few words before it, and a word of distance a few words
        before that; or a distance right before it, with the side of it the place names (في صلاح الدين 180 كم شمال
        بغداد: the region expression شمال بغداد starts at شمال)."""
        if k - 1 >= lo and word_forms(self.tokens[k - 1].text) & _DISTANCE_WORDS:
            return True
        if k - 1 >= lo and self.tokens[k - 1].text == ")":
            # على بعد 700 كيلومتر (435 ميلا) شرقي العاصمة: the distance in another unit, bracketed, stands between
            j = next((j for j in range(k - 2, max(lo, k - 6) - 1, -1) if self.tokens[j].text == "("), None)
            if j is not None and j - 1 >= lo and word_forms(self.tokens[j - 1].text) & _DISTANCE_WORDS:
                return True
        for j in range(k - 1, max(lo, k - 7) - 1, -1):
            if word_forms(self.tokens[j].text) & _FROM:
                return any(word_forms(self.tokens[i].text) & _DISTANCE_WORDS and not self._time_after(i + 1, j)
                           for i in range(max(lo, j - 4), j))
        return False

    def _time_after(self, k: int, stop: int) -> bool:
        """Whether a span of time starts at token ``k`` (before ``stop``): بعد يومين من غارة على مدينة X tells when,
        not how far, so the place after it is measured from nothing."""
        units = date_lexicon().time_units
        return any(normalize(self.tokens[n].text) in units for n in range(k, min(k + 2, stop)))

    def _seat_of_title(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k``, joined by ب, says where the seat of a territorial title two words before
        it lies (أمير بونغودو بولاية زامفارا، حاكم إقليم X بمنطقة Y): it belongs to the title, not to an event."""
        return k - 2 >= lo and self.tokens[k].text.startswith("ب") \
            and bool(word_forms(self.tokens[k - 2].text) & _TERRITORIAL_TITLES)

    def _hometown(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` follows من right after a word for a person (شخص من بلدة مجدل سلم، شاب من
        قرية عقربا): the town the person comes from."""
        j = self._word_governing_place(k, lo)
        if j is None or j - 1 < lo or normalize("من") not in word_forms(self.tokens[j].text):
            return False
        return bool(word_forms(self.tokens[j - 1].text) & _PERSON_WORDS)

    def _names_a_force(self, p: Mention, k: int, lo: int) -> bool:
        """Whether the province or region at token ``k`` is in construct with an indefinite force noun before it
        (قوات ولاية بونتلاند، شرطة محافظة ديالى): it names whose forces they are, not where anything happened. A
        town so named (شرطة غزة) is left as it is: the force most often acts there."""
        if p.role not in ("region", "admin1", "admin2") or k - 1 < lo:
            return False
        return normalize(self.tokens[k - 1].text).removeprefix("و") in _FORCES_BY_PLACE

    def _adjacent_reference(self, p: Mention, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` follows an adjective of nearness that qualifies a place named before it
        in the clause (قرية X القريبة من مدينة Y، جبهة حيفان المحاذية لمديرية طور الباحة): Y says where X lies."""
        j = self._word_governing_place(k, lo)
        if j is not None and normalize("من") in word_forms(self.tokens[j].text):
            j -= 1
        if j is None or j < lo or not word_forms(self.tokens[j].text) & _ADJACENT_TO:
            return False
        return any(lo <= self.tok(o) < j for o in self.in_sentence(self.places, p.sentence))

    def _word_governing_place(self, k: int, lo: int = 0) -> int | None:
        """The token of the word that governs the place at token ``k``: the one before it, or before its place cue
        (من مدينة نيالا، باتجاه مدينة حمص); None when that lies before ``lo``."""
        j = k - 1
        if j > lo and word_forms(self.tokens[j].text) & _PLACE_CUE_WORDS:
            j -= 1
        return j if j >= lo else None

    def _after_from(self, p: Mention) -> bool:
        """Whether the place stands right after من, perhaps with a place cue between (من طهران، من مدينة نيالا)."""
        j = self._word_governing_place(self.tok(p))
        return j is not None and normalize("من") in word_forms(self.tokens[j].text)

    def _capital_voice(self, p: Mention, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is a national capital standing for its government: right after a verb of
        speech or stance (أعلنت موسكو، اتهمت أنقرة) or after من that follows a word of response (رد علني من طهران)."""
        if k <= lo:
            return False
        verbs, nouns = _capital_voice_words()
        after_verbs, seats = _capital_subject_words()
        before = word_forms(self.tokens[k - 1].text)
        end = bisect.bisect_left(self.token_starts, p.end)  # the first token after the place
        if before & verbs:
            pass
        elif normalize("من") in before and any(word_forms(self.tokens[j].text) & nouns
                                                for j in range(max(lo, k - 4), k - 1)):
            pass
        elif end < len(self.tokens) and word_forms(self.tokens[end].text) & after_verbs:
            pass  # وتل أبيب تنذر بقصف أهداف: a headline's capital before its verb
        elif before & _COMPLEMENTIZERS and end < len(self.tokens) and self.tokens[end].text == normalize("قد"):
            pass  # مضيفة أن يريفان قد فقدت السيطرة: the capital is the subject of what its government did
        else:
            return False
        res = p.resolution
        return (isinstance(res, PlaceResolution) and res.feature == "populated_place"
                and (res.name == capital_names().get(res.country_code or "") or normalize(p.text) in seats))

    def _speakers_seat(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` says where those who speak sit: a verb of speech, a word for authorities or
        officials, then في and at most three words before the place (قالت السلطات في العاصمة الصومالية مقديشو)."""
        for j in range(max(lo + 1, k - 7), k):
            if self.tokens[j].text not in _AUTHORITIES or self.tokens[j - 1].text not in speech_verbs():
                continue
            # (an adjective or two may describe them first: وقالت مصادر طبية في مستشفى العريش العسكري)
            at = next((f for f in range(j + 1, min(k, j + 4)) if normalize("في") in word_forms(self.tokens[f].text)),
                      None)
            if at is not None and k - at <= 4:
                return True
        return False

    def _holder_of_launch_ground(self, m: Mention, trig: _Trigger) -> bool:
        """Whether the actor ``m`` is named, after the strike's trigger, as holding the ground it was fired from: من,
        then a word for areas or positions and one of control (من مناطق سيطرة، من مواقع تمركز، من مناطق نفوذ)."""
        k = self.tok(m)
        if k <= trig.match.last or k - trig.match.last > 8:
            return False
        words = [normalize(self.tokens[j].text) for j in range(max(trig.match.last + 1, k - 3), k)]
        return len(words) >= 2 and normalize("من") in words[:-1] and words[-1] in _CONTROL_WORDS \
            and any(w.startswith(_GROUND_WORDS) for w in words)

    def _means_of_attack(self, drafts: list[_Draft]) -> list[_Draft]:
        """``شن إرهابيون هجوما على قاعدة عسكرية، مستخدمين قنابل وطائرات مسيرة``: weapons a participle of using lists
        after an attack told in its sentence are that attack's means, not strikes of their own; what they killed is
        its toll. (Weapons named right after the attack word, هجوم بطائرات مسيرة, give it its kind instead.)"""
        out: list[_Draft] = []
        for d in drafts:
            host = None
            if d.sub.event_type == "Explosions/Remote violence" and self._used_as_means(d.trigger_token):
                host = next((o for o in reversed(out) if o.sentence == d.sentence and o.sub.name == "Armed clash"
                             and o.trigger_token < d.trigger_token and o.modality == d.modality), None)
                # استخدموا سيارات مفخخة لتنفيذ الهجمات: the attack the weapons served may be named after them
                host = host or next((o for o in drafts if o.sentence == d.sentence and o.sub.name == "Armed clash"
                                     and o.trigger_token > d.trigger_token and o.modality == d.modality
                                     and o not in out), None)
                if host is not None and host not in out:
                    out.append(host)
            if host is None:
                out.append(d)
                continue
            _absorb_telling(host, d)
        return out

    def _accompanying_damage(self, drafts: list[_Draft]) -> list[_Draft]:
        """``حملة مداهمات واعتقالات ...، حيث تخللها تفتيش للمنازل وتخريب لمحتوياتها``: damage a word of accompanying
        (تخللها، رافقها) says went with the raid or the attack its sentence tells, by the same side, is part of it,
        not an event of its own."""
        out: list[_Draft] = []
        for d in drafts:
            host = None
            if d.sub.name == "Looting/property destruction" and self._accompanied(d.trigger_token):
                host = next((o for o in out if o.sentence == d.sentence and o.sub.name != d.sub.name
                             and o.modality == d.modality and (not d.actor1 or self._same_side(o, d))), None)
            elif d.sub.name == "Looting/property destruction":
                # هاجم المسلحون مدنيين في أويشا ونهبوا متاجر وأحرقوا منازل: what the attackers looted and burnt in the
                # attack their sentence tells is part of it (ACLED codes the attack, the worst of what they did)
                # (attackers named with the attack, in the same run of clauses: a killing beside a demolition a
                # contrast opens, استشهد شاب ... في حين هدمت قوات الاحتلال منزلين, is another event)
                host = next((o for o in out if o.sentence == d.sentence and o.sub.name == "Attack"
                             and o.modality == d.modality and o.trigger_token < d.trigger_token and o.actor1
                             and self._same_side(o, d)
                             and not any(word_forms(self.tokens[k].text) & _CONTRAST_OPENERS
                                         for k in range(o.trigger_token, d.trigger_token))), None)
            if host is None:
                out.append(d)
                continue
            _absorb_telling(host, d)
        return out

    def _fire_on_crowds(self, drafts: list[_Draft]) -> list[_Draft]:
        """``أطلقت الشرطة النار على المتظاهرين``: fire opened on the crowd of a demonstration the report tells at the
        same place and day is how that demonstration was met, not an attack of its own: the demonstration takes the
        force as its actor2 and the dead, and a peaceful one becomes a protest with intervention (the dead then make
        it ACLED's excessive force against protesters)."""
        crowd_words = _crowd_words()
        demos = [d for d in drafts if d.sub.event_type in ("Protests", "Riots")]
        if not demos:
            return drafts
        out: list[_Draft] = []
        for d in drafts:
            state = d.sub.name == "Attack" and bool(d.actor1) and self._state_force(d.actor1[0])
            # (or a state force's shooting in a sentence that tells of the crowd it broke up, قتل شخصان برصاص قوات
            # الأمن خلال فضها احتجاجات, whatever its victims are called)
            on_crowd = d.sub.name == "Attack" and (bool(d.actor2) and all(
                self._is_crowd(x) or bool(word_forms(self.by_id(x).text) & crowd_words) for x in d.actor2)
                or (state and self._dispersal_told(d)))
            host = next((o for o in demos if o is not d and (not d.location_key or not o.location_key
                                                               or o.location_key == d.location_key)
                         and o.date == d.date and o.modality == d.modality), None) if on_crowd else None
            if host is None and state and all(self._inter([x]) == 7 for x in d.actor2):
                # خرج أهالي زاهدان إلى الشوارع ... القوات الأمنية فتحت النار على المواطنين: a state force that shot
                # the people where a protest was held that day, told in its sentence or one beside it, fired on its
                # crowd
                host = next((o for o in demos if o.sub.name in ("Peaceful protest", "Protest with intervention")
                             and o.location_key and o.location_key == d.location_key and o.date == d.date
                             and o.modality == d.modality and abs(o.sentence - d.sentence) <= 1), None)
            if host is None and state:
                # استشهد فلسطينيان برصاص الجيش إثر مواجهات بين الشبان وقوات الاحتلال: people the force shot in the
                # sentence of a riot against that force are the riot's dead, not victims of an attack of their own
                # (or told in another sentence at the same place: the raid's dead, then the clashes it set off)
                host = next((o for o in demos if o.sub.name == "Violent demonstration" and (o.sentence == d.sentence or (
                             o.location_key and o.location_key == d.location_key))
                             and o.date == d.date and o.modality == d.modality
                             and self._same_side(replace(o, actor1=[
                                 x for x in (*o.actor1, *o.actor2) if not self._is_crowd(x)]), d)), None)
            if host is None:
                out.append(d)
                continue
            force = [x for x in d.actor1 if self._inter([x]) in (1, 2) or self._state_force(x)]
            if force and not host.actor2:
                host.actor2 = force
            if d.fatalities and (host.fatalities or 0) < d.fatalities:
                host.fatalities = d.fatalities
            host.evidence.extend(d.evidence)
            host.sentences.extend(x for x in d.sentences if x not in host.sentences)
            if host.fatalities and host.sub.name in ("Peaceful protest", "Protest with intervention"):
                host.recode(sub_event_type("Excessive force against protesters"))
                host.civilian = True
            elif host.sub.name == "Peaceful protest":
                host.recode(sub_event_type("Protest with intervention"))
        return out

    def _word_just_before(self, i: int, lo: int, test: Callable[[str], bool]) -> bool:
        """Whether a word passing ``test`` stands at most four words before token ``i``, in its clause (no comma or
        full stop between), not before token ``lo``."""
        for j in range(i - 1, max(lo, i - 5) - 1, -1):
            if self.tokens[j].text in (",", "،", "."):
                return False
            if test(self.tokens[j].text):
                return True
        return False

    def _accompanied(self, i: int) -> bool:
        """Whether a word of accompanying (تخللها، رافقها) stands at most four words before token ``i``, in its clause."""
        lo, _ = self.sentence_tokens[self.tokens[i].sentence]
        return self._word_just_before(i, lo, lambda w: bool(word_forms(w) & _ACCOMPANYING))

    def _used_as_means(self, i: int) -> bool:
        """Whether a participle of using stands at most four words before the weapon at ``i``, in its clause
        (مستخدمين قنابل وطائرات مسيرة، مستخدمين قذائف صاروخية وطائرات مسيرة محملة)."""
        lo, _ = self.sentence_tokens[self.tokens[i].sentence]
        return self._word_just_before(i, lo, lambda w: normalize(w).lstrip("و") in _USING)

    def _unidentified(self, mention_id: str) -> bool:
        """Whether the actor is ACLED's unidentified armed group of a country (مسلحون، جهاديون)."""
        r = self.by_id(mention_id).resolution
        return isinstance(r, ActorResolution) and r.actor_type == UNIDENTIFIED_TYPE

    def _of_military_target(self, m: Mention) -> bool:
        """Whether the actor ``m`` is named as the owner of an armed post or unit right before it (دورية للجيش،
        دورية تابعة للشرطة، قاعدة للقوات)."""
        matcher = self.lex.military_targets
        k = self.tok(m)
        lo, _ = self.sentence_tokens[m.sentence]
        # (a post named with its owner, مركز للشرطة، ends on the owner's own word)
        return matcher is not None and any(
            (hit := matcher.match_at(self.tokens, j)) is not None and k - 2 <= hit.last <= k
            for j in range(max(lo, k - 3), k))

    def _on_military_target(self, trig: _Trigger) -> bool:
        """``مقتل جنديين ومعاونين مدنيين في هجوم لمسلحين على دورية``: whether the attack word's object is an armed post
        or unit (event_triggers.tsv, kind military_target); civilians killed beside its men (auxiliaries, drivers) do
        not make the battle an attack on civilians."""
        return self._on_target(trig, self.lex.military_targets)

    def _stops_a_vehicle(self, trig: _Trigger) -> bool:
        """Whether the word of intercepting has a vehicle for its object (اعتراض مركبتهم، اعترضوا الحافلة) that carries
        no explosive (سيارة مفخخة is a bomb intercepted)."""
        matcher = self.lex.vehicle_targets
        if matcher is None or not word_forms(self.tokens[trig.match.first].text) & _INTERCEPTION:
            return False
        _, hi = self.sentence_tokens[trig.sentence]
        for j in range(trig.match.last + 1, min(hi, trig.match.last + 4)):
            hit = matcher.match_at(self.tokens, j)
            if hit is not None:
                after = range(hit.last + 1, min(hi, hit.last + 3))
                return not any(word_forms(self.tokens[k].text) & _BOOBY_TRAPPED for k in after)
        return False

    def _foiled_assault(self, trig: _Trigger) -> bool:
        """Whether the word of foiling governs a word for an attack of any kind (flag generic) within six words, an
        armed post (kind military_target) its object within five words after that, and no strike weapon named
        between (أحبطت مرة جديدة محاولة هجوم على معسكر الحرس الوطني، not إحباط هجوم بطائرات مسيرة على قاعدة)."""
        _, hi = self.sentence_tokens[trig.sentence]
        # (six words, past the punctuation of a subject and a day between: أحبطت القوات الحكومية اليمنية، السبت، هجوما)
        words = 0
        for k in range(trig.match.last + 1, hi):
            if self.tokens[k].is_word:
                words += 1
                if words > 6:
                    break
            m = self.lex.matcher.match_at(self.tokens, k)
            if m is None or not isinstance(m.payload, TriggerRule):
                continue
            if m.payload.sub_event_type in _STRIKE_TYPES or "generic" not in m.payload.flags:
                return False
            after = range(m.last + 1, min(hi, m.last + 6))
            weapon = any(isinstance(w.payload, TriggerRule) and w.payload.sub_event_type in _STRIKE_TYPES
                         for j in after if (w := self.lex.matcher.match_at(self.tokens, j)) is not None)
            return not weapon and self._phrase_after(self.lex.military_targets, m.last, 5)
        return False

    def _people_killed(self, trig: _Trigger) -> bool:
        """Whether the trigger's sentence names people or civilians among its casualties (قتل 14 شخصا، مقتل 12
        مدنيا)."""
        return any(m.sentence == trig.sentence and (m.role == PEOPLE_ROLE or self._inter([m.id]) == 7)
                   for m in (*self.people, *self.actors))

    def _on_draft_target(self, d: _Draft, matcher: PhraseMatcher | None) -> bool:
        """Whether a phrase of ``matcher`` stands within six words after the draft's trigger, in its sentence (the
        object of its verb: قصف إسرائيلي، الثلاثاء، استهدف سيارة مدنية)."""
        return self._phrase_after(matcher, d.trigger_token, 6)

    def _phrase_after(self, matcher: PhraseMatcher | None, k: int, words: int) -> bool:
        """Whether a phrase of ``matcher`` starts within ``words`` words after token ``k``, in its sentence."""
        if matcher is None:
            return False
        _, hi = self.sentence_tokens[self.tokens[k].sentence]
        return any(matcher.match_at(self.tokens, j) is not None for j in range(k + 1, min(hi, k + 1 + words)))

    def _on_settlement(self, trig: _Trigger) -> bool:
        """``هاجموا قرية ساناكادوغو``، ``قرية كييه ... تعرضت لهجوم``: whether the attack word's object is a village,
        a camp or homes (event_triggers.tsv, kind settlement_target)."""
        return self._on_target(trig, self.lex.settlement_targets)

    def _on_target(self, trig: _Trigger, matcher: PhraseMatcher | None) -> bool:
        """Whether a phrase of ``matcher`` is the attack word's object: within five words after it in its sentence,
        or the subject of a verb of undergoing before it, after that verb (تعرضت وحدة من مفرزة كانتشاري العسكرية ...
        لهجوم) or, within twelve words, before it (إن قرية كييه التي تبعد كيلومترا من مدخل دجيباسو تعرضت لهجوم)."""
        if matcher is None:
            return False
        lo, hi = self.sentence_tokens[trig.sentence]
        if self._phrase_after(matcher, trig.match.last, 5):
            return True
        # هجوم نفذته قوات الدعم السريع على بلدة: past the agent, على still marks the target, a little further on,
        # perhaps with a count between (هجوم شنه متمردو "القوات الديموقراطية المتحالفة" على ثلاث قرى)
        if any(matcher.match_at(self.tokens, j) is not None and (
                normalize(self.tokens[j - 1].text) == _ON
                or (number_item(self.tokens[j - 1]) is not None and normalize(self.tokens[j - 2].text) == _ON))
               for j in range(trig.match.last + 6, min(hi, trig.match.last + 12))):
            return True
        under = next((j for j in range(trig.match.first - 1, max(lo, trig.match.first - _UNDERGOER_REACH) - 1, -1)
                      if normalize(self.tokens[j].text).lstrip("و").startswith(_UNDERWENT)), None)
        return under is not None and any(matcher.match_at(self.tokens, j) is not None
                                         for j in (*range(max(lo, under - 12), under), *range(under + 1, trig.match.first)))

    def _accused_of(self, i: int) -> bool:
        """Whether the trigger at token ``i`` is what a verb of accusing charges its object with (اتهم الجيش قوات
        اليونيفيل بإسقاط مسيرة): the verb at most six words before it, in its sentence."""
        lo, _ = self.sentence_tokens[self.tokens[i].sentence]
        return any(word_forms(self.tokens[j].text) & _ACCUSING for j in range(max(lo, i - 6), i))

    def _reporters_base(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is where a correspondent is based: a word for a correspondent, then at
        most three words (the outlet's name) and في right before the place (مراسل عنب بلدي في دير الزور)."""
        if k - 1 < lo or normalize("في") not in word_forms(self.tokens[k - 1].text):
            return False
        return any(word_forms(self.tokens[j].text) & _REPORTERS for j in range(max(lo, k - 5), k - 1))

    def _launch_site(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is where a missile or drone was launched from (أطلق من اليمن، أطلقه الحوثيون
        من محافظة الحديدة، انطلقت من الأراضي اللبنانية): من before it, perhaps with a place cue between, and a verb or
        verbal noun of launching at most six words before that (أطلقت قوات الدعم السريع مسيرات من مدينة نيالا)."""
        j = self._word_governing_place(k, lo)
        if j is None:
            return False
        if word_forms(self.tokens[j].text) & _IN and self._positions_before(j, lo):
            return True  # من مواقع تمركزها في مديرية خدير: the positions the shells were fired from
        if normalize("من") not in word_forms(self.tokens[j].text):
            return False
        return any(normalize(self.tokens[n].text).lstrip("و").startswith(_LAUNCH) for n in range(max(lo, j - 6), j))

    def _positions_before(self, j: int, lo: int) -> bool:
        """Whether من and a word for firing positions (مواقع، مواقعها، تمركز) stand just before token ``j``."""
        words = [normalize(self.tokens[n].text) for n in range(max(lo, j - 3), j)]
        return bool(words) and normalize("من") in words and any(
            w.startswith((normalize("مواقع"), normalize("تمركز"))) for w in words)

    def _hospital_taken_to(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` names a hospital the casualties were taken to: it follows مستشفى (or
        مجمع) governed by إلى or a proclitic ل (نقل إلى مستشفى جنين، وصل جثمانه لمستشفى غزة)."""
        j = k - 1
        if j < lo:
            return False
        word = normalize(self.tokens[j].text)
        if not any(stem in _HOSPITAL for _, stem in _splits(word)):
            return False
        if word.startswith("ل"):
            return True
        return j - 1 >= lo and normalize(self.tokens[j - 1].text) in TO_WORDS

    def _one_person_fled(self, trig: _Trigger) -> bool:
        """Whether a singular verb of fleeing (فر، نزح، هرب) has no figure of displaced people in its sentence: one
        person's flight, told of a witness, is no displacement."""
        word = normalize(self.tokens[trig.match.first].text).lstrip("و")
        if word not in _FLED_ONE:
            return False
        return not self._counted_in(trig.sentence, ("displaced",))

    def _journey_end(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is an end of a journey: governed by من، إلى or باتجاه (a place cue may
        stand between) that follows a word of travelling, or the first end's place (متجهة من محافظة درعا إلى محافظة
        السويداء)."""
        j = self._word_governing_place(k, lo)
        if j is None or not word_forms(self.tokens[j].text) & _ROUTE_PREPOSITIONS:
            return False
        return self._word_just_before(j, lo, lambda w: bool(word_forms(w) & _TRAVELLING))

    def _fled_from(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` is where people fled from: after من right behind a word of fleeing (الفارين
        من، نزحوا من), perhaps through a list of places and their cues (من مختلف أحياء المدينة ومخيمي زمزم), with no
        comma between."""
        for j in range(k - 1, max(lo, k - 9) - 1, -1):
            if self.tokens[j].text in (",", "،", "."):
                return False
            if normalize("من") in word_forms(self.tokens[j].text):
                return j - 1 >= lo and bool(word_forms(self.tokens[j - 1].text) & _FLEEING)
        return False

    def _destination(self, k: int, lo: int) -> bool:
        """Whether the place at token ``k`` follows a word of direction (باتجاه، نحو، صوب), perhaps with a place cue
        between (باتجاه مدينة حمص)."""
        j = self._word_governing_place(k, lo)
        return j is not None and bool(word_forms(self.tokens[j].text) & _TOWARDS)

    def _drop_containers(self, places: list[Mention]) -> list[Mention]:
        """``بلدة X بريف حلب``، ``عين زارة جنوب العاصمة طرابلس``: a place right after another, joined only by locator
        words (في، شمال، جنوب، قرب ...), says where the first place is; it is not a second event location."""
        out: list[Mention] = []
        for n, p in enumerate(places):
            prev = places[n - 1] if n else None
            # (بلدة الحفير التابعة لقضاء بعلبك شرق لبنان: the unit left out as the village's holder is still the place
            # the region expression right after it locates)
            held = max((o for o in self.in_sentence(self.places, p.sentence) if o.end <= p.start and o not in places),
                       key=lambda o: o.end, default=None)
            if held is not None and (prev is None or held.start >= prev.end) and not p.text.startswith("و") \
                    and self._is_region(p) \
                    and not normalize(self.a.raw[held.end : p.start]).replace("،", " ").split():
                continue
            if prev is not None and p.start >= prev.end:
                gap = normalize(self.a.raw[prev.end : p.start]).replace("،", " ").split()
                # بقرية (عطارة) شمال مدينة (رام الله): brackets and quotes around the names are no words of the gap
                words = [w.strip(_BRACKETS) for w in gap if w not in (",",) and w.strip(_BRACKETS)]
                if words and ((word_forms(words[0]) & APPOSITION_HEADS and len(words) <= 4)
                              or (word_forms(words[0]) & _LYING_IN and len(words) <= 5)) and (
                        "،" in self.a.raw[prev.end : p.start] or "," in gap):
                    # (مدينة جيبو، الواقعة في مقاطعة سوم شمال بوركينا فاسو: a relative clause of lying in says it too)
                    # مدينة الأبيض، عاصمة ولاية شمال كردفان: the apposition (set off by a comma; وثالث في طولكرم
                    # adds a victim) says where the town is
                    continue
                # an adjective of the first place may stand before the locator (مدينة حماة الاستراتيجية في وسط سوريا)
                if 1 <= len(words) <= 3 and "," not in gap and self._locator(words[-1]) and all(
                        self._locator(w) or w.startswith("ال") for w in words):
                    continue
                # شمال قطاع غزة as one region mention right after the town: the locator is inside the span
                head = normalize(p.text).split()[:1]
                if not words and head and self._locator(head[0]):
                    continue  # وسط قطاع غزة right after مخيم النصيرات
                if not words and self._is_region(p) and not p.text.startswith("و"):
                    continue
            if self._is_region(p) and not p.text.startswith("و") and out and not self._is_region(out[-1]):
                # قاعدة كالسو العسكرية التابعة للحشد الشعبي في محافظة بابل: the province locates the base; one after
                # another trigger (غارات على خان يونس إلى جانب قصف مدفعي شرقي رفح) is that trigger's place
                gap = self.a.raw[out[-1].end : p.start]
                if "," not in gap and "،" not in gap and not gap.rstrip().endswith(" و") and gap.strip() != "و" \
                        and not self._trigger_between(out[-1].sentence, self.tok(out[-1]), self.tok(p)):
                    continue
            out.append(p)
        return out

    def _trigger_between(self, s: int, lo: int, hi: int) -> bool:
        """Whether an event word of sentence ``s`` starts strictly between tokens ``lo`` and ``hi`` (between two place
        mentions, or between a trigger and a date told after it)."""
        return any(t.sentence == s and lo < t.match.first < hi for t in getattr(self, "sentence_triggers", ()))

    @staticmethod
    def _locator(word: str) -> bool:
        # a proclitic alone is the gap when the place mention starts after it (التابعة لـ|محافظة حمص)
        return word in _LOCATORS or (word[:1] in "بل" and word[1:] in _LOCATORS) or word in ("ال", "ل")

    def _building_after(self, m: Match) -> bool:
        """Whether a word of entering is followed (through إلى) by a building (الدخول إلى كنيسة، دخلوا المستشفى), its
        subject perhaps between (اقتحمت "المليشيا" منزلا)."""
        k = m.last + 1
        while k < len(self.tokens) and (k in self.in_actor or self.tokens[k].text in _QUOTE_MARKS):
            k += 1
        if k < len(self.tokens) and normalize(self.tokens[k].text) in TO_WORDS:
            k += 1
        if k >= len(self.tokens):
            return False
        return bool(_with_accusative(word_forms(self.tokens[k].text)) & _BUILDINGS_ENTERED)  # منزلا

    def _hits_civilian_site(self, trig: _Trigger) -> bool:
        """Whether a place where civilians are (a camp for the displaced, a hospital, a market, homes) is named within
        a few words after a strike or shelling word, in its clause: what it hit."""
        return self._ahead_in_clause(trig, _SITE_REACH, _CIVILIAN_SITES)

    def _ahead_in_clause(self, trig: _Trigger, reach: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` follows the trigger within ``reach`` words, before its clause ends (a comma or a
        full stop: what comes after tells of something else)."""
        end = min(trig.match.last + 1 + reach, self.sentence_tokens[trig.sentence][1])
        for k in range(trig.match.last + 1, end):
            if self.tokens[k].text in ("،", ",", "."):
                return False
            if word_forms(self.tokens[k].text) & words:
                return True
        return False

    def _only_country_placed(self, d: _Draft) -> bool:
        """Whether the draft is placed nowhere or only at a country or a side of it (موزمبيق، شمال موزمبيق)."""
        if not d.location:
            return True
        res = self.by_id(d.location).resolution
        return isinstance(res, PlaceResolution) and res.feature in ("country", "region") and not res.admin1

    def _country_of(self, place_id: str) -> str:
        res = self.by_id(place_id).resolution
        return res.country_code if isinstance(res, PlaceResolution) else ""

    def _take_the_village(self, host: _Draft, d: _Draft) -> None:
        """``هاجم مسلحون قرية في ولاية زامفارا ... داهم المسلحون قرية "تونجان دوتسي"``: a retelling that names the
        village or town inside the unit the lead placed its event in gives the event its place (ACLED codes the most
        precise location the report gives). Both drafts already share the place key, so the village lies in that
        unit (a village the gazetteer lacks is keyed by its unit)."""
        if not host.location or not d.location or host.location == d.location:
            return
        unit, town = self.by_id(host.location), self.by_id(d.location)
        # (a town the lead named is the unit too for a village named after a town cue and filed under it: قصفت
        # الطائرات إحدى القرى التابعة لقضاء زاخو ... شنت هجوما على قرية بهيرا في زاخو)
        if unit.role == "unresolved" or not (self._is_region(unit) or self._cued_village(town)):
            return
        res = town.resolution
        if town.role == "unresolved" or (isinstance(res, PlaceResolution) and res.feature == "populated_place"
                                         and res.geo_precision == 1):
            host.location = d.location

    def _is_region(self, m: Mention) -> bool:
        res = m.resolution
        return m.role == "region" or (
            isinstance(res, PlaceResolution) and (res.geo_precision >= 2 or res.feature.startswith("admin"))
        )

    def _locations(
        self,
        trig: _Trigger,
        scopes: list[Scope],
        clauses: list[tuple[int, int]],
        clause: tuple[int, int],
        start: int,
        end: int,
    ) -> list[Mention]:
        i = trig.match.first
        in_clause = self._usable_places(clause[0], clause[1], trig, scopes)
        if trig.sub_event_type in _STRIKE_TYPES or trig.sub_event_type == "Disrupted weapons use":
            # سقوط صواريخ إيرانية على تل أبيب في أول رد من طهران: a place after من is where a strike came from,
            # never where it fell, when the clause names another
            in_clause = [p for p in in_clause if not self._after_from(p)] or in_clause
        after = [p for p in in_clause if self.tok(p) > trig.match.last]
        # غارات جوية على خان يونس وقصف مدفعي على رفح: the places after the next trigger of the clause are its own
        nxt = min((t.match.first for t in getattr(self, "sentence_triggers", ()) if t.sentence == trig.sentence
                   and trig.match.last < t.match.first < clause[1]), default=None)
        if nxt is not None:
            after = [p for p in after if self.tok(p) < nxt] or after
        if after:
            listed = self._listed_with(after[-1], self._usable_places(start, end, trig, scopes), trig)
            return after + [p for p in listed if p not in after]
        k = next((n for n, c in enumerate(clauses) if c == clause), None)
        if k is not None and k + 1 < len(clauses):
            nxt = clauses[k + 1]
            if word_forms(self.tokens[nxt[0]].text) & _ENUMERATION:
                listed = self._usable_places(nxt[0], nxt[1], trig, scopes)
                if listed:
                    return listed
        if in_clause:
            near = min(in_clause, key=lambda p: abs(self.tok(p) - i))
            return [near, *self._listed_with(near, self._usable_places(start, end, trig, scopes), trig)]
        rest = self._usable_places(start, end, trig, scopes)
        if rest:
            near = min(rest, key=lambda p: abs(self.tok(p) - i))
            return [near, *self._listed_with(near, rest, trig)]
        if trig.sub_event_type in ("Arrests", "Disrupted weapons use"):
            # القبض على خلية كانت تخطط لاغتيال ناشطين في محافظة اللاذقية: a plot foiled is placed where it was
            # aimed, which the report names only as the plotters' purpose
            planned = [p for p in self.in_sentence(self.places, trig.sentence) if start <= self.tok(p) < end
                       and self.tok(p) > i and not self._coarse(p)
                       and any(sc.covers(self.tok(p)) and sc.modality == "intention" for sc in scopes)]
            if planned:
                return planned[:1]
        token = self.tokens[i]
        if "ال" in token.prefixes or token.text.startswith(("ال", "وال")):
            # القصف / الغارة with no place of its own refers back to the event of that kind just reported
            for d in reversed(getattr(self, "drafts_so_far", [])):
                # الهجوم (a word for an attack of any kind) refers back to the violent event just reported, whatever
                # its type (ولم تذكر الجماعة توقيت الهجوم after a drone strike on a ship in the Red Sea)
                same = d.sub.name == trig.sub_event_type or ("generic" in trig.rule.flags and d.sub.violent)
                if same and trig.sentence - 3 <= d.sentence < trig.sentence and d.location:
                    return [self.by_id(d.location)]
        told = self._attack_told_before(trig)
        if told is not None:
            return [told]
        # attacks on shipping are placed at the sea or gulf named (ACLED codes them at sea), when no coast is named
        seas = [
            p for p in self.in_sentence(self.places, trig.sentence)
            if start <= self.tok(p) < end and isinstance(p.resolution, PlaceResolution)
            and p.resolution.feature == "sea" and not any(sc.covers(self.tok(p)) and not sc.covers(i) for sc in scopes)
        ]  # fmt: skip
        if seas:
            return [min(seas, key=lambda p: abs(self.tok(p) - i))]
        region = self._region_context(trig.sentence)
        if region is not None:
            return [region]
        # the place an attempt was aimed at is where the fighting was, when nothing else places it
        attempted = [
            p
            for p in self.places
            if start <= self.tok(p) < end
            and not self._coarse(p)
            and any(sc.covers(self.tok(p)) and sc.modality == "attempt" for sc in scopes)
        ]
        first = self._drop_containers(attempted)[:1]
        if first:
            return first + self._listed_with(first[0], attempted, trig)
        # تظاهر مئات الأشخاص في تونس: with nothing more precise, the country the event happened in (ACLED's precision 3)
        country = [p for p in self.in_sentence(self.places, trig.sentence) if start <= self.tok(p) < end
                   and self._coarse(p) and self._in_country(p)]
        # (شهدت بلدة لابوردي ... في هايتي مجزرة: a sentence that opens on where it happened names the country before)
        after = [p for p in country if self.tok(p) > i]
        before = [p for p in country if self.tok(p) < i and self._witnessed_place(start)]
        return (after or before[-1:])[:1]

    def _witnessed_place(self, start: int) -> bool:
        """Whether the sentence opens with a verb of witnessing (شهدت المدينة اشتباكات): its places are the subject,
        where the event it goes on to name happened."""
        return start < len(self.tokens) and normalize(self.tokens[start].text).lstrip("و") in _WITNESSED

    def _in_country(self, p: Mention) -> bool:
        """Whether the country mention ``p`` follows في (في تونس، في لبنان): where something happened, not a state that
        acts or speaks."""
        k = self.tok(p)
        res = p.resolution
        return k > 0 and isinstance(res, PlaceResolution) and res.feature == "country" \
            and normalize("في") in word_forms(self.tokens[k - 1].text)

    def _attack_told_before(self, trig: _Trigger) -> Mention | None:
        """``تصدى لهجوم استهدف أحد معسكراته في مدينة بني وليد. ... أن انتحاريا فجر سيارة مفخخة أمام بوابة المعسكر``:
        a violent act told with no place right after a sentence that reported an attack (هجوم) at a place says how
        that attack was carried out, so it happened there."""
        drafts = getattr(self, "drafts_so_far", [])
        if not drafts or not sub_event_type(trig.sub_event_type).violent:
            return None
        prev = next((d for d in reversed(drafts) if d.sentence < trig.sentence), None)
        if prev is None or prev.sentence != trig.sentence - 1 or not prev.sub.violent or not prev.location or not prev.own_place:
            return None
        lo = self.sentence_tokens[trig.sentence][0]
        if any(not self._hospital_taken_to(self.tok(p), lo) for p in self.in_sentence(self.places, trig.sentence)):
            return None
        if prev.sub.name == trig.sub_event_type or {prev.sub.name, trig.sub_event_type} <= _STRIKE_TYPES:
            # وقال شهود إن مسيرة إسرائيلية أطلقت صاروخا باتجاهه: the strike just reported, told by witnesses
            return self.by_id(prev.location)
        lo, hi = self.sentence_tokens[prev.sentence]
        attack = any("generic" in m.payload.flags  # type: ignore[attr-defined]
                     for m in self.lex.matcher.find_all(self.tokens, lo, hi))
        return self.by_id(prev.location) if attack else None

    def _region_context(self, s: int) -> Mention | None:
        best: tuple[int, int, int, int, Mention] | None = None
        for n, p in enumerate(self.places):
            if p.sentence == s or self._coarse(p) or not self._is_region(p) or self.tok(p) in self.scoped:
                continue
            if p.role == "region" and n and self._locates_town(self.places[n - 1], p):
                # مدينة القيروان وسط تونس: the centre of the country only says where the town is, which stands for it
                p = self.places[n - 1]
            # wire copy refers back: a region named before wins over one named after, then the nearest, then the
            # most precise of its sentence (ديالى ... قضاء المقدادية: the district)
            res = p.resolution
            finer = _FINER_FEATURES.get(res.feature, len(_FINER_FEATURES)) if isinstance(res, PlaceResolution) else 9
            rank = (0 if p.sentence < s else 1, abs(p.sentence - s), self._precision(p.id), finer)
            if best is None or rank < best[:4]:
                best = (*rank, p)
        town_first = bool(
            self._sentence_words(s) & _TOWN_ANAPHORS
        )  # غرب المدينة، في البلدة: the town just named, before any region
        if best is not None and not town_first:
            return best[4]
        # البلدة / المدينة: a town named in the sentence or two just before; not a town that only locates the one
        # before it (قرية دير دبوان شرقي مدينة رام الله: "the village" is Dayr Dibwan)
        named = self._drop_containers(sorted((p for p in self.places if s - 2 <= p.sentence < s),
                                             key=lambda p: p.start))
        for p in reversed(named):
            if not self._coarse(p) and not self._is_region(p) and self.tok(p) not in self.scoped:
                lo = self.sentence_tokens[p.sentence][0]
                if self._journey_end(self.tok(p), lo) or self._fled_from(self.tok(p), lo):
                    continue  # لدى وصوله إلى مطار الجزائر، قادما من باريس: where he came from is no place of the report
                return p
        return best[4] if best is not None else None

    def _locates_town(self, town: Mention, region: Mention) -> bool:
        """Whether ``region`` (وسط تونس، جنوب غرب مدينة الخليل) is a side of the country or of a city written right
        after ``town`` (a town of that country, not itself a region) with nothing between: the report says where the town is, so a later sentence
        that names no place refers to the town, not the country's side."""
        t, r = town.resolution, region.resolution
        if not isinstance(t, PlaceResolution) or not isinstance(r, PlaceResolution):
            return False
        district = t.feature == "admin2"  # قضاء المقدادية 40 كم شمال شرقي بعقوبة: a district, placed at its seat
        if town.sentence != region.sentence or (self._is_region(town) and not district) or self._coarse(town):
            return False
        if t.country_code != r.country_code:
            return False
        # (so does a side of a city: بلدة بيت عوا جنوب غرب مدينة الخليل; and one measured from it, 40 كم شمال بعقوبة)
        return region.start >= town.end and bool(_MEASURE_BETWEEN.fullmatch(self.a.raw[town.end : region.start]))

    def _sentence_words(self, s: int) -> set[str]:
        a, b = self.sentence_tokens.get(s, (0, 0))
        out: set[str] = set()
        for t in self.tokens[a:b]:
            out |= word_forms(t.text)
        return out

    def _within(self, region_id: str | None, place_id: str | None) -> bool:
        """Whether ``region_id`` is a region (or no place) that contains the place ``place_id``."""
        if region_id is None:
            return True
        if place_id is None:
            return False
        region, place = self.by_id(region_id), self.by_id(place_id)
        r, p = region.resolution, place.resolution
        # a village the gazetteer lacks (role unresolved) sits at its unit's point, yet it is a place, not the unit
        if not self._is_region(region) or region.role == "unresolved":
            return False
        if not isinstance(r, PlaceResolution) or not isinstance(p, PlaceResolution):
            return False
        return bool(r.admin1) and r.admin1 == p.admin1

    def _place_key(self, m: Mention | None) -> str:
        if m is None:
            return ""
        res = m.resolution
        if isinstance(res, PlaceResolution):
            if res.feature == "neighbourhood":
                # حيي الشيخ مقصود والأشرفية: ACLED places fighting in a city's neighbourhoods at the city, so two of them
                # named together, or one beside the city, are one place
                return self._city_key(res)
            return res.gazetteer_id or f"{res.name}|{res.latitude}|{res.longitude}"
        return normalize(m.text)

    def _city_key(self, res: PlaceResolution) -> str:
        city = next((p.resolution for p in self.places if isinstance(p.resolution, PlaceResolution)
                     and p.resolution.feature != "neighbourhood" and p.resolution.name == res.name
                     and (p.resolution.latitude, p.resolution.longitude) == (res.latitude, res.longitude)
                     and p.resolution.gazetteer_id), None)  # fmt: skip
        return city.gazetteer_id if city is not None else f"{res.name}|{res.latitude}|{res.longitude}"

    # actors --------------------------------------------------------------------------------------------------
    def _state_force(self, mention_id: str) -> bool:
        """Whether the actor is a state's military or police (ACLED actor type state forces, inter 1 or 8)."""
        r = self.by_id(mention_id).resolution
        return isinstance(r, ActorResolution) and r.actor_type == "state forces" and r.inter in (1, 8)

    def _inter(self, ids: Sequence[str]) -> int | None:
        for x in ids:
            res = self.by_id(x).resolution
            if isinstance(res, ActorResolution):
                return res.inter
        return None

    def _crowd_sides(self, actor1: list[str], actor2: list[str]) -> tuple[list[str], list[str]]:
        """The sides of a demonstration: actor1 is always its crowd (ACLED's Protesters or Rioters of the country).

        The police or other forces named beside it (فرقت قوات الأمن المتظاهرين, قوات حفظ النظام with no country)
        are actor2; a group is the crowd's associate only when the report makes the crowd its supporters or the
        protest its doing (أنصار حزب الله، نظمتها جماعة الإخوان); any other group named near a protest is what the
        crowd spoke of (صفقة مع حركة حماس, a slogan against the RSF) or a phrase no actor (تنظيم مظاهرات).
        """
        keep: list[str] = []
        forces: list[str] = []
        for x in actor1:
            m = self.by_id(x)
            res = m.resolution
            if isinstance(res, ActorResolution):
                if res.actor_type in _CROWD_ACTOR_TYPES or res.inter in (5, 6, 7):
                    keep.append(x)
                elif res.actor_type == "state forces" or res.inter == 1:
                    forces.append(x)
                elif self._crowd_affiliate(m):
                    keep.append(x)
            elif m.text.split() and force_word(m.text.split()[0]):
                forces.append(x)
        return keep, forces + [x for x in actor2 if x not in forces]

    def _crowd_affiliate(self, m: Mention) -> bool:
        """Whether a word right before the group makes a demonstration's crowd its supporters or organisers."""
        k = self.tok(m)
        s0, _ = self.sentence_tokens.get(m.sentence, (0, 0))
        return any(word_forms(self.tokens[j].text) & _crowd_affiliation() for j in range(max(s0, k - 3), k))

    def _abroad(self, d: _Draft) -> bool:
        """Whether the draft's first actor is a state's forces striking a place in another country (قصف باكستاني على
        إقليم خوست الأفغاني): a neighbour's army abroad, which the dictionary does not mark as external forces."""
        first = next((m for x in d.actor1 if isinstance((m := self.by_id(x)).resolution, ActorResolution)), None)
        forces = _state_forces_of(first) if first is not None else None
        where = self._country_of(d.location) if d.location else ""
        return bool(forces and where) and forces != where

    def _foreign_forces(self, ids: Sequence[str]) -> bool:
        """Whether the first resolved actor is the regular forces of a state acting outside its own government's
        ground (inter 8: an occupying or foreign army), whose storming of a town is a raid, not a conquest."""
        res = next((r for x in ids if isinstance(r := self.by_id(x).resolution, ActorResolution)), None)
        return res is not None and res.inter == 8 and res.actor_type == "state forces"

    def _tells_destruction(self, d: _Draft) -> bool:
        """Whether a sentence of the draft tells property burnt, smashed or looted (a Looting/property destruction
        word of the triggers table), and its attack word is not aimed at people (هاجموا رعاة أغنام: shepherds
        attacked are an attack on civilians, whatever was burnt beside them)."""
        # (the object after the verb and its subject: هاجم مستوطنون رعاة أغنام)
        _, hi = self.sentence_tokens[d.sentence]
        for k in range(d.trigger_token + 1, min(hi, d.trigger_token + 4)):
            if word_forms(self.tokens[k].text) & (_CIVILIAN_WORDS | _HERDERS) or any(
                    stem in people_nouns() for _, stem in _splits(self.tokens[k].text)):
                return False
        for s in {d.sentence, *d.sentences}:
            lo, hi = self.sentence_tokens[s]
            if any(isinstance(m.payload, TriggerRule) and m.payload.sub_event_type == "Looting/property destruction"
                   for m in self.lex.matcher.find_all(self.tokens, lo, hi)):
                return True
        return False

    def _mob_attack(self, actor1: Sequence[str], actor2: Sequence[str]) -> bool:
        """Whether actor1 is a mob actor and no armed force stands on the other side.

        Soldiers or police of the mob's own country around it (settlers under the army's protection) are no other
        side; crowds and civilians are what a mob attacks.
        """
        mob = next((r for x in actor1[:1] if isinstance(r := self.by_id(x).resolution, ActorResolution)), None)
        if mob is None or mob.actor_id not in mob_actors():
            return False
        for x in actor2:
            r = self.by_id(x).resolution
            if not isinstance(r, ActorResolution) or r.actor_id in mob_actors() or r.inter in (5, 6, 7, None):
                continue
            if r.country is None or r.country != mob.country:
                return False
        return True

    def _is_target(self, m: Mention, lo: int) -> bool:
        k = self.tok(m)
        if self._is_agent(m, lo):
            return False
        while k - 1 > lo and self.tokens[k - 1].text in _QUOTE_MARKS:
            k -= 1  # ضربات على مقرات لـ«الحرس الثوري»: a name in quotes is read as if it stood bare
        if k - 1 > lo and self._agent_adjective(m, k):
            return False  # استهداف إسرائيلي لسيارة: the adjective after the attack word names who attacked
        # الهجوم الذي استهدف الأحد قوات الأمن: a date between the verb and its object is read through
        while k - 1 > lo and any(d.start <= self.tokens[k - 1].start < d.end for d in self.dates):
            k -= 1
        if self._target_of_head(k, lo) or self._ambushed_unit(k, lo) or self._owner_of_aimed(k, lo):
            return True
        subject = normalize(m.text.split()[0]).endswith("ون") if m.text.split() else False
        for j in (k - 1, k - 2, k - 3):
            if j < lo:
                break
            if j == k - 1 and subject and word_forms(self.tokens[j].text) & _VERBS_OF_AIM:
                return False  # استهدف مجهولون مبنى الشرطة: a nominative plural right after the verb is its subject
            if j == k - 1 and word_forms(self.tokens[j].text) & _VERBS_OF_AIM and self._opens_clause(j, lo) \
                    and not self._instrument_after(m):
                # واستهدفت قوات الدعم السريع مدينة الأبيض: verb, subject, object at a clause's head (استهدف الجيش
                # بعبوة ناسفة, with an instrument after the force, is passive: the force is hit)
                return False
            forms = word_forms(self.tokens[j].text) & (_TARGET_WORDS if j == k - 1 else _FAR_TARGET_WORDS)
            # a verb (استهدفت) or مع marks the target only right before it: استهدفت غارات جوية روسية has Russia acting
            if forms:
                return True
        return False

    def _subject_dropped(self, trig: _Trigger) -> bool:
        """Whether the trigger is a finite verb opening its sentence, perhaps after و, كما or ثم, with no actor before
        it (كما سيطرت، على معسكر الجيش): its subject is the last sentence's."""
        i = trig.match.first
        lo, _ = self.sentence_tokens[trig.sentence]
        if trig.sentence == 0 or self.tokens[i].text.startswith(("ال", "وال")) or i - lo > 1:
            return False
        return i == lo or normalize(self.tokens[lo].text) in _SEQUENCE_OPENERS

    def _stronghold_of(self, m: Mention, lo: int) -> bool:
        """Whether the actor is named as the holder of a stronghold a few words before it (أحد المعاقل الرئيسية
        لمقاتلي تنظيم داعش، أوكار الجماعة), from ``lo`` on."""
        k = self.tok(m)
        return any(word_forms(self.tokens[j].text) & _STRONGHOLDS for j in range(max(lo, k - 4), k))

    def _owned(self, m: Mention, lo: int) -> str | None:
        """What an actor named after a participle of belonging owns: ``"body"`` when it is a reporting or governing body
        (وزارة الصحة التابعة للحوثيين، قناة المسيرة التابعة للجماعة: the actor is named only to say whose body speaks),
        ``"thing"`` when it is anything but a force (أهدافاً تابعة للحوثيين، قيادة الفرقة الخامسة التابعة للجيش: the actor
        owns what was hit), None when no such participle stands before it or a force belongs to it (قوات تابعة للمجلس
        الانتقالي: that force acts for it)."""
        k = self.tok(m)
        if k - 1 >= lo and word_forms(self.tokens[k - 1].text) & _MEDIA_BODIES and not m.text.startswith("ل") \
                and not (k - 2 >= lo and self.tokens[k - 1].text == _ACCOUNT and self.tokens[k - 2].text == _ON):
            # (على حساب قوات الدعم السريع is 'at the expense of' the side that lost the ground, no account's owner)
            return "body"  # قالت وسائل إعلام حوثية إن غارتين أمريكيتين ...: the Houthis only report the strikes
        if k - 2 >= lo and (word_forms(self.tokens[k - 1].text) & _RUNNING
                            or (word_forms(self.tokens[k - 1].text) & _ON_IT
                                and word_forms(self.tokens[k - 2].text) & _RUNNING)):
            return "thing"  # الحكومة التي يديرها الحوثيون، المدينة التي يسيطر عليها الجيش: who runs what was hit
        if k - 2 < lo or not word_forms(self.tokens[k - 1].text) & _BELONGING:
            return None
        owned = [self.tokens[j].text for j in range(max(lo, k - 4), k - 1)]
        if any(word_forms(w) & _REPORTING_BODIES for w in owned):
            return "body"
        for w in reversed(owned):  # the nearest word that says what is owned decides
            if word_forms(w) & (_TARGET_WORDS | _OWNED_TARGETS):
                return "thing"
            if force_word(w):
                return None  # طيران مسير تابع للاحتلال، قوات تابعة للمجلس: a force or weapon acts for its owner
        return "thing"

    def _target_scan_from(self, m: Mention, trig: _Trigger, lo: int) -> int:
        """Where the search for a target word before ``m`` may start: an actor a word or two after a weapon trigger
        that is no target word itself (قتيلان و11 إصابة في غارات أمريكية) qualifies that weapon, so a casualty word
        before the trigger says who was hit by the strikes, not that the strikes' nationality was hit."""
        k = self.tok(m)
        last = trig.match.last
        if not 0 < k - last <= 2 or any(
            word_forms(self.tokens[j].text) & _TARGET_WORDS for j in range(trig.match.first, k)
        ):
            return lo
        return max(lo, last + 1)

    def _opens_clause(self, j: int, lo: int) -> bool:
        """Whether the verb at ``j`` opens its clause (after a conjunction or punctuation, or first), so that the actor
        right after it is its subject; after a noun (غارة استهدفت قوات) or a relative or complementizer pronoun (التي
        استهدفت، إنها استهدفت) the verb's subject is that word and the actor after it is its object."""
        if j - 1 < lo:
            return True
        before = self.tokens[j - 1]
        if self.tokens[j].sentence != before.sentence or not before.is_word:
            return True
        return bool(word_forms(before.text) & _CLAUSE_OPENERS)

    def _instrument_after(self, m: Mention) -> bool:
        """``استهدف الجيش بعبوة ناسفة``: an instrument with ب right after the force makes the verb a passive one."""
        k = bisect.bisect_right(self.token_ends, m.end - 1) + 1
        return k < len(self.tokens) and "ب" in self.tokens[k].prefixes and self.tokens[k].sentence == m.sentence

    def _target_of_head(self, k: int, lo: int) -> bool:
        """``تجمعا لجنود إسرائيليين``، ``مواقع لقوات أمريكية``: a nationality after a force noun joined by ل to a target
        word is the target (the force noun, not the adjective, stands after the target word)."""
        j = k - 1
        while j > lo and force_word(self.tokens[j].text, "modifiers") and k - j <= 2:
            j -= 1
        t = self.tokens[j]
        if j <= lo or not force_word(t.text, "heads") or not t.text.startswith("ل"):
            return False
        return bool(_with_accusative(word_forms(self.tokens[j - 1].text)) & _TARGET_WORDS)  # تجمعا

    def _owner_of_aimed(self, k: int, lo: int) -> bool:
        """``استهدفت مسيرة القاعدة الرئيسية للجيش``، ``هجوما استهدف قافلة للجيش المالي``: an actor joined by ل to what a
        verb of aim or an attack word just before was aimed at (a camp, a base, a convoy, a headquarters) owns what was
        hit, and is the side attacked."""
        if k - 1 > lo and self.tokens[k - 1].text == "ل":
            k -= 1  # لـ الجيش: the preposition written apart
        elif not self.tokens[k].text.startswith("ل"):
            return False
        aimed = _TARGET_WORDS | _OWNED_TARGETS | _AIMED_THINGS
        for n in range(k - 1, max(lo, k - 3) - 1, -1):
            if not word_forms(self.tokens[n].text) & aimed:
                continue
            # استهدفت 4 غارات معسكرات ومخازن أسلحة للحوثيين: the verb stands before the first of coordinated targets
            while n - 1 > lo and self.tokens[n].text.startswith("و") and word_forms(self.tokens[n - 1].text) & aimed:
                n -= 1
            return any(word_forms(self.tokens[j].text) & (_VERBS_OF_AIM | _AMBUSH_WORDS)
                       for j in range(max(lo, n - 3), n))
        return False

    def _ambushed_unit(self, k: int, lo: int) -> bool:
        """``كمين نصبته لوحدة من الجيش المالي``، ``هجوما لدورية من الشرطة``: a unit joined by ل to an ambush or an
        attack just before it, and partitive من before the actor, is what was attacked."""
        j = k - 1
        if j > lo and word_forms(self.tokens[j].text) & _FROM:
            j -= 1
        t = self.tokens[j]
        if j <= lo or not t.text.startswith("ل") or not (word_forms(t.text[1:]) & _UNIT_WORDS
                                                        or force_word(t.text, "heads")):
            return False
        return any(word_forms(self.tokens[i].text) & _AMBUSH_WORDS for i in range(max(lo, j - 3), j))

    def _victim(self, m: Mention, trig: _Trigger) -> bool:
        """Civilians (inter 7) are the target of violence, never its actor1 (they act only in protests and riots)."""
        res = m.resolution
        sub = sub_event_type(trig.sub_event_type)
        civilian = (isinstance(res, ActorResolution) and res.inter == 7) or bool(
            word_forms(_norm(m.text.split()[0]) if m.text.split() else "") & _CIVILIAN_WORDS
        )
        return civilian and sub.event_type not in ("Protests", "Riots")

    def _counted_casualties(self, m: Mention, lo: int) -> bool:
        """``أعلن الجيش أن خمسة من مسلحي داعش قتلوا``: a count and a partitive before the group, a casualty word right
        after it: the group's men are who died or were hurt, whoever is named as the source."""
        j, steps = self.tok(m) - 1, 0
        while j >= lo and steps < 3 and word_forms(self.tokens[j].text) & _PARTITIVE_WORDS:
            j, steps = j - 1, steps + 1
        # ثلاثة مواطنين أصيبوا، 10 رجال شرطة قتلوا: civilians, and a force's men the actors stage read as fallen,
        # counted right after the figure need no partitive
        if (not steps and self._inter([m.id]) != 7 and m.role != FALLEN_ROLE) or j < lo \
                or number_item(self.tokens[j]) is None:
            return False
        k = bisect.bisect_left(self.token_starts, m.end)  # the first token after the group
        return k < len(self.tokens) and bool(casualty_after(self.tokens, k, self.tokens[self.tok(m)].sentence))

    def _counted_soldiers(self, m: Mention) -> bool:
        """``قتل ما لا يقل عن ستة جنود كاميرونيين``: a nationality right after a noun for soldiers that a figure of dead
        or wounded counts names the side hit."""
        k = self.tok(m)
        if k < 2 or not force_word(self.tokens[k - 1].text, "personnel"):
            return False
        if any(n.sentence == m.sentence and isinstance(n.resolution, NumberResolution)
               and n.resolution.counts in _CASUALTY_COUNTS
               and 0 <= k - 1 - bisect.bisect_left(self.token_starts, n.end) <= 1 for n in self.numbers):
            return True
        # مقتل عدد كبير من الجنود النيجيريين: a casualty word before an untold number of the soldiers
        j = k - 2
        while j >= max(0, k - 7) and self.tokens[j].sentence == m.sentence:
            forms = word_forms(self.tokens[j].text)
            if forms & _CASUALTY_WORDS:
                return j < k - 2
            if not forms & (_VAGUE_QUANTITY | _PARTITIVE_WORDS):
                return False
            j -= 1
        return False

    def _partitive_victim(self, m: Mention, lo: int) -> bool:
        """``مقتل خمسة من عناصر داعش``: a count and a partitive between a casualty word and the group."""
        j = self.tok(m) - 1
        steps = 0
        while j >= lo and steps < 9:
            t = self.tokens[j]
            forms = word_forms(t.text)
            if forms & _APPROXIMATIONS and steps >= 2:
                # مقتل أكثر من 30 عنصرا من حركة الشباب: the hedge before the count stands between it and the casualty word
                j, steps = j - 1, steps + 1
                continue
            if forms & _CASUALTY_WORDS and steps >= 5:
                return True  # (past a hedge: مقتل أكثر من 30 عنصرا من)
            if steps >= 5:
                return False
            if forms & _AMONG_THEM and steps >= 2:
                # مصرعهم بينهم 11 شرطيا من قوات الأمن: a count among the dead or wounded just told
                return True
            if steps >= 1 and forms & _AIM_WORDS:
                # أقدموا على استهداف عنصرين من وزارة الدفاع: a count of a force's men after a word of aim is the men aimed at
                return True
            if forms & _CASUALTY_WORDS:
                # قتل مسلحون: a nominative plural right after قتل is the verb's subject, not the killing's victims;
                # so is a force with a count of the killed after it (قتل الجيش الصومالي 15 مسلحا)
                if steps == 0:
                    k = bisect.bisect_left(self.token_starts, m.end)
                    if k < len(self.tokens) and self.tokens[k].sentence == m.sentence \
                            and number_item(self.tokens[k]) is not None:
                        return False
                return not (steps == 0 and normalize(m.text.split()[0]).endswith("ون"))
            if not t.is_word and t.text in _QUOTE_MARKS:
                j -= 1  # (the group's name in quotes: لـ«جماعة ...»)
                continue
            if steps == 0 and j == self.tok(m) - 1 and forms & _UNIT_WORDS:
                j -= 1  # قتل عنصر من قوى الأمن العام: the force noun the mention left out is part of the group's name
                continue
            if forms & _PARTITIVE_LINK_WORDS:
                j, steps = j - 1, steps + 1
                continue
            if not (forms & _PARTITIVE_WORDS or number_item(t) is not None):
                # قتل خمسة من القوات الحكومية وثمانية من مسلحي الحوثي: a count coordinated with و after another
                # group's count shares its casualty word
                counted = self.tokens[j + 1]
                if steps >= 2 and counted.text.startswith("و") and number_item(counted) is not None:
                    before = next((o for o in self.a.mentions if o.kind is m.kind and o is not m
                                   and o.end <= t.end and t.start < o.end), None)
                    return before is not None and self._partitive_victim(before, lo)
                return False
            j -= 1
            steps += 1
        return False

    def _member_victim(self, m: Mention, trig: _Trigger, lo: int) -> bool:
        """``مقتل قيادي بارز في حركة الشباب``، ``مقتل أبو عبيدة المتحدث باسم كتائب القسام``: the body named in the title of
        the person killed is the victim's side, whoever reports the killing."""
        k = self.tok(m)
        j = k - 1
        # المتحدث باسم الجناح العسكري لحماس: the body may be named through the wing or office that serves it, never
        # across the event's own word or another actor (قيادي في حزب الله بغارة إسرائيلية: the Israelis struck)
        # (quotes may set off the body and the title: اغتيال لـ"قيادي كبير" في "حزب الله")
        j = self._skip_quotes(j, lo)
        while j >= lo and j >= k - 3 and self.tokens[j].is_word and not word_forms(self.tokens[j].text) & _TITLE_LINKS:
            if trig.match.first <= j <= trig.match.last or any(
                    a is not m and a.start <= self.tokens[j].start < a.end for a in self.actors):
                return False
            j -= 1
        if j < lo or not word_forms(self.tokens[j].text) & _TITLE_LINKS:
            return False
        j = self._skip_quotes(j - 1, lo)
        while j >= lo and word_forms(self.tokens[j].text) & _TITLE_ADJECTIVES:
            j -= 1
        if j < lo or not word_forms(self.tokens[j].text) & _victim_titles():
            return False
        j = self._skip_quotes(j - 1, lo)
        if j >= lo and word_forms(self.tokens[j].text) & _OF_WORDS:
            j = self._skip_quotes(j - 1, lo)  # اغتيال لـ"قيادي"
        person = next((p for p in self.a.mentions if p.kind is MentionKind.PERSON
                       and p.start <= self.tokens[j].start < p.end), None) if j >= lo else None
        if person is not None:
            j = self.tok(person) - 1
        # (a verb of aim or a word of assassination takes the titled person as its object too: استهدفت إسرائيل
        # قياديا كبيرا في حزب الله، عملية اغتيال لقيادي في الحركة)
        if j >= lo and (j == trig.match.first
                        or bool(word_forms(self.tokens[j].text) & (_CASUALTY_WORDS | _AIM_WORDS | _ASSASSINATION))):
            return True
        # وأضاف أن قياديا آخر في حركة الشباب ... قتل أيضا، قياديا في الحركة قتل بغارة: the titled subject of a casualty
        # verb after it
        last = bisect.bisect_left(self.token_starts, m.end) - 1
        after = [last + 1, last + 2, trig.match.first] if trig.match.first > k else [last + 1, last + 2]
        return any(x < len(self.tokens) and word_forms(self.tokens[x].text) & _CASUALTY_WORDS for x in after)

    def _skip_quotes(self, j: int, lo: int) -> int:
        """The first token at or before ``j`` that is no quote mark."""
        while j >= lo and not self.tokens[j].is_word and self.tokens[j].text in _QUOTE_MARKS:
            j -= 1
        return j

    def _instrument_target(self, m: Mention, trig: _Trigger) -> bool:
        """``فجروا عبوة ناسفة بقوة إسرائيلية``: an actor joined by ب right after the weapon is the target."""
        k = self.tok(m)
        token = self.tokens[k]
        return 0 < k - trig.match.last <= 2 and token.text.startswith("ب") and self.a.raw[m.start - 1 : m.start] == "ب"

    def _controller(self, m: Mention, lo: int) -> bool:
        """The actor is the possessor of a word for control (سيطرة الجيش، نفوذ الفصائل) or the owner of what was taken
        (مقر الفرقة السادسة التابعة للجيش) at or after ``lo``: it names who held the place, not who took it (the
        trigger's own genitive, مع سيطرة هيئة تحرير الشام, is who takes control)."""
        k = self.tok(m)
        return k - 1 >= lo and bool(word_forms(self.tokens[k - 1].text) & _CONTROL_NOUNS)

    def _oblique(self, m: Mention, lo: int) -> bool:
        """The actor is a preposition's complement (مقاومة من قوات النظام), not a partitive (عناصر من القوات)."""
        k = self.tok(m)
        if k - 1 < lo or not word_forms(self.tokens[k - 1].text) & _OBLIQUE_BEFORE:
            return False
        if k - 2 < lo:
            return True
        counted = self.tokens[k - 2].text
        return not (word_forms(counted) & (_PARTITIVE_WORDS | _PERSON_WORDS) or force_word(counted, "heads"))

    def _blamed(self, m: Mention, lo: int) -> bool:
        """``نسبها الحوثيون إلى الولايات المتحدة``، ``غارات نُسبت إلى إسرائيل``: the actor the report lays the attack on."""
        k = self.tok(m)
        if self._held_responsible(k, lo):
            return True
        if k - 1 < lo or not word_forms(self.tokens[k - 1].text) & TO_WORDS:
            return False
        return any(normalize(self.tokens[j].text).lstrip("وف").startswith(ASCRIBE_STEMS)
                   for j in range(max(lo, k - 6), k - 1))

    def _held_responsible(self, k: int, lo: int) -> bool:
        """``حُملت مسؤوليته لتنظيم الدولة``، ``حملت السلطات حركة الشباب مسؤولية الهجوم``: the actor at token ``k`` is
        who a verb of laying puts the responsibility on, the responsibility word right before or after it."""
        def laid(j: int) -> bool:
            return any(word_forms(self.tokens[v].text) & _LAYING_VERBS for v in range(max(lo, j - 3), j))

        hi = self.sentence_tokens[self.tokens[k].sentence][1]
        before = next((j for j in range(k - 1, max(lo, k - 3) - 1, -1)
                       if word_forms(self.tokens[j].text) & _RESPONSIBILITY), None)
        if before is not None and laid(before):
            return True
        after = next((j for j in range(k + 1, min(hi, k + 4)) if word_forms(self.tokens[j].text) & _RESPONSIBILITY),
                     None)
        return after is not None and laid(k)

    def _ascribes(self, m: Mention, lo: int) -> bool:
        """``نسبها الحوثيون إلى ...``: the actor right after a form of نسب is who ascribes the attack, no side of it."""
        k = self.tok(m)
        return k - 1 >= lo and normalize(self.tokens[k - 1].text).lstrip("وف").startswith(ASCRIBE_STEMS)

    def _finder(self, m: Mention, i: int, lo: int) -> bool:
        """``عثرت الأجهزة الأمنية على جثتي مزارعين بعد اختطافهما وإحراق حقولهما``: the subject of a verb of finding,
        before the event word, came upon its aftermath; it is no side of it."""
        k = self.tok(m)
        return lo < k < i and bool(word_forms(self.tokens[k - 1].text) & _FINDING_VERBS)

    def _mere_speaker(self, m: Mention, i: int, lo: int) -> bool:
        """``ذكرت الشرطة في زامفارا أن القرية تعرضت لهجوم مسلح``: the actor right after a verb of speech, with the
        trigger after أن / إن and a subject that underwent it, says what happened and is no side of it."""
        k = self.tok(m)
        if k < i and self._describes_bombing(k, i, lo, {self._sub_at(i), self._sub_at(i + 1)}):
            return True
        if k >= i or k - 1 < lo or self.tokens[k - 1].text not in speech_verbs():
            return False
        name = _canonical(m)
        if any((o.role == FALLEN_ROLE or self._partitive_victim(o, lo)) and _canonical(o) == name and k < self.tok(o) < i
               for o in self.in_sentence(self.actors, m.sentence)):
            return True  # أعلن الجيش المالي مقتل 9 جنود خلال هجوم: the army tells of its own dead, it did not attack
        if _state_forces_of(m) and any(
                (o.role == FALLEN_ROLE or self._partitive_victim(o, lo)) and _canonical(o) != name
                and _state_forces_of(o) == _state_forces_of(m) and k < self.tok(o) < i
                for o in self.in_sentence(self.actors, m.sentence)):
            # أعلن الحرس الثوري مقتل ثلاثة عناصر من الشرطة خلال اشتباك: a state force telling of another force of its
            # state's dead tells of that force's fight, not its own
            return True
        bare = {normalize(w) for w in ("أن", "إن", "بأن", "وأن")}
        particle = next((j for j in range(k + 1, i) if normalize(self.tokens[j].text) in bare), None)
        if particle is None:
            # أعلنت حركة طالبان عن مقتل 10 أفغان في قصف باكستاني: who announces a toll that another side's strike
            # caused is no side of it (its own dead were taken above)
            about = next((j for j in range(k + 1, min(i, k + 6)) if normalize(self.tokens[j].text) in _ABOUT), None)
            return about is not None and about + 1 < i \
                and bool(word_forms(self.tokens[about + 1].text) & _CASUALTY_WORDS) and self._other_actor_at(i, m)
            # (the event word may stand right after it: ذكرت الشرطة أن الانفجار وقع)
        # (only a clause that tells its subject underwent the attack, أن القرية تعرضت لهجوم, or that the event
        # occurred, إن "حادثا بعبوة ناسفة وقع على محور ...": إن القيادي قتل في عملية عسكرية leaves the army that speaks
        # the one who acted)
        if any(self._occurred_at(j) for j in range(i + 1, min(i + 4, len(self.tokens)))
               if self.tokens[j].sentence == m.sentence):
            return True
        between = [o for o in self.in_sentence(self.actors, m.sentence) if particle < self.tok(o) < i]
        if between and all(isinstance(o.resolution, ActorResolution) and o.resolution.inter == 7 for o in between) \
                and any(word_forms(self.tokens[j].text) & _DIED for j in range(particle + 1, i)):
            # قالت منظمة جيش أراكان إن 17 مدنيا قضوا في غارة: civilians the speaker says died in it were hit by
            # someone else; the speaker tells of it
            return True
        return particle + 2 < i and normalize(self.tokens[particle + 2].text).lstrip("و").startswith(_UNDERWENT)

    def _other_actor_at(self, i: int, m: Mention) -> bool:
        """Whether an actor other than ``m`` is named right at or after the trigger at ``i`` (قصف باكستاني، غارة
        للتحالف): the trigger's own perpetrator."""
        return any(o.id != m.id and _canonical(o) != _canonical(m) and i <= self.tok(o) <= i + 2
                   for o in self.in_sentence(self.actors, m.sentence))

    def _sub_at(self, i: int) -> str:
        """The sub-event type of the trigger at token ``i``, or ""."""
        if i >= len(self.tokens):
            return ""
        hit = self.lex.matcher.match_at(self.tokens, i)
        return hit.payload.sub_event_type if hit is not None and isinstance(hit.payload, TriggerRule) else ""

    def _describes_bombing(self, k: int, i: int, lo: int, subs: set[str]) -> bool:
        """``وقال مفتش الشرطة إن الأدلة تشير إلى أنه كان هجوما انتحاريا``: a speaker (a verb of speech up to three
        words before it, a title between) whose clause says what a bombing was (أنه كان، أنها كانت) describes the
        bombing already told; a force that speaks so set off no bomb (``subs``: the kinds of the trigger and of the
        word after it, انتحاريا)."""
        if not subs & _BOMBINGS:
            return False
        if not any(self.tokens[j].text in speech_verbs() for j in range(max(lo, k - 3), k)):
            return False
        return any(normalize(self.tokens[j].text) in _IT_WAS_PARTICLES and self.tokens[j + 1].text in _WAS
                   for j in range(k + 1, i - 1))

    def _landmark(self, m: Mention, lo: int) -> bool:
        """``اختطف مسلحون 3 مواطنين قرب قسم المخابرات الجوية``: a body named after a word of nearness (its branch's
        building) says where the event was, not who took part in it."""
        k = self.tok(m)
        return any(word_forms(self.tokens[j].text) & _NEAR_LANDMARK for j in range(max(lo, k - 2), k))

    def _protector(self, m: Mention, lo: int) -> bool:
        """``أضرم مستوطنون النار في مركبتين ... تحت حماية جيش الاحتلال``: the force a side acted under the protection
        of stood by it; it is neither side of the event."""
        k = self.tok(m)
        # (لحماية المستوطنين, to protect the settlers, names whom a force came for: they are not its protector)
        return any(normalize(self.tokens[j].text) in _PROTECTION or (
            j - 1 >= lo and normalize(self.tokens[j].text) == _PROTECTION_NOUN
            and normalize(self.tokens[j - 1].text) == _UNDER) for j in range(max(lo, k - 2), k))

    def _attributed_to(self, m: Mention, i: int, lo: int) -> bool:
        """``قتل أربعة جنود في انفجار عبوة ناسفة، وفق ما أفاد الجيش``: the actor an attribution clause after the trigger
        names as its source (وفق ما أفاد، حسبما قال، بحسب، نقلا عن) says what happened and is no side of it."""
        k = self.tok(m)
        return k > i and any(word_forms(self.tokens[j].text) & _ATTRIBUTION for j in range(max(lo, i + 1, k - 4), k))

    def _continuing_subject(self, m: Mention, sc: Scope, i: int) -> bool:
        """``وتواصل قوات الدعم السريع قصف المدينة``: an actor between a verb of continuing and the verbal noun of the
        trigger is the one who goes on acting, the subject of the verb, not the ongoing state the verb's scope reads."""
        if sc.modality != "ongoing" or self.tok(m) != sc.cue + 1:
            return False
        nxt = bisect.bisect_left(self.token_starts, m.end)
        # يستمر الجيش في قصف ...: the verb's preposition may stand before the verbal noun
        return nxt == i or (nxt + 1 == i and normalize("في") in word_forms(self.tokens[nxt].text))

    def _relative_antecedent(self, trig: _Trigger, pool: list[Mention], lo: int) -> Mention | None:
        """The actor that the subject of a relative clause refers back to, when the trigger is that clause's verb or
        its object (رجل يشتبه في انتمائه لحركة الشباب، والذي ألقى قنبلة يدوية): a relative pronoun at most three words
        before the trigger, and the nearest actor of the sentence within eight words before the pronoun."""
        i = trig.match.first
        rel = next((j for j in range(i - 1, max(lo, i - 4) - 1, -1)
                    if normalize(self.tokens[j].text).removeprefix("و") in _RELATIVE_PRONOUNS), None)
        if rel is None:
            return None
        before = [m for m in pool if rel - 8 <= self.tok(m) < rel and m.role != "associated"]
        return before[-1] if before else None

    def _is_agent(self, m: Mention, lo: int) -> bool:
        """``من قبل X``، ``على يد X``، ``هجوم تبنته X``، ``برصاص X``: X is the one who acts (event_triggers.tsv, kind
        perpetrator_marker)."""
        k = self.tok(m)
        return k - 1 >= lo and bool(word_forms(self.tokens[k - 1].text) & (_AGENT_BEFORE | self.lex.perpetrator_markers))

    def _actors(
        self, trig: _Trigger, clause: tuple[int, int], start: int, end: int, scopes: list[Scope]
    ) -> tuple[list[str], list[str]]:
        i = trig.match.first
        sentence_pool = [
            m
            for m in self.in_sentence(self.actors, trig.sentence)
            if start <= self.tok(m) < end
            # وزارة الصحة التابعة للحوثيين: the group whose body reports the event is no side of it
            and self._owned(m, start) != "body"
            and not self._ascribes(m, start)
            and not self._mere_speaker(m, i, start)
            and not self._finder(m, i, start)
            and not self._attributed_to(m, i, start)
            and not self._protector(m, start)
            and not self._landmark(m, start)
            and not self._bracketed_alias(m)
            and not any(
                sc.covers(self.tok(m))
                and not sc.covers(i)
                # استشهد عنصران ... جراء اعتداء مجموعة إرهابية: who caused the toll is who did the killing
                and not (sc.modality == "cause" and i < sc.cue)
                and not self._continuing_subject(m, sc, i)
                for sc in scopes
            )
        ]
        pool = [m for m in sentence_pool if clause[0] <= self.tok(m) < clause[1]] or sentence_pool
        if not pool:
            return [], []
        clause_pool = [m for m in sentence_pool if clause[0] <= self.tok(m) < clause[1]]
        if clause_pool and not any(self._is_agent(m, start) for m in clause_pool):
            # وإلقاء قنبلة يدوية عليهم، من قِبل محتجين: the agent a comma sets off right after the clause is its agent
            set_off = [m for m in sentence_pool if clause[1] <= self.tok(m) <= clause[1] + _SET_OFF_AGENT
                       and self._is_agent(m, start)]
            clause_pool += set_off[:1]
            pool = clause_pool
        remote = sub_event_type(trig.sub_event_type).event_type == "Explosions/Remote violence"
        speaker = self._own_forces_speaker(trig, sentence_pool)
        if speaker is not None:
            # أعلن حزب الله أن مقاتليه استهدفوا ...: the group whose own fighters struck is the one who acted, and the
            # first other actor of the clause is the one they struck
            ids1 = self._coreferent(self._with_associates([speaker], sentence_pool))
            rest = [m for m in clause_pool if m.role != "associated" and m.id not in ids1]
            if not rest and remote:
                rest = self._counted_dead_after(clause, sentence_pool, start, [speaker])
            ids2 = self._coreferent(self._with_associates(rest[:1], sentence_pool), rival=ids1) if rest else []
            return ids1, [x for x in ids2 if x not in ids1]
        blamed = next((m for m in sentence_pool if self._blamed(m, start)), None)
        if remote and not clause_pool and blamed is not None:
            # غارات استهدفت مديرية خولان، ونسبها الإعلام الحوثي إلى الولايات المتحدة: who the strikes are laid on
            return self._coreferent(self._with_associates([blamed], sentence_pool)), []
        if remote and not clause_pool:
            # استهدف هجوم انتحاري أكاديمية عسكرية في مقديشو، تبنته حركة الشباب: the group a perpetrator marker names
            # in the next clause, referring back to the attack, set it off
            marked = [m for m in sentence_pool if self.tok(m) > i and m.role != "associated" and self._is_agent(m, start)]
            if marked:
                return self._coreferent(self._with_associates(marked[:1], sentence_pool)), []
            # لقي تسعة من أفراد الأمن مصرعهم، فيما أصيب آخرون في تفجير انتحاري: the men counted dead in an earlier
            # clause of the sentence are the side the blast hit, though who set it off is named nowhere near
            hit = [m for m in sentence_pool if m.role != "associated" and self.tok(m) < i
                   and (self._counted_casualties(m, start) or self._partitive_victim(m, start))]
            if hit:
                return [], self._coreferent(self._with_associates(hit[:1], sentence_pool))
            return [], []  # a strike's agent is named next to it or not at all (الفصائل انسحبت إثر قصف جوي ...)
        if not clause_pool and trig.rule.flags & {"generic", "bombardment"} and self._definite(i):
            # الهجوم وقع في منطقة X، ويستخدم الجيش المركز قاعدة له: the attack told again takes its sides from the
            # report it refers to, not from another clause's subject
            return [], []
        side1, side2 = self._sides(trig, pool, start)
        if remote and side1 and not side2 and self._of_military_target(side1[0]):
            # عبوة ناسفة استهدفت ... دورية للجيش: the force whose patrol or post the blast hit is the side hit
            side1, side2 = [], side1[:1]
        arrest = trig.sub_event_type == "Arrests"
        if arrest and side1 and self._detained(trig, side1[0]):
            # أعلن مصدر أمني القبض على 15 إرهابيا ينتمون إلى تنظيم داعش: the group after the arrest word is who was
            # arrested; the arresting side may be named before it, in another clause
            detained = side1[:1]
            # (a force named before the arrest word and read as the other side arrested them: نجحت قوات الأمن في
            # تفكيك "خلية إرهابية")
            arresting = [m for m in side2 if self.tok(m) < trig.match.first and not self._detained(trig, m)]
            side1, side2 = arresting[:1], detained if arresting else (side2 or detained)
        if not side1:
            antecedent = self._relative_antecedent(trig, sentence_pool, start)
            if antecedent is not None and antecedent not in side2:
                # القبض على رجل يشتبه في انتمائه لحركة الشباب، والذي ألقى قنبلة يدوية على مركز للشرطة: the one who
                # threw it is the man the relative pronoun refers back to, of the group named with him
                side1 = [antecedent]
        if remote and not side1 and blamed is not None and blamed not in side2:
            side1 = [blamed]  # قتل مدنيان في غارات على سحار، نسبها الحوثيون إلى الولايات المتحدة
            pool = sentence_pool
        if not side1 and pool is not sentence_pool and not remote:
            # the subject often sits in an earlier clause: تخوض هيئة تحرير الشام ... الثلاثاء، معارك عنيفة ضد ...
            wider, _ = self._sides(trig, sentence_pool, start)
            side1 = [m for m in wider if m not in side2][:1]
            pool = sentence_pool
        if side1 and not side2 and pool is not sentence_pool and self._after_between(side1[0]):
            # بين مقاتلي الحركة من جهة، والقوات الحكومية من جهة أخرى: the other side of بين stands past the comma
            _, wider_b = self._sides(trig, sentence_pool, start)
            side2 = [m for m in wider_b if m not in side1][:1]
            if side2:
                pool = sentence_pool
        if side1 and not side2 and pool is not sentence_pool and trig.rule.sub_event_type in _TARGETED_TYPES:
            # فاستهدف دورية للجيش المالي ...، حيث نصبت عناصر الجماعة كمينا للدورية: the side hit may be named in an
            # earlier clause of the sentence, as the subject may (above), when a word of the sentence marks it hit
            _, wider2 = self._sides(trig, sentence_pool, start, targets_only=True)
            named1 = {_canonical(m) for m in side1}
            # (civilians hit are read apart, by _attach_victims)
            # (an earlier clause only: in أعدمت قوات الأمن 52 علويا ...، حيث تخوض اشتباكات مع مسلحين the gunmen fight
            # in the clause after, they are not those executed)
            side2 = [m for m in wider2 if m not in side1 and _canonical(m) not in (None, *named1)
                     and self.tok(m) < clause[0]
                     and not (isinstance(m.resolution, ActorResolution) and m.resolution.actor_type == "civilians")][:1]
        if remote and side1 and not side2 and pool is not sentence_pool:
            # نفذ سلاح الجو عمليات في محافظتي سيغو وتمبكتو، أدت إلى مقتل 15 عنصرا تابعين لـ«جماعة نصرة الإسلام»: the
            # men a later clause counts dead are the side the strikes hit
            side2 = self._counted_dead_after(clause, sentence_pool, start, side1)
            if side2:
                pool = sentence_pool
        if arrest and side1 and self._detained(trig, side1[0]):
            side1, side2 = [], side2 or side1[:1]  # the wider search found only those arrested
        ids1 = self._with_associates(side1, pool)
        if side2 and side2[0].id in ids1:
            principals = [m for m in pool if m.role != "associated"]
            rest = [m for m in principals if m.id not in ids1 and m is not side2[0]]
            side2 = rest[:1]
        ids2 = self._with_associates(side2, pool)
        ids1 = self._coreferent(ids1)
        ids2 = [x for x in self._coreferent(ids2, rival=ids1) if x not in ids1]
        if sub_event_type(trig.sub_event_type).event_type != "Battles":
            # مسلحين ينتمون إلى التنظيم اختطفوا ...: the group's men named twice are one side, not its own target
            # (only fighting may set two units of one name against each other)
            named1 = {_canonical(self.by_id(x)) for x in ids1} - {None}
            ids2 = [x for x in ids2 if _canonical(self.by_id(x)) not in named1]
        return ids1, ids2

    def _few_among_people(self, m: Mention) -> bool:
        """Whether ``m`` counts a force's men as a small part (under half) of a larger toll of people told just before
        (قتل 21 شخصا على الأقل بينهم شرطيان): the attack hit the people, the force's men among them. A part with no
        figure (مقتل عشرة أشخاص، بينهم مجندون) is left as the side hit."""
        if m.role != FALLEN_ROLE:
            return False
        k = self.tok(m)
        among = next((j for j in range(k - 1, max(-1, k - 4), -1) if word_forms(self.tokens[j].text) & _AMONG_THEM),
                     None)
        if among is None:
            return False
        figures = [n for n in self.numbers if n.sentence == m.sentence and isinstance(n.resolution, NumberResolution)]
        part = next((n.resolution.value for n in figures
                     if n.start < m.end and self.token_starts[among] < n.end), None)
        if part is None:
            # (the numbers stage folds a dual after بينهم into the toll before it: بينهم شرطيان is two)
            forms = word_forms(self.tokens[k].text)
            part = 2 if forms & count_cue_forms("dual_person") else 1 if forms & count_cue_forms("single_person") \
                else None
        total = max((n.resolution.value for n in figures if n.end <= self.token_starts[among]
                     and n.resolution.counts in _CASUALTY_COUNTS), default=None)
        return part is not None and total is not None and 2 * part < total

    def _counted_dead_after(self, clause: tuple[int, int], pool: list[Mention], start: int,
                            side1: list[Mention]) -> list[Mention]:
        """The first group of ``pool`` past the trigger's clause whose men a figure counts dead or wounded (أدت إلى
        مقتل 15 عنصرا تابعين لـ«جماعة نصرة الإسلام»), other than ``side1``: a strike's side hit, told in its result
        clause. Civilians are left to _attach_victims, which reads them apart."""
        named1 = {_canonical(m) for m in side1}
        # (past another event's word the figure is that event's: قصفت المدفعية التركية قرية، فيما استهدفت غارات روسية
        # بلدة، ما أدى إلى مقتل ثلاثة)
        others = [t.match.first for t in getattr(self, "triggers_by_sentence", {}).get(
            self.tokens[clause[0]].sentence, ()) if t.match.first >= clause[1]]
        return [m for m in pool if self.tok(m) >= clause[1] and m.role != "associated"
                and not any(k < self.tok(m) for k in others)
                and _canonical(m) not in (None, *named1)
                and not (isinstance(m.resolution, ActorResolution) and m.resolution.actor_type == "civilians")
                and (self._partitive_victim(m, start) or self._counted_casualties(m, start))][:1]

    def _bracketed_alias(self, m: Mention) -> bool:
        """``قوى الأمن الداخلي (الأسايش)``: an actor in brackets right after another names it again; it is no side of
        its own (the side is the first mention, named as the bracketed one: :meth:`_renamed`)."""
        return m.id in self._renamed().values()

    def _renamed(self) -> dict[str, str]:
        """Actor ids -> the id of the actor set in brackets right after them (a name or acronym beside a description,
        قوى الأمن الداخلي (الأسايش)), which names the side more precisely."""
        if self._brackets is None:
            raw = self.a.raw
            self._brackets = {}
            for m in self.actors:
                rest = raw[m.end :]
                if not rest.lstrip().startswith("(") or len(rest) - len(rest.lstrip()) > 1:
                    continue
                opening = m.end + rest.index("(") + 1
                named = next((o for o in self.actors if o is not m and raw[opening : o.start].strip() == ""
                              and raw[o.end : o.end + 1] == ")" and isinstance(o.resolution, ActorResolution)), None)
                if named is not None:
                    self._brackets[m.id] = named.id
        return self._brackets

    def _detained(self, trig: _Trigger, m: Mention) -> bool:
        """Whether the actor ``m`` stands after an arrest word's على or after a count of people arrested (القبض على
        خمسة من عناصر الحركة، اعتقال 15 عنصرا من التنظيم): it names the detained, not those who arrested them."""
        k = self.tok(m)
        if k <= trig.match.last:
            return False
        between = range(trig.match.last + 1, k)
        if word_forms(self.tokens[trig.match.first].text) & _DISMANTLING and (
            k - trig.match.last <= 3
            or (k - trig.match.last <= _DETAINED_REACH
                and any(word_forms(self.tokens[j].text) & _CELL_OF for j in between))
        ):
            # تفكيك "خلية إرهابية"، تفكيك خلية تابعة لتنظيم داعش: the cell dismantled, and the group it belongs to,
            # are who was arrested
            return True
        if k - trig.match.last > _DETAINED_REACH:
            # اعتقال سبعة أشخاص في داريا، قالت إنهم يشكلون خلية لتنظيم داعش: a pronoun for those arrested, then a word
            # of belonging, names their group however far it stands
            pronoun = next((j for j in between if word_forms(self.tokens[j].text) & _THEY), None)
            if pronoun is None and any(trig.match.last < self.tok(n) < k for n in self.in_sentence(
                    self.numbers, trig.sentence)) and word_forms(self.tokens[k - 1].text) & _CONCERNING:
                # توقيف 17 مشتبها بهم في إطار تحقيقات تتعلق بتنظيم داعش: the group the inquiry into those counted
                # concerns is theirs
                return True
            return pronoun is not None and any(word_forms(self.tokens[j].text) & _BELONG_WORDS
                                               for j in range(pronoun + 1, k))
        if any(normalize("على") in word_forms(self.tokens[j].text) for j in between):
            return True
        return any(trig.match.last < self.tok(n) < k for n in self.in_sentence(self.numbers, trig.sentence))

    def _own_dead_told(self, m: Mention, trig: _Trigger) -> bool:
        """Whether the actor tells, before the trigger, of its own members killed or wounded (أعلنت الشرطة مقتل أربعة
        من أفرادها إثر هجوم مسلح): the body that counts its own losses was the side the attack hit."""
        k = self.tok(m)
        casualty = next((j for j in range(k + 1, min(trig.match.first, k + 12))
                         if word_forms(self.tokens[j].text) & _CASUALTY_WORDS), None)
        return casualty is not None and any(
            normalize(self.tokens[j].text) == _OF and word_forms(self.tokens[j + 1].text) & _OWN_MEMBERS
            for j in range(casualty + 1, min(trig.match.first - 1, casualty + 6)))

    def _present_despite(self, m: Mention) -> bool:
        """Whether the actor is named as deployed in a clause of "despite" (تعرضت المدينة لهجوم، رغم انتشار قوات الدفاع
        ووحدات من الجيش الرواندي): forces that were there and did not stop the attack are no side of it."""
        k = self.tok(m)
        lo = self.sentence_tokens[m.sentence][0]
        for j in range(k - 1, max(lo, k - _PRESENCE_REACH) - 1, -1):
            if self.tokens[j].text in (",", "،"):
                return False
            if word_forms(self.tokens[j].text) & _PRESENCE_NOUNS:
                before = [normalize(self.tokens[x].text) for x in range(max(lo, j - 2), j)]
                return bool(before) and (before[-1] in _CONCESSIVE or (
                    before[-1] == _OF and len(before) == 2 and before[0] in _CONCESSIVE))
        return False

    def _describer(self, m: Mention) -> bool:
        """Whether the actor is the subject of a verb of naming right before it (وصفته الشرطة، تسميها السلطات)."""
        k = self.tok(m)
        # (من وصفتها بمجموعات خارجة عن القانون: after ب comes the name given, the group itself)
        return k > 0 and bool(word_forms(self.tokens[k - 1].text) & _NAMING_VERBS) and "ب" not in self.tokens[k].prefixes

    def _after_between(self, m: Mention) -> bool:
        """Whether the actor follows بين, directly or after a force noun the actor's span left out (اشتباكات بين
        قوات قسد والجيش: the mention is قسد)."""
        t = self.tok(m)
        if t > 1 and normalize("من") in word_forms(self.tokens[t - 1].text) \
                and not self.tokens[t - 2].text.startswith("و") and (force_word(self.tokens[t - 2].text)
                                                                    or self.tokens[t - 2].text in _DETACHMENTS):
            t -= 2  # بين قوة من الجيش العراقي ومجموعة مسلحة: a detachment of the force is the force
        if t > 0 and not self.tokens[t - 1].text.startswith("و") and force_word(self.tokens[t - 1].text):
            t -= 1
        # (بين after the dead or wounded is 'among': سقوط قتلى وجرحى بين الجنود الأرمن names the side hit)
        return t > 0 and normalize("بين") in word_forms(self.tokens[t - 1].text) \
            and not (t > 1 and word_forms(self.tokens[t - 2].text) & _casualty_nouns())

    def _chain(self, head: Mention) -> list[Mention]:
        """Actors coordinated with ``head`` (الطيران السوري والروسي), leftmost first."""
        ordered = sorted(self.actors, key=lambda m: m.start)
        k = ordered.index(head)

        def joined(left: Mention, right: Mention) -> bool:
            gap = self.a.raw[left.end : right.start].strip()
            if right.start >= left.end and gap.startswith("و") and " " not in gap and len(gap) > 1:
                return force_word(gap)  # الجيش المالي وقوات روسية: a force noun before a nationality actor
            if gap == "" and (" " in right.text.strip() or (
                    _inter_of(left) != _inter_of(right) and 7 in (_inter_of(left), _inter_of(right)))):
                # side by side with nothing between, only a one-word nationality joins a force (الطيران السوري الروسي);
                # a name of its own there is the verb's object (فككت قوات الأمن خلية إرهابية، اختطف مستوطنون راعيا)
                return False
            return right.start >= left.end and gap in ("", "و", "،", ",", "و،")

        lo = k
        while lo > 0 and joined(ordered[lo - 1], ordered[lo]) and ordered[lo - 1].role != "associated":
            lo -= 1
        hi = k
        while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
            hi += 1
        if self._after_between(ordered[lo]):
            return [head]  # بين A و B names two opponents, not allies
        return ordered[lo : hi + 1]

    def _sides(
        self, trig: _Trigger, pool: list[Mention], start: int, targets_only: bool = False
    ) -> tuple[list[Mention], list[Mention]]:
        """Actor1 and actor2 heads among ``pool`` (``targets_only``: actor2 only when a word marks it as hit)."""
        i = trig.match.first
        # على يد ما وصفته الشرطة بقطاع الطرق: who names the attackers is no side
        principals = [m for m in pool if m.role != "associated" and not self._describer(m)
                      and not self._present_despite(m)]
        # مقاتلون من حزب الله: a generic head that stands for the actor named after it (_partitive) is one participant
        # with it, not a side of its own
        principals = [m for m in principals if self._partitive(m) is m or self._partitive(m) not in principals]
        side1: list[Mention] = []
        side2: list[Mention] = []
        between = next(
            (
                m
                for m in principals
                if self._after_between(m)
            ),
            None,
        )
        if "territory" in trig.rule.flags:
            before = [m for m in principals if self.tok(m) < i and not self._is_target(m, start)]
            # دون مقاومة من قوات النظام، وسيطرت على ...: the resisting side is no subject of the takeover
            before = [m for m in before if not self._oblique(m, start)] or before
            # خارج سيطرة الجيش السوري: who held the place before is no subject of a takeover named before it
            # (nor is the group whose stronghold was taken: سيطرت قواتها على وادي ميرالي، أحد المعاقل الرئيسية لمقاتلي
            # تنظيم داعش)
            held = [m for m in principals if self.tok(m) > i and self._stronghold_of(m, max(start, i + 1))]
            after = [m for m in principals if self.tok(m) > i and not self._is_target(m, start)
                     and not self._controller(m, max(start, i + 1)) and m not in held]
            first = before[-1] if before else (after[0] if after else None)
            if first is None and not before and self._subject_dropped(trig):
                # توغلت قوات الدعم السريع نحو ولاية النيل الأبيض. كما سيطرت على معسكر الجيش السوداني: a verb with no
                # subject of its own goes on with the last sentence's subject; what it took was the target's
                told = [m for m in self.in_sentence(self.actors, trig.sentence - 1) if m.role == ""]
                if told:
                    side1 = told[:1]
                    side2 = [m for m in principals if _canonical(m) != _canonical(told[0])][:1]
            if first is not None:
                side1 = [first]
                side2 = [m for m in principals if m is not first][:1]
            elif held:
                side2 = held[:1]
        elif between is not None:
            side1 = [between]
            rest = [m for m in principals if self.tok(m) > self.tok(between)]
            side2 = rest[:1]
        else:
            # مقتل قيادي بارز في حركة الشباب: the body in a killed person's title, a target; its kin are below
            members = [m for m in principals if self._member_victim(m, trig, start)
                       and not self._agent_adjective(m, self.tok(m))]
            targets = [
                m
                for m in principals
                if not self._agent_adjective(m, self.tok(m)) and (
                (self._is_target(m, self._target_scan_from(m, trig, start)) and not self._names_trigger(m, trig))
                or self._victim(m, trig)
                or self._instrument_target(m, trig)
                or self._partitive_victim(m, start)
                or self._counted_casualties(m, start)
                or self._counted_soldiers(m)
                or m in members
                # صنعاء الخاضعة لسيطرة الحوثيين: who holds the place struck is the side hit, never the striker
                or (self._remote(trig) and self._holder(m, start))
                or self._defender(m, trig, start)
                or self._aimed_count(m, trig, start)
                or self._object_after_subject(m, principals, start))
                or self._own_dead_told(m, trig)
            ]
            # أهدافا تابعة للحوثيين، قرب قيادة الفرقة التابعة للجيش: with no other target, the owner of what was hit
            # near the trigger is the side attacked (a camp's owner beside a named victim may be who killed him)
            owners = [] if targets else [m for m in principals if self._owned(m, start) == "thing"
                                         and not self._names_trigger(m, trig) and abs(self.tok(m) - i) <= _OWNER_REACH]
            targets = targets or owners
            # قتل 21 شخصا بينهم شرطيان في هجوم على حافلة: two policemen among the passengers are no side of their own
            few = [m for m in targets if self._few_among_people(m)]
            targets = [m for m in targets if m not in few]
            others = [m for m in principals if m not in targets and m not in few]
            # مقتل أبو عبيدة المتحدث باسم كتائب القسام، الجناح العسكري لحركة حماس: the victim's body named again by its
            # parent or wing is the victim's side too, not who killed him
            kin = {x for t in members for x in _lineage(t)}
            others = [m for m in others if not (_lineage(m) & kin)]
            # أهدافا تابعة للحوثيين ... مضيفا أن الحوثيين سيدفعون الثمن: the owner hit, named again, is no attacker
            hit = {_canonical(t) for t in owners} - {None}
            others = [m for m in others if _canonical(m) not in hit]
            known = [t for t in targets if _canonical(t)]
            if not others and len({_canonical(t) for t in known}) >= 2 and trig.rule.sub_event_type == "Armed clash":
                # قتل خمسة من القوات الحكومية وثمانية من مسلحي الحوثي في مواجهات: both sides counted as losses; the
                # clash's sides in the order the report names them (a side named twice is one side)
                return known[:1], [next(t for t in known if _canonical(t) != _canonical(known[0]))]
            # لوحدة من الجيش المالي وقوات روسية مرافقة لها: a force coordinated with the target was attacked with it
            allies = [m for t in targets for m in self._chain(t) if m in others]
            others = [m for m in others if m not in allies]
            # (قالت قيادة العمليات إن 11 قتلوا في هجوم حملت مسؤوليته لتنظيم الدولة: the one blamed acted, not the
            # force that announced it)
            agents = [m for m in others if self._blamed(m, start)] or [
                m for m in others if self._is_agent(m, start) or self._announces(m, trig, start)]
            # استهدفت قوات الدعم السريع مركزا للجيش بمسيرات: the subject of a verb of armed action that opens its clause
            # acts, however near the trigger another actor stands
            # (a demonstration's sides are the crowd's and the force's, whoever opens the sentence)
            crowd_event = sub_event_type(trig.sub_event_type).event_type in ("Protests", "Riots")
            subjects = [] if crowd_event else [m for m in others if self._action_subject(m, start)]
            # بطائرات مسيرة: the weapon that is the trigger itself names nobody; a named actor beside it acts
            named = [m for m in others if not (m.resolution is None and self._names_trigger(m, trig))]
            if agents:
                side1 = agents[:1]
            elif subjects:
                side1 = subjects[:1]
            elif others:
                side1 = [min(named or others, key=lambda m: (abs(self.tok(m) - i), self.tok(m) > i))]
            side2 = targets[:1]
            if not side2 and not targets_only:
                side2 = [m for m in others if m not in side1 and not self._speaker(m, trig)][:1]
        return side1, side2

    def _holder(self, m: Mention, lo: int) -> bool:
        """The actor is the possessor of a word for control proper (سيطرة الحوثيين، نفوذ الفصائل), not of a participle
        of belonging (الطائرات التابعة للجيش: the army flies them)."""
        k = self.tok(m)
        return k - 1 >= lo and bool(word_forms(self.tokens[k - 1].text) & (_CONTROL_NOUNS - _BELONGING))

    @staticmethod
    def _remote(trig: _Trigger) -> bool:
        return sub_event_type(trig.sub_event_type).event_type == "Explosions/Remote violence"

    def _own_forces_speaker(self, trig: _Trigger, pool: list[Mention]) -> Mention | None:
        """The actor before إن/أن whose own forces (قواته، مقاتليه) the clause after it has act, or None."""
        lo = self.sentence_tokens[trig.sentence][0]
        comp = next(
            (j for j in range(trig.match.first - 1, lo - 1, -1) if word_forms(self.tokens[j].text) & _COMPLEMENTIZERS),
            None,
        )
        if comp is None:
            return None
        pronoun = word_forms(self.tokens[comp].text) & _PRONOUN_COMPLEMENTIZERS
        acts = pronoun and comp + 1 <= trig.match.first and self.lex.agent_verbs.match_at(self.tokens, comp + 1)
        if not acts and not self.lex.own_forces.find_all(self.tokens, comp + 1, trig.match.first + 1):
            return None
        before = [m for m in pool if self.tok(m) < comp and m.role != "associated"]
        return before[-1] if before else None

    def _announces(self, m: Mention, trig: _Trigger, lo: int) -> bool:
        """``أعلن الحوثيون استهداف سفينة``: the actor announcing the verbal noun that follows it is the one who acted."""
        k = self.tok(m)
        last = bisect.bisect_left(self.token_starts, m.end) - 1
        nxt = last + 1
        if k - 1 < lo or nxt >= len(self.tokens) or nxt > trig.match.first:
            return False
        if self.lex.announce.match_at(self.tokens, k - 1) is None:
            return False
        return nxt == trig.match.first or self.lex.announced_act.match_at(self.tokens, nxt) is not None

    def _speaker(self, m: Mention, trig: _Trigger) -> bool:
        """``قالت جماعة الحوثي إن غارات ... استهدفت``: the actor before the complementizer says, it is not hit.

        Unless the clause's subject is the speaker's own forces (قال الجيش إن قواته صدت هجوما): then it fights."""
        k = self.tok(m)
        comp = next(
            (j for j in range(k + 1, trig.match.first) if word_forms(self.tokens[j].text) & _COMPLEMENTIZERS), None
        )
        if comp is None:
            # أعلن الجيش مقتل 20 شخصا في هجوم نفذته جماعة مسلحة على قرية: the subject of a verb of speech whose object
            # is the killing of people announces it; the people were hit
            return k > 0 and self.tokens[k - 1].text in speech_verbs() and self._people_killed(trig)
        return not self.lex.own_forces.find_all(self.tokens, comp + 1, trig.match.first + 1)

    def _action_subject(self, m: Mention, lo: int) -> bool:
        """``استهدفت قوات الدعم السريع مقرا للجيش``، ``وقصف الجيش مواقع``: a named actor right after a verb of armed
        action that opens its clause is that verb's subject. With an instrument joined by ب right after the actor the
        verb is read as passive (استهدفت قوات الجيش بطائرة مسيرة: the force was hit), and a verb of interception has the
        defender, not the attacker, for subject."""
        k = self.tok(m)
        if k - 1 < lo or m.resolution is None or self._instrument_after(m):
            return False
        return bool(word_forms(self.tokens[k - 1].text) & _action_verbs()) and self._opens_clause(k - 1, lo)

    def _object_after_subject(self, m: Mention, principals: list[Mention], lo: int) -> bool:
        """``إن مقاتلات التحالف قصفت قوات الانتقالي``: in subject-verb-object order, an actor right after a verb of armed
        action whose subject, another actor, stands right before it is the verb's object, the side hit."""
        k = self.tok(m)
        if k - 1 < lo or not word_forms(self.tokens[k - 1].text) & _action_verbs() or self._opens_clause(k - 1, lo):
            return False
        return any(o is not m and bisect.bisect_left(self.token_starts, o.end) == k - 1 for o in principals)

    def _defender(self, m: Mention, trig: _Trigger, lo: int) -> bool:
        """``أعلن اللواء عن تصديه لهجوم انتحاري``، ``اللواء يتصدى لهجوم انتحاري``: the force that repelled a bombing or a
        strike was its target; who set off the bomb or sent the drone is another (ACLED: the unnamed bomber is an
        Unidentified Armed Group, the force attacked is actor2). A word of repelling stands between the force and the
        attack word, right before the latter, with no other actor between them."""
        if sub_event_type(trig.sub_event_type).event_type != "Explosions/Remote violence":
            return False
        k, i = self.tok(m), trig.match.first
        if not lo <= k < i or i - k > 8:
            return False
        if any(a is not m and m.end <= a.start and self.tok(a) < i for a in self.actors):
            return False
        if any(word_forms(self.tokens[r].text) & _DEFENDING for r in range(max(k + 1, i - 2), i)):
            return True
        # تصدت الدفاعات الجوية للجيش لهجوم بالمسيرات: the verb opens the clause before the force (and its weapon nouns)
        r = k - 1
        while r > lo and k - r <= 3 and (force_word(self.tokens[r].text) or force_word(self.tokens[r].text, "modifiers")):
            r -= 1
        return r >= lo and bool(word_forms(self.tokens[r].text) & _DEFENDING) and i - k <= 4

    def _agent_adjective(self, m: Mention, k: int) -> bool:
        """``استهداف إسرائيلي``، ``استهداف حوثي``: an actor that is one nationality or group adjective right after a
        verbal noun of aim qualifies that noun, so it is who aimed, not what was aimed at."""
        if k < 1 or len(m.text.split()) != 1 or not word_forms(self.tokens[k - 1].text) & _AIM_NOUNS:
            return False
        lex = reference_lexicon()
        word = self.tokens[k].text
        return bare_form(word, lex.nationalities) is not None or bare_form(word, lex.groups) is not None

    def _aimed_count(self, m: Mention, trig: _Trigger, lo: int) -> bool:
        """``استهدف الهجوم الثاني عنصرين من الجيش``، ``استهدفت غارة إسرائيلية عنصرا من حزب الله``: men counted from a
        force after a verb of aim whose subject is the attack word itself are the side hit."""
        k = self.tok(m)
        if k - 2 < lo or not word_forms(self.tokens[k - 1].text) & _FROM or trig.match.last >= k - 2:
            return False
        return any(word_forms(self.tokens[v].text) & _VERBS_OF_AIM for v in range(max(lo, k - 7), trig.match.first))

    def _names_trigger(self, m: Mention, trig: _Trigger) -> bool:
        """The actor is part of the trigger phrase (استهدفت طائرات حربية): the aircraft act, they are no target."""
        return trig.match.first <= self.tok(m) <= trig.match.last

    def _partitive(self, head: Mention) -> Mention:
        """``مقاتلون من حزب الله``: a generic head followed by من + a named actor stands for that actor."""
        res = head.resolution
        if res is not None and not (isinstance(res, ActorResolution) and (res.generic or self._unidentified(head.id))):
            return head
        for m in self.in_sentence(self.actors, self.tokens[self.tok(head)].sentence):
            if m.start <= head.end or m.start - head.end > 40:
                continue
            # مسلحون تابعون لتنظيم "بوكو حرام"، مسلحين موالين لداعش: the group's head noun and quotes may stand
            # between the link and the name
            words = normalize(self.a.raw[head.end : m.start]).replace('"', " ").split()
            if words and words[-1] in _GROUP_HEADS_AFTER_L:
                words[-1] = "ل"
            if " ".join(words) in _PARTITIVE_LINKS:
                r = m.resolution
                if isinstance(r, ActorResolution) and not r.generic and not self._unidentified(m.id):
                    return m
        return head

    def _with_associates(self, side: list[Mention], pool: list[Mention]) -> list[str]:
        if not side:
            return []
        side = [self._partitive(side[0]), *side[1:]]
        chain = self._chain(side[0])
        head = chain[0]
        ids = [m.id for m in chain if m.role != "associated"]
        ids += [m.id for m in chain if m.role == "associated"]
        for m in pool:
            if m.role == "associated" and 0 <= m.start - chain[-1].end <= 60 and m.id not in ids:
                ids.append(m.id)
        if head.id != ids[0]:
            ids.remove(head.id)
            ids.insert(0, head.id)
        return self._host_first(ids)

    def _host_first(self, ids: list[str]) -> list[str]:
        """``هجوم شنه عناصر من فاغنر والجيش المالي``: a foreign military contractor (inter 8, not a state's forces)
        acting with a state's own forces is their associate (ACLED: Military Forces of Mali (2021-) with Wagner Group
        in assoc_actor_1), whichever the text names first. Two states' forces keep the text's order."""
        def inter(x: str) -> int | None:
            r = self.by_id(x).resolution
            return r.inter if isinstance(r, ActorResolution) else None

        first = self.by_id(ids[0]).resolution if ids else None
        if len(ids) < 2 or inter(ids[0]) != 8 or not isinstance(first, ActorResolution) \
                or first.actor_type == "state forces":
            return ids
        host = next((x for x in ids[1:] if inter(x) == 1 and self.by_id(x).role != "associated"), None)
        if host is None:
            return ids
        return [host, *(x for x in ids if x != host)]

    def _coreferent(self, ids: list[str], rival: Sequence[str] = ()) -> list[str]:
        """Replace a generic head (الجماعات) with the last named actor of its kind and that actor's associates.

        When the actors stage already resolved the generic mention to a named actor of the article (its canonical
        name is one a specific mention carries), that resolution is kept. The actor on the other side of the event
        (``rival``) is no antecedent of a generic state force, which then keeps its own resolution: in هاجم الحوثيون
        موقعا للجيش the army is not the Houthis, though ACLED codes both as state forces.
        """
        if not ids:
            return ids
        renamed = self._renamed()
        ids = list(dict.fromkeys(renamed.get(x, x) for x in ids))
        head = self.by_id(ids[0])
        res = head.resolution
        if not isinstance(res, ActorResolution) or not res.generic:
            return ids
        named = {
            m.resolution.canonical
            for m in self.actors
            if isinstance(m.resolution, ActorResolution) and not m.resolution.generic
        }
        if res.canonical in named:
            # the actors stage already named it; bring along the allies named with that actor (assoc_actor_1)
            for m in reversed(self.actors):
                r = m.resolution
                if (
                    m.start < head.start
                    and isinstance(r, ActorResolution)
                    and not r.generic
                    and r.canonical == res.canonical
                ):
                    assoc = [x.id for x in self.actors if x.role == "associated" and 0 <= x.start - m.end <= 60]
                    return [ids[0], *[x for x in assoc if x not in ids], *ids[1:]]
            return ids
        if res.actor_type == UNIDENTIFIED_TYPE:
            return ids  # the actors stage found no named actor of the article that fits: ACLED's unidentified group
        if res.inter == 7 and self.tok(head) > 0 and number_item(self.tokens[self.tok(head) - 1]) is not None:
            return ids  # ثلاثة مواطنين: civilians counted are no armed actor's men, whoever was named before them
        if res.actor_id in coalitions().values():
            return ids  # غارات التحالف: the actors stage named the coalition by the country; no other actor is it
        if res.canonical.startswith(POLICE_PREFIX):
            # the actors stage took قوات الشرطة to the police named before, else the country's own: ACLED codes the
            # police apart from the army, so a named army earlier in the report (a war told as background) is no
            # antecedent
            return ids
        state = res.inter == 1
        rivals = {r.canonical for x in rival if isinstance(r := self.by_id(x).resolution, ActorResolution)}
        for m in reversed(self.actors):
            if m.start >= head.start or m.role == "associated":
                continue
            r = m.resolution
            if isinstance(r, ActorResolution) and not r.generic and (r.inter == 1) == state:
                if res.inter in (5, 6) and r.inter != res.inter:
                    continue  # المحتجين after الكيان الصهيوني (what they protest against): a crowd is only a crowd
                if state and rival_claimant(r, res):
                    continue  # القوات الحكومية resolved to Yemen's government: the Houthis named before are not they
                if state and r.canonical in rivals:
                    return ids  # the generic keeps what the actors stage made of it (the country's own army)
                assoc = [x.id for x in self.actors if x.role == "associated" and 0 <= x.start - m.end <= 60]
                return [m.id, *assoc, *[x for x in ids[1:] if x not in assoc]]
        return ids

    def _protest_deaths(self, n: Mention) -> bool:
        """Whether a death toll in a demonstration's sentence can be the demonstration's own: the dead are named as
        its crowd (مقتل ثلاثة متظاهرين) or the sentence tells of force against it (الرصاص الحي، فرقت، اشتباكات).
        Otherwise they died in what the crowd protests against, told as its cause (احتجاجا على مجزرة، بعد تفجير)."""
        k = self.tok(n)
        a, b = self.sentence_tokens.get(n.sentence, (k, k + 1))
        crowd = _crowd_words()
        if any(word_forms(self.tokens[j].text) & crowd for j in range(max(a, k - 2), min(b, k + 4))):
            return True
        # (or shot, مقتل أربعة أشخاص بالرصاص, or the demonstration called bloody, احتجاجات دامية)
        if any(word_forms(self.tokens[j].text) & _SHOT_WORDS for j in range(k + 1, min(b, k + 6))) or any(
                word_forms(self.tokens[j].text) & _BLOODY_WORDS for j in range(a, k)):
            return True
        subs = {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
        return any(r.kind == "refine" and r.sub_event_type in subs and "Peaceful protest" in r.applies_to
                   and r.matcher.find_all(self.tokens, a, b)
                   for r in self.lex.refinements) or any(
"two_sided" in t.rule.flags  # اشتباكات بين متظاهرين وقوات الأمن
            for t in getattr(self, "triggers_by_sentence", {}).get(n.sentence, ()))

    # numbers -------------------------------------------------------------------------------------------------
    def _attach_numbers(self, drafts: list[_Draft]) -> None:
        by_sentence: dict[int, list[_Draft]] = {}
        for d in drafts:
            by_sentence.setdefault(d.sentence, []).append(d)
        parts = self._breakdowns()
        for n in self.numbers:
            res = n.resolution
            if n.id in parts:
                continue
            # a displacement figure since an operation began (نزح نحو 800 ألف منذ بدء العملية) is how agencies report the
            # displacement itself; other running totals are not this event's figure
            group = by_sentence.get(n.sentence, [])
            if not group and isinstance(res, NumberResolution) and res.counts in ("killed", "injured") \
                    and not any(d.sentence < n.sentence for d in drafts) and not any(
                        o.sentence == n.sentence + 1 and getattr(o.resolution, "counts", "") == res.counts
                        for o in self.numbers):
                # أعلن الجيش مقتل ستة جنود ومسلح. وقال إن الاشتباكات وقعت في الغابة: a lead that counts the dead and
                # tells no event has them from the event the next sentence names again with the article (unless that
                # sentence counts its own)
                group = [d for d in by_sentence.get(n.sentence + 1, [])
                         if d.sub.violent and self._definite(d.trigger_token)]
            if not isinstance(res, NumberResolution) or not res.counts or (
                    res.cumulative and res.counts != "displaced" and not any(d.toll_update for d in group)):
                continue
            k = self.tok(n)
            if any(a <= k < b and not any(a <= d.trigger_token < b for d in group) for a, b in self.history_clauses):
                continue
            earlier = self._days_before(k - 1, self.sentence_tokens[n.sentence][0]) if k else None
            if earlier is not None and earlier[0] > 0 and not any(d.trigger_token > earlier[1] for d in group):
                # بعد يوم من مقتل 3 أشخاص: the dead of a day before the news are not its toll (the event the frame
                # tells after its link, غداة مقتل 3 أشخاص حين استهدفت مسيرة مركبتهم, has them)
                continue
            if res.counts in _VIOLENT_COUNTS:
                # a protest dispersed by force counts its wounded (and its dead make it excessive force, below)
                fit = [d for d in group if d.sub.violent or d.sub.event_type in ("Protests", "Riots")]
                if res.counts == "killed" and not self._protest_deaths(n):
                    # تأتي التظاهرات بعد يومين من تفجير أسفر عن مقتل ثمانية: the dead of what the crowd protests
                    fit = [d for d in fit if d.sub.event_type not in ("Protests", "Riots")]
                if res.counts == "killed":
                    # قتلوا شخصين واختطفوا أكثر من 100، إعدام 10 تجار واختطاف آخرين: the dead are the killing's, not
                    # the kidnapping's told beside it
                    fit = [d for d in fit if d.sub.name != "Abduction/forced disappearance"] or fit
            elif res.counts == "displaced":
                fit = [d for d in group if d.plover_mode == "expel"] or group
            else:
                fit = [d for d in group if d.sub.name in ("Arrests", "Abduction/forced disappearance")] or group
            if not fit:
                continue
            k = self.tok(n)
            # ما أدى إلى سقوط شهيدين، فيما قصفت ...: a toll in a consequence clause is the preceding event's
            before = [d for d in fit if d.trigger_token < k]
            if before and self._consequence_before(k, max(d.trigger_token for d in before)):
                fit = before
            nearest = min(fit, key=lambda d: abs(d.trigger_token - k)).trigger_token
            targets = [d for d in fit if d.trigger_token == nearest]
            values = self._toll_by_place(n, targets)
            for idx, d in enumerate(targets):
                value = values[idx]
                d.numbers.append(n.id)
                d.evidence.append(n.span)
                if res.counts == "killed" and d.dead_parts and d.fatalities and self._told_by_another(n) \
                        and self._dead_side(n) is None:
                    # قتلت الغارة عشرة أشخاص، فيما قال المرصد إن 18 شخصا قتلوا: another source's count of the same
                    # dead, not more dead; ACLED keeps the lower figure (a side's own count of the enemy it killed,
                    # في حين تقول تركيا إنها قتلت ثلاثة من مسلحي الحزب, counts other dead)
                    d.fatalities = min(d.fatalities, value)
                elif res.counts == "killed":
                    d.vague_dead = (d.fatalities is None or d.vague_dead) and self._vague_figure(n)
                    d.fatalities = (d.fatalities or 0) + value
                    d.dead_parts.append(value)
                    side = self._dead_side(n)
                    if side:
                        d.dead_sides.add(side)
                    d.more_dead = d.more_dead or self._others_after(n)
                    d.least_dead = max(d.least_dead, self._rank_after(n))
                elif res.counts == "injured":
                    d.injured = (d.injured or 0) + value
                elif res.counts == "killed_or_injured":
                    d.joint = (d.joint or 0) + value
                elif res.counts == "displaced":
                    d.displaced = (d.displaced or 0) + value
                elif res.counts == "detained":
                    d.detained = (d.detained or 0) + value
        quiet, verbs, nouns = _no_casualty_matchers()
        vague = _joint_matcher()
        joint = {s for s, (a, b) in self.sentence_tokens.items() if vague.find_all(self.tokens, a, b)}
        unnumbered = _unnumbered_dead_matcher()
        dead = {s for s, (a, b) in self.sentence_tokens.items() if unnumbered.find_all(self.tokens, a, b)}
        calm = set()
        for s, (a, b) in self.sentence_tokens.items():
            if quiet.find_all(self.tokens, a, b):
                calm.add(s)
                continue
            for v in verbs.find_all(self.tokens, a, b):
                if any(n.first - v.last <= 14 for n in nouns.find_all(self.tokens, v.last + 1, b)):
                    calm.add(s)
        for d in drafts:
            if d.fatalities is None and d.joint is None and d.sub.violent and d.sentence in dead \
                    and d.sentence not in calm and d.modality == "asserted":
                # سقوط قتلى وجرحى: deaths are reported, their number is not; a figure another report gives replaces it
                d.fatalities, d.no_toll = UNNUMBERED_DEAD, True
            if d.fatalities is None and (d.injured is not None or d.joint is not None) and d.sub.violent:
                d.fatalities, d.no_toll = 0, True
            if d.fatalities is None and d.sub.violent and d.sentence in calm:
                d.fatalities = 0  # لم تسفر الغارة عن إصابات: ACLED codes the strike with no fatalities
            if d.fatalities is None and d.sub.violent and d.sentence in joint:
                d.fatalities, d.no_toll = 0, True  # بين قتيل وجريح: a joint toll with no figure, coded conservatively
            if d.fatalities is None and d.kills_one and d.modality == "asserted":
                d.fatalities = 1  # اغتال: the verb says one person died
            if d.sub.name in ("Peaceful protest", "Protest with intervention") and (d.fatalities or (
                    d.injured and self._fired_on_crowd(d.sentence))):
                # (ACLED's excessive force is lethal violence or violence that seriously injures: live fire that
                # wounded protesters is, fire that hit nobody only dispersed them)
                d.recode(sub_event_type("Excessive force against protesters"))
                d.civilian = True

    def _vague_figure(self, n: Mention) -> bool:
        """Whether a figure is only a word of quantity (العشرات، مئات، عدة), not a count."""
        a, b = self.tok(n), bisect.bisect_left(self.token_starts, n.end)
        items = [number_item(self.tokens[k]) for k in range(a, max(a + 1, b))]
        return bool(items) and all(it is not None and it.kind in ("vague", "few") for it in items)

    def _told_by_another(self, n: Mention) -> bool:
        """Whether the figure is given by a second speaker, after a contrast word and a verb of saying a few words
        before it (فيما قال المرصد السوري إن 18 شخصا قتلوا، بينما أفادت مصادر طبية بمقتل 12)."""
        k = self.tok(n)
        lo = self.sentence_tokens[n.sentence][0]
        for j in range(k - 1, max(lo, k - _OTHER_SOURCE_REACH) - 1, -1):
            if word_forms(self.tokens[j].text) & speech_verbs():
                return any(word_forms(self.tokens[x].text) & _CONTRAST_OPENERS for x in range(max(lo, j - 2), j))
        return False

    def _toll_by_place(self, n: Mention, targets: list[_Draft]) -> list[int]:
        """How one figure is shared between the events of one trigger at several places: evenly (ACLED divides a
        summarised toll), unless an ordinal or آخر joined by و and followed by a place adds one victim there
        (استشهد خمسة في رفح وسادس في خان يونس): the figure is the toll of the places before it, one is the next one's."""
        value = n.resolution.value  # type: ignore[union-attr]
        named = self._toll_named_place(n, targets) if len(targets) > 1 else None
        if named is not None:
            # قصفت بلدات كفرنبل وحاس والبارة، ما أدى إلى مقتل مدنيين اثنين في كفرنبل: the text says where they died
            return [value if idx == named else 0 for idx in range(len(targets))]
        # بين كولونديبا وكاديانا بولاية سيكاسو: a unit that holds another target's town is where that town lies, not
        # a place of its own the toll is shared with; it keeps the whole figure, and folds into the town later
        hosts = {idx for idx, d in enumerate(targets) if d.location and any(
            o is not d and o.location and self._within(d.location, o.location) for o in targets)}
        if hosts and len(hosts) < len(targets):
            towns = [d for idx, d in enumerate(targets) if idx not in hosts]
            shares = iter(self._toll_by_place(n, towns))
            return [value if idx in hosts else next(shares) for idx in range(len(targets))]
        share, extra = divmod(value, len(targets))
        even = [share + (extra if idx == 0 else 0) for idx in range(len(targets))]
        if len(targets) < 2:
            return even
        lo, hi = self.sentence_tokens[n.sentence]
        k = self.tok(n)
        more = next((j for j in range(k + 1, hi - 1) if self._one_more_at(j)), None)
        where = [self.tok(self.by_id(d.location)) if d.location else -1 for d in targets]
        if more is None or min(where) < 0:
            return even
        first = [i for i, w in enumerate(where) if k - _PLACE_REACH <= w < more]
        later = sorted((i for i, w in enumerate(where) if w > more), key=lambda i: where[i])
        if not first or not later:
            return even
        out = [0] * len(targets)
        share, extra = divmod(value, len(first))
        for rank, i in enumerate(first):
            out[i] = share + (extra if rank == 0 else 0)
        out[later[0]] = 1
        return out

    def _toll_named_place(self, n: Mention, targets: list[_Draft]) -> int | None:
        """The index of the target whose place the figure ``n`` names right after its counted words (مقتل مدنيين اثنين
        في كفرنبل), or None: the place follows في or ب within a few words, with no trigger between."""
        k = self.tok(n)
        for p in self.in_sentence(self.places, n.sentence):
            j = self.tok(p)
            if not k < j <= k + 4 or any(k < d.trigger_token < j for d in targets):
                continue
            if not (word_forms(self.tokens[j - 1].text) & _TOLL_PLACE_PREPOSITIONS or "ب" in self.tokens[j].prefixes):
                return None
            key = self._place_key(p)
            same = [idx for idx, d in enumerate(targets) if d.location and d.location_key == key]
            return same[0] if same else None
        return None

    def _dead_side(self, n: Mention) -> str | None:
        """Whose dead the toll ``n`` counts, from the words right after it (11 جنديا, 19 من عناصر الحركة); None when
        they do not say."""
        lo, hi = self.sentence_tokens[n.sentence]
        k = bisect.bisect_right(self.token_ends, n.end - 1) + 1
        words = [normalize(self.tokens[j].text) for j in range(k, min(hi, k + 4)) if self.tokens[j].is_word]
        sides = _casualty_sides()
        for size in (4, 3, 2, 1):
            side = sides.get(tuple(words[:size]))
            if side:
                return side
        # a noun that counts itself says whose it is (قتل ضابط، مقتل جنديين)
        return sides.get((normalize(n.text).removeprefix("و"),))

    def _others_after(self, n: Mention) -> bool:
        """``3 فلسطينيين آخرين``: a toll whose counted noun (or the number itself) is followed by آخرين counts dead
        other than those already told; so does one victim followed by آخر (استشهد شاب آخر)."""
        lo, hi = self.sentence_tokens[n.sentence]
        k = bisect.bisect_right(self.token_ends, n.end - 1) + 1
        for j in range(k, min(hi, k + 2)):
            word = normalize(self.tokens[j].text)
            if word in _other_words():
                return True
            if word.startswith("و"):
                break  # مقتل عنصر وإصابة آخرين: the others are the wounded of the next figure, not more dead
        another = _one_more_words() - ordinal_values().keys()
        return any(w in another for w in self._victim_qualifiers(n))

    def _rank_after(self, n: Mention) -> int:
        """``فقتلت جنديا أرمينيا ثانيا``: one victim told as the second (third ...) says the event has at least that
        many dead, whatever lower figure another sentence gives; 0 when no ordinal follows."""
        return max((ordinal_values().get(w, 0) for w in self._victim_qualifiers(n)), default=0)

    def _victim_qualifiers(self, n: Mention) -> list[str]:
        """The words right after a single counted victim, up to the second, that may qualify it (جنديا أرمينيا ثانيا,
        the accusative's alif dropped); none after a conjunction, which opens another clause (قتل شخص وأصيب آخر)."""
        if not isinstance(n.resolution, NumberResolution) or n.resolution.value != 1:
            return []
        lo, hi = self.sentence_tokens[n.sentence]
        k = bisect.bisect_right(self.token_ends, n.end - 1) + 1
        out = []
        for j in range(k, min(hi, k + 2)):
            t = self.tokens[j]
            if not t.is_word or t.text.startswith("و"):
                break
            word = normalize(t.text)
            out += [word, word[:-1]] if word.endswith("ا") else [word]
        return out

    def _one_more_at(self, j: int) -> bool:
        """``وسادس في``، ``وآخر في``: an ordinal or آخر with و, right before a place preposition."""
        t = self.tokens[j]
        if not t.text.startswith("و") or normalize(t.text[1:]) not in _one_more_words():
            return False
        nxt = self.tokens[j + 1]
        return nxt.sentence == t.sentence and bool(word_forms(nxt.text) & _PLACE_PREPOSITIONS)

    def _breakdowns(self) -> set[str]:
        """Figures that break down a total just given (مقتل ثمانية أشخاص، ستة من رجال الأمن واثنين من المدنيين؛ إصابة
        خمسة، ثلاثة منهم في حالة خطرة): parts of it, not more casualties. A part follows the total after a comma or
        بينهم/منهم within a few words, the next parts follow each other closely, and together they do not exceed the
        total; a figure opened by و (ثمانية جنود، وثلاثة مدنيين) adds to it instead."""
        out: set[str] = set()
        for s, (lo, hi) in self.sentence_tokens.items():
            figures = [n for n in self.in_sentence(self.numbers, s) if isinstance(n.resolution, NumberResolution)
                       and n.resolution.counts and lo <= self.tok(n) < hi]  # fmt: skip
            for i, total in enumerate(figures):
                if total.id in out:
                    continue
                run: list[Mention] = []
                last = self.tok(total)
                for n in figures[i + 1 :]:
                    k = self.tok(n)
                    if n.resolution.counts != total.resolution.counts or k - last > _PART_GAP:  # type: ignore[union-attr]
                        break
                    between = {w for j in range(last + 1, k) for w in word_forms(self.tokens[j].text)}
                    if between & (_CASUALTY_WORDS | _CONSEQUENCE_WORDS | _NEW_CLAUSE_WORDS):
                        break  # مقتل خمسة، فيما قتل ثلاثة بضربة أخرى: a new clause counts other casualties
                    if run and any(self.tokens[j].text == ")" for j in range(last + 1, k)):
                        break  # the bracket that held the parts is closed: وامرأة after it adds to the total
                    # (a bracket opens the parts as a comma does: استشهاد 9 أطفال (5 أولاد و4 بنات))
                    if not run and (self.tokens[k].text.startswith("و") or not (
                            between & _AMONG_THEM or any(self.tokens[j].text in (",", "،", "(")
                                                         for j in range(last + 1, k)))):
                        break
                    run.append(n)
                    last = k
                if run and sum(n.resolution.value for n in run) <= total.resolution.value:  # type: ignore[union-attr]
                    out.update(n.id for n in run)
        return out

    def _attach_claimers(self, drafts: list[_Draft]) -> list[_Draft]:
        """``وتبنت حركة الشباب الهجوم``: the group that claims an attack is actor1 of the violent events of its sentence
        (or of the sentence before, where wire copy reports the attack, or after, when the claim leads) that name no
        perpetrator, and the attack word
        of the claim is no second event; with no such event reported, the claim's own triggers are the report."""
        claimed: set[int] = set()
        for s, scopes in self.scopes.items():
            for sc in scopes:
                if sc.modality != "claim":
                    continue
                lo, hi = self.sentence_tokens[s]
                # (civilians are what a claim's attack hit, never who claims it: مسؤوليتها عن اختطاف ثلاثة مواطنين)
                near = [
                    m for m in self.in_sentence(self.actors, s)
                    if lo <= self.tok(m) < hi and abs(self.tok(m) - sc.cue) <= 4 and m.role != "associated"
                    and self._inter([m.id]) != 7
                ]  # fmt: skip
                if near:
                    claimer = min(near, key=lambda m: abs(self.tok(m) - sc.cue))
                else:
                    # أعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، مسؤوليتها: an apposition between the group and its
                    # claim; the claim verb's subject is the first group after it
                    before = [m for m in self.in_sentence(self.actors, s)
                              if lo <= self.tok(m) < sc.cue and sc.cue - self.tok(m) <= _CLAIMER_REACH
                              and m.role != "associated"]
                    if not before:
                        continue
                    claimer = min(before, key=self.tok)
                inside = [d for d in drafts if d.sentence == s and sc.covers(d.trigger_token)]
                reported = [
                    d for d in drafts
                    if d.sentence in (s, s - 1) and d.sub.violent and d.modality == "asserted" and d not in inside
                ]  # fmt: skip
                if reported:
                    claimed.update(id(d) for d in inside)
                    # the claim's words stay the event's evidence, so that who says what in them stays its source
                    for d in reported:
                        d.evidence.extend(e for x in inside for e in (x.trigger, *x.evidence) if e not in d.evidence)
                else:
                    # a claim that leads (أعلنت حركة الشباب مسؤوليتها عن الهجوم الانتحاري ... ونفذ مسلح تفجيرا
                    # انتحاريا): the claimed attack and the next sentence's telling of it, when of the same kind,
                    # are one attack, which the claimant carried out
                    kinds = {d.sub.event_type for d in inside}
                    reported = inside + [d for d in drafts if d.sentence == s + 1 and d.sub.event_type in kinds
                                         and d.sub.violent and d.modality == "asserted"]
                for d in reported:
                    if not d.actor1 or self._unidentified_only(d.actor1, claimer):
                        # هاجمت جماعات إرهابية مواقع الجيش ... وأعلنت الجماعة مسؤوليتها: the claimant names the gunmen
                        d.actor1 = [claimer.id]
                        d.actor2 = [x for x in d.actor2 if x != claimer.id]
                        d.evidence.append(claimer.span)
                    elif self._read_as_hit(d, claimer):
                        # دوى انفجار قرب مركز للاستخبارات يتم فيه استجواب مقاتلين من حركة الشباب ... وتبنت الحركة
                        # الهجوم: the claimant was read as the side hit; it struck, and the side read as striking was hit
                        name = _canonical(claimer)
                        d.actor2 = [*d.actor1, *(x for x in d.actor2 if _canonical(self.by_id(x)) != name)]
                        d.actor1 = [claimer.id]
                        d.evidence.append(claimer.span)
        return [d for d in drafts if id(d) not in claimed]

    def _seized_posts(self, drafts: list[_Draft]) -> None:
        """``وأعلنت جماعة نصرة الإسلام والمسلمين، صباح أمس، عن سيطرتها على ثكنة عسكرية تابعة للجيش``: a group that
        announces it took a military post claims the attack on it told in its sentence or the one before; it is that
        attack's actor1, when the report names no other."""
        for s, (lo, hi) in self.sentence_tokens.items():
            for k in range(lo, hi - 1):
                if not word_forms(self.tokens[k].text) & _OWN_CONTROL or \
                        not self._phrase_after(self.lex.military_targets, k, 4):
                    continue
                groups = [m for m in self.in_sentence(self.actors, s)
                          if lo <= self.tok(m) < k and k - self.tok(m) <= _ANNOUNCER_REACH
                          and isinstance(m.resolution, ActorResolution) and not m.resolution.generic
                          and m.resolution.inter in _ARMED_GROUP_INTERS and m.role != "associated"]
                if not groups:
                    continue
                group = groups[0]
                for d in drafts:
                    if d.sentence in (s - 1, s) and d.sub.violent and d.modality == "asserted" and (
                            not d.actor1 or all(self._unidentified(x) for x in d.actor1)):
                        d.actor1 = [group.id]
                        d.actor2 = [x for x in d.actor2 if x != group.id]
                        d.evidence.append(group.span)

    def _read_as_hit(self, d: _Draft, claimer: Mention) -> bool:
        """Whether the claimant of ``d`` stands among its targets and not among its actors."""
        name = _canonical(claimer)
        return any(_canonical(self.by_id(x)) == name for x in d.actor2) \
            and not any(_canonical(self.by_id(x)) == name for x in d.actor1)

    def _other_side(self, d: _Draft) -> tuple[str, ...]:
        """Actor2 without actor1's mentions, nor a second mention of actor1's actor (قوات أمريكية ... سفن أمريكية)."""
        if d.sub.name == "Armed clash" and len(d.actor1) == 1 and not d.actor2 and self._both_sides(d.actor1[0]):
            # اشتباكات بين عشيرتين، مواجهات بين أبناء عشيرة واحدة: one unnamed militia fights on both sides, and ACLED
            # names it as actor1 and actor2 alike
            return tuple(d.actor1)
        first = _canonical(self.by_id(d.actor1[0])) if d.actor1 else None
        out = [x for x in dict.fromkeys(d.actor2) if x not in d.actor1]
        if out and first is not None and _canonical(self.by_id(out[0])) == first:
            return ()
        return tuple(out)

    def _attach_victims(self, drafts: list[_Draft]) -> None:
        """Civilians counted in a casualty clause of the sentence are the victims of its nearest attack.

        ``استهدفت غارات جوية روسية بلدة اللطامنة، ما أدى إلى مقتل أربعة مدنيين`` and ``استشهد 12 مواطنا ... في قصف
        إسرائيلي``: the casualty clause is not the strike's clause, so the actors step never sees the civilians there.
        An event that already has a target keeps it (civilians killed in a strike on a military position are not its
        target).
        """
        by_sentence: dict[int, list[_Draft]] = {}
        for d in drafts:
            by_sentence.setdefault(d.sentence, []).append(d)
        for s, group in by_sentence.items():
            used = {x for d in group for x in (*d.actor1, *d.actor2)}
            victims = [
                m
                for m in sorted(self.in_sentence(self.actors, s) + self.in_sentence(self.people, s),
                                key=lambda m: m.start)
                if m.id not in used
                and isinstance(m.resolution, ActorResolution)
                and m.resolution.inter == 7
                and m.role != "associated"
            ]
            for m in victims:
                people = m.role == PEOPLE_ROLE
                # (people of no stated standing killed by an attack inside a barracks or on a base, بهجوم انتحاري
                # داخل ثكنة عسكرية, are the soldiers there, not civilians)
                fit = [d for d in group if not d.actor2 and (
                    (((_takes_victims(d.sub) and d.sub.event_type != "Battles") or self._gunmens_attack(d))
                     and not self._on_draft_target(d, self.lex.military_targets)) if people
                    else _takes_victims(d.sub) or self._one_sided_word(d))]
                if not fit:
                    if people:
                        continue  # the dead of a battle, maybe its fighters; civilians named after them may still fit
                    break
                k = self.tok(m)
                d = min(fit, key=lambda d: (abs(d.trigger_token - k), d.trigger_token > k))
                d.actor2 = [m.id]
                d.evidence.append(m.span)
                if d.sub.event_type == "Battles":
                    # هجوما نفذته الميليشيا، ما أسفر عن مقتل 10 مواطنين: an attack whose only side hit is civilians
                    # is no battle (ACLED: Violence against civilians)
                    d.recode(sub_event_type("Attack"))
                if _targets_civilians(d.sub):
                    d.civilian = True

    def _survivors(self, drafts: list[_Draft]) -> None:
        """``نجا العميد ...، قائد الفرقة الثانية في ألوية العمالقة، من محاولة اغتيال استهدفته``: an actor named after a
        verb of surviving and before the attack word, in its sentence, is the target that survived (actor2), not who
        attacked."""
        for d in drafts:
            if not d.sub.violent or not d.actor1:
                continue
            lo = self.sentence_tokens[d.sentence][0]
            verb = next((j for j in range(lo, d.trigger_token) if word_forms(self.tokens[j].text) & _SURVIVED), None)
            if verb is None:
                continue
            hit = [x for x in d.actor1 if verb < self.tok(self.by_id(x)) < d.trigger_token]
            if hit:
                d.actor1 = [x for x in d.actor1 if x not in hit]
                d.actor2 = hit + [x for x in d.actor2 if x not in hit]

    def _gunmens_attack(self, d: _Draft) -> bool:
        """``قتل 70 شخصا في أعقاب هجوم وسط هايتي شنه مسلحون``: a word for an attack of any kind (هجوم) by gunmen no
        group is named for, whose dead are people of no stated standing, is an attack on them: no armed side was hit."""
        return d.sub.name == "Armed clash" and self._generic(d) and bool(d.actor1) \
            and all(self._unidentified(x) or self.by_id(x).resolution is None for x in d.actor1)

    def _attack_verb(self, d: _Draft) -> bool:
        """Whether the draft stands on a word of attacking read as a battle's (هاجموا مسجد القرية، كمين) whose object is
        no people, not on explicit fighting between two sides (اشتباكات)."""
        verb = any(t.match.first == d.trigger_token and t.rule.sub_event_type == "Armed clash"
                   and "two_sided" not in t.rule.flags
                   for t in getattr(self, "triggers_by_sentence", {}).get(d.sentence, ()))
        # (people attacked, هاجموا عائلات فلسطينية, were assaulted: an attack of its own beside a kidnapping)
        nouns = people_nouns()
        k = d.trigger_token + 1
        people = k < len(self.tokens) and any(stem in nouns for _, stem in _splits(self.tokens[k].text))
        return verb and not people

    def _one_sided_word(self, d: _Draft) -> bool:
        """Whether an armed clash stands only on a word for attacking (هجوم، هاجم، كمين), not on explicit fighting
        between two sides (اشتباكات، معارك: flag ``two_sided``)."""
        return d.sub.name == "Armed clash" and not any(
            self._has_flag_at(k, "two_sided") and not self._after_stative(k, d.sentence, _NAME_OR_STATE_BEFORE)
            for k in range(*self.sentence_tokens[d.sentence])
        )  # في ساحة القتال names the front, not fighting in this event

    def _has_flag_at(self, k: int, flag: str) -> bool:
        match = self.lex.matcher.match_at(self.tokens, k)
        return match is not None and isinstance(match.payload, TriggerRule) and flag in match.payload.flags

    def _consequence_before(self, k: int, lo: int) -> bool:
        """A consequence cue (ما أدى إلى، أسفر عن، ما خلف) between a trigger at ``lo`` and a figure at ``k``, with no
        contrast word after it (ما أسفر عن مقتل ستة، فيما قتل ثلاثة بضربة أخرى: the three are the next event's)."""
        cues = [j for j in range(lo + 1, k) if word_forms(self.tokens[j].text) & _CONSEQUENCE_WORDS]
        if not cues:
            return False
        stops = [m.first for m in cue_matcher().find_all(self.tokens, cues[-1] + 1, k)
                 if m.payload.modality == "contrast"]  # type: ignore[attr-defined]
        return not stops

    # assembly ------------------------------------------------------------------------------------------------
    def _merge(self, drafts: list[_Draft]) -> list[_Draft]:
        self._headline_totals(drafts)
        drafts = self._fold_back_references(drafts)
        self._date_undated_leads(drafts)
        drafts = self._fold_undated_headline(drafts)
        out: list[_Draft] = []
        index: dict[tuple[str, str, date | None, str], _Draft] = {}
        for d in drafts:
            key = (d.sub.name, d.location_key, d.date, d.modality)
            if d.sub.name in ("Armed clash", "Non-violent transfer of territory") and d.location_key:
                for terr in ("Government regains territory", "Non-state actor overtakes territory"):
                    t = index.get((terr, d.location_key, d.date, d.modality))
                    if t is not None:
                        _absorb(t, d)
                        break
                else:
                    t = None
                if t is not None:
                    continue
            if d.sub.event_type == "Battles" and d.sub.name != "Armed clash" and d.location_key:
                for absorbed in ("Armed clash", "Non-violent transfer of territory"):
                    clash = index.pop((absorbed, d.location_key, d.date, d.modality), None)
                    if clash is not None:
                        out.remove(clash)
                        _absorb(d, clash)
            if key in index and not self._another(d):
                self._name_the_unidentified(index[key], d)
                self._complete_sides(index[key], d)
                self._take_the_village(index[key], d)
                _absorb(index[key], d)
                continue
            index[key] = d
            out.append(d)
        out = self._one_demonstration(out)
        out = self._unplaced_demonstrations(out)
        out = self._retold_with_less(out)
        out = self._span_summaries(out)
        # مقتل 17 جنديا في هجوم لداعش على مركز للشرطة: a headline that places its event nowhere is the event of that
        # type, day and side the body places
        # (so is an event a later sentence places nowhere, قتل 24 جنديا ... في منطقة بحيرة تشاد, beside the lead's in
        # تشاد)
        for d in [d for d in out if not d.location]:
            host = next((o for o in out if o is not d and o.location and (o.sentences[0] > 0 or d.sentence > 0)
                         and o.sub.name == d.sub.name and o.date == d.date and o.modality == d.modality
                         and self._same_side(o, d) and not self._another(o)), None)  # fmt: skip
            if host is not None:
                self._name_the_unidentified(host, d)
                _absorb(host, d)
                out.remove(d)
        # شن مسلحون هجوما على مدينة موكيمبوا دا برايا ... وقال أحد السكان إن أربعة مدنيين قتلوا: the attack the lead
        # placed in a town, with no armed side fighting it, is the one whose civilian dead a later sentence counts with
        # no place finer than the country; it was an attack on civilians
        for d in [d for d in out if d.sub.name == "Attack" and d.actor2 and self._inter(d.actor2[:1]) == 7
                  and self._only_country_placed(d)]:
            host = next((o for o in out if o is not d and o.location and o.sub.name == "Armed clash" and not o.actor2
                         and o.actor1 and o.sentences[0] < d.sentence and o.date == d.date
                         and o.modality == d.modality and self._same_side(o, d) and not self._another(o)
                         and (not d.location or self._country_of(o.location) == self._country_of(d.location))), None)
            if host is not None:
                host.recode(d.sub)
                _absorb_telling(host, d)
                out.remove(d)
        # a foiled attack and the arrest of its would-be perpetrators are one "Disrupted weapons use"; a raid that
        # kills and arrests is one battle (the arrests go to Event.detained); a storming with no one detained that
        # kills (اقتحموا القرية وقتلوا أربعين) is the violent event only
        for d in [d for d in out if d.sub.name == "Arrests"]:
            # (weapons the sentence after the arrest says the operation seized, وأسفرت العملية عن ضبط كميات من
            # الأسلحة، by the arresting side or by none named, are the arrest's too)
            host = next(
                (o for o in out if (o.sub.name == "Disrupted weapons use" or o.sub.event_type == "Battles"
                                    or (o.sub.violent and d.fallback and d.detained is None))
                 and o.date == d.date and (
                     (o.location_key == d.location_key and o.sentences[0] == d.sentences[0])
                     # (an arrest that took in the next sentence's arrests in the city of the province it named)
                     or (o.sentences[0] in d.sentences and self._has_flag(o, "seizing") and self._same_area(o, d)) or (
                         o.sentences[0] == d.sentences[-1] + 1 and self._has_flag(o, "seizing")
                         and self._same_area(o, d) and (not o.actor1 or not d.actor1 or self._same_side(o, d))))),
                None,
            )  # fmt: skip
            if host is not None and host.sub.name == "Disrupted weapons use" and self._has_flag(host, "seizing"):
                # اعتقال سبعة أشخاص ... وضبط أسلحة وذخائر بحوزتهم: the weapons found on them are part of the arrest,
                # and whoever held them (خلية لتنظيم داعش) is who was arrested, not who arrested
                arresting, held = list(d.actor1), [x for x in host.actor1 if x not in d.actor1]
                if host.sentences[0] != d.sentences[0]:
                    # (told in the next sentence, the seizure's subject is the side that made the arrest)
                    arresting, held = list(d.actor1) or list(host.actor1), []
                _absorb(d, host)
                d.actor1 = arresting
                if held:
                    d.actor2 = held + [x for x in d.actor2 if x not in held and self.by_id(x).role != PEOPLE_ROLE]
                out.remove(host)
            elif host is not None:
                _absorb(host, d)
                out.remove(d)
        # نفذت القوات هجوما جويا أسفر عن مقتل عشرة مسلحين وضبط كميات من الأسلحة: weapons a side seized in the strike or
        # the battle its sentence tells are its spoils, not a second event
        for d in [d for d in out if d.sub.name == "Disrupted weapons use" and self._has_flag(d, "seizing")]:
            host = next((o for o in out if o is not d and o.sub.event_type in ("Battles", "Explosions/Remote violence")
                         and o.sentences[0] == d.sentences[0] and o.location_key == d.location_key
                         and o.date == d.date and o.modality == d.modality and self._same_side(o, d)), None)
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        # shooting during clashes (أصيب ثلاثة برصاص القوات خلال مواجهات) is part of the battle, not an attack of its own
        # (an execution, a massacre or an assassination is deliberate killing, coded apart: أعدمت قوات الأمن 52 علويا
        # ...، حيث تخوض اشتباكات مع مسلحين)
        for d in [d for d in out if d.sub.name == "Attack" and not d.deliberate]:
            # (استشهاد شابين برصاص الجيش خلال اقتحام طمون ... اشتباكات مع مسلحين: young men of no stated standing,
            # shot where and when the side that shot them fought, may be the fighters of a battle told later)
            host = next(
                (o for o in out if o.sub.event_type == "Battles" and o.location_key == d.location_key
                 and o.date == d.date and o.modality == d.modality
                 and (o.sentences[0] == d.sentences[0] or (
                     o.actor1 and self._same_side(o, d) and d.actor2
                     and all(self.by_id(x).role == PEOPLE_ROLE for x in d.actor2)))),
                None,
            )  # fmt: skip
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        # a bomb or grenade used in a fight (استهدفوا الدبابة بقذيفة مضادة للدروع وعبوة جانبية، ثم اقتحموا المنزل
        # وقتلوا من فيه بقنابل يدوية) is part of that armed clash at its place and day, whichever of its two sides
        # the sentence makes the thrower: ACLED codes explosives used in a battle as the battle
        # (so is a shell fired with no side named in the sentence that tells the battle: استهداف المنزل المحاصر
        # بعدة قذائف الإنيرجا during the clashes)
        for d in [d for d in out if d.sub.name in _IN_BATTLE_EXPLOSIVES or (
                d.sub.name == "Shelling/artillery/missile attack" and not d.actor1 and not d.actor2)]:
            host = next(
                (o for o in out if o.sub.name == "Armed clash" and o.location_key == d.location_key
                 and o.date == d.date and o.modality == d.modality
                 and (d.sub.name in _IN_BATTLE_EXPLOSIVES or o.sentence == d.sentence)
                 and (not d.actor1 or {_canonical(self.by_id(x)) for x in d.actor1}
                      & {_canonical(self.by_id(x)) for x in (*o.actor1, *o.actor2)})),
                None,
            )  # fmt: skip
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        # a bare killing (قتل خمسة مدنيين) at the place and day of a specific violent event is that event's toll
        for d in [d for d in out if d.fallback]:
            host = next(
                (
                    o
                    for o in out
                    if not o.fallback
                    and o.sub.violent
                    and o.location_key == d.location_key
                    and o.date == d.date
                    and o.modality == d.modality
                    # (قتل 38 شخصا على يد مسلحين: a killing whose killers are named as such is theirs, not another
                    # side's)
                    and (self._same_side(o, d) or not any(
                        self._is_agent(self.by_id(x), self.sentence_tokens[d.sentence][0]) for x in d.actor1))
                ),
                None,
            )
            if host is None:
                # العملية أسفرت عن مقتل عشرات: the toll of the operation reported just before, when this sentence
                # places it nowhere more precise than that operation's region
                host = next(
                    (o for o in reversed(out) if not o.fallback and o.sub.violent and o.date == d.date
                     and d.sentence - 2 <= o.sentence <= d.sentence and o.modality == d.modality
                     and (not d.own_place or self._within(d.location, o.location))),
                    None,
                )  # fmt: skip
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        for d in [d for d in out if d.seizure]:
            host = self._seizure_host(d, out)
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        # أحرق المسلحون القاعدة ونهبوها بعد تنفيذ الهجوم: what the attackers burnt or looted at the place of their
        # attack that day is part of that attack, as ACLED codes it, not an event of its own
        # a mob's arson is told before or after its attack on the place (أحرق مستوطنون مركبات في البلدة ... هاجم
        # المستوطنون البلدة وأضرموا النار): one event either way
        for d in [d for d in out if d.sub.name == "Looting/property destruction" and d.actor1]:
            mob = self._mob_attack(d.actor1, d.actor2)
            # (or burnt in the sentence of the attack: قتلوا 32 شخصا وأحرقوا منازل ومتاجر؛ a demolition told beside
            # a killing, هدمت القوات منزلين, stays an event of its own)
            burnt = self._burning(d)
            host = next((o for o in out if o is not d and o.sub.violent and o.date == d.date
                         and o.modality == d.modality and (mob or o.sentences[0] < d.sentence
                                                           or (burnt and d.sentence in o.sentences))
                         and o.location_key == d.location_key and o.actor1
                         and {_canonical(self.by_id(x)) for x in o.actor1}
                         == {_canonical(self.by_id(x)) for x in d.actor1}), None)  # fmt: skip
            if host is not None:
                _absorb(host, d)
                out.remove(d)

        # وأدى الهجوم لإصابة 10 أشخاص إضافة إلى نهب الماشية: looting no side is named for, told in a sentence that
        # tells a violent event at its place that day, is what that event's attackers took
        # (and riots, whose burning and smashing the next sentences tell: وتضمنت أعمال العنف تخريب وحرق مركبات الأمن)
        for d in [d for d in out if d.sub.name == "Looting/property destruction" and not d.actor1]:
            host = next((o for o in out if o is not d and o.sub.violent and o.date == d.date
                         and o.modality == d.modality and (d.sentence in (o.sentence, *o.sentences) or (
                             o.sub.event_type == "Riots" and o.sentence < d.sentence <= o.sentence + 2))
                         and o.location_key == d.location_key), None)  # fmt: skip
            if host is not None:
                _absorb(host, d)
                out.remove(d)
        out = self._drop_summaries(out)
        # اعترضت الدفاعات الجوية الصاروخ: the interception of the missile or drone just reported is that attack's
        # outcome (the interceptor is its other side, and nobody was killed by it), not a second event
        for d in [d for d in out if d.sub.name == "Disrupted weapons use"]:
            if not word_forms(normalize(self.a.raw[d.trigger.start : d.trigger.end])) & _INTERCEPTION:
                continue
            if self._accused_of(d.trigger_token):
                # قتل شقيقان في غارة إسرائيلية ...، بينما اتهم جيش الاحتلال قوات اليونيفيل بإسقاط مسيرة: a downing one
                # side lays on another beside the news is its charge, neither the strike's outcome nor an event told
                out.remove(d)
                continue
            host = next(
                (o for o in out if o.sub.event_type == "Explosions/Remote violence" and o is not d
                 and o.sub.name != d.sub.name and o.location_key == d.location_key and o.date == d.date
                 and d.sentence - 1 <= o.sentence <= d.sentence and o.modality == d.modality),
                None,
            )  # fmt: skip
            if host is None:
                continue
            if not host.actor2:
                host.actor2 = [x for x in d.actor1 if x not in host.actor1]
            _absorb(host, d)
            if host.fatalities is None:
                host.fatalities = 0
            out.remove(d)
        for d in out:
            if d.sub.event_type != "Explosions/Remote violence":
                continue
            for other in out:
                if other.sub.event_type == "Battles" and other.date == d.date and other.location_key == d.location_key:
                    d.related.append(other)
                    other.related.append(d)
        return out

    def _retold_with_less(self, drafts: list[_Draft]) -> list[_Draft]:
        """``قتلت مجموعة إرهابية 14 مدنيا في بلدة ليري بوسط مالي ... وقال مسؤول محلي: شنت جماعة إرهابية هجوما الاثنين،
        وخطفت 12 شخصا ثم قتلتهم``: a later sentence that places its events no more precisely than the country of an
        earlier violent event, on its day and by its side, re-tells that event in less detail when its words are a
        bare attack noun with no side hit (هجوما) or an abduction of people then killed (ACLED codes abducting and
        killing as the one attack)."""
        out: list[_Draft] = []
        for d in drafts:
            # (هناك هجوم ضخم على خاركيف، مشيرا إلى مقتل أربعة أشخاص: the mayor's words for the strike told before, with
            # its toll, name no attacker and only people as its dead)
            people_hit = bool(d.actor2) and all(self._inter([x]) == 7 for x in d.actor2)
            vague = (self._generic(d) and (not d.actor2 or people_hit)) or (
                d.sub.name == "Abduction/forced disappearance" and self._then_killed(d.trigger_token))
            # (a town taken, then its people killed in the attack, are two events: only a strike or an attack on
            # people is what a bare attack word with people for its dead tells again)
            host = next((o for o in out if vague and o.sub.violent and o.sentence < d.sentence and o.date == d.date
                         and not (people_hit and d.actor2 and o.sub.event_type == "Battles")
                         and o.modality == d.modality and o.actor1
                         and (self._same_side(o, d) or all(self._unidentified(x) for x in d.actor1))
                         and (o.location_key == d.location_key or self._country_only(d.location, o.location))),
                        None) if vague else None
            if host is None:
                out.append(d)
                continue
            if d.fatalities and host.fatalities and d.fatalities != host.fatalities:
                d = replace(d, fatalities=None, no_toll=False)  # the lead's toll is the event's
            _absorb(host, d)
        return out

    def _span_summaries(self, drafts: list[_Draft]) -> list[_Draft]:
        """``شهدت محافظة تعز خلال اليومين الماضيين ... قصف مدفعي ... في مديرية مقبنة. وقالت مصادر إن المليشيا قصفت مساء
        الأحد منزلا في قرية ... مديرية مقبنة``: an event dated only by a span of days (ACLED's precision 2) sums up the
        event a later sentence tells on one day inside that span, of its type and side, at its place or inside it; the
        day's report is the event, and the summary adds only the sides it lacks."""
        out = list(drafts)
        for d in drafts:
            if d.precision != 2 or d.date is None or d not in out:
                continue
            detail = next((o for o in out if o is not d and o.sentence > d.sentence and o.sub.name == d.sub.name
                           and o.precision == 1 and o.date is not None and 0 <= (d.date - o.date).days <= 7
                           and o.modality == d.modality and self._same_side(o, d)
                           and (o.location_key == d.location_key or (o.location and d.location and (
                               self._contains(d.location, o.location) or self._seat_and_district(d.location,
                                                                                                  o.location))))),
                          None)
            if detail is None:
                continue
            summary = replace(d, fatalities=None, no_toll=False) if detail.fatalities else d
            self._complete_sides(detail, summary)
            _absorb(detail, summary)
            out.remove(d)
        return out

    def _same_area(self, a: _Draft, b: _Draft) -> bool:
        """Whether two drafts are placed at one place, or one inside the other's (طرطوس the province and the city)."""
        if a.location_key == b.location_key:
            return True
        return bool(a.location and b.location) and (
            self._contains(a.location, b.location) or self._contains(b.location, a.location))

    def _seat_and_district(self, a_id: str, b_id: str) -> bool:
        """Whether two places are a town and the district named after it (مقبنة and مديرية مقبنة): one name in one
        province, told once bare and once with its district's cue."""
        a, b = self.by_id(a_id).resolution, self.by_id(b_id).resolution
        return isinstance(a, PlaceResolution) and isinstance(b, PlaceResolution) and a.name == b.name \
            and a.admin1 == b.admin1 and {a.feature, b.feature} == {"populated_place", "admin2"}

    def _then_killed(self, i: int) -> bool:
        """Whether a verb of killing with the victims as a pronoun follows the trigger at ``i`` in its clause (خطفت 12
        شخصا ثم قتلتهم، اختطفوه قبل أن يعدموه)."""
        lo, hi = self.sentence_tokens[self.tokens[i].sentence]
        for j in range(i + 1, min(hi, i + 7)):
            word = normalize(self.tokens[j].text)
            if word in (",", "،", "."):
                return False
            stem = word.lstrip("وف")
            if stem.startswith(_KILLING_STEMS) and stem.endswith(("هم", "هن", "ه", "ها")) and len(stem) > 5:
                return True
        return False

    def _headline_totals(self, drafts: list[_Draft]) -> None:
        """A headline's toll (مقتل عنصرين بهجوم في ريف درعا) is the report's own sum of its event; the body then often
        tells the dead one by one (قتل عنصر ... وكان عنصر آخر قد قتل). When the two merge, the lowest-figure rule
        (meant for sources that disagree) would keep the body's one: the headline's figure is a floor instead."""
        head = self._headline_sentence()
        if head is None:
            return
        for d in drafts:
            if d.sentences == [head] and d.fatalities and not d.no_toll:
                d.least_dead = max(d.least_dead, d.fatalities)

    def _section_heading(self, s: int, start: int, end: int) -> bool:
        """A subheading inside the body (قصف وشهداء، إجبار على الهدم): a line of its own after the first, of at most
        _HEADING_WORDS words, naming no place and ending in no stop. It announces the paragraphs below it, which tell
        the events; its words are no event of their own."""
        if s == min(self.sentence_tokens) or end - start > _HEADING_WORDS:
            return False
        if sum(1 for k in range(start, end) if self.tokens[k].is_word) > _HEADING_WORDS:
            return False
        before = self.a.raw[self.token_ends[start - 1] if start else 0 : self.token_starts[start]]
        after = self.a.raw[self.token_ends[end - 1] : self.token_ends[end - 1] + 3]
        if "\n" not in before or not ("\n" in after or not after.strip()) or after.strip()[:1] in (".", "!", "؟", "?"):
            return False
        return not self.in_sentence(self.places, s)

    def _headline_sentence(self) -> int | None:
        """The first sentence when it is a line of its own (a headline: no date of its own, set off by a line break)."""
        if not self.sentence_tokens:
            return None
        first = min(self.sentence_tokens)
        _, end = self.sentence_tokens[first]
        rest = self.a.raw[self.token_ends[end - 1] : self.token_ends[end - 1] + 3]
        return first if "\n" in rest else None

    def _fold_undated_headline(self, drafts: list[_Draft]) -> list[_Draft]:
        """A headline names no day (مسلحون يقتلون قياديا أمنيا في ريف درعا), so its event took the publication date;
        when the body tells an event of the same sub-event type and side on a day it names, a day or two before
        (قتل مسلحون، اليوم الأربعاء، ... in a report dated Thursday; مساء الأحد in Monday's paper), at the headline's
        place or inside it, and none of that type on the day of publication, the headline is that event told in short,
        not a second event on the day of publication."""
        head = self._headline_sentence()
        if head is None:
            return drafts
        out = list(drafts)
        for d in [d for d in drafts if d.sentence == head and d.date_mention is None and d.date is not None]:
            if any(o.sentence > d.sentence and o.sub.name == d.sub.name and o.date == d.date for o in out):
                continue  # the body tells such an event on the day of publication: the headline may be that one
            host = next(
                (o for o in out if o is not d and o.sentence > d.sentence and o.sub.name == d.sub.name
                 and o.modality == d.modality and o.date_mention is not None and o.date is not None
                 and 0 < (d.date - o.date).days <= _HEADLINE_LAG_DAYS and self._same_side(o, d)
                 and (not d.location or d.location_key == o.location_key or self._holds(d.location, o.location)
                      or self._contains(d.location, o.location))),
                None,
            )  # fmt: skip
            if host is None:
                continue
            self._name_the_unidentified(host, d)
            _absorb(host, d)
            out.remove(d)
        return out

    def _alike(self, d: _Draft) -> bool:
        """هجوم مماثل، قصف جوي مماثل: the text tells this event as like one told before it, so another one."""
        # (an adjective may stand between: لقصف جوي مماثل)
        return self._similar_after(d.trigger_token, 2)

    def _similar_after(self, i: int, words: int) -> bool:
        """Whether a word of likeness (مماثل، مشابه) stands within ``words`` words after token ``i``."""
        return any(word_forms(self.tokens[k].text) & _SIMILAR_WORDS
                   for k in range(i + 1, min(len(self.tokens), i + 1 + words)))

    def _another(self, d: _Draft) -> bool:
        """هجوم آخر, غارة أخرى: the text says this is another event than the one told before, whatever they share."""
        k = d.trigger_token + 1
        return k < len(self.tokens) and self.tokens[k].text in _another_words()

    def _unidentified_only(self, actor1: list[str], named: Mention) -> bool:
        """Whether every actor1 mention is an unidentified armed group and ``named`` an armed group by name."""
        res = named.resolution
        if not isinstance(res, ActorResolution) or res.actor_type == UNIDENTIFIED_TYPE \
                or res.inter not in _ARMED_GROUP_INTERS:
            return False
        return all(isinstance(r := self.by_id(x).resolution, ActorResolution) and r.actor_type == UNIDENTIFIED_TYPE
                   for x in actor1)

    def _name_the_unidentified(self, host: _Draft, other: _Draft) -> None:
        """The same event told twice, first of "gunmen" (مسلحون) and then of the group by name: the named group is its
        actor1 (ACLED names the perpetrator whenever the report does)."""
        if not host.actor1 or not other.actor1:
            return
        first, named = self.by_id(host.actor1[0]).resolution, self.by_id(other.actor1[0]).resolution
        if (isinstance(first, ActorResolution) and first.actor_type == UNIDENTIFIED_TYPE
                and isinstance(named, ActorResolution) and named.actor_type != UNIDENTIFIED_TYPE
                and named.inter in _ARMED_GROUP_INTERS and other.actor1[0] not in host.actor2
                and not (named.generic and self.by_id(other.actor1[0]).text in _GUNMEN_WORDS)):  # fmt: skip
            # (gunmen told again as gunmen, مسلحين دخلوا السوق ونهبوا, name no one, whatever group the actors stage
            # took the bare word for)
            host.actor1 = list(other.actor1)

    def _seizure_host(self, d: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The attack in which goods were seized: ACLED codes weapons and vehicles taken by the attackers as part of
        the attack. That is the violent event of the seizure's sentence, else one at its place that day, else the
        last one reported before it that day in the same country (reports tell the spoils after the attack). An
        arrest or a weapons seizure hosts it too: arms the security forces took in the operation (اعتقال 32 مطلوبا ...
        وتم الاستيلاء على ثلاث عبوات ناسفة) are part of it."""
        fits = [o for o in drafts if o is not d and (o.sub.violent or o.sub.name in _SEIZING_HOSTS) and not o.seizure
                and o.date == d.date and o.modality == d.modality]  # fmt: skip
        same = [o for o in fits if d.sentence in o.sentences]
        if same:
            return min(same, key=lambda o: abs(o.trigger_token - d.trigger_token))
        placed = [o for o in fits if o.location_key == d.location_key or self._same_place(o, d)]
        if placed:
            return placed[0]
        earlier = [o for o in fits if o.sentences[0] < d.sentence and not self._other_country(o, d)]
        return earlier[-1] if earlier else None

    def _one_demonstration(self, drafts: list[_Draft]) -> list[_Draft]:
        """One demonstration at a place on a day: the protest, its dispersal, the clashes between the crowd and the
        police and the shooting of protesters that a report tells in turn (تظاهر العشرات ... اشتباكات بين متظاهرين
        وقوات الأمن ... ما أدى إلى مقتل 3 متظاهرين) are one ACLED event, of the gravest sub-event type named."""
        crowd = [d for d in drafts if d.sub.event_type in ("Protests", "Riots") and d.location]
        if not crowd:
            return drafts
        out = list(drafts)
        for d in crowd:
            if d not in out:
                continue
            same = [o for o in out if o is not d and o.date == d.date and o.modality == d.modality
                    and self._same_place(o, d)
                    and (o.sub.event_type in ("Protests", "Riots") or self._crowd_side(o) or self._police_scuffle(o, d)
                         or self._demonstrators_arrested(o) or self._shot_at_the_protest(o, d))]
            if not same:
                continue
            if self._precision(d.location) >= 3 and any(
                    not self._same_place(x, y) for n, x in enumerate(same) for y in same[n + 1 :]):
                # مظاهرات في مدن وبلدات محافظة درعا, then one in درعا البلد and one in طفس: a region's lead holds two
                # towns' demonstrations, each an event; the lead is their summary (_drop_summaries), not their host
                # (a city's districts, مديريات المنصورة والشيخ عثمان in Aden, stay the city's one demonstration)
                continue
            group = [d, *same]
            host = min(group, key=lambda g: _DEMONSTRATION_ORDER.get(g.sub.name, len(_DEMONSTRATION_ORDER)))
            if host.sub.name in ("Peaceful protest", "Protest with intervention") and any(
                    g.sub.name == "Armed clash" and self._crowd_side(g) and self._clash_word_at(g.trigger_token)
                    for g in group):
                # اندلعت اشتباكات بين قوات الأمن ومحتجين: demonstrators who clash with the forces riot (ACLED's
                # Violent demonstration: physical clashes with government forces)
                host.recode(sub_event_type("Violent demonstration"))
            if host.sub.name == "Peaceful protest" and any(g.sub.name in ("Armed clash", "Arrests") for g in group):
                host.recode(sub_event_type("Protest with intervention"))  # the police arrested or fought the crowd
            # the most precise place told (أمام مبنى المحافظة after في الناصرية is still in Nasiriyah)
            placed = min(group, key=lambda g: self._precision(g.location))
            for g in group:
                if g is not host:
                    _absorb(host, g)
                    out.remove(g)
            host.location, host.location_key = placed.location, placed.location_key
            if host.sub.name != "Mob violence":
                # the police of an arrest or a clash told beside the protest are its actor2, not its crowd
                host.actor1, host.actor2 = self._crowd_sides(host.actor1, host.actor2)
        return out

    def _unplaced_demonstrations(self, drafts: list[_Draft]) -> list[_Draft]:
        """``شهدت عدد مدن مغربية مساء السبت تدخلات أمنية لمنع وقفات ومسيرات احتجاجية، أسفرت عن توقيف عدد من النشطاء``
        then ``تطويقا أمنيا ... لساحة البرلمان بالعاصمة الرباط، حيث قامت السلطات بتفريق المتظاهرين``: a protest, or
        the arrests that broke one up, that the report places nowhere is the demonstration of that day it places (ACLED
        codes none without a place; the located one is the report's own)."""
        out = list(drafts)
        for d in [d for d in drafts if not d.location and (d.sub.event_type in ("Protests", "Riots")
                                                         or d.sub.name == "Arrests" or self._crowd_side(d))]:
            host = next((o for o in out if o is not d and o.location and o.sub.event_type in ("Protests", "Riots")
                         and o.date == d.date and o.modality == d.modality), None)
            if host is None:
                continue
            if d.sub.name in ("Arrests", "Armed clash") and host.sub.name == "Peaceful protest":
                # the protesters were arrested, or fought the police (لتتحول الاحتجاجات إلى اشتباكات مع الشرطة)
                host.recode(sub_event_type("Protest with intervention"))
            elif _DEMONSTRATION_ORDER.get(d.sub.name, len(_DEMONSTRATION_ORDER)) \
                    < _DEMONSTRATION_ORDER.get(host.sub.name, len(_DEMONSTRATION_ORDER)):
                # اقتحم متظاهرون مبنى البرلمان الكيني وأشعلوا النيران: the gravest telling of the day's demonstration,
                # placed or not, says what it was
                host.recode(d.sub)
            # (the force that broke the unplaced telling up, أطلقت الشرطة السودانية الغاز على المتظاهرين, is the
            # located protest's actor2 too; no other side of it is carried over)
            force = [x for x in d.actor2 if self._state_force(x)] if d.sub.name in _INTERVENED else []
            _absorb(host, replace(d, actor1=[x for x in d.actor1 if self._inter([x]) != 6], actor2=force))
            out.remove(d)
        return out

    def _same_place(self, a: _Draft, b: _Draft) -> bool:
        """The same place, or one an administrative unit or region that holds the other."""
        if not a.location or not b.location:
            return False
        return a.location_key == b.location_key or self._contains(a.location, b.location) \
            or self._contains(b.location, a.location) or self._in_city(a.location, b.location) \
            or self._in_city(b.location, a.location)

    def _in_city(self, city_id: str, place_id: str) -> bool:
        """Whether the place ``place_id`` is a district or suburb of the large city ``city_id`` (مديريات المنصورة
        والشيخ عثمان وخور مكسر after شوارع مدينة عدن): a smaller populated place of the country within the city's
        reach. ACLED places a city's demonstrations at the city, as it does a city's neighbourhoods."""
        city, place = self.by_id(city_id).resolution, self.by_id(place_id).resolution
        if not isinstance(city, PlaceResolution) or not isinstance(place, PlaceResolution):
            return False
        if city.feature != "populated_place" or (city.population or 0) < _BIG_CITY or place.feature != "populated_place":
            return False
        return city.country_code == place.country_code and (place.population or 0) * 10 < (city.population or 0) \
            and _km(city, place) <= _CITY_REACH_KM

    def _update_toll(self, trig: _Trigger, drafts: list[_Draft]) -> None:
        """``انفجرت سيارة مفخخة ... ما أدى إلى مقتل شخصين. وارتفعت حصيلة قتلى الانفجار إلى أربعة``: an update of the
        toll of the one event of its kind the article tells gives that event its higher, later figure (the report's own
        count, not a conflicting one)."""
        kind = sub_event_type(trig.sub_event_type).event_type
        told = [d for d in drafts if d.sub.event_type == kind or (self._updates_any(trig) and d.sub.violent)]
        # (a lead placed in the country and in its village is one event told at two grains)
        finest = [d for d in told if not any(
            o.location_key != d.location_key and (self._holds(d.location, o.location)
                                                  or self._country_only(d.location, o.location)) for o in told)]
        if len({d.location_key for d in finest}) != 1:
            return
        a, b = self.sentence_tokens[trig.sentence]
        if any(self.tokens[k].text in _SINCE_WORDS for k in range(a, b)):
            return  # حتى الآن ... منذ بدء الحرب: a tally of the war, not the event's own toll
        # (a part of the toll, منهم 11 شهيدا من قرية X, is no second figure)
        figures = [n.resolution.value for n in self.in_sentence(self.numbers, trig.sentence)
                   if isinstance(n.resolution, NumberResolution) and n.resolution.counts == "killed"
                   and n.resolution.value is not None
                   and not (self.tok(n) > 0 and normalize(self.tokens[self.tok(n) - 1].text) in _PART_OF_TOLL)]
        if len(figures) != 1:
            return
        for d in told:
            if d.fatalities is None or figures[0] > d.fatalities:
                d.fatalities, d.dead_parts, d.no_toll = figures[0], [figures[0]], False

    @staticmethod
    def _updates_any(trig: _Trigger) -> bool:
        """Whether an update's trigger is a generic word for an attack (حصيلة الهجوم), which refers back to whatever
        violent event the report told, of any type."""
        return "generic" in trig.rule.flags

    def _occurrence_retellings(self, drafts: list[_Draft]) -> list[_Draft]:
        """``أعلن تنظيم انفصالي مسؤوليته عن هجوم بعبوة ناسفة ... ووقع الهجوم صباح أمس الجمعة بالقرب من بلدة X``: a verb of
        occurring before a definite word for an attack of any kind, with no side of its own, tells when and where the
        violent event of the sentence or two before happened, as ووقع الحادث does; it gives that event its day (when
        not later than the one the event had) and its more precise place, and is no second event."""
        out: list[_Draft] = []
        for d in drafts:
            k = d.trigger_token
            hosts: list[_Draft] = []
            # (the verb before the word or right after it: ووقع الهجوم، أن الهجوم وقع مساء الاثنين)
            occurred = (k > 0 and self._occurred_at(k - 1)) or (k + 1 < len(self.tokens) and self._occurred_at(k + 1))
            # (or after a relative pronoun: إن الهجوم الذي وقع خلال الليل ألحق أضرارا)
            occurred = occurred or (k + 2 < len(self.tokens) and bool(word_forms(self.tokens[k + 1].text)
                                                                      & _RELATIVE_PRONOUNS) and self._occurred_at(k + 2))
            if not d.actor1 and occurred and self._definite(k) and (
                    self._has_flag_at(k, "generic") or self._named_before(k, d.sentence)):
                told = [o for o in out if d.sentence - 2 <= o.sentence < d.sentence and o.sub.violent
                        and o.modality == d.modality]  # fmt: skip
                # (every violent draft of that sentence: هجوم بعبوة ناسفة is two words, one event; events told in two
                # sentences are left to the merge, which knows which of them the retelling joins)
                hosts = told if len({o.sentence for o in told}) == 1 else []
            if not hosts:
                out.append(d)
                continue
            for host in hosts:
                # (the day the verb of occurring gives is the event's; one its lead gives is mostly the day the
                # sources spoke, which an earlier day told for the event overrides)
                if d.date_mention is not None and d.date is not None and (host.date is None or d.date <= host.date):
                    host.date, host.precision, host.date_mention = d.date, d.precision, d.date_mention
                if d.location and (not host.location or (self._finer(d.location, host.location)
                                                         and self._contains(host.location, d.location))):
                    host.location, host.location_key = d.location, d.location_key
            _absorb_telling(hosts[0], d)
        return out

    def _named_before(self, k: int, s: int) -> bool:
        """Whether the word at token ``k`` (الكمين) was named without its article in one of the two sentences before
        (في كمين): ووقع الكمين tells that event again, as ووقع الهجوم does."""
        bare = normalize(self.tokens[k].text).removeprefix("و").removeprefix("ال")
        return any(bare in word_forms(self.tokens[j].text) for t in (s - 2, s - 1) if t in self.sentence_tokens
                   for j in range(*self.sentence_tokens[t]))

    def _incident_places(self, drafts: list[_Draft]) -> None:
        """``أطلق جنود النار على دورية لليونيفيل في جنوب لبنان. ووقع الحادث قرب بلدة كفرشوبا``: a sentence that tells
        no event of its own and says where "the incident" happened places the events of the sentence before it, when
        its place lies inside theirs and is more precise."""
        told = {d.sentence for d in drafts}
        for p in self.places:
            s = p.sentence
            if s in told or s - 1 not in told or not isinstance(p.resolution, PlaceResolution):
                continue
            lo, _ = self.sentence_tokens[s]
            # وأفاد مصدر طبي بوصول شهيد جراء استهدافه بنيران الجيش في بلدة X: a cause, or a casualty, told before
            # the place (in a sentence that tells no event) refers back to the event before, as الحادث does
            caused = any(t.modality == "cause" and t.match.first < self.tok(p)
                         for t in getattr(self, "triggers_by_sentence", {}).get(s, ())) or any(
                isinstance(n.resolution, NumberResolution) and n.resolution.counts in ("killed", "injured")
                and n.start < p.start for n in self.in_sentence(self.numbers, s))
            if not caused and not any(word_forms(self.tokens[j].text) & _INCIDENT_WORDS
                                      for j in range(lo, self.tok(p))):
                continue
            for d in drafts:
                if d.sentence == s - 1 and d.location and self._finer(p.id, d.location) \
                        and (self._contains(d.location, p.id) or self._town_in(d.location, p)):
                    d.location, d.location_key = p.id, self._place_key(p)
                    self._name_unidentified_side(d, s)

    def _finer(self, place_id: str, than_id: str) -> bool:
        """Whether a place is more precise than another: a lower ACLED precision, or a district inside a province of
        the same precision (منطقة داريا in محافظة ريف دمشق)."""
        if self._precision(place_id) < self._precision(than_id):
            return True
        a, b = self.by_id(place_id).resolution, self.by_id(than_id).resolution
        return isinstance(a, PlaceResolution) and isinstance(b, PlaceResolution) \
            and a.feature in ("admin2", "admin3") and b.feature == "admin1"

    def _name_unidentified_side(self, d: _Draft, s: int) -> None:
        """``تفكيك خلية إرهابية ... نفذت الوحدات عملية أمنية في منطقة داريا استهدفت وكرا لتنظيم داعش``: the one armed
        group the sentence that places the event names is who its unidentified side was."""
        named = {_canonical(m): m for m in self.in_sentence(self.actors, s)
                 if isinstance(m.resolution, ActorResolution) and not m.resolution.generic
                 and m.resolution.inter in (2, 3) and m.role != "associated"}
        if len(named) != 1:
            return
        group = next(iter(named.values()))
        for side in (d.actor1, d.actor2):
            for n, x in enumerate(side):
                if self._unidentified(x):
                    side[n] = group.id
                    d.evidence.append(group.span)

    def _occurred_at(self, j: int) -> bool:
        """Whether token ``j`` is a verb of occurring (وقع، جرت، حدث); وقعت begins with the و a conjunction may also
        add (ووقعت), so the stem is looked for with and without a first letter."""
        w = normalize(self.tokens[j].text)
        return w.startswith(_OCCURRED) or w[1:].startswith(_OCCURRED)

    def _incident_dates(self, drafts: list[_Draft]) -> None:
        """``قالت منظمة إن مسلحين اختطفوا شخصا ... وأشارت المنظمة في بيان أصدرته أمس السبت إلى أن الحادثة وقعت بتاريخ 6
        سبتمبر الماضي``: a sentence that tells no event of its own and says when "the incident" happened (a word for it,
        and a verb of occurring in either order, then the day) dates the events of the sentence before it that name no day of their
        own, when that day is earlier than theirs."""
        told = {d.sentence for d in drafts}
        for m in self.dates:
            s = m.sentence
            res = m.resolution
            if s in told or s - 1 not in told or not isinstance(res, DateResolution) or res.value is None:
                continue
            lo, _ = self.sentence_tokens[s]
            k = self.tok(m)
            incident = next((j for j in range(max(lo, k - 5), k) if word_forms(self.tokens[j].text) & _INCIDENT_WORDS),
                            None)
            # (the verb may come first: وقع الحادث في 25 يونيو)
            if incident is None or not any(self._occurred_at(j) for j in range(max(lo, incident - 1), k)
                                           if j != incident):
                continue
            for d in drafts:
                own = d.date_mention is not None and self.by_id(d.date_mention).sentence == d.sentence
                if d.sentence == s - 1 and not own and d.date is not None and res.value < d.date:
                    d.date, d.precision, d.date_mention = res.value, res.time_precision, m.id

    def _town_in(self, region_id: str, p: Mention) -> bool:
        """Whether a town, or the surroundings of one (قرب بلدة كفرشوبا), lies in the region ``region_id`` (its
        province, or a side of its country)."""
        r, q = self.by_id(region_id).resolution, p.resolution
        if not isinstance(r, PlaceResolution) or not isinstance(q, PlaceResolution) or q.feature != "populated_place":
            return False
        return r.country_code == q.country_code and (not r.admin1 or r.admin1 == q.admin1)

    def _precision(self, place_id: str | None) -> int:
        res = self.by_id(place_id).resolution if place_id else None
        return res.geo_precision if isinstance(res, PlaceResolution) and res.geo_precision else 9

    def _is_crowd(self, mention_id: str) -> bool:
        r = self.by_id(mention_id).resolution
        return isinstance(r, ActorResolution) and r.actor_type in _CROWD_ACTOR_TYPES

    def _dispersal_told(self, o: _Draft) -> bool:
        """Whether a sentence of ``o`` names a protest or a riot (خلال فضها احتجاجات): the shooting it tells was at a
        crowd."""
        return any(word_forms(self.tokens[k].text) & PROTEST_WORDS
                   for s in o.sentences for k in range(*self.sentence_tokens[s]))

    def _shot_at_the_protest(self, o: _Draft, d: _Draft) -> bool:
        """``استشهد فتى برصاص قوات الاحتلال شرقي خان يونس ... في اعتداء قوات الاحتلال على نحو 100 مواطن تظاهروا``: the
        people the force that fired on a demonstration killed there that day were its demonstrators (ACLED's
        Excessive force against protesters, with their dead)."""
        if d.sub.name != "Excessive force against protesters" or o.sub.name != "Attack" or not o.actor1:
            return False
        forces = {_canonical(self.by_id(x)) for x in (*d.actor1, *d.actor2)} - {None}
        return all(_canonical(self.by_id(x)) in forces for x in o.actor1)

    def _police_scuffle(self, o: _Draft, d: _Draft) -> bool:
        """Whether ``o`` is fighting or arrests told in the demonstration's own sentence with no side but the state's
        forces (or fighting with no side named at all) (أغلق محتجون الطريق ... وتدخلت الشرطة واعتقلت عددا منهم بعد اشتباكات بالأيدي معهم): the crowd is the other
        side, named by a pronoun, and the clash or the arrests are the demonstration's dispersal, not events of their
        own."""
        # (a riot's clashes may be told in the sentence before or after it: اندلعت مواجهات في المخيم، then
        # اندلاع مواجهات مع الشبان الذين رشقوا القوات بالحجارة)
        # (and the reinforcements and arrests that ended it: تدخلت عناصر الأمن بعد وصول تعزيزات أمنية، حملة اعتقالات
        # شملت المشتبه في ضلوعهم في أعمال التخريب)
        riot = d.sub.name == "Violent demonstration"
        told = set(o.sentences) & set(d.sentences) or (
            riot and o.sub.name in ("Armed clash", "Arrests", "Change to group/activity")
            and 0 < o.sentence - d.sentence <= 2) or (riot and o.sub.name == "Armed clash" and d.sentence - o.sentence == 1)
        if o.sub.name not in ("Armed clash", "Arrests", "Change to group/activity") or not told or o.fatalities \
                or (o.sub.name == "Change to group/activity" and not riot):
            return False  # a clash with its own dead (an officer killed by rioters) is told as an event of its own
        sides = [self.by_id(x) for x in (*o.actor1, *o.actor2)]
        if not sides and (o.sub.name == "Armed clash" or riot):
            return True  # اشتباكات عنيفة جرت أثناء محاولة الشرطة تفريق المتظاهرين: the fight is the dispersal's
        return bool(sides) and all(
            r.actor_type == "state forces" if isinstance(r := m.resolution, ActorResolution)
            else bool(m.text.split()) and force_word(m.text.split()[0])  # قوات الأمن with no country
            for m in sides)

    def _clash_word_at(self, i: int) -> bool:
        """Whether token ``i`` is a word of clashing both sides do (اشتباكات، مواجهات، مصادمات), not an attack one side
        makes on the other (هجوم على المتظاهرين)."""
        return normalize(self.tokens[i].text).lstrip("وف").removeprefix("ال").startswith(_CLASH_STEMS)

    def _demonstrators_arrested(self, d: _Draft) -> bool:
        """``اعتقل العديد من الأشخاص في القاهرة بينما كانوا يتظاهرون``: an arrest whose sentence tells a demonstration
        is the police breaking up that demonstration."""
        if d.sub.name != "Arrests":
            return False
        lo, hi = self.sentence_tokens[d.sentence]
        # (a verb: the arrested were demonstrating; a noun may only describe them, المؤثرين في إضراب السائقين)
        if any(isinstance(m.payload, TriggerRule) and m.payload.sub_event_type in _DEMONSTRATION_ORDER
               and word_forms(self.tokens[m.first].text) & _DEMONSTRATING_VERBS
               for m in self.lex.matcher.find_all(self.tokens, lo, hi)):
            return True
        # (or the crowd they were taken from: اعتقلت 142 ناشطا من المحتجين الذين أغلقوا الشوارع)
        return any(isinstance(m.resolution, ActorResolution) and m.resolution.actor_type in _CROWD_ACTOR_TYPES
                   and d.trigger_token < (k := self.tok(m)) <= d.trigger_token + _SUBJECT_REACH
                   and normalize(self.tokens[k - 1].text) == _OF
                   for m in self.in_sentence(self.actors, d.sentence))

    def _crowd_side(self, d: _Draft) -> bool:
        """Whether a clash or a disrupted attack has demonstrators on one side (اشتباكات بين متظاهرين وقوات الأمن)."""
        return any(isinstance(r := self.by_id(x).resolution, ActorResolution) and r.actor_type in _CROWD_ACTOR_TYPES
                   for x in (*d.actor1, *d.actor2))

    def _fold_back_references(self, drafts: list[_Draft]) -> list[_Draft]:
        """A later definite mention with no place or date of its own (وأعلن المركز أن الاشتباكات أسفرت عن مقتل ثلاثة)
        is the event of that sub-type already coded at that place, even when the running date moved on meanwhile.

        One with a place of its own is that event too when it is the same day, names no other actor, and its place
        is the event's or only the unit that holds it (قتل خمسة بصاروخ على مدينة مأرب ... إن الصاروخ سقط في مأرب,
        read as the governorate): a second strike would be told as another (غارة أخرى), not with the article. A
        generic word for an attack (الهجوم، هجوم الخميس: flag ``generic``) refers back to whatever violent event
        was reported, of any type, and القصف (flag ``bombardment``) to the strike or shelling reported. A lead that
        placed the event only in a part of the country (في شمال شرق نيجيريا) is placed by the re-mention that names
        the village (واستهدف الهجوم قرية X في ولاية بورنو).
        """
        out: list[_Draft] = []
        for d in drafts:
            own_date = d.date_mention is not None and self.by_id(d.date_mention).sentence == d.sentence
            # (وذكرت الوزارة، في بيان، اليوم الأربعاء، أن الحصيلة الأولية للهجوم: the day of the statement is no day of
            # the attack it tells)
            stated = own_date and self._said_on(self.by_id(d.date_mention), d.trigger_token)
            host = None
            fits: list[_Draft] = []
            if self._after_demonstrative(d.trigger_token):
                # هذا الهجوم يستهدف البنية التحتية في العراق وإقليم كوردستان: the attack just told, whatever the
                # places its sentence goes on to name
                # (هذا القصف after air strikes: القصف names any bombardment, as its definite re-mention does below)
                host = next((o for o in reversed(out) if o.trigger.start < d.trigger.start and o.modality == d.modality
                             and (o.sub.name == d.sub.name or (self._generic(d) and o.sub.violent)
                                  or (self._has_flag(d, "bombardment") and o.sub.event_type == d.sub.event_type))),
                            None)
                if host is not None:
                    self._name_the_unidentified(host, d)
                    _absorb_telling(host, d)
                    continue
            if self._definite(d.trigger_token) or self._dated_noun(d.trigger_token):
                fits = [o for o in out if o.sentence < d.sentence and o.modality == d.modality
                        and (o.sub.name == d.sub.name or (self._generic(d) and o.sub.violent)
                             or (self._has_flag(d, "bombardment") and o.sub.event_type == d.sub.event_type)
                             # فجر انتحاري عبوته ... الانفجار الذي وقع في كويتا: the suicide bombing's blast
                             or (o.sub.name, d.sub.name) == ("Suicide bomb", "Remote explosive/landmine/IED")
                             or {o.sub.name, d.sub.name} <= _TAKEOVERS)]  # fmt: skip
                if not d.own_place and not own_date:
                    host = next((o for o in fits if o.location_key == d.location_key), None)
                if host is None and d.sub.name in _TAKEOVERS:
                    # أعلنت قوات الدعم السريع سيطرتها على مدينة بابنوسة ... إن السيطرة على بابنوسة يمثل محطة: the taking
                    # of the same place that day told again, whatever side a later clause names near it
                    host = next((o for o in reversed(fits) if o.sub.name in _TAKEOVERS and o.date == d.date
                                 and o.location_key == d.location_key), None)
                if host is None:
                    host = next((o for o in reversed(fits) if o.date == d.date and self._same_side(o, d)
                                 and self._holds(d.location, o.location)), None)  # fmt: skip
                if host is None and (not own_date or stated):
                    # استهدفت جماعة مسلحة أمس الأول معسكرا للجيش في تاهوا ... وأوضحت أن الهجوم استهدف قاعدة أغاندو:
                    # the attack told again with no day of its own, at the place the lead gave, is the lead's, whatever
                    # day the statement quoting it was made
                    host = next((o for o in reversed(fits) if o.date is not None and d.date is not None
                                 and 0 <= (d.date - o.date).days <= _RETOLD_DAYS and self._same_side(o, d)
                                 and self._holds(d.location, o.location)), None)  # fmt: skip
                if host is None and d.own_place:
                    host = next((o for o in reversed(fits) if self._day_of(o, d) and self._same_side(o, d)
                                 and self._country_only(o.location, d.location)), None)  # fmt: skip
                    if host is not None and host.date != d.date:
                        host.take_date(d)
                    if host is not None:
                        # the headline and the lead that placed it only in the country's north-east are this event
                        for o in [o for o in fits if o is not host and o.date == d.date and self._same_side(o, d)
                                  and o.location_key == host.location_key]:  # fmt: skip
                            if (o.sub.name, host.sub.name) == ("Suicide bomb", "Remote explosive/landmine/IED"):
                                # هجوم انتحاري ... اقتحموا بشاحنة ملغومة: the bomb told twice was a suicide bombing
                                host.sub, host.plover_type, host.plover_mode = o.sub, o.plover_type, o.plover_mode
                            _absorb(host, o)
                            out.remove(o)
                        host.location, host.location_key = d.location, d.location_key
            if host is None and d.own_place:
                # أصيب شخصان جراء انفجار عبوة ناسفة في ريف دير الزور الشرقي ... بأن الانفجار، الذي استهدف سيارة ...
                # في مدينة البوكمال: the re-mention names the town inside the region the lead gave
                host = next((o for o in reversed(fits) if self._day_of(o, d) and self._same_side(o, d)
                             and o.location_key != d.location_key and self._holds(o.location, d.location)), None)
                if host is not None:
                    if host.date != d.date:
                        # قتل سبعة قرويين في هجوم في وسط مالي ... الهجوم الذي استهدف قريتي X وY مساء الأحد: the lead
                        # dated only by the report takes the day of the re-mention that places it
                        host.take_date(d)
                    for o in [o for o in fits if o is not host and o.date == d.date and self._same_side(o, d)
                              and o.sub.name == host.sub.name and o.location_key == host.location_key]:
                        _absorb(host, o)  # the lead's trigger words told twice (انفجار عبوة ناسفة) are one event
                        out.remove(o)
                    host.location, host.location_key = d.location, d.location_key
            if host is None and d.own_place and self._generic(d):
                # قالت الحكومة إن جماعة مسلحة في منطقة أوروميا شنت هجوما ... ونفذ مسلحون من جيش تحرير أورومو الهجوم
                # يوم الأحد في منطقة بغرب إثيوبيا: the attack told again, placed only in the country, is the one the
                # lead placed more finely; it names who carried it out and dates it
                host = next((o for o in reversed(fits) if self._day_of(o, d) and o.sub.violent
                             and (self._same_side(o, d) or all(self._unidentified(x) for x in o.actor1))
                             and self._country_only(d.location, o.location)), None)  # fmt: skip
                if host is not None and host.date != d.date:
                    host.take_date(d)
            if host is None and own_date and self._stopped_after(d.trigger_token):
                # اشتباكات شهدتها المدينة الليلة الماضية ... وذكرت وسائل إعلام أن الاشتباكات توقفت صباح اليوم: the day
                # the fighting stopped dates its end, not another battle
                host = next((o for o in reversed(fits) if (not d.own_place or o.location_key == d.location_key)
                             and o.date is not None and d.date is not None and 0 <= (d.date - o.date).days <= 1), None)
            if host is None and own_date and self._told_when(d.trigger_token):
                host = self._dated_by_re_mention(d, fits)
            if host is None and d.own_place and self._told_when(d.trigger_token):
                # اشتباكات بين قسد والعشائر في مدينة دير الزور ... وأفاد ناشطون بأن الاشتباكات وقعت في بلدة غرانيج: a
                # re-mention that says where the event took place, in the same province, places the event told
                host = next((o for o in reversed(fits) if o.date == d.date and self._same_side(o, d)
                             and self._same_province(o.location, d.location)), None)  # fmt: skip
                if host is not None and not self._placed_by(host, d.location_key):
                    host.location, host.location_key = d.location, d.location_key
            if host is None:
                out.append(d)
                continue
            if d.location and host.location_key == d.location_key and self._cued_village(self.by_id(d.location)):
                # قصفت الطائرات التركية إحدى القرى التابعة لقضاء زاخو ... شنت هجوما على قرية بهيرا في زاخو: the village
                # the gazetteer lacks is filed under the place the lead named; the re-mention names where it was
                self._take_the_village(host, d)
            if d.fatalities and self._attackers_dead(d, host):
                # مقتل أربعة عناصر في حركة الشباب after its attack killed ten civilians: other dead, not a lower
                # count of the same ten, so they do not replace the attack's toll
                d = replace(d, fatalities=None, no_toll=False)
            self._name_the_unidentified(host, d)
            _absorb(host, d)
        return out

    def _placed_by(self, host: _Draft, key: str) -> bool:
        """Whether the lead set its place against the one a re-mention names (في منطقة المواصي غرب خان يونس ... وأضافت
        أن القصف وقع قرب مستشفى في خان يونس): that place is the lead's reference point, and the lead's own is finer."""
        if not host.location:
            return False
        k = self.tok(self.by_id(host.location))
        return any(self._place_key(p) == key and 0 < self.tok(p) - k <= _LOCATOR_REACH
                   for p in self.in_sentence(self.places, self.by_id(host.location).sentence))

    def _stopped_after(self, i: int) -> bool:
        """Whether a verb of stopping or ending follows the trigger at ``i`` (الاشتباكات توقفت، انتهت المعارك)."""
        if i + 1 >= len(self.tokens) or self.tokens[i + 1].sentence != self.tokens[i].sentence:
            return False
        return normalize(self.tokens[i + 1].text).lstrip("و") in _STOPPED

    def _day_of(self, o: _Draft, d: _Draft) -> bool:
        """Whether the re-mention ``d`` is of ``o``'s day: the same, or a day of the last few when ``o`` names none
        (a lead dated by the report)."""
        if o.date == d.date:
            return True
        return o.date_mention is None and o.date is not None and d.date is not None \
            and 0 < (o.date - d.date).days <= _HEADLINE_LAG_DAYS

    def _after_demonstrative(self, i: int) -> bool:
        """Whether a demonstrative stands right before the trigger at ``i`` (هذا الهجوم، تلك الغارات)."""
        return i > 0 and self.tokens[i - 1].sentence == self.tokens[i].sentence \
            and normalize(self.tokens[i - 1].text).lstrip("و") in _DEMONSTRATIVES

    def _date_undated_leads(self, drafts: list[_Draft]) -> None:
        """A headline or lead that names no day (مقتل 20 جنديا في هجوم على مدينة جيبو) carries the report's day; when
        the body tells an event of the same type, side and place on a stated day of the week before (هاجمت جماعات
        مواقع الجيش في جيبو يوم الأحد 2 فبراير), the lead told that event and takes its day, so that the two merge."""
        for d in drafts:
            # (a day the sources spoke on, بحسب ما أفادت مصادر أمس, only bounds the lead's event: the body may date it)
            if d.sentence > 1 or d.date is None or (
                    d.date_mention is not None and not self._in_attribution(self.by_id(d.date_mention))):
                continue
            if any(o.sentence != d.sentence and o.sentence <= 1 and o.sub.name == d.sub.name and o.date == d.date
                   and self._same_side(o, d) for o in drafts):
                continue  # the headline and the lead tell the same event on the report's day
            for o in drafts:
                if o.sentence <= d.sentence or self._another(o) or not self._told_earlier(d, o):
                    continue
                if not (self._nested_places(d, o) or self._country_only(d.location, o.location)
                        or self._country_only(o.location, d.location)):
                    continue
                d.take_date(o)
                break
        self._date_leads_by_place(drafts)
        self._date_statement_leads(drafts)

    def _date_statement_leads(self, drafts: list[_Draft]) -> None:
        """A lead dated only by the day its source spoke (أعلن الجيش، اليوم الإثنين، عن مقتل 4 عناصر في عملية أمنية)
        whose next sentence tells the same event, same type and side, on a stated day a few days before (نصبت القوات
        كمينا مساء الأحد): the lead told that event, which takes the earlier day and merges with it."""
        for d in drafts:
            if d.date_mention is None or d.date is None or not self._statement_date(d):
                continue
            for o in drafts:
                if o.sentence != d.sentence + 1 or not self._told_earlier(d, o):
                    continue
                if not (self._nested_places(d, o) or self._same_province(d.location, o.location)):
                    continue
                d.take_date(o)
                break

    def _told_earlier(self, d: _Draft, o: _Draft) -> bool:
        """Whether ``o`` tells an event of ``d``'s type, side and modality on a stated day (precision 1) a few days
        before ``d``'s: the day ``d``, dated only by its report or its source's statement, should take."""
        return o is not d and o.date_mention is not None and o.date is not None and d.date is not None \
            and o.precision == 1 and o.sub.name == d.sub.name and o.modality == d.modality \
            and 0 < (d.date - o.date).days <= _RE_MENTION_DAYS and self._same_side(o, d)

    def _nested_places(self, a: _Draft, b: _Draft) -> bool:
        """Whether two drafts' places are one, or one holds the other (or either has none)."""
        return not (a.location and b.location) or a.location_key == b.location_key \
            or self._holds(a.location, b.location) or self._holds(b.location, a.location)

    def _statement_date(self, d: _Draft) -> bool:
        """Whether the draft's date stands between a verb of saying and the complementizer or عن that opens what was
        said, before the trigger (أعلن الجيش، اليوم الإثنين، عن مقتل): it dates the statement, not the event."""
        m = self.by_id(d.date_mention)
        k, i = self.tok(m), d.trigger_token
        lo = self.sentence_tokens[d.sentence][0]
        if m.sentence != d.sentence or not k < i:
            return False
        spoken = any(word_forms(self.tokens[j].text) & speech_verbs() for j in range(lo, k))
        # (أعلن جيش بوركينا فاسو، اليوم الأحد، مقتل جنديين: the day set off by commas before the verb's object)
        opened = any(word_forms(self.tokens[j].text) & (_COMPLEMENTIZERS | _ABOUT) for j in range(k + 1, i)) \
            or self._set_off(m)
        return spoken and opened

    def _date_leads_by_place(self, drafts: list[_Draft]) -> None:
        """A headline or lead of fighting that names no day (اشتباكات بين القوات الحكومية وقسد في حلب) when the body
        tells what happened at that place only on one earlier stated day, in other words (a post attacked مساء
        الأربعاء, an explosion then gunfire): the lead sums up that day's events there and takes their day. Only when
        no event of the report at that place is on the report's own day, and the body's events there, all violent,
        fall on a single day in the week before."""
        for d in drafts:
            if d.sentence > 1 or d.date_mention is not None or d.date is None or not d.sub.violent \
                    or not d.location:
                continue
            here = [o for o in drafts if o is not d and o.location and (
                o.location_key == d.location_key or self._holds(d.location, o.location))]
            if any(o.date == d.date and (o.sentence > 1 or o.date_mention is not None) for o in here):
                continue
            told = [o for o in here if o.sentence > 1 and o.date_mention is not None and o.date is not None]
            days = {o.date for o in told}
            if len(days) != 1 or not all(o.sub.violent and o.precision == 1 and o.modality == d.modality
                                         for o in told):
                continue
            day = next(iter(days))
            if not 0 < (d.date - day).days <= _RE_MENTION_DAYS:
                continue
            d.date, d.precision, d.date_mention = day, 1, told[0].date_mention

    def _same_province(self, a_id: str | None, b_id: str | None) -> bool:
        """Whether two resolved places lie in one first-level unit of one country."""
        a = self.by_id(a_id).resolution if a_id else None
        b = self.by_id(b_id).resolution if b_id else None
        return isinstance(a, PlaceResolution) and isinstance(b, PlaceResolution) and bool(a.admin1) \
            and (a.country_code, a.admin1) == (b.country_code, b.admin1)

    def _told_when(self, i: int) -> bool:
        """Whether a verb of taking place stands right before or after the event word at ``i`` (ووقع الهجوم يوم
        الاثنين، أن الهجوم بدأ عصر أمس): the sentence tells when the event took place (date_expressions.tsv, kind
        occurrence), also through a relative pronoun when a day follows the verb (مكان الهجوم الذي وقع قبل يومين; not
        الهجوم الذي وقع في منطقة أرتيبونيت, whose sentence may be dated by the statement)."""
        after: tuple[int, ...] = ()
        if i + 1 < len(self.tokens) and word_forms(self.tokens[i + 1].text) & _RELATIVE_PRONOUNS and any(
                i + 3 <= self.tok(m) <= i + 4 for m in self.in_sentence(self.dates, self.tokens[i].sentence)):
            after = (i + 2,)
        for j in (i - 1, i + 1, *after):
            if 0 <= j < len(self.tokens) and self.tokens[j].sentence == self.tokens[i].sentence:
                if any(stem in _occurrence_verbs() for _, stem in _splits(self.tokens[j].text)):
                    return True
        return False

    def _dated_by_re_mention(self, d: _Draft, fits: list[_Draft]) -> _Draft | None:
        """The earlier event that a definite re-mention telling when it took place dates (أسفر هجوم على قاعدة عن مقتل
        50 جنديا، حسبما أفاد مصدر يوم الثلاثاء ... ووقع الهجوم يوم الاثنين): the lead carried the day of the report or of
        the source's statement, a few days later, and the re-mention's day is the event's. The host takes that day,
        and the re-mention's place when the host's place holds it or the host had none."""
        if d.date is None:
            return None
        for o in reversed(fits):
            if o.date is None or not 0 < (o.date - d.date).days <= _RE_MENTION_DAYS or not self._same_side(o, d):
                continue
            if o.date_mention is not None and self.by_id(o.date_mention).sentence == o.sentence \
                    and any(self.tok(self.by_id(o.date_mention)) == t for t in range(o.trigger_token - 2,
                                                                                    o.trigger_token + 3)):
                continue  # the host's own day stands by its word (هجوم الثلاثاء): another event
            if d.location and o.location and not (self._holds(o.location, d.location)
                                                  or self._country_only(o.location, d.location)
                                                  or o.location_key == d.location_key):
                continue
            o.take_date(d)
            if d.location and (o.location is None or o.location_key != d.location_key):
                o.location, o.location_key = d.location, d.location_key
            return o
        return None

    def _attackers_dead(self, d: _Draft, host: _Draft) -> bool:
        """Whether every killed figure of ``d`` counts members of the host event's actor1 (أربعة عناصر في حركة
        الشباب), while the host's own figure counts others."""
        attackers = {_canonical(self.by_id(x)) for x in host.actor1} - {None}
        killed = [self.by_id(x) for x in d.numbers if isinstance(r := self.by_id(x).resolution, NumberResolution)
                  and r.counts == "killed"]  # fmt: skip
        if not attackers or not killed or host.fatalities is None:
            return False
        return all(self._counted_group(n) in attackers for n in killed) and not any(
            self._counted_group(self.by_id(x)) in attackers for x in host.numbers
        )

    def _counted_group(self, number: Mention) -> str | None:
        """The actor whose members a figure counts: the named actor after the counted noun and a partitive (أربعة
        عناصر في حركة الشباب، خمسة من مسلحي الجماعة), or None."""
        k = self.tok(number)
        s = self.tokens[k].sentence
        _, hi = self.sentence_tokens[s]
        for m in self.in_sentence(self.actors, s):
            j = self.tok(m)
            if k + 1 < j <= min(k + 4, hi - 1) and all(
                word_forms(self.tokens[i].text) & (_PARTITIVE_WORDS | _MEMBERSHIP) for i in range(k + 1, j)
            ):
                return _canonical(m)
        return None

    def _country_only(self, outer_id: str | None, inner_id: str | None) -> bool:
        """Whether ``outer_id`` places an event only in a country or a part of it with no province (شمال شرق
        نيجيريا) and ``inner_id`` is a more precise place in that country."""
        if outer_id is None or inner_id is None:
            return False
        r, p = self.by_id(outer_id).resolution, self.by_id(inner_id).resolution
        if not isinstance(r, PlaceResolution) or not isinstance(p, PlaceResolution):
            return False
        return (not r.admin1 and bool(r.country_code) and r.country_code == p.country_code
                and self._place_key(self.by_id(outer_id)) != self._place_key(self.by_id(inner_id)))  # fmt: skip

    def _generic(self, d: _Draft) -> bool:
        """Whether the draft's trigger is a word for an attack of any kind (flag ``generic``)."""
        return self._has_flag(d, "generic")

    def _has_flag(self, d: _Draft, flag: str) -> bool:
        """Whether the draft's trigger word carries ``flag`` in ``event_triggers.tsv``."""
        match = self.lex.matcher.match_at(self.tokens, d.trigger_token)
        rule = match.payload if match is not None else None
        return isinstance(rule, TriggerRule) and flag in rule.flags

    def _dated_noun(self, i: int) -> bool:
        """``هجوم الخميس``، ``غارة الأحد``: a noun in construct with a day names one known event, as the article does."""
        return i + 1 < len(self.tokens) and any(self.tok(m) == i + 1 for m in self.in_sentence(self.dates,
                                                                                              self.tokens[i].sentence))

    def _same_side(self, host: _Draft, d: _Draft) -> bool:
        """Whether a re-mention names no actor1 other than the host's."""
        if not d.actor1 or not host.actor1:
            return True
        if all(self._unidentified(x) for x in (*d.actor1, *host.actor1)):
            # (المهاجمين الذين فروا إلى مالي: an unnamed group's country is only where it was last placed)
            return True
        return bool({_canonical(self.by_id(x)) for x in d.actor1} & {_canonical(self.by_id(x)) for x in host.actor1})

    def _holds(self, outer_id: str | None, inner_id: str | None) -> bool:
        """Whether ``outer_id`` is the place ``inner_id`` or only an administrative unit that holds it (a fallback
        place: a unit named as such, a region, or a village the gazetteer lacks, put at its unit's point)."""
        if outer_id is None or inner_id is None:
            return False
        outer, inner = self.by_id(outer_id), self.by_id(inner_id)
        if self._place_key(outer) == self._place_key(inner):
            return True
        r, p = outer.resolution, inner.resolution
        if not isinstance(r, PlaceResolution) or not isinstance(p, PlaceResolution) or not r.admin1:
            return False
        # the centre of a town (وسط مدينة أم درمان, precision 1) is that town, which holds no other town
        town = r.feature == "populated_place" and r.geo_precision == 1
        coarse = (outer.role in (*_CONTAINER_ROLES, "unresolved") and not town) or r.feature.startswith("admin")
        if not coarse or self._precision(outer_id) < self._precision(inner_id) or r.admin1 != p.admin1:
            return False
        return not (r.feature == "admin2" and r.admin2 != p.admin2)

    def _definite(self, i: int) -> bool:
        token = self.tokens[i]
        # (the incident of the event, بحادثة نهب السوق، واقعة الاعتداء, refers back to it as the article does)
        return (
            "ال" in token.prefixes
            or token.text.startswith("ال")
            or "ال" in (next((p for p, _ in _splits(token.text) if "ال" in p), ()))
            or (i > 0 and bool(word_forms(self.tokens[i - 1].text) & _INCIDENT_NOUNS))
        )

    def _drop_summaries(self, drafts: list[_Draft]) -> list[_Draft]:
        """A lead that sums up strikes over a region (ضربات جوية في شمال شرق سوريا أسفرت عن مقتل 9) is not an event of
        its own when the article codes located events of the same sub-event type that day inside that region: ACLED codes the
        located events, and the summary's toll is not added on top. Its actors fill the located events' gaps."""
        out = []

        def located_in(d: _Draft) -> list[_Draft]:
            # (a strike told as like the one before, وتعرضت بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي مماثل, is
            # another strike than the town's, not its detail)
            return [
                o for o in drafts
                if o is not d and o.sub.name == d.sub.name and o.date == d.date and o.location and not self._alike(o)
                and o.modality == d.modality and d.location
                and ((o.sentence > d.sentence and (self._contains(d.location, o.location)
                                                    or self._located_by(o.location, d.location)))
                     or self._summed_up(d, o))
            ]  # fmt: skip

        for d in drafts:
            # (of two drafts that each read as the other's summary, a lead at شرقي مدينة الناصرية and a body at قضاء
            # "سيد دخيل" put at its province's point, the lead is the summary: the body names the place)
            located = [o for o in located_in(d) if d.sentence < o.sentence or not any(x is d for x in located_in(o))]
            if not located:
                out.append(d)
                continue
            if len(located) > 1 and d.fatalities and not any(o.fatalities for o in located) and any(
                    self.by_id(o.location).resolution.feature == "admin2" for o in located):
                # غارات على مديريات سنحان وبني حشيش وخولان أسفرت عن مقتل شخصين: the toll is the lead's alone when
                # it cannot tell which district's strike killed; the lead stays, so the dead are not lost
                out.append(d)
                continue
            if len(located) == 1 and (located[0].fatalities is None or located[0].no_toll) \
                    and d.fatalities is not None and not d.no_toll:
                # بقصف لمسيرة تركية في محافظة دهوك ... استهدفت عجلة بين قريتي X وY: the lead told the toll of the one
                # strike the next sentence places (or the place a lead of killed-and-wounded gave, مقتل وإصابة
                # ثمانية أشخاص بنزاع عشائري شرقي مدينة الناصرية, before the body said how many died)
                located[0].fatalities, located[0].no_toll = d.fatalities, False
                located[0].numbers.extend(x for x in d.numbers if x not in located[0].numbers)
            for o in located:
                # (the summary's report is a report of the located event too: its source asserts it)
                o.evidence.extend(x for x in d.evidence if x not in o.evidence)
                if not o.actor1:
                    o.actor1 = list(d.actor1)
                if not o.actor2:
                    o.actor2 = [x for x in d.actor2 if x not in o.actor1]
        return out

    def _located_by(self, place_id: str, town_id: str) -> bool:
        """``بلدة بيرزيت، شمال رام الله``: whether the place mention ``place_id`` is followed, within three words that
        are only locators, by a mention of the place ``town_id`` names: the report places it by that town, so an
        event told at the town (قرب مدينتي رام الله والخليل) was told in summary."""
        place, town = self.by_id(place_id), self.by_id(town_id)
        key = self._place_key(town)
        after = [m for m in self.in_sentence(self.places, place.sentence) if m.start >= place.end]
        if not after or self._place_key(after[0]) != key:
            return False
        gap = normalize(self.a.raw[place.end : after[0].start]).replace("،", " ").replace(",", " ").split()
        head = normalize(after[0].text).split()[:1]
        words = gap + (head if head and self._locator(head[0]) else [])
        return 1 <= len(words) <= 3 and all(self._locator(w) for w in words)

    def _summed_up(self, d: _Draft, o: _Draft) -> bool:
        """Whether ``d`` places its event only in a country or a governorate (precision 3: a headline or lead such as
        مقتل 5 فلسطينيين بقصف إسرائيلي على قطاع غزة, غارات أمريكية على اليمن) and ``o`` is an event of the same actor
        (or of none named) at a more precise place inside that area, told in the headline or anywhere in the body:
        the coarse event is that one told in summary; so is a country-wide one (غرب اليمن) beside a governorate's
        event. In one sentence the coarse place must be named with more than its bare name (في محافظة طولكرم ... في
        بلدة عتيل) and not in a list with the other (موانئ الحديدة والصليف، على جنوب لبنان والبقاع): a list names
        several targets, not a summary and its detail."""
        if not d.location or not o.location or self._precision(d.location) != 3:
            return False
        r, p = self.by_id(d.location).resolution, self.by_id(o.location).resolution
        if isinstance(r, PlaceResolution) and not r.admin1 and p is None and d.actor1 and o.actor1 \
                and self._same_side(o, d) and r.country_code == self.a.place_country():
            # مع تجدد الغارات الإسرائيلية على الجنوب اللبناني، حيث شنت مسيرة غارة على طريق بلدة تول: a village the
            # gazetteer does not hold, in the country the article is about, is the place the summary's strike hit
            return True
        if not isinstance(r, PlaceResolution) or not isinstance(p, PlaceResolution):
            return False
        if self._precision(o.location) >= 3 and (r.admin1 or not p.admin1 or o.sentence == d.sentence):
            # a country-wide lead (غرب اليمن) is summed up by a governorate's event told apart (محافظة الحديدة);
            # in one sentence the two are two targets (استهدف منطقة البقاع ... ولاحقا استهدف بلدة في جنوب لبنان)
            return False
        if d.actor1 and o.actor1 and not self._same_side(o, d):
            return False
        if d.date is None and (d.date_mention is not None or o.date_mention is not None):
            return False  # the same day only when known, or when neither names a day (a report with no dateline)
        outer = self.by_id(d.location)
        if o.sentence == d.sentence and (len(outer.text.split()) < 2 or self._coordinated(outer, self.by_id(o.location))):
            return False
        if not r.country_code:
            return False
        if r.country_code != p.country_code or self._place_key(outer) == self._place_key(self.by_id(o.location)):
            return False
        if not r.admin1:
            return True
        if r.admin1 != p.admin1:
            return False
        if outer.role in ("admin2", "admin3") or r.feature in ("admin2", "admin3"):
            if r.admin2 and p.admin2:
                return r.admin2 == p.admin2
            # a village the gazetteer holds with no district: inside the district when near its seat
            return _km(r, p) <= _DISTRICT_KM
        return True

    def _coordinated(self, a: Mention, b: Mention) -> bool:
        """Whether the later of two place mentions of one sentence is joined to the text before it by و (X وY)."""
        k = max(self.tok(a), self.tok(b))
        return "و" in self.tokens[k].prefixes or (k > 0 and self.tokens[k - 1].text == "و")

    def _town_of(self, place: Mention, town: Mention) -> bool:
        """Whether ``town`` is named a few words after ``place``, after في or ب (and a town noun), and lies within a
        town's area of it: the town that holds the place."""
        gap = self.tok(town) - self.tok(place)
        res = town.resolution
        if not 0 < gap <= _TOWN_OF_REACH or not isinstance(res, PlaceResolution) \
                or res.feature != "populated_place" or not self._nearby(place.id, town.id):
            return False
        j = self.tok(town) - 1
        head = _norm(self.tokens[j].text)
        if head.removeprefix("ب") in _ADMIN_HEADS:
            if head.startswith("ب"):
                return True  # بمدينة صيدا
            j -= 1
        return _norm(self.tokens[j].text) in _IN or "ب" in self.tokens[self.tok(town)].prefixes

    def _nearby(self, a_id: str, b_id: str) -> bool:
        """Whether two places lie within a town's area of each other (شرق خان يونس and بني سهيلا)."""
        r, p = self.by_id(a_id).resolution, self.by_id(b_id).resolution
        return isinstance(r, PlaceResolution) and isinstance(p, PlaceResolution) and _km(r, p) <= _TOWN_AREA_KM

    def _contains(self, region_id: str, place_id: str) -> bool:
        """Whether the region ``region_id`` holds the more precise place ``place_id`` (same admin1, or a part of a
        country with no admin1 holding any place of that country)."""
        region, place = self.by_id(region_id), self.by_id(place_id)
        r, p = region.resolution, place.resolution
        # a village the gazetteer lacks (role unresolved) is still a located place, resolved to its admin1
        if region_id == place_id or region.role not in _CONTAINER_ROLES or not isinstance(r, PlaceResolution) \
                or not isinstance(p, PlaceResolution):
            return False
        # a district of the province (غارتين على منطقة العصايد بمديرية كتاف after a lead on محافظة صعدة) is located
        # more precisely than the province, though it is a region itself
        if r.feature == "populated_place" and r.direction in (None, "centre"):
            # قرب بلدة مخماس: the surroundings of a town (precision 2) sum up no village elsewhere in its province,
            # only what lies close by (a side of the town, شرقي طرابلس, still holds that side of its province; its
            # centre, وسط أم درمان, holds no more than the town)
            return _km(r, p) <= _TOWN_AREA_KM
        district = p.feature == "admin2" and r.feature == "admin1" and place.role in ("", "admin2")
        # (the surroundings of a town, قرب بلدة غاو, lie inside what holds the town)
        if place.role != "unresolved" and self._is_region(place) and not district and p.feature != "populated_place":
            return False
        if region.role in ("admin2", "admin3"):
            # قضاء النبطية holds its own villages, not those of قضاء بنت جبيل in the same governorate
            return bool(r.admin2) and r.admin2 == p.admin2 and (region.role == "admin2" or r.admin3 == p.admin3)
        if r.admin1:
            return r.admin1 == p.admin1
        return bool(r.country_code) and r.country_code == p.country_code

    def _freeze(self, drafts: list[_Draft]) -> list[Event]:
        order = sorted(range(len(drafts)), key=lambda k: (drafts[k].trigger.start, drafts[k].location_key))
        new_id = {k: f"event-{n}" for n, k in enumerate(order)}
        position = {id(d): k for k, d in enumerate(drafts)}
        events = []
        for k in order:
            d = drafts[k]
            evidence: list[Span] = []
            for sp in d.evidence:
                if sp not in evidence:
                    evidence.append(sp)
            events.append(
                Event(
                    id=new_id[k],
                    event_type=d.sub.event_type,
                    sub_event_type=d.sub.name,
                    disorder_type=d.sub.disorder_type,
                    trigger=d.trigger,
                    sentence=d.sentence,
                    evidence=tuple(evidence),
                    location=d.location,
                    actor1=tuple(dict.fromkeys(d.actor1)),
                    actor2=self._other_side(d),
                    date=d.date,
                    time_precision=d.precision,
                    date_mention=d.date_mention,
                    fatalities=d.fatalities,
                    injured=d.injured,
                    displaced=d.displaced,
                    detained=d.detained,
                    number_mentions=tuple(dict.fromkeys(d.numbers)),
                    plover_type=d.plover_type,
                    plover_mode=d.plover_mode,
                    modality=d.modality,
                    civilian_targeting=d.civilian,
                    related=tuple(dict.fromkeys(new_id[position[id(r)]] for r in d.related if id(r) in position)),
                    notes="",
                )
            )
        from marsad.events.notes import write_notes

        return [
            replace(e, notes=write_notes(self.a, e, joint=drafts[k].joint)) for e, k in zip(events, order, strict=True)
        ]


def _inter_of(m: Mention) -> int | None:
    """ACLED's inter code of an actor mention's resolution, or None."""
    return m.resolution.inter if isinstance(m.resolution, ActorResolution) else None


@lru_cache(maxsize=1)
def _km(a: PlaceResolution, b: PlaceResolution) -> float:
    """Great-circle distance between two resolved places in km (infinite when either has no point)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return float("inf")
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _month_words() -> frozenset[str]:
    """Month names (``data/months.tsv``), normalized, one word each (كانون الثاني gives كانون and الثاني is skipped
    as too common)."""
    out = set()
    for r in load_table("months.tsv").rows:
        for form in r["forms"].split("|"):
            words = normalize(form).split()
            if words:
                out.add(words[0])
    return frozenset(out)


def _year_only(d: Mention) -> bool:
    """Whether a date mention names only a year (عام 2017، في 2022)."""
    return isinstance(d.resolution, DateResolution) and d.resolution.expression == "year"


def _lineage(m: Mention) -> set[str]:
    """The actor's id and its parent's (كتائب القسام and حماس), empty for a mention that is no resolved actor."""
    res = m.resolution
    return {x for x in (res.actor_id, res.parent) if x} if isinstance(res, ActorResolution) else set()


def _canonical(m: Mention) -> str | None:
    return m.resolution.canonical if isinstance(m.resolution, ActorResolution) else None


_ASIDE = re.compile(r"\([^()\n]{0,300}\)")


def _background_asides(raw: str, actors: Sequence[Mention]) -> list[tuple[int, int]]:
    """Bracketed asides right after a named actor: هيئة تحرير الشام (جبهة النصرة سابقا قبل فك ارتباطها بتنظيم
    القاعدة) tells the group's history, and the actors in it take no part in the events of the sentence. After a
    generic word the aside may say who acted (مسلحون (يعتقد أنهم من داعش)), so it counts there."""
    out = []
    for m in _ASIDE.finditer(raw):
        before = raw[: m.start()].rstrip()
        if any(a.end == len(before) and isinstance(a.resolution, ActorResolution) and not a.resolution.generic
               for a in actors):
            out.append(m.span())
    return out


def _state_forces_of(m: Mention) -> str | None:
    """The country whose state forces an actor mention names (its army, police or guards), else None."""
    res = m.resolution
    return res.country if isinstance(res, ActorResolution) and res.actor_type == "state forces" else None


def _possessed(word: str) -> bool:
    """Whether a noun ending in ة carries a pronoun suffix (مسيرته، مسيرتهم، مسيرتها): the ة turned ت before it."""
    w = _norm(word)
    return any(w.endswith("ت" + p) for p in ("ه", "ها", "هم", "هما", "هن", "نا", "كم"))


def _usual_kind(d: _Draft, strikes: list[_Draft]) -> str | None:
    """The most frequent sub-event type among ``strikes``, those at the draft's place counting alone when there are
    any (the first counted of equals), or None when there are none."""
    kinds = [o.sub.name for o in [o for o in strikes if o.location_key == d.location_key] or strikes]
    return max(dict.fromkeys(kinds), key=kinds.count) if kinds else None


def _targets_civilians(sub: SubEventType) -> bool:
    """Sub-event types where civilians as the target make ACLED's civilian_targeting (political violence, no battle)."""
    return sub.disorder_type.startswith("Political violence") and sub.event_type != "Battles"


@lru_cache(maxsize=1)
def _victim_titles() -> frozenset[str]:
    """One-word titles of ``person_titles.tsv`` (قيادي، القائد، المتحدث، عضو), with and without the article."""
    out: set[str] = set()
    for row in load_table("person_titles.tsv").rows:
        if row["kind"] == "cue":
            continue
        for form in split_forms(row["title"]):
            if " " not in form.strip():
                w = normalize(form.strip())
                out |= {w, strip_article(w)}
                if not w.startswith("ال") and w[-1] not in "اةىه":
                    out.add(w + "ا")  # قتل قياديا في الحركة: the accusative of an indefinite title
    return frozenset(out - {""})


def _takes_victims(sub: SubEventType) -> bool:
    """Sub-event types whose actor2 may be the civilians a casualty or detention clause counts."""
    return _targets_civilians(sub) or sub.name in ("Arrests", "Abduction/forced disappearance")


#: an outlet's name in brackets or quotes right after the word for it: وكالة (بغداد اليوم)، صحيفة "اليوم السابع"
_OUTLET_NAME = re.compile(r"(?:وكالة|صحيفة|قناة|موقع|إذاعة|تلفزيون)\s*([(«\"“][^)»\"”\n]{1,40}[)»\"”])")


def _outlet_names(raw: str) -> list[Span]:
    """The spans of outlets' names set off by brackets or quotes after the word for an outlet."""
    return [Span(m.start(1), m.end(1)) for m in _OUTLET_NAME.finditer(raw)]


def _fold(
    drafts: list[_Draft], host_of: Callable[[_Draft, list[_Draft]], _Draft | None],
    absorb: Callable[[_Draft, _Draft], None],
) -> list[_Draft]:
    """The drafts in order, each merged by ``absorb`` into the draft already kept that ``host_of`` finds for it, or
    kept when it finds none: the shape of the folds that read a draft as another telling of an earlier one."""
    out: list[_Draft] = []
    for d in drafts:
        host = host_of(d, out)
        if host is None:
            out.append(d)
        else:
            absorb(host, d)
    return out


def _absorb_telling(host: _Draft, other: _Draft) -> None:
    """Merge another telling of ``host``'s event into it; the host keeps its own place."""
    _absorb(host, replace(other, location=None, location_key=""))


def _absorb(into: _Draft, other: _Draft) -> None:
    """Merge ``other`` (same event from another sentence or source) into ``into``; the lowest figures win."""
    if (into.sub.name, other.sub.name) == ("Remote explosive/landmine/IED", "Suicide bomb"):
        # هجوم بقنبلة ... أنه كان هجوما انتحاريا: the bombing a source says was a suicide attack is ACLED's suicide bomb
        into.sub, into.plover_type, into.plover_mode = other.sub, other.plover_type, other.plover_mode
    shared_figure = bool(set(into.numbers) & set(other.numbers))
    into.evidence.extend(other.evidence)
    into.numbers.extend(x for x in other.numbers if x not in into.numbers)
    into.sentences.extend(other.sentences)
    if not into.actor1:
        into.actor1 = list(other.actor1)
        # هجوم بطائرة مسيرة لقوات الدعم السريع: the side one trigger took for the target is the one the other trigger
        # names as perpetrator (the drone's owner); the perpetrator wins, and the target comes from the other
        into.actor2 = [x for x in into.actor2 if x not in into.actor1]
    if not into.actor2:
        into.actor2 = [x for x in other.actor2 if x not in into.actor1]
    # a 0 that only stands for "no toll given" yields to a toll the other report gives (3 dead, per one source;
    # 50 wounded and no deaths named, per another)
    if into.no_toll and not other.no_toll and other.fatalities is not None:
        into.fatalities, into.no_toll = None, False
    elif other.no_toll and not into.no_toll and into.fatalities is not None:
        other = replace(other, fatalities=None, no_toll=False)
    # قتل العشرات، then نحو 20 مدنيا قتلوا: a count replaces a word of quantity for the same dead
    if into.vague_dead and not other.vague_dead and other.fatalities:
        into.fatalities, into.vague_dead, into.dead_parts = None, False, []
    elif other.vague_dead and not into.vague_dead and into.fatalities:
        other = replace(other, fatalities=None, vague_dead=False)
    # the merged 0 still means "no toll given" only when every 0 it came from did
    no_toll = other.no_toll if into.fatalities is None else (
        into.no_toll if other.fatalities is None else into.no_toll and other.no_toll)
    # 3 dead in one strike, then 3 others in a similar strike at the same place: two tolls of one event, added;
    # never when both drafts took their toll from the same figure (two triggers of one sentence)
    # 11 soldiers killed and 19 militants: the dead of the two sides of one battle, added
    sides = bool(into.dead_sides) and bool(other.dead_sides) and into.dead_sides.isdisjoint(other.dead_sides)
    added = (into.fatalities is not None and other.fatalities is not None
             and (other.more_dead != into.more_dead or sides) and not shared_figure)
    dead = (into.fatalities or 0) + (other.fatalities or 0) if added else None
    # 12 soldiers killed, then 12 soldiers and 13 militants: the second toll is the whole of which the first is a part,
    # not a rival figure for the same dead
    fuller = None
    before_dead = into.fatalities
    if into.fatalities is not None and other.fatalities is not None and into.fatalities != other.fatalities:
        big, small = (into, other) if into.fatalities > other.fatalities else (other, into)
        if len(big.dead_parts) > 1 and small.fatalities in big.dead_parts:
            fuller = (big.fatalities, list(big.dead_parts))
    if into.fatalities is None:
        into.more_dead = other.more_dead
    for attr in ("fatalities", "injured", "displaced", "detained", "joint"):
        a, b = getattr(into, attr), getattr(other, attr)
        setattr(into, attr, b if a is None else (a if b is None else min(a, b)))
    told_dead = max((x for x in (before_dead, other.fatalities) if x is not None), default=0)
    if into.fatalities == 0 and into.sentence != other.sentence and told_dead > 0:
        # مقتل 7 مواطنين ... كما استهدفت المسيرة حي كلبا دون وقوع إصابات: the strike another sentence says hit no one
        # is one of the day's strikes, not a rival count of the same dead
        into.fatalities = told_dead
    if added:
        into.fatalities, into.more_dead = dead, False
    elif fuller is not None:
        into.fatalities, into.dead_parts = fuller
    if added and sides:
        into.dead_parts = [into.fatalities - (other.fatalities or 0), other.fatalities or 0]
    if into.fatalities == other.fatalities and not into.dead_parts:
        into.dead_parts = list(other.dead_parts)
    into.dead_sides |= other.dead_sides
    # a second soldier killed: the lowest figure of the event's reports may not fall below the rank told
    into.least_dead = max(into.least_dead, other.least_dead)
    if into.fatalities is not None and into.fatalities < into.least_dead:
        into.fatalities = into.least_dead
    into.no_toll = no_toll
    into.civilian = into.civilian or other.civilian


def _plural_verb(word: str) -> bool:
    """A past verb with the plural subject suffix (قتلوا، قطعوا، هاجموا), its proclitic و or ف aside."""
    w = normalize(word)
    if w[:1] in ("و", "ف") and len(w) > 4:
        w = w[1:]
    return w.endswith("وا") and len(w) >= 4 and not w.startswith("ال")

