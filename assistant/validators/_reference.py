"""The rule reference, generated from RULES so the docs cannot disagree with the code."""

from ._registry import RULES, Rule

_KIND_TITLES = {"outcome": "Outcomes (Section E)", "provision": "Provision (Sections F, G, H)",
                "plan": "Whole plan"}


def _section(rule: Rule) -> str:
    body = "\n".join(line[4:] if line.startswith("    ") else line
                     for line in rule.doc.strip().splitlines())
    return (f"### {rule.id}: {rule.summary}\n\n"
            f"*{rule.kind} · informs `{rule.dimension}` · {rule.severity} · {rule.source}*\n\n"
            f"{body.replace('## ', '#### ')}\n")


def rule_reference() -> str:
    """Markdown: a table of every rule, then each rule's documentation, grouped by kind."""
    ordered = [RULES[rule_id] for rule_id in sorted(RULES)]
    lines = ["# Rule reference", "",
             "A verdict is false when an `error` finding of its dimension fires; `warning` and "
             "`info` findings inform without deciding.", "",
             "| id | kind | informs | severity | what it catches |", "|---|---|---|---|---|"]
    lines += [f"| {r.id} | {r.kind} | {r.dimension} | {r.severity} | {r.summary} |"
              for r in ordered]
    for kind, title in _KIND_TITLES.items():
        lines += ["", f"## {title}", ""]
        lines += [_section(r) for r in ordered if r.kind == kind]
    return "\n".join(lines).rstrip() + "\n"
