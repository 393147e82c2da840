// This file tests filemode against python3.11's _stat.filemode.

package stat

import (
	"strconv"
	"testing"

	"krait/internal/pyoracle"
)

func TestFilemodeOracle(t *testing.T) {
	var input []string
	var modes []uint32
	for _, typ := range []uint32{0, sIFDIR, sIFCHR, sIFBLK, sIFREG, sIFIFO, sIFLNK, sIFSOCK, 0o170000} {
		for perm := uint32(0); perm < 0o10000; perm += 0o111 {
			modes = append(modes, typ|perm)
			input = append(input, strconv.Itoa(int(typ|perm)))
		}
	}
	want := pyoracle.Lines(t, `import sys, _stat
for line in sys.stdin:
    print(_stat.filemode(int(line)))`, input)
	for i, m := range modes {
		if got := filemode(m); got != want[i] {
			t.Errorf("filemode(%o) = %s, want %s", m, got, want[i])
		}
	}
}
