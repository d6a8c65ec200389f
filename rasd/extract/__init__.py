"""Article extraction: the body, title, author, section and date of one page or dump.

    clean.py      the `clean` pipeline step (CleanArticle): routes HTML and text dumps
    html.py       HTML pages: trafilatura for the body, rasd's own date/byline/section
    htmlmeta.py   meta tags, JSON-LD, the lines under the headline, breadcrumbs
    dump.py       crawl text dumps: header (section, title, byline), body lines, footer
    labels.py     header line tests: headline-like, label, section name, breadcrumb, caption
    markup.py     corpus tags left in a dump (<HEADLINE>, <CAT>, <TEXT>, <ABSTRACT>)
    lines.py      line spans and line classes (menus, share bars, read-also, dates, credits)
    byline.py     bylines without their place dateline (القاهرة - رويترز → رويترز)
    dates.py      Arabic visible dates (Egyptian, Levantine, Maghrebi and Hijri months)
    linestats.py  lines repeated across a source's articles, learnt from a batch
    vocab.py      the word lists (rasd/lexicon/boilerplate_*, byline_*, section_*) as keys
"""
