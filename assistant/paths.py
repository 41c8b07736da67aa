"""Where the project's shipped folders (prompts/, corpus/, evals/) live.

The package is installed editable from the repository, so they sit beside it.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PROMPTS_DIR = PROJECT_ROOT / "prompts"
CORPUS_DIR = PROJECT_ROOT / "corpus"
EVALS_DIR = PROJECT_ROOT / "evals"
EXAMPLES_DIR = PROJECT_ROOT / "examples"
