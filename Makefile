# Two commands do all set-up on a fresh machine (Python, pip and apt only):
#   make app    install, then run the app on the offline default
#   make test   install (system packages too), then run every test and the eval gate
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: app test install system-deps readme bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	bash scripts/install-system-deps

app: install
	$(BIN)/ehcp-assist check examples/plan.md

test: system-deps install
	$(BIN)/python -m pytest

readme: install
	$(BIN)/python scripts/render_readme.py

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
