"""The column-file reader behind the benchmarks and the tagger's training."""

from marsad.corpora import read_token_columns, type_spans


def test_sentences_columns_and_nested_spans(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text(
        "مجلس B-ORG\nالأمن I-ORG\nضد I-ORG\nالأسد I-ORG B-PERS\nقال O\n\n\nحلب B-GPE\nو O\nرامي I-PERS\n",
        encoding="utf-8",
    )
    sentences = read_token_columns(path)
    assert [tokens for tokens, _ in sentences] == [["مجلس", "الأمن", "ضد", "الأسد", "قال"], ["حلب", "و", "رامي"]]
    first, second = (tags for _, tags in sentences)
    assert type_spans(first, "ORG") == [(0, 3)]
    assert type_spans(first, "PERS") == [(3, 3)]
    # an I- tag with nothing open starts an entity
    assert type_spans(second, "PERS") == [(2, 2)]
    assert type_spans(second, "LOC") == []
