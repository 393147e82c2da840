// This file defines the list of benchmarks: every bench/programs/*.py file,
// plus the start-up commands, which are too short to time one by one and
// so are repeated within each sample.
package main

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// benchmark is one program or command run under both interpreters.
type benchmark struct {
	name   string
	args   []string // interpreter arguments (a script path, or -c CODE)
	script bool     // args[0] is a script that takes the size argument
	repeat int      // runs per timed sample; the sample's time is divided by it
}

// startupRepeat is how many processes make one start-up sample: one start
// takes about 10 ms, too close to the timer and scheduler noise.
const startupRepeat = 10

// startupBenches are timed as whole processes, not as scripts.
var startupBenches = []benchmark{
	{name: "startup_pass", args: []string{"-c", "pass"}, repeat: startupRepeat},
	{name: "startup_imports", args: []string{"-c", "import json, re, collections, typing"}, repeat: startupRepeat},
}

// discover lists the benchmarks in name order, start-up ones last.
func discover(root string) ([]benchmark, error) {
	files, err := filepath.Glob(filepath.Join(root, "bench", "programs", "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []benchmark
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		out = append(out, benchmark{name: name, args: []string{f}, script: true, repeat: 1})
	}
	return append(out, startupBenches...), nil
}

// selectBenches keeps the benchmarks whose name matches re.
func selectBenches(all []benchmark, re *regexp.Regexp) []benchmark {
	var out []benchmark
	for _, b := range all {
		if re.MatchString(b.name) {
			out = append(out, b)
		}
	}
	return out
}

// argv returns the interpreter arguments for b, with the size argument
// for scripts when one was asked for.
func (b benchmark) argv(size string) []string {
	args := append([]string(nil), b.args...)
	if b.script && size != "" {
		args = append(args, size)
	}
	return args
}
