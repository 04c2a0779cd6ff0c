"""Decoding input files: UTF-8 (with or without BOM), UTF-16 (with BOM) and Windows-1256.

Windows-1256 is still common in Arabic archives. Bytes that are neither valid UTF-8 nor plausible Windows-1256 Arabic
are refused with a clear message rather than decoded into garbage.
"""

from __future__ import annotations

import codecs
import re

_ARABIC = re.compile(r"[\u0600-\u06FF]")


class DecodeError(ValueError):
    """Bytes that are not text marsad can read."""


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes outside UTF-16 or many control bytes: images, archives, executables."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 50)


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and say which encoding it was.

    Returns:
        The text (without a byte-order mark) and the encoding's name.

    Raises:
        DecodeError: for binary data or bytes that fit no supported encoding.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-8 after a UTF-8 byte-order mark at byte {e.start + 3}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 at byte {e.start}") from None
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise DecodeError(f"undecodable bytes at byte {utf8_error.start} (neither UTF-8 nor Windows-1256)") from None
        if not _ARABIC.search(text):
            raise DecodeError(f"undecodable bytes at byte {utf8_error.start} (not UTF-8, and no Arabic as Windows-1256)") from None
        return text, "cp1256"
