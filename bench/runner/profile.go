// This file defines -profile: one more Krait run per program with
// KRAIT_CPUPROFILE naming a file, in which Krait writes a pprof CPU
// profile, and a summary of its top functions by `go tool pprof -top`.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// profileTop is how many functions the summary keeps.
const profileTop = 12

// summarizeProfiles fills in the profile of every benchmark that Krait
// ran correctly. Profiling is kept out of the timed runs so that its cost
// does not count.
func summarizeProfiles(results []result, krait string, opts *options) {
	dir := opts.profDir
	if dir == "" {
		d, err := os.MkdirTemp("", "krait-profiles")
		if err != nil {
			fmt.Fprintln(os.Stderr, "runner:", err)
			return
		}
		dir = d
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "runner:", err)
		return
	}
	for i := range results {
		r := &results[i]
		if r.krait.status != "ok" || r.cpython.status != "ok" {
			continue
		}
		file := filepath.Join(dir, r.bench.name+".pprof")
		// asyncpreemptoff: otherwise a quarter to a half of the samples
		// land in runtime.asyncPreempt instead of the code that was
		// running (a profiling artifact; the CPU time is the same).
		env := []string{"KRAIT_CPUPROFILE=" + file, "GODEBUG=asyncpreemptoff=1"}
		s := runOnce(krait, r.bench.argv(opts.size), opts.timeout, env)
		if s.err != nil {
			fmt.Fprintf(os.Stderr, "runner: profiling %s: %s\n", r.bench.name, failure(s))
			continue
		}
		if _, err := os.Stat(file); err != nil {
			fmt.Fprintf(os.Stderr, "runner: %s wrote no profile (does Krait support KRAIT_CPUPROFILE yet?)\n", r.bench.name)
			continue
		}
		r.profile = file
		r.top = pprofTop(krait, file)
	}
}

// pprofTop returns the table lines of `go tool pprof -top`, header
// included, without the preamble.
func pprofTop(bin, file string) []string {
	out, err := exec.Command("go", "tool", "pprof", "-top", fmt.Sprintf("-nodecount=%d", profileTop), bin, file).Output()
	if err != nil {
		return []string{"go tool pprof failed: " + err.Error()}
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	for i, l := range lines {
		if strings.Contains(l, "flat%") {
			return lines[i:]
		}
	}
	return lines
}

// mergeProfiles writes the merged CPU profiles of all programs to file, in
// the form `go build -pgo` reads.
func mergeProfiles(results []result, file string) error {
	args := []string{"tool", "pprof", "-proto"}
	for _, r := range results {
		if r.profile != "" {
			args = append(args, r.profile)
		}
	}
	if len(args) == 3 {
		return errors.New("-pgo: no profiles to merge")
	}
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		return fmt.Errorf("-pgo: go tool pprof: %v", err)
	}
	return os.WriteFile(file, out, 0o644)
}
