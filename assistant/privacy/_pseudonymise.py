"""Swap names and identifiers for stable tokens before text leaves the machine, and back after.

Regular expressions plus the case's own fields; no model is downloaded. The mapping lives only
in memory: nothing here logs or stores the real values.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.models import AdviceRequest, AdviceText, Child

from . import _patterns as p

_TOKEN = re.compile(r"\[(?:CHILD(?:_FULL|_SURNAME)?|[A-Z]+(?:_[A-Z]+)*_\d+)\]")


@dataclass
class Pseudonyms:
    """Token <-> real value, stable within one request: the same value always gets one token."""

    by_value: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def token(self, kind: str, value: str) -> str:
        key = value.strip()
        if key not in self.by_value:
            self.counters[kind] = self.counters.get(kind, 0) + 1
            self.by_value[key] = f"[{kind}_{self.counters[kind]}]"
        return self.by_value[key]

    @property
    def by_token(self) -> dict[str, str]:
        return {token: value for value, token in self.by_value.items()}

    def kinds(self) -> dict[str, int]:
        """How many values of each kind were replaced: safe to log, it names nobody."""
        return dict(self.counters)


def _child_tokens(child: Child, pseudonyms: Pseudonyms) -> list[tuple[str, str]]:
    """Full name, then surname, then first name: the longest match wins."""
    if not child.name:
        return []
    parts = child.name.split()
    pairs = [(child.name, "[CHILD_FULL]")] if len(parts) > 1 else []
    pairs += [(part, "[CHILD_SURNAME]") for part in parts[1:] if len(part) > 1]
    pairs.append((parts[0], "[CHILD]"))
    for value, token in pairs:
        pseudonyms.by_value.setdefault(value, token)
    return pairs


def _names_in(text: str) -> set[str]:
    """Other people's and pets' names the text introduces ('her brother Josh', 'Mrs Patel')."""
    found: set[str] = set()
    for match in p.TITLED.finditer(text):
        found.add(match.group(0))
    for pattern in (p.RELATIVE, p.PET, p.CALLED, p.CUED):
        for match in pattern.finditer(text):
            name = re.sub(r"'s$", "", match.group("name"))
            if name not in p.NOT_NAMES:
                found.add(name)
    return found


def _sub(pattern: re.Pattern[str], kind: str, pseudonyms: Pseudonyms, text: str,
         group: str | None = None) -> str:
    def swap(match: re.Match[str]) -> str:
        if group is None:
            return pseudonyms.token(kind, match.group(0))
        start, end = match.span(group)
        offset = match.start()
        whole = match.group(0)
        return (whole[: start - offset] + pseudonyms.token(kind, match.group(group))
                + whole[end - offset:])

    return pattern.sub(swap, text)


def _replace_words(text: str, replacements: list[tuple[str, str]]) -> str:
    for value, token in replacements:
        text = re.sub(rf"(?<![\w\[]){re.escape(value)}(?![\w\]])", token, text)
    return text


class Pseudonymiser:
    """One per request: the names it learns from the case apply to every text of that case."""

    def __init__(self, request: AdviceRequest) -> None:
        self.pseudonyms = Pseudonyms()
        age = request.child.age
        year = request.assessment_date.year
        # a full date in the child's birth year(s) is treated as a date of birth, cue or not
        self._birth_years = {str(year - age), str(year - age - 1)} if age is not None else set()
        self._child = _child_tokens(request.child, self.pseudonyms)
        texts = [request.notes, *request.aspirations, *request.outcomes_sought,
                 *(a.text for a in request.advice)]
        people: set[str] = set()
        for text in texts:
            people |= _names_in(text)
        child_parts = {value for value, _ in self._child}
        self._people: list[tuple[str, str]] = []
        for name in sorted(people, key=len, reverse=True):
            if name in child_parts:
                continue
            token = self.pseudonyms.token("PERSON", name)
            self._people.append((name, token))
            surname = name.split()[-1]
            if " " in name and surname not in child_parts:  # 'Mrs Patel' later seen as 'Patel'
                self._people.append((surname, token))

    def text(self, text: str) -> str:
        """The text with every identifier replaced by its token."""
        steps: list[Callable[[str], str]] = [
            lambda t: _sub(p.EMAIL, "EMAIL", self.pseudonyms, t),
            lambda t: _sub(p.DATE_OF_BIRTH, "DATE_OF_BIRTH", self.pseudonyms, t, "value"),
            self._birth_dates,
            lambda t: _sub(p.UPN, "UPN", self.pseudonyms, t),
            lambda t: _sub(p.ADDRESS, "ADDRESS", self.pseudonyms, t),
            lambda t: _sub(p.POSTCODE, "POSTCODE", self.pseudonyms, t),
            lambda t: _sub(p.PHONE, "PHONE", self.pseudonyms, t),
            lambda t: _sub(p.NHS_NUMBER, "NHS_NUMBER", self.pseudonyms, t),
            lambda t: _sub(p.SCHOOL, "SCHOOL", self.pseudonyms, t),
            lambda t: _replace_words(t, self._people),
            lambda t: _replace_words(t, self._child),
        ]
        for step in steps:
            text = step(text)
        return text

    def _birth_dates(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            value = match.group(0)
            year = re.search(r"\d{4}", value)
            if year is not None and year.group(0) in self._birth_years:
                return self.pseudonyms.token("DATE_OF_BIRTH", value)
            return value
        return p.FULL_DATE.sub(swap, text)

    def request(self, request: AdviceRequest) -> AdviceRequest:
        """The request as a remote model may see it."""
        child = request.child.model_copy(
            update={"name": "[CHILD]" if request.child.name else None})
        return request.model_copy(update={
            "child": child,
            "professional_role": (self.text(request.professional_role)
                                  if request.professional_role else None),
            "notes": self.text(request.notes),
            "aspirations": [self.text(a) for a in request.aspirations],
            "outcomes_sought": [self.text(o) for o in request.outcomes_sought],
            "advice": [AdviceText(professional_role=a.professional_role, text=self.text(a.text))
                       for a in request.advice],
        })

    def restore(self, text: str) -> str:
        """Tokens back to the real values; a token we never issued is left for the caller."""
        by_token = self.pseudonyms.by_token
        return _TOKEN.sub(lambda m: by_token.get(m.group(0), m.group(0)), text)

    def unknown_tokens(self, text: str) -> list[str]:
        """Tokens in a reply that we never issued: the model made up a person or a school."""
        issued = self.pseudonyms.by_token
        return [m.group(0) for m in _TOKEN.finditer(text) if m.group(0) not in issued]


def pseudonymise(request: AdviceRequest) -> tuple[AdviceRequest, Pseudonymiser]:
    """The request with identifiers tokenised, and the object that restores them."""
    pseudonymiser = Pseudonymiser(request)
    return pseudonymiser.request(request), pseudonymiser
