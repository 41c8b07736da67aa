"""Pseudonymise a case before any remote model sees it, and restore the names in the reply.

    from assistant.privacy import pseudonymise
    safe_request, pseudonymiser = pseudonymise(request)   # [CHILD], [PERSON_1], [SCHOOL_1] …
    text = pseudonymiser.restore(reply_text)
"""

from ._pseudonymise import Pseudonymiser, Pseudonyms, pseudonymise

__all__ = ["Pseudonymiser", "Pseudonyms", "pseudonymise"]
