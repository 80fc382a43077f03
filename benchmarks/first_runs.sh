#!/usr/bin/env bash
# Issue 15's check: the README's two commands, each time from a clean clone of one commit, a fresh venv and an
# empty PREFECT_HOME, RUNS times (default 10) in LANES parallel lanes (default 1; 2 keeps both cores busy); the
# first run of lane 1 has another process keeping a core busy. One line a run, in OUT (default first-runs.txt).
#   bash benchmarks/first_runs.sh [COMMIT] [RUNS] [LANES] [OUT]
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse --short "${1:-HEAD}")"
runs="${2:-10}"
lanes="${3:-1}"
out="$(realpath -m "${4:-first-runs.txt}")"
: > "$out"
unset VIRTUAL_ENV PREFECT_API_URL

one_run() {  # number, whether to load a core
  local d load="" rc1 rc2 s m t ie summary
  d="$(mktemp -d /tmp/first-run.XXXX)"
  git clone -q "$repo" "$d/repo" && git -C "$d/repo" checkout -q "$commit"
  cd "$d/repo" || return
  if [ "$2" = 1 ]; then (while :; do :; done) & load=$!; fi
  python3 -m venv .venv && . .venv/bin/activate && python -m pip install -q --upgrade pip > /dev/null 2>&1
  export PREFECT_HOME="$d/prefect-home"
  s=$(date +%s)
  bash -c 'pip install -e . && curate run' > "$d/main.log" 2>&1; rc1=$?
  m=$(( $(date +%s) - s ))
  ie=$(grep -rls internal_error curated/rejected 2> /dev/null | wc -l)
  s=$(date +%s)
  bash -c 'pip install -e ".[test]" && pytest' > "$d/test.log" 2>&1; rc2=$?
  t=$(( $(date +%s) - s ))
  [ -n "$load" ] && kill "$load"
  summary="$(grep -E "passed|failed" "$d/test.log" | tail -1)"
  echo "run $1 commit $commit core_loaded=$2 curate_run_exit=$rc1 ${m}s internal_error_files=$ie pytest_exit=$rc2 ${t}s :: $summary" >> "$out"
  deactivate
  cd / || return
  if [ "$rc1" = 0 ] && [ "$rc2" = 0 ]; then rm -rf "$d"; else echo "run $1 kept $d" >> "$out"; fi
}

lane() {  # lane number: runs lane, lane + lanes, ...
  local i
  for (( i = $1; i <= runs; i += lanes )); do
    one_run "$i" "$([ "$i" = 1 ] && echo 1 || echo 0)"
  done
}

for (( l = 1; l <= lanes; l++ )); do lane "$l" & done
wait
echo "done: $(grep -c 'curate_run_exit=0 .* pytest_exit=0 ' "$out") of $runs runs with both commands exiting 0" >> "$out"
