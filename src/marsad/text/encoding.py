"""Decoding input files: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the bytes show it) and
Windows-1256.

Order of the checks: a byte-order mark decides (UTF-8, UTF-16 LE/BE); then BOM-less UTF-16, recognised by its high
bytes (Arabic letters are U+06xx, so one byte in two is 0x06, or 0x00 for ASCII spaces and digits); then binary data
is refused; then strict UTF-8, which almost never decodes text in another encoding by accident; then Windows-1256,
still common in Arabic archives, accepted only when the result contains Arabic letters. Anything else is refused with
a one-line message rather than decoded into garbage.
"""

from __future__ import annotations

import codecs
import re

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_NON_ASCII = re.compile(r"[^\x00-\x7F]")


class DecodeError(ValueError):
    """Bytes that are not text marsad can read."""


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when BOM-less ``data`` looks like UTF-16 Arabic or ASCII text, else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        plausible = sum(1 for b in high if b in (0x00, 0x06, 0x20, 0xFE, 0xFB))
        if b"\x00" in high and plausible >= 0.9 * pairs:
            try:
                data.decode(name)
            except UnicodeDecodeError:
                continue
            return name
    return None


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
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise DecodeError(
                f"undecodable bytes at byte {utf8_error.start} (neither UTF-8 nor Windows-1256)"
            ) from None
        # Any byte decodes in Windows-1256, so demand that most non-ASCII characters be core Arabic letters.
        arabic = len(_ARABIC_LETTER.findall(text))
        if not arabic or arabic < 0.5 * len(_NON_ASCII.findall(text)):
            raise DecodeError(
                f"undecodable bytes at byte {utf8_error.start} (not UTF-8, and no Arabic as Windows-1256)"
            ) from None
        return text, "cp1256"
