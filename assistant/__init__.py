"""EHCP advice drafting assistant: drafts and checks the golden thread of an EHC plan."""

__version__ = "0.1.0"
