"""Quote patterns found on held-out articles from other outlets: short sentences written for rasd."""
from __future__ import annotations


from rasd.annotate.quotes import FindQuotes
from rasd.model import Document, Mention


def doc_with(text: str, people: tuple[tuple[str, str | None], ...] = ()) -> Document:
    """A document whose PER entities are the given (surface, role) pairs, every occurrence."""
    doc = Document(id="t", text=text, published="2025-01-01")
    for surface, role in people:
        start = text.find(surface)
        while start >= 0:
            doc.entities.append(Mention(surface, start, start + len(surface), "PER", surface, "id:" + surface,
                                        "kb", role))
            start = text.find(surface, start + 1)
    doc.entities.sort(key=lambda m: m.start)
    return doc


def with_body(doc: Document, surface: str, name_en: str) -> Document:
    """The document with an ORG entity at the first occurrence of `surface`."""
    a = doc.text.index(surface)
    doc.entities.append(Mention(surface, a, a + len(surface), "ORG", name_en, "id:" + name_en))
    doc.entities.sort(key=lambda m: m.start)
    return doc


def speakers(doc: Document) -> list[tuple[str, str | None]]:
    FindQuotes(kb=None)(doc)
    return [(q.text, q.speaker and (q.speaker.name_en or q.speaker.text)) for q in doc.quotes]


def test_narrator_aside_is_no_quote() -> None:
    # "It is worth noting that the three states announced their withdrawal last year."
    doc = doc_with("يذكر أن الدول الثلاث أعلنت انسحابها من المنظمة العام الماضي.")
    assert speakers(doc) == []


def test_subject_before_qad_speaks() -> None:
    # "Earlier Sami Adel had warned that the stockpile grew." (subject, then قد, then the verb)
    doc = doc_with("وقال الوزير خالد عمر إن المحادثات مستمرة. وكان سامي عادل قد حذر أمس من أن المخزون ارتفع.",
                   (("خالد عمر", None), ("سامي عادل", None)))
    assert ("المخزون ارتفع", "سامي عادل") in speakers(doc)


def test_titled_subject_of_an_earlier_verb_speaks() -> None:
    # "The army commander Sami Adel met a UN delegation in the capital, and stressed that the truce holds."
    doc = doc_with("وقال الوزير خالد عمر إن الوضع هادئ. والتقى قائد الجيش الجديد سامي عادل أمس وفدا أمميا في العاصمة، "
                   "وأكد أن الهدنة صامدة.", (("خالد عمر", "minister"), ("سامي عادل", "commander")))
    assert ("الهدنة صامدة", "سامي عادل") in speakers(doc)


def test_detached_clitic_is_no_speaker() -> None:
    # "The president pledged to "restore security across the country"."
    doc = doc_with('وزار الرئيس سامي عادل المنطقة حيث تعهد بـ"استعادة الأمن في كامل البلاد".',
                   (("سامي عادل", "head_of_state"),))
    assert all(sp != "بـ" for _, sp in speakers(doc))


def test_participle_after_a_non_speech_verb() -> None:
    # "The ministry condemned the incursion, considering that it "violates the agreement"."
    doc = with_body(doc_with('ودانت وزارة الخارجية التوغل في القرى، معتبرة أنه "انتهاك صارخ للاتفاق".'),
                    "وزارة الخارجية", "Foreign Ministry")
    assert ("انتهاك صارخ للاتفاق", "Foreign Ministry") in speakers(doc)


def test_byline_is_no_quote() -> None:
    # "Written by: Ahmed Salem" on its own line, then the story.
    doc = doc_with("كتب: أحمد سالم\nقال الوزير إن المحادثات مستمرة.", (("أحمد سالم", None),))
    assert [t for t, _ in speakers(doc)] == ["المحادثات مستمرة"]


