"""PhraseMatcher: proclitics, word boundaries, longest match, and its on-disk cache."""

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.actors.lexicon import PhraseMatcher

PHRASES = {"الجيش": "a", "الجيش السوري": "b", "حزب الله": "c", "الامم المتحده": "d", "hts": "e"}
WORDS = ["الجيش", "السوري", "حزب", "الله", "الامم", "المتحده", "والجيش", "للجيش", "بالجيش", "للامم", "جيش",
         "الجيشان", "hts", "htsx", "في", "قرب", ",", "."]


def test_proclitics_and_boundaries():
    m = PhraseMatcher("test-a", PHRASES)
    text = "والجيش السوري قرب حزب اللهي وللامم المتحده hts"
    got = [(text[x.start : x.end], x.prefix, x.key) for x in m.find(text)]
    assert got == [("الجيش السوري", "و", "b"), ("امم المتحده", "ول" + "ل", "d"), ("hts", "", "e")]


def test_spaceless_typo_is_found_only_when_asked():
    text = "بحسب الاممالمتحده."
    assert [x.key for x in PhraseMatcher("test-b", PHRASES, spaceless=True).find(text)] == ["d"]
    assert PhraseMatcher("test-c", PHRASES).find(text) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_matches_are_whole_words_longest_and_disjoint(words):
    text = " ".join(words)
    matcher = PhraseMatcher("test-d", PHRASES)
    found = matcher.find(text)
    for x in found:
        assert text[x.start : x.end] in (x.phrase, x.phrase[2:])  # لل swallows the article's alif-lam
        lo = x.start - len(x.prefix)
        assert lo == 0 or not text[lo - 1].isalnum()
        assert x.end == len(text) or not text[x.end].isalnum()
    spans = sorted((x.start - len(x.prefix), x.end) for x in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    # no hit is dropped for a shorter one: every overlapping candidate is at most as long as the chosen
    for cand in matcher.find_all(text):
        clen = cand.end - cand.start + len(cand.prefix)
        for x in found:
            if cand.start - len(cand.prefix) < x.end and x.start - len(x.prefix) < cand.end:
                assert clen <= x.end - x.start + len(x.prefix)


def test_cache_is_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    first = PhraseMatcher("test-e", PHRASES)
    files = list(tmp_path.glob("phrases-test-e-*.pickle"))
    assert len(files) == 1
    second = PhraseMatcher("test-e", PHRASES)
    text = "قرب الجيش السوري"
    assert first.find(text) == second.find(text) != []
    # a different phrase set is a different cache entry, never a stale one
    PhraseMatcher("test-e", {**PHRASES, "قرب": "f"})
    assert len(list(tmp_path.glob("phrases-test-e-*.pickle"))) == 2
