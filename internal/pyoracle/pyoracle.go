// Package pyoracle runs python3.11, the oracle of Krait's differential
// tests, as one process per test that answers a line of output per line of
// input.
package pyoracle

import (
	"bufio"
	"os/exec"
	"strings"
	"testing"
)

// Lines runs script under python3.11 with the lines of input on stdin and
// returns its output lines, one per input line; it skips the test when
// python3.11 is absent.
func Lines(t testing.TB, script string, input []string) []string {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(input, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) != len(input) {
		t.Fatalf("python3.11 returned %d lines for %d inputs", len(lines), len(input))
	}
	return lines
}
