#!/bin/sh
# This file records what python3.11 prints for each bad program in this
# folder: stderr in CASE.err (the folder's absolute path removed, so that
# "File" lines read "CASE.py"), the exit status in exit_codes.txt, and the
# recording Python's version in python_version.txt (patch releases differ
# in a few messages and locations).
# Run it deliberately (sh tests/syntax/record.sh) and review the diff.
# It warns about cases that ast.parse accepts: those are compiler errors,
# which `krait -X dump-ast` cannot report.
set -eu
cd "$(dirname "$0")"
dir=$(pwd -P)
py=${PYTHON:-python3.11}
: > exit_codes.txt
for f in *.py; do
	name=${f%.py}
	status=0
	"$py" "$f" > /dev/null 2> "$name.err" || status=$?
	sed -i "s|$dir/||g" "$name.err"
	echo "$name $status" >> exit_codes.txt
	if "$py" -c 'import ast, sys; ast.parse(open(sys.argv[1], "rb").read())' "$f" 2> /dev/null; then
		echo "warning: $f parses: not a front-end error" >&2
	fi
done
"$py" -V > python_version.txt
echo "recorded $(wc -l < exit_codes.txt) cases with $(cat python_version.txt)"
