// Package pythoncases runs Krait's differential test corpus: every
// <area>/<case>.py below this folder is run by Krait and by nothing else,
// and its stdout, exit status and last stderr line are compared with what
// python3.11 did (<case>.out, <case>.exit, <case>.err, written by
// tests/record). Files and folders whose names start with "_" are helper
// modules that cases import, not cases.
//
// Cases Krait does not pass yet are listed in known_failures.txt, one path
// and a reason per line. The test fails on any other failing case, and on a
// listed case that passes, so that the list only shrinks.
//
// Flags (after -args, or directly with go test):
//
//	-update-known        rewrite known_failures.txt from this run
//	-xopt=nospecialize   pass -X nospecialize (comma-separated list) to Krait;
//	                     KRAIT_TEST_XOPTS does the same
//	-krait=PATH          use this binary instead of building cmd/krait
//	-jobs=N              cases run at once (default 2)
//	-case-timeout=D      time limit of one case (default 30s)
//	-known-timeout=D     time limit of a listed known failure (default 3s)
//	-update-properties   rewrite properties/exprs.py from its generator
//
// TestOracle runs every case under python3.11 too, which proves that the
// recorded expectations are right; it skips when python3.11 is absent or is
// not the release the cases were recorded with, and with -short.
package pythoncases

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	// Linked only so that go test's cache notices changes to the packages
	// the krait binary built below is made of.
	_ "krait/compiler"
	_ "krait/modules"
	_ "krait/runtime"
	_ "krait/syntax"
)

var (
	updateKnown  = flag.Bool("update-known", false, "rewrite known_failures.txt from this run")
	xopts        = flag.String("xopt", os.Getenv("KRAIT_TEST_XOPTS"), "comma-separated -X options to pass to krait")
	kraitPath    = flag.String("krait", "", "krait binary to test (default: build cmd/krait)")
	jobs         = flag.Int("jobs", 2, "cases to run at once")
	caseTimeout  = flag.Duration("case-timeout", 30*time.Second, "time limit of one case (subprocess-heavy cases under a loaded CI machine)")
	knownTimeout = flag.Duration("known-timeout", 3*time.Second, "time limit of a case listed in known_failures.txt")
)

const (
	knownFailuresFile = "known_failures.txt"
	defaultReason     = "not triaged yet"
)

// caseEnv is the whole environment of a case, the same as tests/record
// gives python3.11: hash randomization off, UTF-8 everywhere.
var caseEnv = []string{
	"PATH=/usr/bin:/bin",
	"LC_ALL=C.UTF-8",
	"PYTHONHASHSEED=0",
	"PYTHONDONTWRITEBYTECODE=1",
	"PYTHONIOENCODING=utf-8",
}

// expectation is what python3.11 did with a case.
type expectation struct {
	stdout  string
	status  int
	errLine string // last non-blank stderr line; "" when stderr was empty
}

// result is what running a case gave.
type result struct {
	stdout, stderr string
	status         int
	timedOut       time.Duration // the time limit, when the case hit it
}

// listCases returns the paths, relative to this folder, of every case.
func listCases(t *testing.T) []string {
	var cases []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != "." && strings.HasPrefix(d.Name(), "_") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") && strings.Contains(path, "/") {
			cases = append(cases, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(cases)
	if len(cases) == 0 {
		t.Fatal("no cases found")
	}
	return cases
}

// TestNoOrphanExpectations checks that every recorded file belongs to a
// case, so that a renamed or deleted case leaves nothing stale behind.
func TestNoOrphanExpectations(t *testing.T) {
	cases := map[string]bool{}
	for _, c := range listCases(t) {
		cases[strings.TrimSuffix(c, ".py")] = true
	}
	for _, ext := range []string{".out", ".exit", ".err"} {
		files, err := filepath.Glob("*/*" + ext)
		if err != nil {
			t.Fatal(err)
		}
		more, _ := filepath.Glob("*/*/*" + ext)
		for _, f := range append(files, more...) {
			if !cases[strings.TrimSuffix(f, ext)] {
				t.Errorf("%s has no case %s.py: delete it", f, strings.TrimSuffix(f, ext))
			}
		}
	}
}

// readExpectation reads the recorded files of case path (a .py path).
func readExpectation(path string) (expectation, error) {
	base := strings.TrimSuffix(path, ".py")
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		return expectation{}, fmt.Errorf("not recorded (run tests/record %s): %v", path, err)
	}
	st, err := os.ReadFile(base + ".exit")
	if err != nil {
		return expectation{}, fmt.Errorf("not recorded (run tests/record %s): %v", path, err)
	}
	status, err := strconv.Atoi(strings.TrimSpace(string(st)))
	if err != nil {
		return expectation{}, fmt.Errorf("%s.exit: %v", base, err)
	}
	e := expectation{stdout: string(out), status: status}
	if errText, err := os.ReadFile(base + ".err"); err == nil {
		e.errLine = strings.TrimRight(string(errText), "\n \t")
	} else if status != 0 {
		return expectation{}, fmt.Errorf("%s.err is missing for exit status %d", base, status)
	}
	return e, nil
}

