#!/bin/sh
# Regenerates cmd/krait/default.pgo, the CPU profile that `go build` uses
# for profile-guided optimization of Krait (see bench/README.md, "PGO").
#
#   sh bench/pgo/run.sh            # writes cmd/krait/default.pgo
#   sh bench/pgo/run.sh -o FILE    # writes FILE instead
#
# It builds Krait without a profile, runs it with KRAIT_CPUPROFILE on every
# benchmark program at full size, on bench/pgo/imports.py (fresh imports of
# standard-library modules and compiling their sources: start-up paths the
# programs hardly reach) and on a few CPython test files (a broad mix of
# language features), then merges the profiles with `go tool pprof -proto`.
# Takes about a minute of CPU time; every run must succeed.
set -eu
cd "$(dirname "$0")/../.."
out=cmd/krait/default.pgo
if [ "${1:-}" = "-o" ]; then out=$2; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
CGO_ENABLED=0 go build -pgo=off -o "$dir/krait" ./cmd/krait
export PYTHONHASHSEED=0
# Without asyncpreemptoff, a quarter to a half of the samples land in
# runtime.asyncPreempt instead of the code that was running (a profiling
# artifact: CPU time is the same), which would hide the hot call edges.
export GODEBUG=asyncpreemptoff=1
# A private compiled-code cache, written by the first runs, so that imports
# load cached code as they do for users (the shared __pycache__ directories
# hold code for whichever Krait build wrote them last).
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX="$dir/pycache"
run() { # run NAME ARGS...: one profiled Krait run, output discarded
	name=$1; shift
	if ! KRAIT_CPUPROFILE="$dir/$name.pprof" "$dir/krait" "$@" </dev/null >"$dir/$name.log" 2>&1; then
		echo "bench/pgo/run.sh: $name failed:" >&2; tail -5 "$dir/$name.log" >&2; exit 1
	fi
	echo "profiled $name" >&2
}
for p in bench/programs/*.py; do
	run "$(basename "$p" .py)" "$p"
done
run imports bench/pgo/imports.py 5
run unittest -m unittest test.test_grammar test.test_dataclasses test.test_json \
	test.test_string test.test_fstring test.test_typing
go tool pprof -proto "$dir"/*.pprof >"$dir/merged.pgo"
mv "$dir/merged.pgo" "$out"
ls -l "$out" >&2
