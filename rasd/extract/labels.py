"""Header lines of a crawl dump: headline-like, label, section name, breadcrumb, caption.

Predicates on one line's text (examples written for rasd):
    عربي ودولي                       a section name (Arab and international)
    لبنان | أمن وسياسة               a breadcrumb without Home: the whole line is the section
    الرئيسية > أخبار > عربي          a Home breadcrumb: its last item is the section
    وزير الري خلال الاجتماع          a photo caption between the header and the lead
"""
from __future__ import annotations

import re

from rasd.extract.lines import menu_items, phrase_kind
from rasd.extract.vocab import agencies, key, places, section_words, title_prefixes

TITLE_MAX_WORDS = 40  # headlines seen in Arabic dumps run to ~25 words; body paragraphs are longer
TITLE_MAX_CHARS = 300
LABEL_MAX_WORDS = 4   # section labels: سياسة، عربي ودولي، شؤون عسكرية
CAPTION_MAX_WORDS = 8   # captions under a lead photo: `الوزير خلال الاجتماع` (the minister at the meeting)
LEAD_MIN_WORDS = 20     # a lead paragraph; captions sit right above one
CREDITED_CAPTION_MAX_WORDS = 14  # a caption closing on its photo credit is a sentence fragment
_PHOTO_CREDIT = re.compile(r"[(\[]([^()\[\]]{1,30})[)\]]\s*$")
_PHOTO_WORDS = ("أرشيفية", "أرشيف", "صورة أرشيفية", "أرشيفية - رويترز", "مواقع التواصل", "إنترنت",
                "متداولة", "صورة متداولة", "Getty", "AFP", "Reuters", "AP")
_LABEL_PUNCT = re.compile(r"[.:؟?!،,\"«»“”()]|\d")
_SENTENCE_END = re.compile(r"(?<!\.)\.\s*$")
_PATH_SEP = re.compile(r"\s[>›»/]\s|[›»]")  # a breadcrumb path, unlike a menu bar's `|`
_HOME = ("الرئيسية", "الصفحة الرئيسية", "Home")
RELATED_LINK_MAX_WORDS = 18  # linked headlines run to ~15 words; a longer line is the story going on
RELATED_HEADER_WORDS = 5  # `اقرأ أيضا`, `مواضيع ذات صلة`, `المزيد من الأخبار`
_LIST_SEP = re.compile(r"\s*[،,]\s*")


def is_title_like(text: str) -> bool:
    """A headline: a few words to a long line, not ending like a paragraph."""
    words = text.split()
    return (2 <= len(words) <= TITLE_MAX_WORDS and len(text) <= TITLE_MAX_CHARS
            and not _SENTENCE_END.search(text))


def is_label(text: str) -> bool:
    """A short label line (section name): few words, no digits or sentence punctuation."""
    s = text.strip()
    return 0 < len(s.split()) <= LABEL_MAX_WORDS and len(s) <= 40 and not _LABEL_PUNCT.search(s)


def _section_word(word: str) -> bool:
    """A section word, also with و or the article: `السياسة`، `الوطني` (politics, national)."""
    bare = word.removeprefix("و")
    return bare in section_words() or (
        bare.startswith("ال") and len(bare) > 4 and bare[2:] in section_words())


def is_section_name(text: str) -> bool:
    """Every word a section word (`عربي ودولي`: Arab and international)."""
    words = key(text).split()
    return bool(words) and all(_section_word(w) for w in words)


def mostly_section_words(text: str) -> bool:
    """At least half the words are section words (`رصد عسكري`: military monitor)."""
    words = key(text).split()
    return len(words) <= 3 and 2 * sum(_section_word(w) for w in words) >= len(words)


def is_breadcrumb(text: str) -> bool:
    """`لبنان | أمن وسياسة`, `الرئيسية > أخبار > عربي`, `الدول العربية, سوريا`: labels between bars
    (or commas), a section among them."""
    items = [i for p in menu_items(text) for i in _LIST_SEP.split(p) if i.strip()]
    return (2 <= len(items) <= 4 and all(is_label(p) for p in items)
            and any(is_section_name(p) or mostly_section_words(p) for p in items)
            and all(is_section_name(p) or mostly_section_words(p) or key(p) in places() for p in items))


def is_topic_crumb(text: str) -> bool:
    """`أخبار|الحرب على غزة` (news | the war on Gaza): a section, then the story's topic, between bars."""
    items = menu_items(text)
    return (2 <= len(items) <= 3 and is_section_name(items[0]) and _MENU_BAR.search(text) is not None
            and all(len(i.split()) <= LABEL_MAX_WORDS and is_label(i) for i in items))


_MENU_BAR = re.compile(r"[|>›»]")


def breadcrumb_leaf(text: str) -> str | None:
    """The section a Home-rooted path names: `الرئيسية > لبنان > سياسة` → `سياسة`."""
    items = menu_items(text)
    if len(items) < 2 or not _PATH_SEP.search(text) or key(items[0]) not in {key(h) for h in _HOME}:
        return None
    leaf = items[-1].strip()
    return leaf if is_label(leaf) else None


