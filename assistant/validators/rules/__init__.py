"""The rule table: a new rule is one module here and one import line below."""

# fmt: off
# isort: skip_file
from . import pln001_outcome_without_provision  # noqa: F401
from . import pln002_provision_without_outcome  # noqa: F401
from . import pln003_no_section_e  # noqa: F401
from . import out010_vague_aim  # noqa: F401
from . import out011_no_observable_act  # noqa: F401
from . import out012_provision_in_outcome  # noqa: F401
from . import out013_not_about_the_child  # noqa: F401
from . import out014_not_specific  # noqa: F401
from . import out015_vague_degree  # noqa: F401
from . import out016_unexplained_abbreviation  # noqa: F401
from . import out017_long_sentence  # noqa: F401
from . import prv001_not_quantified  # noqa: F401
from . import prv002_no_one_named  # noqa: F401
from . import prv003_vague_amount  # noqa: F401
from . import prv004_hedged_wording  # noqa: F401
from . import prv005_group_size_missing  # noqa: F401
from . import prv006_unspecified_support  # noqa: F401
from . import prv007_unexplained_abbreviation  # noqa: F401
from . import prv008_long_sentence  # noqa: F401
from . import out018_child_as_recipient  # noqa: F401
from . import out019_not_one_child  # noqa: F401
from . import out001_no_end_point  # noqa: F401
from . import out002_vague_end_point  # noqa: F401
from . import out003_end_point_past  # noqa: F401
from . import out004_beyond_stage  # noqa: F401
from . import out005_end_point_not_dated  # noqa: F401
from . import out006_short_term_target  # noqa: F401
from . import out007_relative_end_point  # noqa: F401
from . import out008_conflicting_end_points  # noqa: F401
from . import out009_beyond_plan_age  # noqa: F401
from . import out020_open_ended_service  # noqa: F401
from . import out021_service_names_no_skill  # noqa: F401
