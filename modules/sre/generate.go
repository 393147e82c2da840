// This file defines the go:generate steps that rebuild the tables and test
// data from python3.11 (run `go generate` in modules/sre).

package sre

//go:generate python3.11 gen/gen_constants.py
//go:generate python3.11 gen/gen_unicode.py
//go:generate python3.11 gen/gen_testdata.py
//go:generate python3.11 gen/gen_testdata.py --random 400 1 testdata/random.json.gz
//go:generate python3.11 gen/gen_bench.py