// runProgram runs argv with the case's folder as working directory and
// removes that folder's absolute path from the output, as tests/record does.
func runProgram(argv []string, dir string, limit time.Duration) result {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = caseEnv
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{status: 0}
	if ee, ok := err.(*exec.ExitError); ok {
		r.status = ee.ExitCode()
	} else if err != nil {
		r.status = -1
		stderr.WriteString("\n" + err.Error())
	}
	if ctx.Err() != nil {
		r.timedOut = limit
	}
	r.stdout = strings.ReplaceAll(stdout.String(), dir+"/", "")
	r.stderr = strings.ReplaceAll(stderr.String(), dir+"/", "")
	return r
}

// lastLine returns the last non-blank line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n \t"), "\n")
	return lines[len(lines)-1]
}

// compare says in one line how got differs from want, or returns "".
func compare(got result, want expectation) string {
	if got.timedOut > 0 {
		return fmt.Sprintf("timed out after %v", got.timedOut)
	}
	if got.status != want.status {
		return fmt.Sprintf("exit status %d, want %d; stderr ends %q", got.status, want.status, lastLine(got.stderr))
	}
	if got.stdout != want.stdout {
		return "stdout differs: " + firstDiff(got.stdout, want.stdout)
	}
	if l := lastLine(got.stderr); l != want.errLine {
		return fmt.Sprintf("last stderr line is %q, want %q", l, want.errLine)
	}
	return ""
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			return fmt.Sprintf("line %d is %q, want %q", i+1, gl, wl)
		}
	}
	return "?"
}

// buildKrait returns the krait binary to test, building cmd/krait once.
func buildKrait(t *testing.T) string {
	if *kraitPath != "" {
		p, err := filepath.Abs(*kraitPath)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	bin := filepath.Join(t.TempDir(), "krait")
	start := time.Now()
	build := exec.Command("go", "build", "-o", bin, "krait/cmd/krait")
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // static, as README builds it
	out, err := build.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built krait in %v", time.Since(start).Round(time.Millisecond))
	return bin
}

// kraitArgs returns krait's command line for running file.
func kraitArgs(bin, file string) []string {
	argv := []string{bin}
	for _, o := range strings.Split(*xopts, ",") {
		if o = strings.TrimSpace(o); o != "" {
			argv = append(argv, "-X", o)
		}
	}
	return append(argv, file)
}

// runAll runs every case with argv(case file name) in parallel, calling
// check in a subtest per case with what the run gave. limit gives a case's
// time limit.
func runAll(t *testing.T, argv func(file string) []string, limit func(path string) time.Duration, check func(t *testing.T, path, reason string)) {
	wd, err := syscall.Getwd() // the physical path, as python3.11 reports it
	if err != nil {
		t.Fatal(err)
	}
	sem := make(chan bool, max(*jobs, 1))
	start := time.Now()
	t.Run("case", func(t *testing.T) {
		for _, path := range listCases(t) {
			t.Run(path, func(t *testing.T) {
				t.Parallel()
				want, err := readExpectation(path)
				if err != nil {
					check(t, path, err.Error())
					return
				}
				sem <- true
				dir := filepath.Join(wd, filepath.Dir(path))
				got := runProgram(argv(filepath.Base(path)), dir, limit(path))
				<-sem
				check(t, path, compare(got, want))
			})
		}
	})
	t.Logf("ran the cases in %v", time.Since(start).Round(time.Millisecond))
}

// TestCases runs every case under Krait.
func TestCases(t *testing.T) {
	known, err := readKnownFailures()
	if err != nil {
		t.Fatal(err)
	}
	bin := buildKrait(t)
	var mu sync.Mutex
	reasons := map[string]string{} // path -> failure, "" when it passed
	var nowPass []string
	// A known failure gets a shorter time limit, so that an interpreter
	// that hangs on many cases does not make the run take minutes; cases
	// take well under a second on CPython.
	limit := func(path string) time.Duration {
		if _, ok := known[path]; ok && !*updateKnown {
			return min(*knownTimeout, *caseTimeout)
		}
		return *caseTimeout
	}
	runAll(t, func(file string) []string { return kraitArgs(bin, file) }, limit, func(t *testing.T, path, reason string) {
		mu.Lock()
		reasons[path] = reason
		mu.Unlock()
		knownReason, isKnown := known[path]
		switch {
		case *updateKnown:
		case reason == "" && isKnown:
			mu.Lock()
			nowPass = append(nowPass, path)
			mu.Unlock()
			t.Errorf("now passes: %s, remove it from %s", path, knownFailuresFile)
		case reason != "" && isKnown:
			t.Skipf("known failure (%s): %s", knownReason, reason)
		case reason != "":
			t.Errorf("%s", reason)
		}
	})
	summarize(t, reasons, known)
	if *updateKnown {
		if err := writeKnownFailures(reasons, known); err != nil {
			t.Fatal(err)
		}
	}
}

// summarize logs the pass and fail counts.
func summarize(t *testing.T, reasons, known map[string]string) {
	passed, expected, unexpected := 0, 0, 0
	for path, r := range reasons {
		_, isKnown := known[path]
		switch {
		case r == "":
			passed++
		case isKnown:
			expected++
		default:
			unexpected++
		}
	}
	t.Logf("%d cases: %d pass, %d known failures, %d unexpected failures",
		len(reasons), passed, expected, unexpected)
	t.Logf("passing per area: %s", areaCounts(reasons))
}

// areaCounts returns "area pass/total" for each area (types/X counts as
// an area of its own), for the compatibility table.
func areaCounts(reasons map[string]string) string {
	pass, total := map[string]int{}, map[string]int{}
	for path, r := range reasons {
		parts := strings.Split(path, "/")
		area := parts[0]
		if area == "types" && len(parts) > 2 {
			area += "/" + parts[1]
		}
		total[area]++
		if r == "" {
			pass[area]++
		}
	}
	areas := make([]string, 0, len(total))
	for a := range total {
		areas = append(areas, a)
	}
	sort.Strings(areas)
	var b strings.Builder
	for i, a := range areas {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d/%d", a, pass[a], total[a])
	}
	return b.String()
}

// readKnownFailures reads known_failures.txt: "path reason" lines; blank
// lines and lines starting with # are comments.
func readKnownFailures() (map[string]string, error) {
	data, err := os.ReadFile(knownFailuresFile)
	if os.IsNotExist(err) {
		return map[string]string{}, nil
	} else if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		path, reason, _ := strings.Cut(line, " ")
		m[path] = strings.TrimSpace(reason)
	}
	return m, nil
}

