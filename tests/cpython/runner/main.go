// This file defines the full-run command for CPython's test suite under
// Krait: it runs every test file (or the named ones) with a time limit and -j
// parallelism, then rewrites tests/cpython/status.tsv and failures.tsv and
// prints a summary. Run it from the repository root:
//
//	go run ./tests/cpython/runner [-j 2] [-timeout 30s] [-krait BIN] [test_xxx ...]
//
// Files that run long on CPython too get a longer limit (limits.go).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	"krait/tests/cpython"
)

func main() {
	jobs := flag.Int("j", 2, "files run in parallel")
	timeout := flag.Duration("timeout", 30*time.Second, "time limit per file")
	krait := flag.String("krait", "", "krait binary (default: build ./cmd/krait)")
	suite := flag.String("suite", cpython.DefaultSuiteDir, "CPython's Lib/test directory")
	status := flag.String("status", "tests/cpython/status.tsv", "status file to update")
	failures := flag.String("failures", "tests/cpython/failures.tsv", "failing tests' causes file to update")
	logs := flag.String("logs", "", "keep each file's output in this directory")
	oracle := flag.String("oracle", "", "CPython binary (python3.11): files passing on Krait are run on it too, and fail if Krait skipped tests it ran")
	top := flag.Int("top", 25, "failure causes to print")
	summary := flag.Bool("summary", false, "only recount and summarize the existing status and failures files")
	flag.Parse()
	if *summary {
		if err := resummarize(*status, *failures, *top); err != nil {
			fmt.Fprintln(os.Stderr, "cpython runner:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*jobs, *timeout, *krait, *oracle, *suite, *status, *failures, *logs, *top, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "cpython runner:", err)
		os.Exit(1)
	}
}

func run(jobs int, timeout time.Duration, krait, oracle, suite, status, failures, logs string, top int, names []string) error {
	if _, err := os.Stat(filepath.Join(suite, "__init__.py")); err != nil {
		return fmt.Errorf("no test suite at %s (apt-get install libpython3.11-testsuite)", suite)
	}
	if krait == "" {
		dir, err := os.MkdirTemp("", "krait-cpython-bin-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		krait = filepath.Join(dir, "krait")
		build := exec.Command("go", "build", "-o", krait, "./cmd/krait")
		build.Env = append(os.Environ(), "CGO_ENABLED=0") // static, as README builds it
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	driver, err := filepath.Abs("tests/cpython/driver.py")
	if err != nil {
		return err
	}
	if logs != "" {
		os.MkdirAll(logs, 0o755)
	}
	all, err := cpython.ListTests(suite)
	if err != nil {
		return err
	}
	results := map[string]cpython.Result{}
	if len(names) > 0 {
		// A partial run updates only the named files' lines.
		if old, err := cpython.ReadStatus(status); err == nil {
			results = old
			cpython.ReadFailures(failures, results)
		}
	} else {
		names = coreFirst(all)
	}
	names = longFirst(names, timeout)
	r := &cpython.Runner{Krait: krait, Driver: driver, Timeout: timeout, LogDir: logs}
	var oracleRunner *cpython.Runner
	if oracle != "" {
		path, err := exec.LookPath(oracle)
		if err != nil {
			return err
		}
		testDir, err := filepath.Abs(suite)
		if err != nil {
			return err
		}
		oracleRunner = &cpython.Runner{Krait: path, Driver: driver, Timeout: 4 * timeout, TestDir: testDir}
	}
	out := make(chan cpython.Result)
	work := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range work {
				fr := *r
				fr.Timeout = limitFor(n, timeout)
				res := fr.Run(context.Background(), n)
				if oracleRunner != nil && res.Status == cpython.StatusPass {
					fo := *oracleRunner
					fo.Timeout = 4 * fr.Timeout
					cpython.CheckSkips(&res, fo.Run(context.Background(), n))
				}
				out <- res
			}
		}()
	}
	go func() {
		for _, n := range names {
			work <- n
		}
		close(work)
		wg.Wait()
		close(out)
	}()
	done := 0
	for res := range out {
		done++
		results[res.Name] = res
		fmt.Printf("[%d/%d] %-32s %-7s run=%d fail=%d err=%d skip=%d %.1fs %s\n", done, len(names), res.Name,
			res.Status, res.Run, res.Failures, res.Errors, res.Skipped, res.Elapsed.Seconds(), res.Note)
		// Save as we go so that an interrupted full run keeps what it measured.
		if done%10 == 0 {
			cpython.WriteStatus(status, results)
		}
	}
	if err := cpython.WriteStatus(status, results); err != nil {
		return err
	}
	if err := cpython.WriteFailures(failures, results); err != nil {
		return err
	}
	cpython.WriteSummary(os.Stdout, results, top)
	return nil
}

// coreFirst orders the language-core files first, then the rest.
func coreFirst(all []string) []string {
	have := map[string]bool{}
	for _, n := range all {
		have[n] = true
	}
	var out []string
	for _, n := range cpython.CoreFiles {
		if have[n] {
			out = append(out, n)
			delete(have, n)
		}
	}
	for _, n := range all {
		if have[n] {
			out = append(out, n)
		}
	}
	return out
}

// resummarize recounts failing files from the failures file (as numbers of
// tests), rewrites the status file and prints the summary.
func resummarize(status, failures string, top int) error {
	results, err := cpython.ReadStatus(status)
	if err != nil {
		return err
	}
	if err := cpython.ReadFailures(failures, results); err != nil {
		return err
	}
	for name, r := range results {
		if r.Status == cpython.StatusFail {
			cpython.Recount(&r)
			results[name] = r
		}
	}
	if err := cpython.WriteStatus(status, results); err != nil {
		return err
	}
	cpython.WriteSummary(os.Stdout, results, top)
	return nil
}
