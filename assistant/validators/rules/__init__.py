"""The rule table: a new rule is one module here and one import line below."""

# fmt: off
# isort: skip_file
