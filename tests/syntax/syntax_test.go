// Package syntaxcases runs the bad programs of this folder through
// `krait -X dump-ast` and compares its stderr and exit status with what
// python3.11 printed when running them (CASE.err and exit_codes.txt, written
// by record.sh).
//
// Cases that Krait does not pass yet are listed in known_failures.txt with a
// reason; the test fails on any other failing case and logs listed cases
// that now pass. KRAIT_SYNTAX_UPDATE=1 rewrites that list from the run.
package syntaxcases

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	// Linked only so that go test's cache notices changes to the front
	// end, which the krait binary built below is made of.
	_ "krait/syntax"
)

const knownFailuresFile = "known_failures.txt"

// buildKrait builds cmd/krait into a temporary directory.
func buildKrait(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "krait")
	out, err := exec.Command("go", "build", "-o", bin, "krait/cmd/krait").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// readPairs reads "name rest-of-line" lines, skipping blanks and # comments.
func readPairs(t *testing.T, file string) map[string]string {
	m := map[string]string{}
	data, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		name, rest, _ := strings.Cut(line, " ")
		m[name] = strings.TrimSpace(rest)
	}
	return m
}

// result is what running one case gave.
type result struct {
	stderr string
	status int
	stdout string
}

func runCase(bin, dir, name string) result {
	return runCommand(exec.Command(bin, "-X", "dump-ast", name+".py"), dir)
}

// runCommand runs cmd in dir and returns its stderr with dir's path removed.
func runCommand(cmd *exec.Cmd, dir string) result {
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		status = -1
	}
	// python3.11 names the script by its absolute path; record.sh removed
	// the folder's, so remove it here too.
	errText := strings.ReplaceAll(stderr.String(), dir+"/", "")
	return result{stderr: errText, status: status, stdout: stdout.String()}
}

// diffReason says how got differs from the expectation, in one line.
func diffReason(got result, wantErr string, wantStatus int) string {
	if got.status != wantStatus {
		return fmt.Sprintf("exit status %d, want %d; stderr %q", got.status, wantStatus, lastLine(got.stderr))
	}
	if got.stderr == wantErr {
		return ""
	}
	g, w := strings.Split(got.stderr, "\n"), strings.Split(wantErr, "\n")
	for i := range w {
		if i >= len(g) || g[i] != w[i] {
			gl := ""
			if i < len(g) {
				gl = g[i]
			}
			return fmt.Sprintf("stderr line %d is %q, want %q", i+1, gl, w[i])
		}
	}
	return "stderr has extra lines"
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func TestSyntaxErrors(t *testing.T) {
	wd, err := syscall.Getwd() // physical path, as python3.11 reports
	if err != nil {
		t.Fatal(err)
	}
	bin := buildKrait(t)
	statuses := readPairs(t, "exit_codes.txt")
	known := readPairs(t, knownFailuresFile)
	names := make([]string, 0, len(statuses))
	for n := range statuses {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatal("no cases: run record.sh")
	}

	reasons := make(map[string]string)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan bool, 4)
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			wantErr, err := os.ReadFile(name + ".err")
			if err != nil {
				mu.Lock()
				reasons[name] = err.Error()
				mu.Unlock()
				return
			}
			want, _ := strconv.Atoi(statuses[name])
			got := runCase(bin, wd, name)
			r := diffReason(got, string(wantErr), want)
			if r == "" && want != 0 && got.stdout != "" {
				r = "printed a tree on stdout for a rejected program"
			}
			mu.Lock()
			reasons[name] = r
			mu.Unlock()
		}()
	}
	wg.Wait()

	update := os.Getenv("KRAIT_SYNTAX_UPDATE") != ""
	passed, failed := 0, 0
	for _, name := range names {
		r := reasons[name]
		_, isKnown := known[name]
		switch {
		case r == "":
			passed++
			if isKnown {
				t.Logf("%s: passes now; remove it from %s", name, knownFailuresFile)
			}
		case isKnown || update:
			failed++
		default:
			failed++
			t.Errorf("%s: %s", name, r)
		}
	}
	t.Logf("%d cases: %d pass, %d fail (%d listed as known failures)", len(names), passed, failed, len(known))
	if update {
		writeKnownFailures(t, names, reasons, known)
	}
}

// writeKnownFailures rewrites the list, keeping hand-written reasons of
// cases that still fail.
func writeKnownFailures(t *testing.T, names []string, reasons, known map[string]string) {
	var b strings.Builder
	b.WriteString("# Cases that `krait -X dump-ast` does not pass yet: name, then why.\n")
	b.WriteString("# KRAIT_SYNTAX_UPDATE=1 go test ./tests/syntax rewrites it; hand-written reasons are kept.\n")
	for _, name := range names {
		r := reasons[name]
		if r == "" {
			continue
		}
		if k := known[name]; k != "" && !strings.HasPrefix(k, "exit status") && !strings.HasPrefix(k, "stderr") {
			r = k
		}
		fmt.Fprintf(&b, "%s %s\n", name, r)
	}
	if err := os.WriteFile(knownFailuresFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExpectationsMatchPython reruns python3.11 on every case, proving that
// the recorded expectations are still what CPython prints (style: each
// differential case also runs under python3.11 in CI).
func TestExpectationsMatchPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	// Resolve launchers such as pyenv's shim, which cost a lot per start.
	if out, err := exec.Command(py, "-c", "import sys; print(sys.executable)").Output(); err == nil {
		py = strings.TrimSpace(string(out))
	}
	// Patch releases of 3.11 differ in a few messages and locations; the
	// expectations hold for the release that recorded them.
	recorded, err := os.ReadFile("python_version.txt")
	if err != nil {
		t.Fatal(err)
	}
	if v, err := exec.Command(py, "-V").Output(); err != nil || string(v) != string(recorded) {
		t.Skipf("expectations were recorded with %s; %s is %s", strings.TrimSpace(string(recorded)), py, strings.TrimSpace(string(v)))
	}
	wd, err := syscall.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	statuses := readPairs(t, "exit_codes.txt")
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for name, st := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			got := runCommand(exec.Command(py, name+".py"), wd)
			want, _ := os.ReadFile(name + ".err")
			status, _ := strconv.Atoi(st)
			if r := diffReason(got, string(want), status); r != "" {
				t.Errorf("%s: python3.11 now gives: %s (run record.sh?)", name, r)
			}
		}()
	}
	wg.Wait()
}