// writeKnownFailures rewrites known_failures.txt: cases that ran and failed
// are listed (keeping a reason written by hand), cases that ran and passed
// are dropped, and entries for cases this run skipped (with -run) stay.
func writeKnownFailures(reasons, known map[string]string) error {
	list := map[string]string{}
	for path, r := range known {
		if _, ran := reasons[path]; !ran {
			if _, err := os.Stat(path); err == nil {
				list[path] = r
			}
		}
	}
	for path, r := range reasons {
		if r == "" {
			continue
		}
		if k := known[path]; k != "" {
			list[path] = k
		} else {
			list[path] = defaultReason
		}
	}
	paths := make([]string, 0, len(list))
	for p := range list {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var b strings.Builder
	b.WriteString("# Cases Krait does not pass yet: path, then a short reason.\n")
	b.WriteString("# `go test ./tests/python -update-known` rewrites it, keeping reasons written by hand.\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "%s %s\n", p, list[p])
	}
	return os.WriteFile(knownFailuresFile, []byte(b.String()), 0o644)
}

// TestOracle re-runs every case under python3.11 and checks that the
// recorded expectation still holds.
func TestOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not re-running the cases under python3.11")
	}
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 is not installed")
	}
	// A pyenv shim needs variables the clean case environment drops.
	out, err := exec.Command(py, "-c", "import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])").Output()
	if err != nil {
		t.Skipf("python3.11 does not run: %v", err)
	}
	fields := strings.Fields(string(out))
	recorded, err := os.ReadFile("python_version.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(fields) != 2 || fields[1] != strings.TrimSpace(string(recorded)) {
		t.Skipf("python3.11 is %s; the cases were recorded with %s", fields, strings.TrimSpace(string(recorded)))
	}
	exe := fields[0]
	limit := func(string) time.Duration { return *caseTimeout }
	runAll(t, func(file string) []string { return []string{exe, file} }, limit, func(t *testing.T, path, reason string) {
		if reason != "" {
			t.Errorf("python3.11 no longer does what was recorded: %s (re-record with tests/record %s)", reason, path)
		}
	})
}
