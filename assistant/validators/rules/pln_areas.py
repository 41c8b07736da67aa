"""Shared by the PLN rules: which outcomes and provision sit under the same area of need."""

import re

from assistant.models import Plan, PlanItem

_STOP = {"and", "or", "the", "of", "a", "area", "areas", "need", "needs", "broad", "for"}
_ALIASES = {"semh": ("social", "emotional", "mental", "health"),
            "sen": ("special", "educational"), "pfa": ("preparing", "adulthood")}


def area_key(area: str | None) -> frozenset[str]:
    """'Social, emotional & mental health' and 'SEMH' give the same key; None gives empty."""
    words: list[str] = []
    for word in re.findall(r"[a-z]+", (area or "").lower()):
        words.extend(_ALIASES.get(word, (word,)))
    return frozenset(w for w in words if w not in _STOP)


def same_area(left: frozenset[str], right: frozenset[str]) -> bool:
    """Equal, or one heading is a shortened form of the other ('Communication' / 'C and I')."""
    return bool(left and right) and (left <= right or right <= left)


def uses_areas(plan: Plan) -> bool:
    """Areas count only when both outcomes and provision are grouped under them."""
    return any(item.area for item in plan.outcomes) and any(item.area for item in plan.provision)


def unmatched(items: list[PlanItem], others: list[PlanItem]) -> dict[str, list[PlanItem]]:
    """Items, grouped by area heading, whose area has nothing on the other side."""
    other_keys = [area_key(item.area) for item in others if item.area]
    groups: dict[str, list[PlanItem]] = {}
    for item in items:
        key = area_key(item.area)
        if not key or any(same_area(key, other) for other in other_keys):
            continue
        groups.setdefault(item.area or "", []).append(item)
    return groups


def ids(items: list[PlanItem]) -> tuple[str, ...]:
    return tuple(item.statement.id for item in items)


def id_list(items: list[PlanItem]) -> str:
    names = [item.statement.id for item in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
