// This file defines the honesty check of skips: a file passes only if every
// test Krait skips is one CPython skips too on this machine, or one that
// needs what Krait does not aim to provide (the C API, CPython's reference
// counts and debug builds, tests marked CPython-only).

package cpython

import (
	"fmt"
	"strings"
)

// allowedSkips are substrings of skip reasons accepted even where CPython
// runs the test.
var allowedSkips = []string{
	"implementation detail specific to cpython", // @support.cpython_only
	"_testcapi", "_testinternalcapi", "_testbuffer", "_testmultiphase", "xxsubtype", // C API test modules
	"ctypes", "getrefcount", "refcount", "Py_DEBUG", "debug build",
	// test_int times a huge int/str conversion to check that the digit
	// limit fails fast, and skips itself when the conversion is too fast to
	// time (< 1/64 s): Krait's is subquadratic. Nothing is missing.
	`"slow" conversion took only`,
	// @support.impl_detail(msg) marks CPython implementation details as
	// cpython_only does, with its own message.
	"testing an internal kind of method object", "testing error message from implementation",
	"tuple reuse is specific to CPython",
	// test_importlib.extension loads C extension modules (_testmultiphase
	// and friends) through _imp.create_dynamic: the C API again.
	"Requires dynamic loading support",
	// Every Krait module is compiled in: there are no extension files for
	// _imp.extension_suffixes() to name (test_sysconfig), unicodedata has no
	// __file__ (test_inspect: "might [skip] on a repackaged python ... or on
	// pypy"), and zlib is in sys.builtin_module_names (test_zipimport: the
	// problem tested "can't occur in that case"). CPython's distributions
	// build these as shared libraries in lib-dynload.
	"stub loader has no suffixes", "unicodedata is not an external binary module", "zlib is a builtin module",
}

// ExtraSkips returns the reasons of tests Krait skipped and CPython did not,
// leaving out the allowed ones. Tests are matched by id only: reasons may
// name paths that differ between the two (sys.executable's folder).
func ExtraSkips(krait, oracle []Cause) []string {
	cpy := map[string]int{}
	for _, s := range oracle {
		cpy[s.Test]++
	}
	var extra []string
	for _, s := range krait {
		key := s.Test
		if cpy[key] > 0 {
			cpy[key]--
			continue
		}
		if !allowedSkip(s.Cause) {
			extra = append(extra, s.Cause)
		}
	}
	return extra
}

func allowedSkip(reason string) bool {
	for _, a := range allowedSkips {
		if strings.Contains(reason, a) {
			return true
		}
	}
	return false
}

// CheckSkips downgrades a passing result to fail when Krait skipped tests
// that CPython ran (or skipped for another reason), naming the first reason.
func CheckSkips(res *Result, oracle Result) {
	if res.Status != StatusPass {
		return
	}
	extra := ExtraSkips(res.Skips, oracle.Skips)
	if len(extra) == 0 {
		return
	}
	res.Status = StatusFail
	if oracle.Status == StatusTimeout || oracle.Status == StatusCrash {
		// Its skips are unknown, so Krait's cannot be checked.
		res.Note = shorten(fmt.Sprintf("the oracle did not finish (%s: %s); %d skips unchecked", oracle.Status, oracle.Note, len(extra)))
		return
	}
	res.Note = shorten(fmt.Sprintf("%d skipped that CPython runs: %s", len(extra), extra[0]))
}
