"""Citations for the sidecar: a few retrieval queries, never text inside the wording."""

from typing import Any

from assistant.errors import AssistError
from assistant.models import Citation, Draft, Finding
from assistant.settings import Settings

_AREA_QUERIES = {
    "communication_and_interaction": "communication and interaction needs speech language",
    "cognition_and_learning": "cognition and learning needs literacy",
    "social_emotional_mental_health": "social emotional and mental health needs",
    "sensory_and_physical": "sensory and physical needs",
    "health": "health provision reasonably required",
    "social_care": "social care provision short breaks",
}
MAX_CITATIONS = 8


def _queries(draft: Draft, year9: bool) -> list[str]:
    queries = ["outcomes SMART specific measurable time bound",
               "provision detailed specific quantified"]
    areas = dict.fromkeys(need.area for need in draft.needs)
    queries += [_AREA_QUERIES[area] for area in areas]
    if year9:
        queries.append("preparing for adulthood from Year 9 outcomes")
    return queries


def find_citations(draft: Draft, settings: Settings, index: Any, year9: bool
                   ) -> tuple[list[Citation], list[Finding]]:
    """Cited hits for the draft's themes; an unopenable store gives none and says so."""
    try:
        if index is None:
            from assistant.retrieval import open_index

            index = open_index(settings)
        citations: dict[tuple[str, str], Citation] = {}
        for query in _queries(draft, year9):
            for hit in index.search(query, k=2):
                citations.setdefault((hit.ref, hit.source),
                                     Citation(ref=hit.ref, source=hit.source, title=hit.title))
    except (AssistError, ImportError, OSError) as err:
        return [], [Finding(rule="PLN107", dimension="citations", severity="info",
                            message=f"No citations: the corpus store could not be searched ({err}).",
                            fix="Run 'ehcp-assist corpus rebuild' and draft again.",
                            source="DESIGN.md: provenance beside the text")]
    return list(citations.values())[:MAX_CITATIONS], []
