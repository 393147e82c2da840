// This file defines the CI check for CPython's test suite: every file that
// status.tsv records as passing must still pass under Krait. The full run,
// which measures every file and rewrites status.tsv, is tests/cpython/run.

package cpython

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	jobs        = flag.Int("cpython.jobs", 2, "test files run in parallel")
	fileTimeout = flag.Duration("cpython.timeout", 120*time.Second, "time limit per test file")
)

// TestPassingFiles runs the files status.tsv says pass and fails for each
// that no longer does.
func TestPassingFiles(t *testing.T) {
	if _, err := os.Stat(filepath.Join(DefaultSuiteDir, "__init__.py")); err != nil {
		t.Skipf("CPython's test suite is not installed at %s (libpython3.11-testsuite)", DefaultSuiteDir)
	}
	status, err := ReadStatus("status.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name, r := range status {
		if r.Status == StatusPass {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Skip("status.tsv records no passing file")
	}
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	bin := filepath.Join(t.TempDir(), "krait")
	build := exec.Command("go", "build", "-o", bin, "krait/cmd/krait")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // static, as README builds it
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	driver, _ := filepath.Abs("driver.py")
	r := &Runner{Krait: bin, Driver: driver, Timeout: *fileTimeout}
	sem := make(chan struct{}, max(*jobs, 1))
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			res := r.Run(context.Background(), name)
			if res.Status != StatusPass {
				// A few files time things (test_time's thread CPU clock, test_sched):
				// on a loaded machine they get one more chance.
				res = r.Run(context.Background(), name)
			}
			if res.Status != StatusPass {
				t.Errorf("%s: %s (run=%d failures=%d errors=%d): %s", name, res.Status, res.Run, res.Failures, res.Errors, res.Note)
				for i, c := range res.Causes {
					if i == 5 {
						break
					}
					t.Errorf("  %s %s: %s", c.Kind, c.Test, c.Cause)
				}
			}
		}()
	}
	wg.Wait()
}

// TestStatusFile checks that status.tsv parses and names only known statuses.
func TestStatusFile(t *testing.T) {
	status, err := ReadStatus("status.tsv")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{StatusPass: true, StatusFail: true, StatusError: true, StatusSkip: true, StatusCrash: true, StatusTimeout: true}
	for name, r := range status {
		if !known[r.Status] {
			t.Errorf("%s: unknown status %q", name, r.Status)
		}
	}
}

// TestParseResultFile checks the reading of driver.py's result file.
func TestParseResultFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.tsv")
	os.WriteFile(path, []byte("load\tok\nfail\tE\tt.A.test_x\tKeyError: 'a'\nfail\tE\tt.A.test_y\tKeyError: 'a'\ncounts\t5\t0\t2\t1\t0\t0\n"), 0o644)
	var res Result
	if !parseResultFile(path, &res) {
		t.Fatal("not done")
	}
	if res.Status != StatusFail || res.Run != 5 || res.Errors != 2 || res.Skipped != 1 || len(res.Causes) != 2 {
		t.Fatalf("got %+v", res)
	}
	if got := topCause(res.Causes); got != "2× KeyError: 'a'" {
		t.Fatalf("topCause = %q", got)
	}
	os.WriteFile(path, []byte("load\tok\n"), 0o644)
	if parseResultFile(path, &Result{}) {
		t.Fatal("a result without counts must not count as done")
	}
	os.WriteFile(path, []byte("load\terror\tModuleNotFoundError: No module named 'array'\n"), 0o644)
	res = Result{}
	if !parseResultFile(path, &res) || res.Status != StatusError {
		t.Fatalf("got %+v", res)
	}
}

// TestExtraSkips checks the skip honesty rule.
func TestExtraSkips(t *testing.T) {
	krait := []Cause{
		{Test: "t.A.test_a", Cause: "requires _elementtree"},
		{Test: "t.A.test_b", Cause: "implementation detail specific to cpython"},
		{Test: "t.A.test_c", Cause: "'/tmp/Programs/_testembed' doesn't exist"},
		{Test: "t.A.test_d", Cause: "\"slow\" conversion took only 0.0031 seconds."},
	}
	oracle := []Cause{{Test: "t.A.test_c", Cause: "'/usr/bin/Programs/_testembed' doesn't exist"}}
	got := ExtraSkips(krait, oracle)
	if len(got) != 1 || got[0] != "requires _elementtree" {
		t.Fatalf("ExtraSkips = %q", got)
	}
}

// TestCheckSkipsOracleUnfinished checks that a file whose oracle run timed
// out fails with a note saying so rather than blaming Krait's skips.
func TestCheckSkipsOracleUnfinished(t *testing.T) {
	res := Result{Status: StatusPass, Skips: []Cause{{Test: "t.A.test_a", Cause: "Requires \\ as path separator."}}}
	CheckSkips(&res, Result{Status: StatusTimeout, Note: "no result after 2m0s"})
	if res.Status != StatusFail || !strings.Contains(res.Note, "the oracle did not finish") {
		t.Fatalf("got %s %q", res.Status, res.Note)
	}
	res = Result{Status: StatusPass, Skips: res.Skips}
	CheckSkips(&res, Result{Status: StatusPass, Skips: res.Skips})
	if res.Status != StatusPass {
		t.Fatalf("shared skip failed the file: %q", res.Note)
	}
}
