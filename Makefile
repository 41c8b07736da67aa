# Two commands do all set-up on a fresh machine (Python, pip and apt only):
#   make app    install, then serve the app on http://127.0.0.1:7860 (offline default)
#   make test   install (system packages too), then run every test and the eval gate
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: app test baseline install system-deps readme bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	bash scripts/install-system-deps

app: install
	$(BIN)/ehcp-assist serve

# The eval gate: the offline eval must not regress against the committed baseline.
EVAL_HOME ?= .eval-home
test: system-deps install
	$(BIN)/python -m pytest
	EHCP_ASSIST_HOME=$(EVAL_HOME) $(BIN)/ehcp-assist eval --engine offline --out .eval-out
	$(BIN)/ehcp-assist eval compare evals/baseline.json .eval-out

# From a fresh index, as CI builds it: a reopened store ranks a few dense hits differently.
baseline: install
	rm -rf $(EVAL_HOME)
	EHCP_ASSIST_HOME=$(EVAL_HOME) $(BIN)/ehcp-assist eval --engine offline --out .eval-out
	cp .eval-out/results.json evals/baseline.json

readme: install
	$(BIN)/python scripts/render_readme.py

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