def is_caption(text: str, following: str) -> bool:
    """A photo caption: a short unpunctuated line right above a lead paragraph, or one ending in
    a photo credit (`عناصر من الجيش في الخرطوم (أ ف ب)`: soldiers in Khartoum (AFP))."""
    s = text.strip()
    if re.search(r"[.!؟?:]\s*$", s):
        return False
    credit = _PHOTO_CREDIT.search(s)
    if credit and len(s[:credit.start()].split()) <= CREDITED_CAPTION_MAX_WORDS:
        words = key(credit.group(1))
        if words in agencies() or words in {key(w) for w in _PHOTO_WORDS}:
            return True
    return 0 < len(s.split()) <= CAPTION_MAX_WORDS and len(following.split()) >= LEAD_MIN_WORDS


_SITE_SUFFIX = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,40})$")
# `الشروق أونلاين`, `هبة برس`, `هبة بريس` (the Maghrebi spelling)
_OUTLET_TAILS = ("اونلاين", "نت", "نيوز", "بوست", "تايمز", "برس", "بريس", "24")
_OUTLET_HEADS = ("بوابه", "موقع", "صحيفه", "جريده", "قناه", "وكاله", "شبكه", "مجله", "اذاعه")
_KICKER = re.compile(r"^\s*(?:عاجل|عاجل جدا|خبر عاجل|بالفيديو|فيديو|بالصور|حصري|خاص)\s*[|:：\-–—]\s*")
_RADIO_TAILS = ("اف ام", "fm")  # `موزاييك أف أم` (Mosaique FM)
# A Latin-lettered brand then its service's name: `BBC News عربي`, `DW عربية`, `TRT عربي`, `RT Arabic`
_LATIN_BRAND = re.compile(
    r"^[A-Z][A-Za-z0-9]{1,9}(?:\s+[A-Z][A-Za-z0-9]*)?\s+(?:عربي|عربية|بالعربية|Arabic)$")
SUFFIX_MAX_WORDS = 4  # `بوابة الأهرام`, `الجزيرة نت`, `سكاي نيوز عربية`


def strip_title_dressing(title: str) -> str:
    """A page title without its site name or a breaking-news kicker.

    `مقتل جنود في هجوم - بوابة الأهرام` → `مقتل جنود في هجوم` (the site after a dash or bar);
    `عاجل | الحوثيون يعلنون ...` → `الحوثيون يعلنون ...` ("urgent |" is a label, not the headline).
    """
    kicker = _KICKER.match(title)
    if kicker and len(title[kicker.end():].split()) >= 3:
        title = title[kicker.end():]
    m = _SITE_SUFFIX.search(title)
    if m and len(title[:m.start()].split()) >= 3:
        site = key(m.group(1))
        words = site.split()
        if site in agencies() or (len(words) <= SUFFIX_MAX_WORDS and words[0] in _OUTLET_HEADS):
            title = title[:m.start()]
    return title.strip()


def is_masthead(text: str) -> bool:
    """A site's name standing alone at the top: `بوابة الأهرام`, `موقع الخبر`, `الشروق أونلاين`,
    a Latin brand's Arabic service (`BBC News عربي`, `DW عربية`, `RT Arabic`), a radio (`... أف أم`)."""
    words = key(text).split()
    return (0 < len(words) <= SUFFIX_MAX_WORDS and not re.search(r"[.!؟?:]\s*$", text.strip())
            and (words[0].removeprefix("ال") in _OUTLET_HEADS or " ".join(words) in title_prefixes()
                 or (len(words) >= 2 and (words[-1] in _OUTLET_TAILS or " ".join(words[-2:]) in _RADIO_TAILS))
                 or (len(words) >= 2 and _LATIN_BRAND.match(text.strip()) is not None)))


def is_site_token(text: str) -> bool:
    """A dump's first line made of one token that is no section word: a site name (`فرانس24`, `RT`)."""
    words = text.split()
    return (len(words) == 1 and not is_section_name(text) and key(text) not in agencies()
            and key(text) not in places() and len(text) <= 20)


def is_tag_list(text: str) -> bool:
    """`سوريا، روسيا، الأمم المتحدة`: three or more short comma-separated items, no sentence."""
    items = [i for i in _LIST_SEP.split(text.strip()) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and not re.search(r"[.!؟?:]", text)


def is_related_link(text: str) -> bool:
    """A linked headline under `اقرأ أيضا:`; a line opening on `و` (and) continues the story instead."""
    s = text.strip()
    return is_title_like(s) and len(s.split()) <= RELATED_LINK_MAX_WORDS and not s.startswith("و")


def is_block_header(text: str) -> bool:
    """A bare "read also"/"related" header (`اقرأ أيضا:`), the links under it on their own lines."""
    return len(text.split()) <= RELATED_HEADER_WORDS and phrase_kind(text) in ("related", "more")
