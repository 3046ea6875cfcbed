#!/usr/bin/env bash
# Whole-build timing: Portal vs Hugo (Debian package `hugo`) on the same generated corpus of Thai
# Markdown pages, side by side on this machine.
#
#   tests/Portal.Benchmarks/compare-hugo.sh [--pages 10000] [--runs 5] [--work DIR]
#                                           [--hugo-only | --portal-only] [--assert]
#
# Steps: generate the corpus (deterministic), publish Portal.Cli once in Release, check each tool
# builds the corpus and measure its peak RSS with `/usr/bin/time -v`, then time both with hyperfine
# (1 warm-up, N runs, output folder removed before every run). Prints a summary table.
#
# Targets (the issue): Portal's median wall time <= Hugo's, and Portal's peak RSS < 1 GiB.
# With --assert the script exits 1 when a target is missed (for CI); otherwise it only reports.
#
# Exit codes: 0 measured (and, with --assert, targets met); 1 a target missed (--assert);
#             2 bad usage or a missing tool; 3 a step failed (generate, publish, a build).
set -euo pipefail
export LC_ALL=C   # "." decimals in printf/awk, plain sort order

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/../.." && pwd)"

PAGES=10000
RUNS=5
WORK="$SCRIPT_DIR/corpus"          # git-ignored
RUN_PORTAL=1
RUN_HUGO=1
ASSERT=0
RSS_LIMIT_MIB=1024

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "compare-hugo: $*" >&2; exit 2; }
fail() { echo "compare-hugo: FAILED: $*" >&2; exit 3; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --pages) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--pages needs a positive number"; PAGES="$2"; shift 2 ;;
    --runs)  [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number"; RUNS="$2"; shift 2 ;;
    --work)  [[ $# -ge 2 ]] || die "--work needs a folder"; WORK="$2"; shift 2 ;;
    --hugo-only) RUN_PORTAL=0; shift ;;
    --portal-only) RUN_HUGO=0; shift ;;
    --assert) ASSERT=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ $RUN_PORTAL -eq 1 || $RUN_HUGO -eq 1 ]] || die "--hugo-only and --portal-only exclude each other"
if [[ $RUNS -lt 5 ]]; then
  echo "compare-hugo: warning: --runs $RUNS is below the 5 runs the comparison calls for" >&2
fi

# ------------------------------------------------------------------ tools
need() { # need <command> <debian package / hint>
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found. Install it: $2"
}
need dotnet "the .NET 10 SDK"
need hyperfine "apt-get install -y hyperfine"
[[ $RUN_HUGO -eq 1 ]] && need hugo "apt-get install -y hugo"
# GNU time (not the shell keyword) for -v / "Maximum resident set size".
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found. Install it: apt-get install -y time"
/usr/bin/time -v true >/dev/null 2>&1 || die "/usr/bin/time does not support -v (need GNU time: apt-get install -y time)"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
BIN="$WORK/portal-bin"
OUT_PORTAL="$WORK/out-portal"
OUT_HUGO="$WORK/out-hugo"
RESULTS="$WORK/results"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/^MemTotal:/{printf "%.0f", $2/1048576}' /proc/meminfo) GiB RAM"
echo "== dotnet $(dotnet --version)"
warn_if_busy() { # timings are only comparable on an otherwise idle machine
  local load cores
  load="$(cut -d' ' -f1 /proc/loadavg)"; cores="$(nproc)"
  if awk -v l="$load" -v c="$cores" 'BEGIN{exit !(l > c / 2)}'; then
    echo "compare-hugo: warning: load average $load on $cores cores $1: other work is competing; timings will be noisy" >&2
  fi
}
warn_if_busy "before the run"
[[ $RUN_HUGO -eq 1 ]] && echo "== $(hugo version)"
echo "== $(hyperfine --version)"

# ------------------------------------------------------------------ corpus
echo "== generating $PAGES pages into $WORK"
dotnet run -c Release --project "$REPO/tests/Portal.Benchmarks" -- generate "$WORK" --pages "$PAGES" \
  || fail "corpus generation (tests/Portal.Benchmarks, or src/Portal which it references, did not build or run)"
EXPECTED_HTML="$(sed -n 's/^expected_html=//p' "$WORK/.portal-benchmark-corpus")"

# ------------------------------------------------------------------ Portal binary
PORTAL_CMD=""
if [[ $RUN_PORTAL -eq 1 ]]; then
  echo "== publishing Portal.Cli (Release) to $BIN"
  rm -rf "$BIN"
  dotnet publish "$REPO/src/Portal.Cli" -c Release -o "$BIN" --nologo -v quiet \
    || fail "dotnet publish src/Portal.Cli"
  PORTAL_EXE="$BIN/Portal.Cli"
  [[ -x "$PORTAL_EXE" ]] || die "published, but $PORTAL_EXE is missing (did the assembly name change?)"
  PORTAL_CMD="$PORTAL_EXE build --input $WORK/input --theme $WORK/theme --output $OUT_PORTAL"
