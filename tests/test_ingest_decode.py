"""Encoding detection: UTF-8 (± BOM), Windows-1256, ISO-8859-6, declared charsets, binary sniffing."""
from __future__ import annotations

import codecs

import pytest

from rasd.ingest.decode import (
    DecodeError, LineDecoder, arabic_score, declared_charset, decode_bytes, sniff_binary,
)

# "The defence ministry said the strikes continued until dawn."
SENTENCE = "قالت وزارة الدفاع إن الغارات استمرت حتى الفجر."
# "The army announced a ceasefire in the north of the country."
SECOND = "أعلن الجيش وقف إطلاق النار في شمال البلاد."


@pytest.mark.parametrize("data, encoding", [
    (SENTENCE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
    (SENTENCE.encode("cp1256"), "cp1256"),
    (SENTENCE.encode("iso8859-6"), "iso8859-6"),
    (SECOND.encode("cp1256"), "cp1256"),
    (SECOND.encode("iso8859-6"), "iso8859-6"),
    (SENTENCE.encode("utf-16"), "utf-16"),  # with its BOM, as Notepad saves "Unicode"
])
def test_decodes_each_encoding(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text in (SENTENCE, SECOND)
    assert decoded.replaced == 0


def test_damaged_utf8_stays_utf8_with_replacements_counted() -> None:
    decoded = decode_bytes(SENTENCE.encode() + b"\xff" + SECOND.encode())
    assert decoded.encoding == "utf-8"
    assert decoded.text == SENTENCE + "\ufffd" + SECOND
    assert decoded.replaced == 1


@pytest.mark.parametrize("head, charset", [
    (b'<html><head><meta charset="windows-1256">', "cp1256"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', "iso8859-6"),
    (b'<?xml version="1.0" encoding="windows-1256"?><DOC>', "cp1256"),
    (b"<html><head><title>x</title>", None),
    (b'<meta charset="no-such-codec">', None),
])
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


def test_declared_charset_decides_a_short_ambiguous_text() -> None:
    # "سلام" (peace) is Arabic letters in both legacy codecs; the page's meta tag settles it.
    data = "سلام".encode("iso8859-6")
    assert decode_bytes(data).encoding == "cp1256"  # undeclared: the commoner codec on a tie
    assert decode_bytes(data, declared="iso8859-6").text == "سلام"


def test_a_latin_declaration_does_not_override_arabic_bytes() -> None:
    # Old Arabic sites often declare latin-1 over Windows-1256 bytes.
    assert decode_bytes(SENTENCE.encode("cp1256"), declared="latin-1").text == SENTENCE


def test_symbols_that_are_no_arabic_text_are_undecodable() -> None:
    data = bytes(range(0xA2, 0xC0)) * 4  # currency signs, ©, ±, ¼ … in every codec
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode_bytes(data)


def test_score_prefers_the_right_decoding() -> None:
    data = SENTENCE.encode("iso8859-6")
    assert arabic_score(data.decode("iso8859-6")) > arabic_score(data.decode("cp1256", "replace"))


@pytest.mark.parametrize("head, binary", [
    (b"plain text\n", False),
    ("نص عربي\n".encode(), False),
    (SENTENCE.encode("utf-16"), False),
    (b"abc\x00def", True),
    (b"%PDF-1.7\n...", True),
    (b"\x89PNG\r\n\x1a\n", True),
    (bytes(range(1, 9)) * 20, True),
])
def test_sniff_binary(head: bytes, binary: bool) -> None:
    assert (sniff_binary(head) is not None) == binary


def test_line_decoder_keeps_the_first_legacy_guess() -> None:
    decoder = LineDecoder()
    assert decoder.decode(codecs.BOM_UTF8 + b'{"id": 1}\n').text == '{"id": 1}\n'
    assert decoder.decode(SENTENCE.encode("iso8859-6")).text == SENTENCE
    # "مصر" (Egypt) alone is ambiguous; the file's codec, learnt from the line before, decides.
    assert decoder.decode("مصر".encode("iso8859-6")).text == "مصر"
    assert decoder.decode("مصر".encode()).text == "مصر"
