#!/bin/sh
# Prints, per benchmark, the best Go time, the best python3.11 time and
# their ratio (Go/CPython), interleaving the runs to share machine noise.
# Run from modules/sre.
set -e
out=$(mktemp)
for i in 1 2 3; do
	go test -run XXX -bench Engine -count 2 . | grep '^BenchmarkEngine' |
		sed 's/BenchmarkEngine\//go /; s/-[0-9]* / /' | awk '{print $1, $2, $4}' >>"$out"
	python3.11 gen/gen_bench.py --time | sed 's/^Benchmark/py /' | awk '{print $1, $2, $3}' >>"$out"
done
awk '{ if (!($1 SUBSEP $2 in best) || $3 < best[$1, $2]) best[$1, $2] = $3; names[$2] = 1 }
END { for (n in names) printf "%-15s go %9.0f ns  py %9.0f ns  ratio %.2f\n", n, best["go", n], best["py", n], best["go", n] / best["py", n] }' "$out" | sort
rm -f "$out"
