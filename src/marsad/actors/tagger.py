"""A statistical tagger for people and organisations the dictionaries do not know.

Rules and word lists find the actors marsad knows and the people a title introduces; news copy is also full of names
nobody listed (a transliterated foreign minister, a football club, a newly formed committee). :class:`NameTagger` is a
linear-chain CRF over BIO labels (``B-PERS``, ``I-PERS``, ``B-ORG``, ``I-ORG``, ``O``) on the tokens of the
:class:`~marsad.text.stages.Tokenizer`, decoded with Viterbi. Its features are the word, its stem and clitics, the
first and last letters of both, the word's standing in arramooz's lexicon (a frequent common word, a proper noun,
unknown), membership in marsad's own lists (given names, titles, organisation heads, nationality adjectives, the
gazetteer's place names), the neighbouring words and the word's shape. Over a whole article,
:meth:`NameTagger.article_spans` carries a name tagged in one sentence to its other occurrences, which a
sentence-at-a-time reading often misses.

The weights are trained by ``scripts/train_tagger.py`` (python-crfsuite, at training time only) on the public Wojood
sample's train and val splits (Jarrar et al. 2022, MIT) and ANERcorp's training portion (Benajiba et al. 2007, CC BY-SA
4.0), with settings chosen on a development model that held Wojood val and the last tenth of that portion out, and
shipped as ``data/ner_weights.tsv``; :func:`default_tagger` loads them once per process. The file's ``# trained on:``
line names the evaluation splits the weights have seen (:func:`trained_on`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.actors.lexicon import NAME_CHAIN, opens_next_person
from marsad.model import Token

LABELS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG")
_N = len(LABELS)
WEIGHTS_FILE = "ner_weights.tsv"
_VOWELS = frozenset("اوي")
_BOUNDARY = "<s>"


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A name the tagger found: normalized offsets, ``PERS`` or ``ORG``, its first and last token indices."""

    start: int
    end: int
    label: str
    first: int
    last: int
    margin: float = 0.0  # the smallest lead of a token's label over O: how sure the tagger is


@dataclass(frozen=True)
class WordLists:
    """The word sets the features consult (all normalized forms); empty sets make a tagger without them."""

    given: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    lexicon: object = None  # a mapping normalized form -> (spelling, frequency, kinds), e.g. Lexicon.forms


def _bucket(freq: int) -> str:
    if freq <= 0:
        return "0"
    if freq < 1_000:
        return "1"
    if freq < 30_000:
        return "2"
    if freq < 300_000:
        return "3"
    return "4"


def word_class(t: Token, lists: WordLists) -> tuple[str, ...]:
    """Coarse classes of one token, shared by its own features and its neighbours'."""
    w = t.text
    if not t.is_word:
        if w.isdigit():
            return ("DIG",)
        if w.isascii() and w.isalpha():
            return ("LAT",)
        return ("PUNC:" + w,) if len(w) == 1 else ("SYM",)
    s = t.stem or w
    out = []
    if s in lists.given or w in lists.given:
        out.append("GIV")
    if w in lists.titles or s in lists.titles or ("ال" + s) in lists.titles:
        out.append("TTL")
    if s in lists.org_heads or w in lists.org_heads:
        out.append("HEAD")
    if w in lists.adjectives or ("ال" + s) in lists.adjectives or s in lists.adjectives:
        out.append("ADJ")
    if s in lists.places or w in lists.places:
        out.append("PLC")
    if w in lists.stops:
        out.append("STOP")
    if "ال" in t.prefixes:
        out.append("DEF")
    lex = lists.lexicon
    entry = lex.get(s) if lex is not None else None
    if entry is None:
        out.append("UNK")
    else:
        out.append("F" + _bucket(entry[1]))
        if entry[2] & 4:
            out.append("PROP")
        if entry[2] & 2:
            out.append("VERB")
    return tuple(out)


