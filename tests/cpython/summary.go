// This file defines the summary of a run: totals and failure causes grouped
// by exception message, as reported in docs/compatibility.md.

package cpython

import (
	"fmt"
	"io"
	"regexp"
	"sort"
)

// CoreFiles are the language-core test files issue 7 wants passing first.
var CoreFiles = []string{
	"test_grammar", "test_int", "test_long", "test_float", "test_bool", "test_complex",
	"test_string", "test_unicode", "test_bytes", "test_list", "test_tuple", "test_dict",
	"test_set", "test_range", "test_slice", "test_class", "test_descr", "test_exceptions",
	"test_scope", "test_generators", "test_with", "test_augassign", "test_unpack",
	"test_string_literals", "test_fstring", "test_patma", "test_contextlib",
	"test_keywordonlyarg", "test_positional_only_arg", "test_format", "test_types",
	"test_builtin",
}

// Group is one failure cause and how often it occurs.
type Group struct {
	Cause string
	Tests int // failing tests with this cause
	Files int // files in which it occurs (including files it stops loading)
}

var (
	reAddr   = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	reNumber = regexp.MustCompile(`\b\d+\b`)
)

// normalizeCause makes similar messages group together: addresses and
// numbers are replaced.
func normalizeCause(c string) string {
	c = reAddr.ReplaceAllString(c, "0x…")
	if len(c) > 120 {
		c = c[:117] + "..."
	}
	return reNumber.ReplaceAllString(c, "N")
}

// GroupCauses groups the causes of failing tests and of files that did not
// load, most frequent first (by files, then by tests).
func GroupCauses(results map[string]Result) []Group {
	byCause := map[string]*Group{}
	seen := map[[2]string]bool{}
	add := func(file, cause string, tests int) {
		cause = normalizeCause(cause)
		g := byCause[cause]
		if g == nil {
			g = &Group{Cause: cause}
			byCause[cause] = g
		}
		g.Tests += tests
		if !seen[[2]string{file, cause}] {
			seen[[2]string{file, cause}] = true
			g.Files++
		}
	}
	for name, r := range results {
		switch r.Status {
		case StatusError, StatusCrash, StatusTimeout:
			add(name, r.Status+": "+r.Note, 0)
		}
		for _, c := range r.Causes {
			add(name, c.Cause, 1)
		}
	}
	groups := make([]Group, 0, len(byCause))
	for _, g := range byCause {
		groups = append(groups, *g)
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].Files != groups[j].Files {
			return groups[i].Files > groups[j].Files
		}
		if groups[i].Tests != groups[j].Tests {
			return groups[i].Tests > groups[j].Tests
		}
		return groups[i].Cause < groups[j].Cause
	})
	return groups
}

// WriteSummary prints totals by status, tests passing out of run, the core
// files' statuses and the top failure causes.
func WriteSummary(w io.Writer, results map[string]Result, top int) {
	byStatus := map[string]int{}
	run, passed, skipped := 0, 0, 0
	for _, r := range results {
		byStatus[r.Status]++
		run += r.Run
		passed += r.Passed()
		skipped += r.Skipped
	}
	passFiles := 0
	for _, r := range results {
		if r.Status == StatusPass && r.Passed() > 0 {
			passFiles++
		}
	}
	fmt.Fprintf(w, "files: %d", len(results))
	for _, s := range []string{StatusPass, StatusFail, StatusError, StatusSkip, StatusCrash, StatusTimeout} {
		fmt.Fprintf(w, ", %s %d", s, byStatus[s])
	}
	fmt.Fprintf(w, " (%d passing files with at least one test passed)\n", passFiles)
	fmt.Fprintf(w, "tests: %d run in files that loaded, %d passed, %d skipped, %d failed or errored\n", run, passed, skipped, run-passed-skipped)
	fmt.Fprintf(w, "core files:")
	for _, n := range CoreFiles {
		if r, ok := results[n]; ok {
			fmt.Fprintf(w, " %s=%s", n, r.Status)
		}
	}
	fmt.Fprintf(w, "\ntop causes (files, tests):\n")
	for i, g := range GroupCauses(results) {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%4d %5d  %s\n", g.Files, g.Tests, g.Cause)
	}
}