def test_titled_person_deeper_in_the_sentence_speaks() -> None:
    # "The attack comes less than a week after a visit by the transitional president, General Sami Adel,
    # to the region, where he pledged "to restore security"."
    doc = doc_with('وقال الوزير خالد عمر إن الوضع هادئ. ويأتي الهجوم بعد أقل من أسبوع من زيارة رئيس المرحلة '
                   'الانتقالية الجنرال سامي عادل إلى المنطقة، حيث تعهد بـ"استعادة الأمن في كامل البلاد".',
                   (("خالد عمر", "minister"), ("سامي عادل", "head_of_state")))
    assert ("استعادة الأمن في كامل البلاد", "سامي عادل") in speakers(doc)


def test_a_body_takes_the_gender_of_its_head_noun() -> None:
    # "The 'Qaeda' organisation claimed the attack in a statement, stressing that it targeted "Western firms"."
    # تنظيم (organisation) is masculine, so مؤكدا agrees with it whatever القاعدة is.
    text = 'وتبنى تنظيم «القاعدة» الهجوم في بيان، مؤكدا أنه استهدف "مصالح الشركات الغربية".'
    doc = with_body(doc_with(text), "القاعدة", "Al-Qaeda")
    assert ("مصالح الشركات الغربية", "Al-Qaeda") in speakers(doc)


def test_the_statement_speaks_for_its_issuer() -> None:
    # "..., according to what the defence ministry said in a statement. The statement explained that units began a sweep."
    text = "تعرضت منشأة لهجوم، حسب ما أفادت به وزارة الدفاع في بيان لها. وأوضح البيان أن الوحدات باشرت عمليات تمشيط."
    doc = with_body(doc_with(text), "وزارة الدفاع", "Defence Ministry")
    assert ("الوحدات باشرت عمليات تمشيط", "Defence Ministry") in speakers(doc)


def test_participle_speaks_for_its_own_clause() -> None:
    # "Minister Khaled Omar called for calm, but spokesman Sami Adel rejected the call, considering that
    # the matter is internal." The participle belongs to the clause before its comma, not to دعا.
    doc = doc_with("ودعا الوزير خالد عمر إلى التهدئة، غير أن المتحدث سامي عادل رفض الدعوة، معتبرا أن الأمر شأن داخلي.",
                   (("خالد عمر", "minister"), ("سامي عادل", "spokesperson")))
    assert ("الأمر شأن داخلي", "سامي عادل") in speakers(doc)


def test_participle_after_the_speech_keeps_its_verb() -> None:
    # "Khaled Omar said that Sami Adel "is lying", adding that the talks failed": the clause before the
    # participle is the speech of قال, so قال's subject speaks.
    doc = doc_with('وقال الوزير خالد عمر إن سامي عادل "يكذب"، مضيفا أن المحادثات فشلت.',
                   (("خالد عمر", "minister"), ("سامي عادل", None)))
    assert ("المحادثات فشلت", "خالد عمر") in speakers(doc)


def test_object_after_the_verb_is_no_speaker() -> None:
    # "But Sami Adel denied that, stressing that the base works normally." / "He called on both sides
    # not to escalate, pointing out that the mission goes on." / "announced the day before yesterday
    # that turnout was high": ذلك, الطرفين and أول are no speakers.
    doc = doc_with("غير أن سامي عادل نفى ذلك، مؤكدا أن القاعدة تعمل بشكل طبيعي.", (("سامي عادل", None),))
    assert ("القاعدة تعمل بشكل طبيعي", "سامي عادل") in speakers(doc)
    doc = doc_with("وقال خالد عمر إن الوضع هادئ. ودعا الطرفين إلى عدم التصعيد، مشيرا إلى أن البعثة ستواصل عملها.",
                   (("خالد عمر", None),))
    assert all(sp != "الطرفين" for _, sp in speakers(doc))
    doc = doc_with("وكانت اللجنة قد أعلنت أول أمس أن نسبة المشاركة بلغت 70 في المئة.")
    assert all(sp != "أول" for _, sp in speakers(doc))


