// This file defines how one file of CPython's test suite (Lib/test, from
// Debian's libpython3.11-testsuite) is run under Krait and summarized: one
// krait process per test module, running driver.py with a time limit, whose
// result file says how the module loaded and how its tests ended.

// Package cpython runs CPython's own regression tests under Krait and keeps
// their per-file status in status.tsv.
package cpython

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// DefaultSuiteDir is where Debian installs CPython 3.11's test package.
const DefaultSuiteDir = "/usr/lib/python3.11/test"

// Statuses of a test file.
const (
	StatusPass    = "pass"    // loaded, every test passed or was skipped
	StatusFail    = "fail"    // loaded, some test failed or errored
	StatusError   = "error"   // the module failed to import or its tests failed to load
	StatusSkip    = "skip"    // the module raised unittest.SkipTest while loading
	StatusCrash   = "crash"   // the process ended without a result: Go panic, signal, exit
	StatusTimeout = "timeout" // the time limit was reached
)

// Cause is one failing test and the first line of its exception.
type Cause struct {
	Kind  string // F failure, E error, U unexpected success
	Test  string
	Cause string
}

// Result is the outcome of one test file.
type Result struct {
	Name                           string
	Status                         string
	Run, Failures, Errors, Skipped int
	Note                           string
	Causes                         []Cause
	Skips                          []Cause // Test and Cause (the reason) of each skipped test
	Elapsed                        time.Duration
}

// ListTests returns the names of the test modules and packages in dir
// (test_*.py files and test_* directories with an __init__.py), sorted.
func ListTests(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, "test_") {
			continue
		}
		if e.IsDir() {
			if _, err := os.Stat(filepath.Join(dir, n, "__init__.py")); err == nil {
				names = append(names, n)
			}
		} else if strings.HasSuffix(n, ".py") {
			names = append(names, strings.TrimSuffix(n, ".py"))
		}
	}
	sort.Strings(names)
	return names, nil
}

// Runner runs test files under one krait binary.
type Runner struct {
	Krait   string        // path of the krait binary
	Driver  string        // path of driver.py
	Timeout time.Duration // per file
	LogDir  string        // if set, each file's stdout+stderr is kept there as NAME.log
	// TestDir, if set, is imported as the package `test` (driver.py's
	// KRAIT_TEST_SUITE): the oracle's own Lib/test may be another 3.11.x
	// release whose tests skip differently (test_fileio's testBytesOpen).
	TestDir string
}

