#!/usr/bin/env bash
# Measures Decorum on this machine (release build): the stage benchmark, then `decorum scan`
# from a JSONL file to /dev/null with --jobs 1 and 2, its peak memory, and start-up.
#
#     Benchmarks/run.sh [MESSAGES]        (default 20000 messages, ~4 MB)
#
# Every figure is printed next to a baseline measured in the same run, since the machine
# may be shared: the stage benchmark's byte pass and ICU NFKC_Casefold, `wc -l` over the
# same file for the scan, and `decorum --help` for start-up (with the load average).
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-20000}
swift build -c release --product decorum >/dev/null
swift build -c release --product decorum-bench >/dev/null
bin=.build/release
data=$(mktemp /tmp/decorum-bench.XXXXXX.jsonl)
trap 'rm -f "$data"' EXIT

echo "== machine: $(nproc) cores, $(uname -srm), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== stages (one core)"
"$bin/decorum-bench" --messages "$messages"

"$bin/decorum-bench" --messages "$messages" --write-jsonl "$data" >/dev/null
bytes=$(stat -c %s "$data")
seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
echo
echo "== decorum scan, $messages messages, $bytes bytes of JSONL, to /dev/null"
read -r base_s _ < <(seconds wc -l "$data")
for jobs in 1 2; do
    read -r s kb < <(seconds "$bin/decorum" scan --no-summary --jobs "$jobs" "$data")
    python3 -c "import sys; b,s,kb,j,base=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),sys.argv[4],float(sys.argv[5]); print(f'--jobs {j}: {s:.2f} s, {b/1e6/max(s,1e-9):.2f} MB/s, peak RSS {kb/1024:.0f} MB (wc -l over the same file: {base:.2f} s)')" "$bytes" "$s" "$kb" "$jobs" "$base_s"
done
echo
echo "== start-up: decorum check on an empty text (decodes the built-in data) vs decorum --help, best of 5"
# The best wall time of five runs in milliseconds, and the peak RSS in KB.
best_ms() {
    python3 -c 'import resource, subprocess, sys, time
def run():
    start = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000
print(f"{min(run() for _ in range(5)):.0f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")' "$@"
}
read -r help_ms _ < <(best_ms "$bin/decorum" --help)
read -r check_ms check_kb < <(best_ms "$bin/decorum" check "")
echo "check: ${check_ms} ms, peak RSS $((check_kb / 1024)) MB; --help: ${help_ms} ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin/decorum-bench" --startup --rounds 5