def token_features(tokens: Sequence[Token], i: int, classes: Sequence[tuple[str, ...]]) -> list[str]:
    """The label-independent features of token ``i`` of one sentence."""
    t = tokens[i]
    w = t.text
    s = t.stem or w
    f = ["b", "w=" + w, "s=" + s, "p=" + "+".join(t.prefixes), "x=" + t.suffix]
    if t.is_word:
        f += ["s<" + s[:2], "s<<" + s[:3], "s>" + s[-2:], "s>>" + s[-3:], "len=" + str(min(len(s), 9))]
        vowels = sum(1 for c in s if c in _VOWELS)
        f.append("vow=" + str(min(vowels * 4 // max(len(s), 1), 3)))
        if s.endswith(("ي", "يه", "يون", "يين")):
            f.append("nisba")
        # the whole word's first and last one to four letters, clitics included (وقال، لبرشلونه، الكاميروني), and the
        # stem's four: on the development sets (means over three seeds of the name copies, scripts/train_tagger.py
        # --seed 13, 1, 2) person F1 of the tagger alone on ANERcorp's rose 0.735 -> 0.766 (organisations 0.651 ->
        # 0.650); with the rules (benchmarks/actors.py --context 10) ANERcorp's organisations 0.547 -> 0.563 (higher
        # for every seed), persons 0.725 -> 0.729, Wojood val's organisations 0.875 -> 0.880, persons 0.824 -> 0.814
        # (seed 13 higher, 1 level, 2 lower). Tagging is some 15% slower
        f += ["w<1" + w[:1], "w<2" + w[:2], "w<3" + w[:3], "w<4" + w[:4],
              "w>1" + w[-1:], "w>2" + w[-2:], "w>3" + w[-3:], "w>4" + w[-4:], "s<4" + s[:4], "s>4" + s[-4:]]
    for c in classes[i]:
        f.append("c=" + c)
    if len(classes[i]) > 1:
        f.append("cc=" + "+".join(classes[i]))
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(tokens):
            n = tokens[j]
            f.append(f"w{d}=" + n.text)
            if abs(d) == 1:
                f.append(f"s{d}=" + (n.stem or n.text))
                for c in classes[j]:
                    f.append(f"c{d}=" + c)
                f.append(f"s{d}s=" + (n.stem or n.text) + "_" + s)
        else:
            f.append(f"w{d}=" + _BOUNDARY)
    return f


def _allowed(prev: str, label: str) -> bool:
    return not label.startswith("I-") or prev[2:] == label[2:]


#: a row of the weights naming a transition: ``t=<previous label>``, one weight per current label
TRANSITION = "t="
_NEG = float("-inf")


class LinearModel:
    """Weights of a linear-chain CRF over string features: one weight per feature and label, and per label pair."""

    def __init__(self, weights: dict[str, list[float]] | None = None) -> None:
        self.weights: dict[str, list[float]] = weights or {}

    def scores(self, features: Iterable[str]) -> list[float]:
        # five running sums rather than a zip over the vectors: this is the tagger's inner loop
        s0 = s1 = s2 = s3 = s4 = 0.0
        for w in map(self.weights.get, features):
            if w is not None:
                a, b, c, d, e = w
                s0 += a
                s1 += b
                s2 += c
                s3 += d
                s4 += e
        return [s0, s1, s2, s3, s4]

    def transitions(self) -> list[list[float]]:
        """``T[a][b]``: the weight of label ``b`` following label ``a``; -inf where BIO forbids it."""
        out = []
        for a in LABELS:
            row = self.weights.get(TRANSITION + a, [0.0] * _N)
            out.append([row[b] if _allowed(a, LABELS[b]) else _NEG for b in range(_N)])
        return out


def train_crf(sentences: Sequence[tuple[Sequence[Token], Sequence[str]]], lists: WordLists, c1: float = 0.1,
              c2: float = 0.05, iterations: int = 200) -> LinearModel:
    """Train the tagger's CRF (L-BFGS with L1 and L2 penalties, python-crfsuite) on (tokens, gold labels) sentences.

    Training needs ``python-crfsuite`` (the ``train`` extra); tagging does not: the weights are read back into a
    :class:`LinearModel` and decoded by :class:`NameTagger` itself. Deterministic for the same input.
    """
    import tempfile
    from pathlib import Path

    import pycrfsuite

    tagger = NameTagger(LinearModel(), lists)
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sentences:
        trainer.append(tagger._static(tokens)[0], list(labels))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "crf.model")
        trainer.train(path)
        reader = pycrfsuite.Tagger()
        reader.open(path)
        info = reader.info()
        reader.close()
    weights: dict[str, list[float]] = {}
    for (feature, label), w in info.state_features.items():
        weights.setdefault(feature, [0.0] * _N)[LABELS.index(label)] = w
    for (a, b), w in info.transitions.items():
        weights.setdefault(TRANSITION + a, [0.0] * _N)[LABELS.index(b)] = w
    return LinearModel(weights)


class NameTagger:
    """BIO tagging of one sentence's tokens: Viterbi decoding of a linear-chain CRF (:class:`LinearModel`)."""

    #: the least lead over O of a name :meth:`scored_article` carries to its other occurrences (None: none carried)
    carry_margin: float | None = 0.0
    #: how much the tagger's own reading of another occurrence counts against the carried name's lead: on ANERcorp's
    #: development set (scripts/train_tagger.py, articles of ten sentences, tagger alone) carrying every name, whatever
    #: the tagger reads there, gained most: person F1 0.724 -> 0.746, organisation 0.531 -> 0.565 (a weight of 0.25:
    #: 0.731 and 0.553; a least margin of 2 or 4 gained less still); Wojood val, sentences without a shared article,
    #: lost one organisation to a wrong carry
    carry_weight: float = 0.0
    #: added to each token's score of O, B-PERS, I-PERS, B-ORG, I-ORG: the trained CRF names too few organisations
    #: (on ANERcorp's development set, 242 predicted against 284 gold, recall 0.44); a start bias of 1 to 2 raised
    #: organisation F1 there from 0.479 to 0.50-0.51 (benchmarks/actors.py --split anercorp-dev --context 10, the
    #: whole recognizer) with Wojood val's unchanged (0.871-0.878), and 1 and 0.5 lie mid-plateau. Person biases
    #: moved person F1 by less than a name either way, so none
    label_bias: tuple[float, float, float, float, float] = (0.0, 0.0, 0.0, 1.0, 0.5)
    #: whether a person's last name alone is carried too (ارسين فينغر ... فينغر): person F1 0.733 -> 0.746 on that set
    carry_surnames: bool = True

    def __init__(self, model: LinearModel, lists: WordLists) -> None:
        self.model = model
        self.lists = lists
        # every token carries the feature "b", so the label bias is folded into its weights once, in a copy: the
        # trained model (which scripts/train_tagger.py writes out) stays as trained
        bias_row = [w + b for w, b in zip(model.weights.get("b", [0.0] * _N), self.label_bias, strict=True)]
        self._scoring = LinearModel({**model.weights, "b": bias_row}) if any(self.label_bias) else model
        self._transitions = model.transitions()
        self._columns = [[row[b] for row in self._transitions] for b in range(_N)]

    def lists_classes(self, t: Token) -> tuple[str, ...]:
        """The classes of a token's whole surface form (not its stem)."""
        w = t.text
        lex = self.lists.lexicon
        entry = lex.get(w) if lex is not None else None
        return ("GIV",) if w in self.lists.given or (entry is not None and entry[2] & 4) else ()

    def _static(self, tokens: Sequence[Token]) -> tuple[list[list[str]], list[tuple[str, ...]]]:
        classes = [word_class(t, self.lists) for t in tokens]
        return [token_features(tokens, i, classes) for i in range(len(tokens))], classes

    def labels(self, tokens: Sequence[Token]) -> list[str]:
        """The label of each token of one sentence."""
        return self.scored(tokens)[0]

    def scored(self, tokens: Sequence[Token]) -> tuple[list[str], list[float]]:
        """The best label sequence and, per token, how much the best sequence beats the best one with that token ``O``
        (0 for tokens labelled ``O``): max-marginals from a forward and a backward Viterbi pass."""
        if not tokens:
            return [], []
        labels, leads = self._decode(tokens)
        return labels, _margins(labels, leads)

    def _decode(self, tokens: Sequence[Token]) -> tuple[list[str], list[list[float]]]:
        """The best label sequence and ``leads[i][k]``: the best score with token ``i`` labelled ``LABELS[k]`` less the
        best with it ``O`` (max-marginals from a forward and a backward Viterbi pass; -inf where BIO forbids it)."""
        static, _ = self._static(tokens)
        emit = [self._scoring.scores(feats) for feats in static]
        trans = self._transitions
        n = len(tokens)
        start = [e if _allowed(_BOUNDARY, LABELS[k]) else _NEG for k, e in enumerate(emit[0])]
        forward = [start]
        back: list[list[int]] = []
        columns = self._columns
        labels_range = range(_N)
        for i in range(1, n):
            prev = forward[-1]
            row, ptr = [], []
            for b in labels_range:
                column = columns[b]
                best_a, best = 0, prev[0] + column[0]
                for a in labels_range:
                    v = prev[a] + column[a]
                    if v > best:
                        best_a, best = a, v
                row.append(best + emit[i][b])
                ptr.append(best_a)
            forward.append(row)
            back.append(ptr)
        backward = [[0.0] * _N for _ in range(n)]
        for i in range(n - 2, -1, -1):
            ahead = [emit[i + 1][b] + backward[i + 1][b] for b in labels_range]
            backward[i] = [max([t + x for t, x in zip(trans[a], ahead, strict=True)]) for a in labels_range]
        best = max(range(_N), key=lambda k: forward[-1][k])
        path = [best]
        for ptr in reversed(back):
            path.append(ptr[path[-1]])
        path.reverse()
        leads = []
        for f, b in zip(forward, backward, strict=True):
            o = f[0] + b[0]
            leads.append([x + y - o for x, y in zip(f, b, strict=True)])
        return [LABELS[k] for k in path], leads

    def scored_article(self, sentences: Sequence[Sequence[Token]]) -> list[tuple[list[str], list[float]]]:
        """:meth:`scored` for every sentence of one article, with names carried from one occurrence to the others.

        A news article names a club or a player many times, and the tagger, reading one sentence at a time, is sure of
        some occurrences (كولو توريه قال) and not of others (هدف توريه). A name tagged with a lead of at least
        :attr:`carry_margin` over O is tagged at its other occurrences left O (same stems and articles, any
        proclitics: نيسان، لنيسان) where that lead, plus :attr:`carry_weight` times the (negative) lead the tagger gives
        the name there, stays positive; the carried name's margin is that sum. A person's family name is carried alone
        too (:attr:`carry_surnames`); a form tagged both PERS and ORG is not carried.
        """
        decoded = [self._decode(tokens) if tokens else ([], []) for tokens in sentences]
        out = [(labels, _margins(labels, leads)) for labels, leads in decoded]
        if self.carry_margin is None:
            return out
        names: dict[tuple, tuple[str, float]] = {}
        clashes: set[tuple] = set()
        for tokens, (labels, margins) in zip(sentences, out, strict=True):
            for first, last, kind in _runs(labels):
                key = self._carry_key(tokens[first : last + 1])
                margin = min(margins[first : last + 1])
                if key is None or margin < self.carry_margin:
                    continue
                keys = [key]
                if kind == "PERS" and last > first and self.carry_surnames:
                    # a family name stands alone once the article has introduced the person (ارسين فينغر ... فينغر)
                    keys.append(self._carry_key(tokens[last : last + 1]))
                for key in filter(None, keys):
                    if key in names and names[key][0] != kind:
                        clashes.add(key)
                    if key not in names or names[key][1] < margin:
                        names[key] = (kind, margin)
        for key in clashes:
            del names[key]
        if not names:
            return out
        longest = max(len(k) for k in names)
        firsts = {k[0] for k in names}
        for tokens, (labels, margins), (_, leads) in zip(sentences, out, decoded, strict=True):
            i = 0
            while i < len(tokens):
                t = tokens[i]
                if labels[i] != "O" or (("ال" in t.prefixes), t.stem or t.text) not in firsts:
                    i += 1  # most tokens start no carried name: one set look-up before any window is built
                    continue
                size = 0
                for size in range(min(longest, len(tokens) - i), 0, -1):
                    if any(label != "O" for label in labels[i : i + size]):
                        continue
                    hit = names.get(self._carry_key(tokens[i : i + size]))
                    if hit is None:
                        continue
                    kind, margin = hit
                    b, inside = LABELS.index("B-" + kind), LABELS.index("I-" + kind)
                    here = min([leads[i][b]] + [leads[j][inside] for j in range(i + 1, i + size)])
                    total = margin + self.carry_weight * here
                    if total >= 0:
                        labels[i : i + size] = ["B-" + kind] + ["I-" + kind] * (size - 1)
                        margins[i : i + size] = [total] * size
                        break
                else:
                    size = 0
                i += max(size, 1)
        return out

    def _carry_key(self, words: Sequence[Token]) -> tuple | None:
        # a name's words up to proclitics, with its article: الأهلي the club is not أهلي the adjective
        if not all(t.is_word for t in words) or len(words) == 1 and words[0].text in self.lists.stops:
            return None
        return tuple(("ال" in t.prefixes, t.stem or t.text) for t in words)

    def spans(self, tokens: Sequence[Token], text: str) -> list[TaggedSpan]:
        """Names in one sentence as normalized spans: from the article or the stem (proclitics off) to the stem's end."""
        return self._spans(tokens, *self.scored(tokens), text)

    def article_spans(self, sentences: Sequence[Sequence[Token]], text: str) -> list[list[TaggedSpan]]:
        """:meth:`spans` for every sentence of one article, names carried between occurrences (:meth:`scored_article`)."""
        return [self._spans(tokens, labels, margins, text)
                for tokens, (labels, margins) in zip(sentences, self.scored_article(sentences), strict=True)]

    def _spans(self, tokens: Sequence[Token], labels: list[str], margins: list[float], text: str) -> list[TaggedSpan]:
        out: list[TaggedSpan] = []
        for i, last_index, kind in _split_coordinated(_join_adjacent(_runs(labels), tokens), tokens, self.lists):
            first, last = tokens[i], tokens[last_index]
            start = first.start
            # a whole word the lists know as a name (وليام، بوش) keeps letters the tokenizer took for clitics
            if first.stem_start > first.start and "GIV" not in self.lists_classes(first):
                start = first.stem_start
                if "ال" in first.prefixes and text[start - 2 : start] == "ال":
                    start -= 2
            end = last.stem_end if last.stem_start >= 0 and last.suffix else last.end
            if end > start:
                out.append(TaggedSpan(start, end, kind, i, last_index, min(margins[i : last_index + 1])))
        return out


def _margins(labels: Sequence[str], leads: Sequence[Sequence[float]]) -> list[float]:
    """Each token's lead of its label over O (0 for a token labelled O)."""
    return [0.0 if label == "O" else leads[i][LABELS.index(label)] for i, label in enumerate(labels)]


def _join_adjacent(runs: list[tuple[int, int, str]], tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """Join a person run to the person run right before it unless the conjunction و opens it (تييري | هنري -> تييري
    هنري): two people named side by side with nothing between them are almost always one person. In ANERcorp's
    training portion nearly every person that follows another directly opens with و; the tagger, where each word is a
    known given name, often starts a second name at the family name."""
    out: list[tuple[int, int, str]] = []
    for first, last, kind in runs:
        if out and kind == "PERS" and out[-1][2] == "PERS" and out[-1][1] == first - 1 \
                and tokens[first].sentence == tokens[first - 1].sentence and tokens[first].text[:1] != "و":
            out[-1] = (out[-1][0], last, kind)
        else:
            out.append((first, last, kind))
    return out


def _split_coordinated(
    runs: list[tuple[int, int, str]], tokens: Sequence[Token], lists: WordLists
) -> list[tuple[int, int, str]]:
    """Split a person run at a word the conjunction و opens (عيسى ونورالدين, ايمانويل ايبواه ودراماني ديابي): a
    list of people, which the tagger, seeing names on both sides, often reads as one. A word whose و the lists
    know as the name's own letter (وليد, وائل: a given name whole) does not split, nor, right after the first word,
    one the tokenizer left whole (محمد وهبة: more often a family name)."""
    out = []
    for first, last, kind in runs:
        start = first
        if kind == "PERS":
            for j in range(first + 1, last + 1):
                # words of the name so far, a chain (أم محمد، عبد المجيد) counting one
                words = j - start - sum(1 for k in range(start, j) if tokens[k].text in NAME_CHAIN)
                if opens_next_person(tokens[j], words, lists.given):
                    out.append((start, j - 1, kind))
                    start = j
        out.append((start, last, kind))
    return out


def _runs(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """The names of a BIO label sequence: first and last token indices and the kind."""
    out = []
    i = 0
    while i < len(labels):
        if labels[i] == "O":
            i += 1
            continue
        kind = labels[i][2:]
        j = i + 1
        while j < len(labels) and labels[j] == "I-" + kind:
            j += 1
        out.append((i, j - 1, kind))
        i = j
    return out


#: the evaluation splits (as ``benchmarks/actors.py`` names them) whose sentences weights without a ``trained on``
#: line have seen: those of the development model, which holds out ``anercorp-dev``
DEVELOPMENT_SPLITS = ("wojood-train", "anercorp-train")
_TRAINED_ON = "# trained on:"


def write_weights(model: LinearModel, path, source: str, licence: str, min_weight: float = 0.0,
                  trained_on: Sequence[str] = DEVELOPMENT_SPLITS) -> int:
    """Write the weights as a marsad data file (one row per feature, one column per label); returns the row count.

    ``trained_on`` names the evaluation splits any of whose sentences the weights have seen, so that a benchmark can
    refuse to score the tagger on them.
    """
    rows = []
    for f, w in sorted(model.weights.items()):
        if "\t" in f or "|" in f or "\n" in f or max(abs(x) for x in w) < min_weight:
            continue
        rows.append(f + "\t" + "\t".join(f"{x:.4g}" if x else "0" for x in w))
    header = (f"# marsad data file: weights of the name tagger (marsad.actors.tagger), a linear-chain CRF: one weight"
              f" per feature and label, and per label pair (rows t=<previous label>).\n# source: {source}\n# licence: {licence}\n"
              f"# notes: features are built from normalized text; weights below {min_weight} are pruned.\n"
              f"{_TRAINED_ON} {', '.join(trained_on)}\n")
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + "feature\t" + "\t".join(LABELS) + "\n" + "\n".join(rows) + "\n")
    return len(rows)


def trained_on(text: str) -> frozenset[str]:
    """The evaluation splits a weights file's tagger has seen sentences of (its ``# trained on:`` line)."""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith(_TRAINED_ON):
            return frozenset(x.strip() for x in line[len(_TRAINED_ON):].split(",") if x.strip())
    return frozenset(DEVELOPMENT_SPLITS)


def read_weights(text: str, name: str = WEIGHTS_FILE) -> LinearModel:
    """Parse a weights file written by :func:`write_weights` (header checked by ``marsad.knowledge``)."""
    from marsad.knowledge import DataFileError

    weights: dict[str, list[float]] = {}
    columns = None
    header: set[str] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            header.add(line[1:].split(":", 1)[0].strip())
            continue
        cells = line.split("\t")
        if columns is None:
            columns = tuple(cells[1:])
            if columns != LABELS:
                raise DataFileError(f"{name} line {n}: label columns {columns} are not {LABELS}")
            continue
        if len(cells) != _N + 1:
            raise DataFileError(f"{name} line {n}: {len(cells)} cells, expected {_N + 1}")
        try:
            weights[cells[0]] = [float(x) for x in cells[1:]]
        except ValueError:
            raise DataFileError(f"{name} line {n}: a weight is not a number") from None
    if columns is None:
        raise DataFileError(f"{name}: no column line")
    if not {"source", "licence"} <= header:
        raise DataFileError(f"{name}: the header must name its '# source:' and '# licence:'")
    return LinearModel(weights)


PLACES_FILE = "ner_places.tsv"


def gazetteer_place_words() -> list[str]:
    """One-word Arabic names of the gazetteer that are not mostly common words (the snapshot ``ner_places.tsv``)."""
    from marsad.places.gazetteer import FLAG_COMMON, load_gazetteer

    return sorted(k for k, entries in load_gazetteer().names.items()
                  if " " not in k and not k.isascii() and not all(e & FLAG_COMMON for e in entries))


@lru_cache(maxsize=1)
def default_lists() -> WordLists:
    """marsad's own word lists, the lexicon and the frozen place names, as the features see them.

    The place names are a snapshot of the gazetteer written with the weights (``ner_places.tsv``), not the live
    gazetteer: the features must be those the weights were trained with, whatever GeoNames imports change later.
    """
    from marsad.actors.dictionary import actor_dictionary
    from marsad.actors.lexicon import given_names, stop_words
    from marsad.knowledge import load_table
    from marsad.text.lexicon import default_lexicon

    d = actor_dictionary()
    titles = frozenset(w for form in d.titles for w in form.split()[:1])
    places = frozenset(r["name"] for r in load_table(PLACES_FILE).rows)
    return WordLists(given_names(), titles, frozenset(d.org_heads), frozenset(d.adjectives), places, stop_words(),
                     default_lexicon().forms)


@lru_cache(maxsize=1)
def default_tagger() -> NameTagger:
    """The packaged tagger (weights from ``data/ner_weights.tsv``), loaded once per process."""
    from marsad.knowledge import data_path

    return NameTagger(read_weights(data_path(WEIGHTS_FILE).read_text(encoding="utf-8")), default_lists())
