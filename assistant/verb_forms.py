"""Base forms of verbs written with '-ing' or '-ed' ('managing', 'settled', 'travelling').

The validators judge 'will be managing her own money' and 'will have settled' by their verbs, and
drafting turns 'getting dressed' into 'get dressed'; both need the same base form, so it lives
here once. Known verbs are looked up first; spelling rules cover the rest.
"""

import re

_IRREGULAR = {
    "being": "be", "having": "have", "going": "go", "doing": "do", "seeing": "see",
    "dying": "die", "lying": "lie", "tying": "tie", "losing": "lose", "rising": "rise",
    "breathing": "breathe", "made": "make", "taken": "take", "written": "write", "found": "find",
    "learnt": "learn", "built": "build", "won": "win", "become": "become", "kept": "keep",
    "chosen": "choose", "spoken": "speak", "bought": "buy",
}
_KNOWN = frozenset("""
be have go do make take give use write ride read talk speak say tell ask play join eat sleep walk
run swim cook travel dress wash learn understand follow count spell work get keep stay sit stand
manage cope feel stop start choose find help share wait listen look sign point name try attend
complete move live enjoy answer buy pay catch climb draw hold put carry open pick come leave
prepare describe explore solve arrive save hope place recognise recognize produce combine
compare practise practice include continue argue change charge engage behave participate
communicate cooperate co-operate socialise socialize regulate tolerate dance celebrate create
decide drive hide breathe bathe shave smile taste wave wipe close dose separate operate navigate
negotiate organise organize advocate vocalise vocalize imitate sequence balance notice retrieve
achieve receive believe improve approve serve visit order develop focus enter happen offer label
model cancel retell sell call fall book show grow know throw draw blow shop chat plan drop skip
hop clap grip jog dig cut let begin forget see agree settle become type score care
""".split())
_WHOLE_ELL = ("tell", "sell", "spell", "well", "fell", "yell", "smell", "dwell", "shell")
# After one of these endings a silent 'e' was dropped: 'communicat-ing', 'organis-ing', 'resolv-ed'.
_E_DROPPED = re.compile(r"(?:[vcz]|[^aeiou]u|[^n]g|[^aeiou](?:at|is|iz|ib|ud|od|ar)|[^t]or)$")
# A short stem of consonant, vowel, consonant also dropped one: 'tak-ing', 'writ-ing', 'typ-ing'.
_SHORT_CVC = re.compile(r"^[^aeiouy]*[aeiouy][^aeiouwxy]$")


def base_form(word: str) -> str:
    """'managing' -> 'manage', 'settled' -> 'settle', 'travelling' -> 'travel'; other words as
    they are, in lower case."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
    elif word.endswith("ed") and len(word) > 3:
        stem = word[:-2]
    else:
        return word
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in _KNOWN:
            return candidate
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # 'stopp-ing', 'chatt-ing'; not 'dress-ing' or 'staff-ing'
    if stem.endswith(("ell", "oll")) and len(stem) > 5 and not stem.endswith(_WHOLE_ELL):
        return stem[:-1]  # British spelling: 'travell-ing', 'modell-ing', 'controll-ing'
    if _E_DROPPED.search(stem) or (len(stem) <= 4 and _SHORT_CVC.match(stem)):
        return stem + "e"
    return stem


_PRESENT_IRREGULAR = {"is": "be", "are": "be", "am": "be", "has": "have", "does": "do"}
_ES_AFTER = re.compile(r"(?:s|sh|ch|x|z|o)es$")


def present_base(word: str) -> str:
    """'takes' -> 'take', 'goes' -> 'go', 'carries' -> 'carry', 'has' -> 'have': the verb after
    'make sure he ...' read as 'he will ...'; other words as base_form reads them."""
    word = word.lower()
    if word in _PRESENT_IRREGULAR:
        return _PRESENT_IRREGULAR[word]
    if not word.endswith("s") or word.endswith("ss"):
        return base_form(word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word[:-1] not in _KNOWN and _ES_AFTER.search(word):
        return word[:-2]
    return word[:-1]
