"""Person and organisation recognition against public Arabic NER gold standards.

Scores marsad's ActorRecognizer (PERSON mentions as PERS; ORGANIZATION mentions and named ACTOR mentions as ORG, except
a lone nationality adjective such as اسرائيلية, which marsad reads as that state's forces but neither corpus names),
run after the text stages and the places stage as the default pipeline runs it, on:

* ANERcorp, CAMeL Lab test split (``shared/eval/anercorp-test``): newswire, IOB tags PERS/ORG/LOC/MISC;
* the public Wojood sample (``shared/eval/wojood-sample``), nested tags: every PERS and ORG span at any nesting level.

Each split is scored twice: rules only (dictionaries, titles, name chains) and rules plus the statistical name tagger
(:mod:`marsad.actors.tagger`), which adds people and organisations where the rules found nothing. Entity-level
exact-match precision, recall and F1 (a predicted entity counts only when it covers exactly the gold tokens), plus a
lenient overlap F1. With ``--context 1`` sentences are read one at a time; with ``--context 10`` ten consecutive
sentences form one article, so a family name introduced earlier (جورج بوش ... بوش) is recognised later, as in real
articles (the gold files do not mark document boundaries, so a window may straddle two documents).

A second ORG line per split scores the names inside marsad's organisation mentions by CoNLL's convention, which
ANERcorp follows and Wojood does not (the places benchmark does the same for toponyms). A marsad mention keeps the
common noun that says what kind of body a name is (صحيفة هآرتس، حركة حماس، شركة توتال), since analysts read the
source's type from it, while ANERcorp's entity is the name alone: in its training portion (the first 90%, not the test
split) an indefinite head of that kind (صحيفة، جريدة، مجلة، شركة، وكالة، قناة، حركة) stands outside a following name 74
times and inside it 8 times. Those heads (the kinds newspaper, magazine, company, agency, movement, channel, radio and
television of ``org_heads.tsv``) are cut from the start of a longer mention, and bodies described only by a head noun
and a nationality adjective (الحكومة السودانية، الجيش اللبناني), which CoNLL does not tag and Wojood does, are left out.
It is a second view of the same predictions, not the score; for Wojood it only shows what ANERcorp's convention would
cost.

Honesty note: rules and word lists were adjusted while looking at Wojood *train* only. The tagger (a CRF) is trained
twice by ``scripts/train_tagger.py``. Its *development model* (the script's default) learns from Wojood train and the
first 90% of ANERcorp's training portion (``corpora/anercorp-train``, no sentence of the test split); its settings and
the way rules and tagger combine are chosen with it on Wojood val and on the last 10% of that portion (``--split
anercorp-dev``), which it never saw: score it there with ``--weights FILE``. The *shipped model* (``--final``), with
the same settings, learns from all of those sentences, so the packaged weights refuse to be scored on the development
splits (the weights file names the splits it has seen). The rules alone were never fitted to ANERcorp, so ``--split
anercorp-train --variant rules`` scores them on the whole of its training portion (3,940 sentences, 2,698 people and
1,563 organisations), a sample ten times the development set's, to see what kinds of names they miss. ANERcorp test and Wojood test are reported, never tuned on. Also prints the actor stage's
throughput, the tagger's own tokens/s, and, for alias matching, the automaton against a naive baseline in the same run
(every alias with every proclitic looked up with ``str.find`` in every text).

Usage: ``python benchmarks/actors.py [--shared PATH] [--split wojood-train] [--limit N] [--errors K]
[--variant both|rules|tagger] [--context N] [--weights FILE]``
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.actors.dictionary import actor_dictionary
from marsad.actors.lexicon import PROCLITICS, split_cell
from marsad.actors.recognizer import ActorRecognizer, place_nisba
from marsad.actors.tagger import WEIGHTS_FILE, NameTagger, default_lists, default_tagger, read_weights, trained_on
from marsad.corpora import ANERCORP_TRAIN, development_cut, read_token_columns, type_spans
from marsad.knowledge import DataFileError, data_path, load_table
from marsad.model import Article, MentionKind
from marsad.places.recognizer import PlaceRecognizer
from marsad.text.normalize import normalize
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

TYPES = ("PERS", "ORG")
#: the ORG predictions by CoNLL's convention (see _conll_name), scored apart
CONLL_ORG = "ORG-conll"
#: the kinds of org_heads.tsv whose indefinite head stands outside a following name in ANERcorp (صحيفة | هآرتس)
DESCRIPTOR_KINDS = frozenset({"newspaper", "magazine", "company", "agency", "movement", "channel", "radio", "television"})
TIMES: dict[str, float] = {}
TEXTS: list[str] = []


@dataclass
class Sentence:
    tokens: list[str]
    gold: dict[str, set[tuple[int, int]]]


def read_conll(path: Path) -> list[Sentence]:
    """Read ``token TAG [TAG ...]`` lines; every column is a nesting level, so each type is read across columns."""
    return [
        Sentence(tokens, {t: set(type_spans(tags, t)) for t in TYPES}) for tokens, tags in read_token_columns(path)
    ]


def predict(group: list[Sentence], stages) -> list[dict[str, set[tuple[int, int]]]]:
    """Run the recognizer over consecutive sentences read as one article; token spans per sentence."""
    lines = []
    bounds: list[tuple[int, int, int, int]] = []  # start, end, sentence, token
    pos = 0
    for k, sentence in enumerate(group):
        for i, tok in enumerate(sentence.tokens):
            bounds.append((pos, pos + len(tok), k, i))
            pos += len(tok) + 1
        lines.append(" ".join(sentence.tokens))
    article = Article("s", "\n".join(lines))
    for stage in stages:
        started = time.perf_counter()
        article = stage(article)
        TIMES[stage.name] = TIMES.get(stage.name, 0.0) + time.perf_counter() - started
    TEXTS.append(article.normalized)
    out: list[dict[str, set[tuple[int, int]]]] = [{t: set() for t in (*TYPES, CONLL_ORG)} for _ in group]
    for m in article.mentions:
        if m.kind is MentionKind.PERSON:
            t = "PERS"
        elif m.kind is MentionKind.ORGANIZATION and getattr(m.resolution, "actor_type", "") == "platform":
            continue  # (Wojood tags Facebook, YouTube and the like WEBSITE, a type of its own; ANERcorp names none)
        elif m.kind is MentionKind.ORGANIZATION or (
            m.kind is MentionKind.ACTOR and m.role == "" and m.resolution is not None
            and m.resolution.actor_type != "civilians" and not _nationality_word(article, m)
        ):
            t = "ORG"
        else:
            continue
        covered = [(k, i) for s, e, k, i in bounds if s < m.end and m.start < e]
        if covered and covered[0][0] == covered[-1][0]:
            k, a, b = covered[0][0], covered[0][1], covered[-1][1]
            out[k][t].add((a, b))
            if t == "ORG" and not _description(m.text):
                out[k][CONLL_ORG].add((a + 1 if b > a and _descriptor_head(group[k].tokens[a]) else a, b))
    return out


@lru_cache(maxsize=1)
def _descriptor_forms() -> frozenset[str]:
    """The descriptor heads of ``DESCRIPTOR_KINDS`` with every proclitic they may carry (صحيفة، لشركة، وحركة)."""
    heads = [form for row in load_table("org_heads.tsv").rows if row["kind"] in DESCRIPTOR_KINDS
             for form in split_cell(row["head"])]
    return frozenset(p + head for head in heads for p in PROCLITICS)


def _descriptor_head(token: str) -> bool:
    """An indefinite head noun that says what kind of body the following name is (صحيفة، لشركة، وحركة)."""
    return normalize(token) in _descriptor_forms()


def _description(text: str) -> bool:
    """A body described by a head noun and a nationality adjective (الحكومة السودانية، الجيش اللبناني، وزارة الطاقة
    الأميركية), with no proper name: lower case in English, and no entity under CoNLL's guidelines, which ANERcorp
    follows. Wojood tags them ORG, and marsad keeps them as organisations and actors."""
    words = normalize(text).split()
    return len(words) >= 2 and place_nisba(words[-1]) is not None and all(w.startswith(("ال", "لل")) or
                                                                            w in actor_dictionary().org_heads for w in words[:-1])


def _nationality_word(article: Article, m) -> bool:
    """A lone nationality adjective (غارات اسرائيلية, قال الاسرائيلي) that marsad reads as that state's forces: an
    actor reference, but no organisation name in either corpus (Wojood tags it NORP, ANERcorp leaves it out)."""
    words = normalize(m.text).split()
    if len(words) != 1:
        return False
    # the nominative dual (جنديان عراقيان) is the same adjective, which marsad reads since it reads the singular
    word = words[0][:-2] if words[0].endswith("يان") else words[0]
    return (place_nisba(word) or place_nisba("ال" + word)) is not None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    overlap_tp_pred: int = 0
    overlap_tp_gold: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, pred: set, gold: set) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        self.overlap_tp_pred += sum(1 for p in pred if any(p[0] <= g[1] and g[0] <= p[1] for g in gold))
        self.overlap_tp_gold += sum(1 for g in gold if any(p[0] <= g[1] and g[0] <= p[1] for p in pred))

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def lenient_f1(self) -> float:
        p = self.overlap_tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.overlap_tp_gold / self.n_gold if self.n_gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _words(sentence: Sentence, spans: set[tuple[int, int]]) -> list[str]:
    return sorted(" ".join(sentence.tokens[a : b + 1]) for a, b in spans)


def evaluate(name: str, sentences: list[Sentence], errors: int, context: int = 1, tagger: bool = True,
             name_tagger: NameTagger | None = None) -> None:
    # the stages of the default pipeline up to the actors: the places stage runs first there, and the recognizer
    # leaves to it the names it read as places (هونج كونج is no person, whatever the tagger makes of it)
    stages = (TextNormalizer(), SentenceSplitter(), Tokenizer(), PlaceRecognizer(),
              ActorRecognizer(tagger=tagger, name_tagger=name_tagger))
    # one warm-up article, so that loading the dictionaries (once per process) is not counted as throughput
    predict([Sentence(["قال", "الجيش", "السوري"], {})], stages)
    TIMES.clear()
    TEXTS.clear()
    scores = {t: Score() for t in TYPES}
    conll = Score()
    shown = 0
    predictions: list[dict[str, set[tuple[int, int]]]] = []
    for k in range(0, len(sentences), context):
        predictions += predict(sentences[k : k + context], stages)
    for s, pred in zip(sentences, predictions, strict=True):
        conll.add(pred[CONLL_ORG], s.gold["ORG"])
        for t in TYPES:
            scores[t].add(pred[t], s.gold[t])
            if shown < errors and pred[t] != s.gold[t]:
                shown += 1
                print(f"  {t} missed={_words(s, s.gold[t] - pred[t])} wrong={_words(s, pred[t] - s.gold[t])}")
    ntok = sum(len(s.tokens) for s in sentences)
    actor_time = TIMES.pop("actors", 0.0)
    text_time = sum(TIMES.values())
    TIMES.clear()
    # naive baseline: every surface form the automaton knows (aliases with their proclitics) looked up with
    # str.find in every text, against the automaton's own pass over the same texts
    matcher = actor_dictionary().actor_matcher
    surfaces = [p + a for a in matcher.phrases for p in PROCLITICS]
    t0 = time.perf_counter()
    for text in TEXTS:
        matcher.find(text)
    automaton = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in TEXTS:
        for form in surfaces:
            text.find(form)
    baseline = time.perf_counter() - t0
    TEXTS.clear()
    variant = "rules+tagger" if tagger else "rules only"
    print(f"{name} (context {context}, {variant}): {len(sentences)} sentences, {ntok} tokens; whole actor stage "
          f"{ntok / actor_time:,.0f} tokens/s (text stages {ntok / max(text_time, 1e-9):,.0f}); alias matching: "
          f"automaton {ntok / automaton:,.0f} tokens/s vs naive str.find over {len(surfaces):,} surface forms "
          f"{ntok / baseline:,.0f} tokens/s ({baseline / automaton:.0f}x)")
    for t in TYPES:
        p, r, f = scores[t].prf()
        print(f"  {t:4s} gold={scores[t].n_gold:4d} pred={scores[t].n_pred:4d}  P={p:.3f} R={r:.3f} F1={f:.3f}  "
              f"(overlap F1={scores[t].lenient_f1():.3f})")
    p, r, f = conll.prf()
    print(f"  ORG names by CoNLL's convention, which ANERcorp follows and Wojood does not (a second view, not the "
          f"score): descriptor heads cut (صحيفة هآرتس -> هآرتس), the {scores['ORG'].n_pred - conll.n_pred} bodies "
          f"described by a nationality (الحكومة السودانية) left out: P={p:.3f} R={r:.3f} F1={f:.3f}")


def _tagger_speed(sentences: list[Sentence], name_tagger: NameTagger | None = None) -> None:
    """Tokens per second of the name tagger alone (features, Viterbi decoding and names carried across each article of
    ten sentences), on already tokenized text."""
    tagger = name_tagger or default_tagger()
    stages = (TextNormalizer(), SentenceSplitter(), Tokenizer())
    groups = []
    for k in range(0, len(sentences), 10):
        article = Article("s", "\n".join(" ".join(s.tokens) for s in sentences[k : k + 10]))
        for stage in stages:
            article = stage(article)
        by_sentence: dict[int, list] = {}
        for t in article.tokens:
            by_sentence.setdefault(t.sentence, []).append(t)
        groups.append((article.normalized, list(by_sentence.values())))
    ntok = sum(len(toks) for _, sents in groups for toks in sents)
    started = time.perf_counter()
    for text, sents in groups:
        tagger.article_spans(sents, text)
    elapsed = time.perf_counter() - started
    print(f"  name tagger alone: {ntok:,} tokens in {elapsed:.2f} s = {ntok / elapsed:,.0f} tokens/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--split", action="append", help="anercorp-test, wojood-test, wojood-val, wojood-train, anercorp-dev (the last 10%% of "
                    "corpora/anercorp-train, held out of the development model's training), anercorp-train (the whole "
                    "of it); a split the tagger's weights have seen is scored with --variant rules only")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences of each split")
    ap.add_argument("--errors", type=int, default=0, help="print the first K disagreements")
    ap.add_argument("--context", type=int, action="append",
                    help="consecutive sentences read as one article (default: 1, then 10)")
    ap.add_argument("--weights", help="the tagger's weights to score instead of the packaged ones, e.g. the development "
                    "model of scripts/train_tagger.py, which leaves anercorp-dev and wojood-val out")
    ap.add_argument("--variant", choices=("both", "rules", "tagger"), default="both",
                    help="rules only, rules plus the statistical name tagger, or both (default)")
    args = ap.parse_args(argv)
    root = Path(args.shared) / "eval"
    files = {
        "anercorp-test": root / "anercorp-test" / "ANERCorp_CamelLab_test.txt",
        "wojood-test": root / "wojood-sample" / "test.txt",
        "wojood-val": root / "wojood-sample" / "val.txt",
        "wojood-train": root / "wojood-sample" / "train.txt",
        "anercorp-dev": ANERCORP_TRAIN,
        "anercorp-train": ANERCORP_TRAIN,
    }
    splits = args.split or ["anercorp-test", "wojood-test"]
    weights_path = Path(args.weights) if args.weights else data_path(WEIGHTS_FILE)
    weights_name = args.weights or WEIGHTS_FILE
    try:
        weights_text = weights_path.read_text(encoding="utf-8")
        name_tagger = NameTagger(read_weights(weights_text, weights_name), default_lists()) if args.weights else None
    except (OSError, DataFileError) as exc:
        print(f"actors benchmark: cannot read the tagger's weights {weights_name}: {exc}", file=sys.stderr)
        return 2
    seen = trained_on(weights_text)
    for split in splits:
        path = files.get(split)
        if path is None:
            print(f"actors benchmark: unknown split {split!r} (choose from {', '.join(files)})", file=sys.stderr)
            return 2
        if not path.exists():
            print(f"actors benchmark: {path} not found; pass --shared", file=sys.stderr)
            return 2
        sentences = read_conll(path)
        if split == "anercorp-dev":
            # the sentences scripts/train_tagger.py holds out of ANERcorp's training portion (its --dev-share)
            sentences = sentences[development_cut(len(sentences)) :]
        if args.limit:
            sentences = sentences[: args.limit]
        if split in seen and args.variant != "rules":
            print(f"actors benchmark: the tagger ({weights_name}) was trained on {split}; score it with --variant "
                  "rules, or pass --weights with a model that left it out (scripts/train_tagger.py --out FILE)",
                  file=sys.stderr)
            return 2
        for context in args.context or [1, 10]:
            for tagger in ([False, True] if args.variant == "both" else [args.variant == "tagger"]):
                evaluate(split, sentences, args.errors, context, tagger, name_tagger)
        if args.variant != "rules":
            _tagger_speed(sentences, name_tagger)
    return 0


if __name__ == "__main__":
    sys.exit(main())
