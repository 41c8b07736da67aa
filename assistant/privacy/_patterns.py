"""Regular expressions for identifiers that must never leave the machine."""

import re

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE = (rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
         r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")
NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
CAPITALISED_RUN = rf"{NAME}(?:\s+{NAME})?"

FULL_DATE = re.compile(rf"\b(?:{_DATE})\b", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
DATE_OF_BIRTH = re.compile(
    rf"(?P<cue>\b(?:date of birth|d\.?o\.?b\.?|born(?: on)?)\b\s*(?:is\s*)?[:\-]?\s*)(?P<value>{_DATE})",
    re.IGNORECASE)
UPN = re.compile(r"\b[A-Z]\d{12}\b")
PHONE = re.compile(r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")
NHS_NUMBER = re.compile(r"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
ADDRESS = re.compile(
    rf"\b\d{{1,4}}[A-Za-z]?,?\s+(?:{NAME}\s+){{1,3}}"
    r"(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Court|Place|Gardens|Terrace|Grove|"
    r"Rise|Row|Hill|Mews|Walk|Square|Park|View)\b(?:,\s*" + NAME + r"(?:\s+" + NAME + r")?)?")
SCHOOL = re.compile(
    rf"\b(?:(?:St\.?|Saint)\s+)?(?:{NAME}'?s?\s+){{1,4}}"
    r"(?:(?:C of E |CE |Church of England |Catholic |Community |Infant and |Junior and )?"
    r"(?:Primary|Infant|Junior|Secondary|High|Grammar|Special|Nursery|Free|Middle|Upper)"
    r"(?: School| Academy)?|Academy|College|School)\b")
TITLED = re.compile(rf"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof)\.?\s+{CAPITALISED_RUN}")
_RELATIVE = (r"brother|sister|mum|mom|mother|dad|father|stepmum|stepdad|stepmother|stepfather|"
             r"nan|nana|nanny|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|"
             r"auntie|uncle|cousin|friend|carer|foster carer|twin|son|daughter|partner|"
             r"key worker|keyworker|teacher|TA|SENCO|SENCo|social worker|boyfriend|girlfriend")
_PET = r"dog|cat|puppy|kitten|rabbit|hamster|guinea pig|pony|horse|pet|tortoise|parrot|budgie"
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Tt]he family's|[A-Z][a-z]+'s)"
RELATIVE = re.compile(
    rf"\b{_OWNER}\s+(?:(?:older|younger|big|little|baby|twin|best|new|old)\s+)?"
    rf"(?:{_RELATIVE})s?,?\s+(?:(?:called|named|is)\s+)?(?P<name>{NAME})\b")
PET = re.compile(
    rf"\b{_OWNER}\s+(?:(?:old|new|little|big|pet)\s+)?(?:{_PET})s?,?\s+(?:(?:called|named|is)\s+)?"
    rf"(?P<name>{NAME})\b")
CALLED = re.compile(rf"\b(?:called|named)\s+(?P<name>{NAME})\b")
# a capitalised word after 'with', 'and', 'told' … in mid-sentence: 'I want to sit with Amelia'
CUED = re.compile(
    rf"(?<=[a-z,] )(?:with|and|to|told|asked|from|by|friends?|likes?|loves?|misses)\s+"
    rf"(?P<name>{NAME})\b(?!\s+[A-Z])")
NOT_NAMES = frozenset({
    "The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That",
    "And", "But", "Or", "At", "In", "On", "To", "For", "With", "When", "If", "Year", "Reception",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Lego",
    "English", "Maths", "School", "Primary", "Academy", "College", "Is", "Was", "Has", "Who",
    "Said", "Says", "Every", "Each", "Also", "Too", "Now", "Then", "So", "Mrs", "Mr", "Ms",
    "Miss", "Mx", "Dr", "Prof", "Mum", "Dad", "Mummy", "Daddy", "Nan", "Grandma", "Grandad",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Science", "History", "Geography", "Art", "Music",
    "French", "Spanish", "German", "Welsh", "Drama", "Computing", "Christmas", "Easter",
    "Key", "Stage", "Nursery", "Sixth", "Form", "God", "Allah",
})
