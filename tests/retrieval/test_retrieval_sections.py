"""Section centroids: a paragraph whose section is about the question rises past a stray match."""

import numpy as np

from assistant.retrieval._sections import Sections, section_key
from assistant.retrieval._types import Record


def _para(ref: str, title: str, chapter: int = 9) -> Record:
    return Record(f"cop:{ref}", f"Paragraph {ref}.", {
        "doc_id": "cop", "ref": ref, "kind": "code_paragraph", "chapter": chapter, "title": title})


RECORDS = [_para("9.157", "Transfers between local authorities"),
           _para("9.158", "Transfers between local authorities"),
           _para("9.40", "Timescales"), _para("9.41", "Timescales")]
VECTORS = {"cop:9.157": [1.0, 0.0, 0.0], "cop:9.158": [0.0, 1.0, 0.0], "cop:9.40": [0.6, 0.0, 0.8],
           "cop:9.41": [0.0, -1.0, 0.0]}


def test_a_section_is_its_heading_within_one_chapter_of_one_document() -> None:
    assert section_key(RECORDS[0]) == section_key(RECORDS[1]) != section_key(RECORDS[2])
    assert section_key(_para("10.1", "Timescales", chapter=10)) != section_key(RECORDS[2])


def test_the_section_lifts_a_paragraph_past_a_closer_stray_one() -> None:
    query = np.array([0.6, 0.6, 0.53], dtype=np.float32)
    query /= np.linalg.norm(query)
    hits = [(r.id, float(np.dot(VECTORS[r.id], query))) for r in RECORDS]
    assert max(hits, key=lambda h: h[1])[0] == "cop:9.40"       # on its own words alone
    lifted = Sections(RECORDS, VECTORS).lift(hits, query, weight=0.4)
    assert lifted[0][0] in {"cop:9.157", "cop:9.158"}             # its section is the question
    assert Sections(RECORDS, VECTORS).lift(hits, query, weight=0.0) == sorted(hits, key=lambda h: -h[1])


def test_a_chunk_without_a_stored_vector_keeps_its_score() -> None:
    lifted = Sections(RECORDS, {}).lift([("cop:9.40", 0.5)], np.ones(3, dtype=np.float32), 0.4)
    assert lifted == [("cop:9.40", 0.5)]
