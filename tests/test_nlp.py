"""The shared spaCy pipeline: spaCy's own, imported without its command line, which stays usable."""

from __future__ import annotations

import json
import subprocess
import sys

from specdiff.nlp import _DeferredModule, english

FRESH = """
import json, sys
from specdiff.nlp import english
nlp = english()
deferred = "spacy.cli" not in sys.modules and "typer" not in sys.modules
sentences = [s.text for s in nlp("One sentence here. Another one follows.").sents]
import spacy
import spacy.cli
from spacy.cli.info import info
real_after = spacy.cli.__file__ is not None and info.__module__ == "spacy.cli.info"
report = spacy.info(silent=True)
print(json.dumps({"deferred": deferred, "sentences": sentences, "real_after": real_after,
                  "info": sorted(report), "pipes": nlp.pipe_names, "lang": nlp.lang}))
"""


def test_fresh_process_defers_spacy_cli_and_spacy_info_still_works() -> None:
    out = subprocess.run([sys.executable, "-c", FRESH], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["deferred"]
    assert result["sentences"] == ["One sentence here.", "Another one follows."]
    assert result["real_after"]
    assert "spacy_version" in result["info"]
    assert result["pipes"] == ["sentencizer"] and result["lang"] == "en"


def test_pipeline_tokenizes_like_spacy_blank_english() -> None:
    import spacy

    blank = spacy.blank("en")
    text = "Ph.D. holders don't need a Master's degree; e.g., two (2) years of full-time work."
    assert [t.text for t in english().make_doc(text)] == [t.text for t in blank.make_doc(text)]


def test_a_stand_in_answers_other_names_from_the_real_module() -> None:
    assert _DeferredModule("json").dumps is json.dumps


# Each way into spaCy, first thing in a fresh process: none may import spaCy's command line
# (a stage importing from spacy before specdiff.nlp has imported it brings spacy.cli: ~0.25 s).
FIRST_USES = {
    "sentences": "from specdiff.parsers.sentences import spans_for_all; spans_for_all(['One. Two.', 'Three'])",
    "scan": "from specdiff.phrases.quantities import scan; scan('two (2) years of experience')",
    "parse and compare": (
        "from specdiff.ingest import read; from specdiff.parsers import parse; from specdiff.diff import compare;"
        "import pathlib, tempfile; d = pathlib.Path(tempfile.mkdtemp());"
        "(d / 'a.txt').write_text('MINIMUM QUALIFICATIONS\\n\\nTwo years of experience. A license.\\n');"
        "(d / 'b.txt').write_text('MINIMUM QUALIFICATIONS\\n\\nThree years of experience. A license.\\n');"
        "compare(parse(read(d / 'a.txt')), parse(read(d / 'b.txt')))"
    ),
}


def test_no_first_use_of_spacy_imports_its_command_line() -> None:
    for name, code in FIRST_USES.items():
        check = f"{code}\nimport sys\nprint('spacy' in sys.modules, 'spacy.cli' in sys.modules, 'typer' in sys.modules)"
        out = subprocess.run([sys.executable, "-c", check], check=True, capture_output=True, text=True)
        assert out.stdout.split() == ["True", "False", "False"], (name, out.stdout, out.stderr[-500:])
