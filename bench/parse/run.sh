#!/bin/sh
# This file builds and runs the parser benchmark (see bench/README.md).
# Arguments are passed on, e.g. sh bench/parse/run.sh -rounds 5.
set -eu
cd "$(dirname "$0")/../.."
bin=$(mktemp -d)/parsebench
go build -o "$bin" ./bench/parse
GOMAXPROCS=${GOMAXPROCS:-1} "$bin" "$@"
