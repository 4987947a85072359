#!/usr/bin/env bash
# The example runner's default year as a whole process: `./enforcement simulate --out DIR` timed by GNU time,
# JVM start included. Runs it once untimed (the launcher builds the runner jar when a source changed), then RUNS
# timed runs (default 3), and prints each run's wall time and maximum resident set size, their medians, and the
# machine (cores, load average before each run, Java version).
#
#   benchmarks/runner-year.sh            # from anywhere in the repository
#   RUNS=5 OUT=/tmp/sim-bench benchmarks/runner-year.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
out="${OUT:-/tmp/sim-bench}"
[[ -x /usr/bin/time ]] || { echo "runner-year: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }

echo "cores: $(nproc); $(java -version 2>&1 | head -1)"
echo "untimed first run (builds the runner if a source changed)..."
(cd "$root" && ./enforcement simulate --out "$out" >/dev/null 2>&1)

walls=()
rss=()
for ((i = 1; i <= runs; i++)); do
  load="$(cut -d ' ' -f 1-3 /proc/loadavg)"
  log="$(mktemp)"
  (cd "$root" && /usr/bin/time -v ./enforcement simulate --out "$out" >/dev/null 2>"$log")
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.41" -> seconds
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$log")"
  kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
  rm -f "$log"
  walls+=("$wall")
  rss+=("$kb")
  printf 'run %d: wall %.2f s, max RSS %d MB (load average before: %s)\n' "$i" "$wall" "$((kb / 1024))" "$load"
done

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
printf 'median of %d: wall %.2f s, max RSS %d MB\n' "$runs" "$(median "${walls[@]}")" "$(($(median "${rss[@]}") / 1024))"
