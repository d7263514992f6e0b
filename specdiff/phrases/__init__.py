"""How English states amounts, degrees and figures, and which words are words: read the same
way by every stage.

The parsers read qualification facts from these phrases ("two (2) years of professional
experience", "a bachelor's degree"); the diff asks of a sentence the parser could not read
whether it may state a fact the other version states, and pairs lines of figures by their
values. Both ask here, so a phrase means one thing to both; nothing here knows a document.

    :mod:`.numbers`     "six", "two (2)", "twenty-four", "one and one-half" as numbers
    :mod:`.quantities`  quantities ("two years", "60 semester credits") and degrees, by spaCy rules
    :mod:`.figures`     a line of amounts and ranges only
    :mod:`.words`       English word forms (is this a word?)
"""