def test_speech_ends_before_the_next_clause_and_at_the_narrators_which() -> None:
    # "The coast guard announced it carried out patrols around the islands, while the television
    # claimed that warships came close to the coast, which the minister Khaled Omar denied, stressing
    # that no ship entered the zone."
    doc = doc_with("وأعلن خفر السواحل أنه نفذ دوريات حول الجزر، فيما زعم التلفزيون أن سفنا حربية اقتربت من الساحل، "
                   "وهو ما نفاه وزير الدفاع خالد عمر، مؤكدا أن أي سفينة لم تدخل المنطقة.",
                   (("خالد عمر", "defence_minister"),))
    got = dict(speakers(doc))
    assert "نفذ دوريات حول الجزر" in got                  # no trailing فيما
    assert "سفنا حربية اقتربت من الساحل" in got           # ends at وهو ما
    assert got.get("أي سفينة لم تدخل المنطقة") == "خالد عمر"


def test_an_unknown_name_after_a_description_is_the_speaker() -> None:
    # "The opposition figure Samir Wadi Kamel said that ...": the speaker's words are his name,
    # not the description before it (no entity is known here)
    doc = doc_with('وقال المعارض سمير وادي كامل إن ما جرى "انقلاب".')
    assert [sp for _, sp in speakers(doc)] == ["سمير وادي كامل"]


def test_a_body_named_by_its_state_ends_at_the_state() -> None:
    # "The police of Lesotho announced the arrest of six suspects and said the clashes lasted ten
    # hours": the body the KB lacks is شرطة ليسوتو, not the words of what it announced
    doc = Document(id="t", text="وأعلنت شرطة ليسوتو اعتقال ستة مشتبه بهم، وقالت إن الاشتباكات استمرت عشر ساعات.",
                   published="2023-09-25")
    a = doc.text.index("ليسوتو")
    doc.entities.append(Mention("ليسوتو", a, a + 6, "GPE", "Lesotho", "Q1013"))
    assert speakers(doc) == [("الاشتباكات استمرت عشر ساعات", "شرطة ليسوتو")]


def test_an_unnamed_spokesman_speaks_for_his_body() -> None:
    # "The spokesman of the transition committee said in a statement that the army decided ..."
    doc = Document(id="t", text="وقال الناطق باسم لجنة المرحلة الانتقالية في بيان إن الجيش قرر الدفاع عن السلام.",
                   published="2023-08-30")
    assert speakers(doc) == [("الجيش قرر الدفاع عن السلام", "لجنة المرحلة الانتقالية")]


def test_asking_not_to_be_named_is_no_speech_act() -> None:
    # "A security official, asking not to be named, said the attack killed two soldiers": عدم كشف
    # (not revealing) is no cue of its own, and the veiled official is no one named
    doc = Document(id="t", text="وقال مسؤول أمني طالبا عدم كشف اسمه إن الهجوم أسفر عن مقتل جنديين.",
                   published="2023-08-30")
    assert speakers(doc) == [("الهجوم أسفر عن مقتل جنديين", None)]


def test_a_companys_name_ends_before_its_description() -> None:
    # "The Stena Bulk company, owner of the tanker, said the ship was sailing in international waters."
    doc = Document(id="t", text="وقالت شركة ستينا بالك المالكة للناقلة إن السفينة كانت تبحر في المياه الدولية.",
                   published="2019-07-20")
    assert speakers(doc) == [("السفينة كانت تبحر في المياه الدولية", "ستينا بالك")]


def test_a_command_speaks_for_the_body_it_heads() -> None:
    # "The joint forces command of the coalition to support legitimacy said in a statement that air
    # defences intercepted a ballistic missile": the coalition speaks
    doc = with_body(doc_with("وقالت قيادة القوات المشتركة لتحالف دعم الشرعية، في بيان، إن الدفاعات الجوية "
                             "اعترضت صاروخا باليستيا."), "تحالف دعم الشرعية", "Saudi-led coalition")
    assert [name for _, name in speakers(doc)] == ["Saudi-led coalition"]


def test_a_time_phrase_after_the_cue_is_no_speaker() -> None:
    # "The army had announced last week that its forces would close the border": the army speaks
    doc = with_body(doc_with("وكان الجيش قد أعلن الأسبوع الماضي أن قواته ستغلق الحدود."), "الجيش", "Army")
    assert [name for _, name in speakers(doc)] == ["Army"]
