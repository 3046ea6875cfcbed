#!/usr/bin/env bash
# The real site at scale, against Hugo: `portal build` of this repository's input/ and theme/ (every check, the search
# index, the sitemaps, the feed) plus N generated Thai pages under input/bench/, and Hugo on the same generated Markdown
# with a minimal layout. Per size it prints the median wall time of each (runs alternate, each into an empty folder on
# tmpfs), the ratio, Portal's peak memory (the largest of its runs) and the growth exponent of Portal's time from the
# size before (1.00 = linear: log(t2/t1) / log(n2/n1)); and Portal's median CPU time (user + system), the steadier
# figure on a shared machine, with its own growth exponent.
#
#   tests/Portal.Benchmarks/compare-real-site.sh                              # 5000 10000 20000 50000, 3 runs each
#   tests/Portal.Benchmarks/compare-real-site.sh --sizes "2500 5000" --runs 1
#   tests/Portal.Benchmarks/compare-real-site.sh --cli path/to/Portal.Cli     # a published binary, not the Release build
#
# The pages come from gen-corpus.py (beside this script) and the seed report in seeds/: the same bytes on every run.
# Needs dotnet, python3, hugo (apt-get install hugo), GNU time (/usr/bin/time), bc. Run it from anywhere, on an
# otherwise idle machine: it prints the load average at the start of each size.
# Exit codes: 0 measured; 2 bad usage or a missing tool; 3 a step failed.
set -euo pipefail
export LC_ALL=C
sizes="5000 10000 20000 50000"; runs=3; cli=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in dotnet python3 hugo bc; do command -v "$tool" >/dev/null || { echo "'$tool' not found" >&2; exit 2; }; done
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seed=$(ls "$repo"/seeds/*.txt | head -1)
tmp=/dev/shm; [ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/compare-real-site.XXXXXX"); trap 'rm -rf "$work"' EXIT
if [ -z "$cli" ]; then
  dotnet build "$repo/src/Portal.Cli" -c Release -o "$work/cli" -v quiet -nologo >"$work/build.log" 2>&1 || { tail -5 "$work/build.log"; exit 3; }
  cli="dotnet $work/cli/Portal.Cli.dll"
fi
now() { date +%s.%N; }
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
prev_n=""; prev_t=""; prev_c=""
printf '%8s %10s %8s %7s %9s %7s %10s %10s %6s\n' pages portal_s hugo_s ratio peak_MiB growth portal_cpu cpu_growth load
for n in $sizes; do
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  in=$work/in-$n; h=$work/hugo-$n
  rm -rf "$in" "$h"; cp -r "$repo/input" "$in"
  python3 "$here/gen-corpus.py" "$seed" "$in/bench" "$n" --prefix bench >/dev/null
  rm -f "$in/bench/_index.md"
  mkdir -p "$h/layouts/_default" "$h/content" && cp -r "$in/bench" "$h/content/bench"
  printf 'baseURL = "https://www.example.go.th/"\nlanguageCode = "th"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n' >"$h/config.toml"
  printf '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n' >"$h/layouts/_default/baseof.html"
  printf '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>{{ .Content }}{{ end }}\n' >"$h/layouts/_default/single.html"
  printf '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n' >"$h/layouts/_default/list.html"
  pt=(); ht=(); pc=(); peak=0
  for _ in $(seq "$runs"); do
    rm -rf "$work/out-p" "$work/out-h"
    s=$(now); (cd "$h" && hugo --quiet -d "$work/out-h" >/dev/null 2>&1) || { echo "hugo failed at $n pages" >&2; exit 3; }
    ht+=("$(echo "$(now) - $s" | bc)")
    s=$(now); /usr/bin/time -f "%M %U %S" -o "$work/mem" $cli build --input "$in" --theme "$repo/theme" --output "$work/out-p" >"$work/log" 2>&1 \
      || { grep -m5 -i error "$work/log" >&2; echo "portal failed at $n pages" >&2; exit 3; }
    pt+=("$(echo "$(now) - $s" | bc)")
    read -r m user system <"$work/mem"; [ "$m" -gt "$peak" ] && peak=$m
    pc+=("$(echo "$user + $system" | bc)")
  done
  p=$(med "${pt[@]}"); hh=$(med "${ht[@]}"); c=$(med "${pc[@]}")
  growth="-"; cpu_growth="-"
  exponent() { python3 -c "import math;print(f'{math.log($1/$2)/math.log($n/$prev_n):.2f}')"; }
  [ -n "$prev_n" ] && growth=$(exponent "$p" "$prev_t") && cpu_growth=$(exponent "$c" "$prev_c")
  printf '%8s %10.2f %8.2f %7.2f %9d %7s %10.2f %10s %6s\n' "$n" "$p" "$hh" "$(echo "scale=3; $p/$hh" | bc)" "$((peak / 1024))" "$growth" "$c" "$cpu_growth" "$load"
  prev_n=$n; prev_t=$p; prev_c=$c
  rm -rf "$in" "$h" "$work/out-p" "$work/out-h"
done
