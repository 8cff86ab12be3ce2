#!/usr/bin/env bash
# Executes examples/analyze.ipynb headlessly with GoNB and writes the
# executed notebook in its place. Needs Jupyter (Debian: jupyter-notebook,
# python3-nbconvert) and GoNB (go install github.com/janpfeifer/gonb@latest
# && gonb --install, with goimports on the PATH). Without them it says so
# and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v jupyter >/dev/null || ! jupyter kernelspec list 2>/dev/null | grep -q gonb; then
	echo "run-notebook: Jupyter with the GoNB kernel is not installed; not run" >&2
	exit 0
fi
export ANALYZE_DIR=$PWD
jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=600 examples/analyze.ipynb
echo "run-notebook: executed examples/analyze.ipynb"
