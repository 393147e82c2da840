// This file defines the helper that runs one python3.11 process per test as an oracle.

package structmod

import (
	"testing"

	"krait/internal/pyoracle"
)

// runPython runs script under python3.11 with the lines of input on stdin and returns
// its output lines; it skips the test when python3.11 is absent.
func runPython(t *testing.T, script string, input []string) []string {
	t.Helper()
	return pyoracle.Lines(t, script, input)
}