// Run runs test module name (e.g. "test_grammar") and summarizes it.
func (r *Runner) Run(ctx context.Context, name string) Result {
	start := time.Now()
	res := Result{Name: name}
	work, err := os.MkdirTemp("", "krait-cpython-"+name+"-")
	if err != nil {
		res.Status, res.Note = StatusCrash, err.Error()
		return res
	}
	defer os.RemoveAll(work)
	resultFile := filepath.Join(work, "result.tsv")
	cwd := filepath.Join(work, "cwd")
	os.Mkdir(cwd, 0o755)

	ctx, cancel := context.WithTimeout(ctx, r.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, r.Krait, r.Driver, "test."+name, resultFile)
	cmd.Dir = cwd
	cmd.Env = []string{
		// No PYTHONDONTWRITEBYTECODE: test_compileall checks that caches
		// are written, as CPython's regrtest leaves them on.
		"PATH=/usr/bin:/bin", "LC_ALL=C.UTF-8", "PYTHONHASHSEED=0",
		"HOME=" + cwd, "TMPDIR=" + work,
	}
	if r.TestDir != "" {
		cmd.Env = append(cmd.Env, "KRAIT_TEST_SUITE="+r.TestDir)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// Kill the whole process group: tests start subprocesses.
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	out, runErr := cmd.CombinedOutput()
	res.Elapsed = time.Since(start)
	if r.LogDir != "" {
		os.WriteFile(filepath.Join(r.LogDir, name+".log"), out, 0o644)
	}
	timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
	done := parseResultFile(resultFile, &res)
	switch {
	case done:
	case timedOut:
		res.Status, res.Note = StatusTimeout, fmt.Sprintf("no result after %v", r.Timeout)
	default:
		res.Status, res.Note = StatusCrash, crashNote(out, runErr)
	}
	if timedOut && res.Status != StatusTimeout && !done {
		res.Status = StatusTimeout
	}
	if res.Status == StatusFail && res.Note == "" {
		res.Note = topCause(res.Causes)
	}
	return res
}

// parseResultFile reads driver.py's result file into res and reports
// whether the driver finished (a load error, a module skip, a run error or
// the final counts line).
func parseResultFile(path string, res *Result) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	done := false
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		switch fields[0] {
		case "load":
			if len(fields) >= 3 && fields[1] == "error" {
				res.Status, res.Note, done = StatusError, fields[2], true
			} else if len(fields) >= 2 && fields[1] == "skip" {
				res.Status, done = StatusSkip, true
				if len(fields) >= 3 {
					res.Note = fields[2]
				}
			}
		case "runerror":
			res.Status, done = StatusError, true
			if len(fields) >= 2 {
				res.Note = "unittest run: " + fields[1]
			}
		case "fail":
			if len(fields) >= 4 {
				res.Causes = append(res.Causes, Cause{Kind: fields[1], Test: fields[2], Cause: fields[3]})
			}
		case "skip":
			if len(fields) >= 3 {
				res.Skips = append(res.Skips, Cause{Kind: "S", Test: fields[1], Cause: fields[2]})
			}
		case "counts":
			if len(fields) >= 7 {
				n := make([]int, 6)
				for i := range n {
					n[i], _ = strconv.Atoi(fields[i+1])
				}
				res.Run, res.Skipped = n[0], n[3]
				res.Status, done = StatusPass, true
				if n[1]+n[2]+n[5] > 0 {
					res.Status = StatusFail
				}
			}
		}
	}
	if done && res.Status == StatusFail {
		Recount(res)
	}
	return done
}

// Recount sets res.Failures and res.Errors from res.Causes as numbers of
// tests: unittest lists each failing subtest separately, so its counts can
// exceed the tests run. A test with an error counts as an error only;
// unexpected successes count as failures; class and module fixtures that
// failed (setUpClass, setUpModule) count as errors.
func Recount(res *Result) {
	kinds := map[string]string{}
	for _, c := range res.Causes {
		id := baseTestID(c.Test)
		if kinds[id] != "E" {
			kinds[id] = c.Kind
		}
	}
	res.Failures, res.Errors = 0, 0
	for _, k := range kinds {
		if k == "E" {
			res.Errors++
		} else {
			res.Failures++
		}
	}
}

// baseTestID strips a subtest's description ("test.m.C.test_x (i=1)") from
// its id; fixture errors ("setUpClass (test.m.C)") keep theirs.
func baseTestID(id string) string {
	if i := strings.IndexByte(id, ' '); i > 0 && strings.HasPrefix(id, "test") && strings.Contains(id[:i], ".") {
		return id[:i]
	}
	return id
}

// Passed returns the tests that ran and passed (not skipped).
func (r *Result) Passed() int {
	return max(0, r.Run-r.Failures-r.Errors-r.Skipped)
}

// crashNote names why a process ended without a result: the Go panic or
// fatal error line, the signal, or the last line of its output.
func crashNote(out []byte, runErr error) string {
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			return shorten(l)
		}
	}
	var ee *exec.ExitError
	if errors.As(runErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return "killed by " + ws.Signal().String()
		}
	}
	last := ""
	if len(lines) > 0 {
		last = lines[len(lines)-1]
	}
	if runErr != nil {
		return shorten(fmt.Sprintf("%v: %s", runErr, last))
	}
	return shorten("exit 0 without result: " + last)
}

// topCause returns the most frequent cause among a file's failures, with its count.
func topCause(causes []Cause) string {
	counts := map[string]int{}
	best := ""
	for _, c := range causes {
		counts[c.Cause]++
		if counts[c.Cause] > counts[best] || best == "" {
			best = c.Cause
		}
	}
	if best == "" {
		return ""
	}
	return shorten(fmt.Sprintf("%d× %s", counts[best], best))
}

func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		s = s[:157] + "..."
	}
	return s
}
