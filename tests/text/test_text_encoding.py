"""Encoding detection on real bytes."""

from __future__ import annotations

import codecs

import pytest

from marsad.text.encoding import DecodeError, decode

SENTENCE = "قصفت الطائرات ريف إدلب الجنوبي، وقُتل 12 مدنيًا."


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
        (SENTENCE.encode("utf-16-le"), "utf-16-le"),
        (SENTENCE.encode("utf-16-be"), "utf-16-be"),
        (SENTENCE.encode("cp1256"), "cp1256"),
    ],
)
def test_decodes_supported_encodings(data: bytes, name: str) -> None:
    text, found = decode(data)
    assert text == SENTENCE
    assert found == name


def test_windows_1256_bytes_are_not_taken_for_utf8() -> None:
    data = bytes([0xC7, 0xE1, 0xCC, 0xED, 0xD4])  # الجيش in Windows-1256
    assert decode(data) == ("الجيش", "cp1256")


def test_ascii_is_utf8() -> None:
    assert decode(b"AFP 030912 GMT") == ("AFP 030912 GMT", "utf-8")


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 \xff\xfe\xfd fin", "byte 3"),
        (codecs.BOM_UTF8 + b"\xd8\xa7\xff", "byte-order mark"),
        (bytes([0x81, 0x8D, 0x8E, 0x90]), "Windows-1256"),
    ],
)
def test_refuses_with_a_one_line_message(data: bytes, needle: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data)
    message = str(caught.value)
    assert needle in message
    assert "\n" not in message
    assert caught.value.__cause__ is None