fi
HUGO_CMD="hugo --quiet -s $WORK/hugo -d $OUT_HUGO"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# ------------------------------------------------------------------ one checked run each, with peak RSS
declare -A RSS_MIB HTML_COUNT MEDIAN CPU MIN
measure_rss() { # measure_rss <name> <outdir> <command...>
  local name="$1" out="$2"; shift 2
  rm -rf "$out"; sync
  echo "== $name: one run under /usr/bin/time -v"
  if ! /usr/bin/time -v -o "$RESULTS/$name.time.txt" "$@" >"$RESULTS/$name.stdout.txt" 2>"$RESULTS/$name.stderr.txt"; then
    tail -n 30 "$RESULTS/$name.stdout.txt" "$RESULTS/$name.stderr.txt" >&2 || true
    fail "$name did not build the corpus: $*"
  fi
  local kb
  kb="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$RESULTS/$name.time.txt")"
  [[ -n "$kb" ]] || die "no 'Maximum resident set size' in $RESULTS/$name.time.txt"
  RSS_MIB[$name]="$(awk -v kb="$kb" 'BEGIN{printf "%.0f", kb/1024}')"
  HTML_COUNT[$name]="$(find "$out" -type f -name '*.html' | wc -l)"
  grep -E 'Maximum resident set size|Elapsed \(wall clock\)' "$RESULTS/$name.time.txt" | sed 's/^[[:space:]]*/   /'
  echo "   HTML files written: ${HTML_COUNT[$name]} (expected $EXPECTED_HTML)"
}
# The commands are split into words unquoted below and given to hyperfine as strings: no spaces.
[[ "$WORK" != *" "* ]] || die "the work folder path must not contain spaces: $WORK"
# shellcheck disable=SC2086
[[ $RUN_PORTAL -eq 1 ]] && measure_rss portal "$OUT_PORTAL" $PORTAL_CMD
# shellcheck disable=SC2086
[[ $RUN_HUGO -eq 1 ]] && measure_rss hugo "$OUT_HUGO" $HUGO_CMD

# ------------------------------------------------------------------ timing
HF_ARGS=(--warmup 1 --runs "$RUNS" --style basic
         --prepare "rm -rf $OUT_PORTAL $OUT_HUGO && sync"
         --export-json "$RESULTS/hyperfine.json" --export-csv "$RESULTS/hyperfine.csv"
         --export-markdown "$RESULTS/hyperfine.md")
[[ $RUN_PORTAL -eq 1 ]] && HF_ARGS+=(--command-name portal "$PORTAL_CMD")
[[ $RUN_HUGO -eq 1 ]] && HF_ARGS+=(--command-name hugo "$HUGO_CMD")
echo "== hyperfine: warm-up 1, $RUNS runs each, output folders removed before every run"
hyperfine "${HF_ARGS[@]}" || fail "hyperfine (a build failed during timing)"

# CSV: command,mean,stddev,median,user,system,min,max (seconds)
while IFS=, read -r name _mean _sd median user system min _max; do
  [[ "$name" == "command" ]] && continue
  MEDIAN[$name]="$median"
  MIN[$name]="$min"
  CPU[$name]="$(awk -v u="$user" -v s="$system" 'BEGIN{printf "%.1f", u + s}')"
done <"$RESULTS/hyperfine.csv"

# ------------------------------------------------------------------ summary
{
  echo
  echo "Summary ($PAGES pages + section indexes + home + 404 = $EXPECTED_HTML HTML pages expected; $RUNS runs)"
  printf '%-8s %14s %12s %14s %12s %18s\n' tool "median wall s" "min wall s" "peak RSS MiB" "HTML files" "mean CPU s (u+s)"
  for name in portal hugo; do
    [[ -n "${MEDIAN[$name]:-}" ]] || continue
    printf '%-8s %14.3f %12.3f %14s %12s %18s\n' "$name" "${MEDIAN[$name]}" "${MIN[$name]}" "${RSS_MIB[$name]}" "${HTML_COUNT[$name]}" "${CPU[$name]}"
  done
} | tee "$RESULTS/summary.txt"

STATUS=0
if [[ $RUN_PORTAL -eq 1 ]]; then
  VERDICT=""
  if [[ $RUN_HUGO -eq 1 ]]; then
    MEDIAN[portal]="$(printf '%.3f' "${MEDIAN[portal]}")"
    MEDIAN[hugo]="$(printf '%.3f' "${MEDIAN[hugo]}")"
    if awk -v p="${MEDIAN[portal]}" -v h="${MEDIAN[hugo]}" 'BEGIN{exit !(p <= h)}'; then
      VERDICT+="target wall time: PASS (portal ${MEDIAN[portal]} s <= hugo ${MEDIAN[hugo]} s)"$'\n'
    else
      VERDICT+="target wall time: FAIL (portal ${MEDIAN[portal]} s > hugo ${MEDIAN[hugo]} s)"$'\n'; STATUS=1
    fi
  fi
  if [[ "${RSS_MIB[portal]}" -lt $RSS_LIMIT_MIB ]]; then
    VERDICT+="target peak RSS:  PASS (portal ${RSS_MIB[portal]} MiB < $RSS_LIMIT_MIB MiB)"$'\n'
  else
    VERDICT+="target peak RSS:  FAIL (portal ${RSS_MIB[portal]} MiB >= $RSS_LIMIT_MIB MiB)"$'\n'; STATUS=1
  fi
  printf '%s' "$VERDICT" | tee -a "$RESULTS/summary.txt"
fi
echo "results: $RESULTS (summary.txt, hyperfine.{json,csv,md}, <tool>.time.txt)"

if [[ $ASSERT -eq 1 && $STATUS -ne 0 ]]; then
  exit 1
fi
exit 0
