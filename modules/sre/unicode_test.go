// This file checks the character helpers the binding exposes against
// python3.11's _sre module, over every code point.

package sre

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

const caseScript = `
import _sre, sys
out = []
for c in range(sys.maxunicode + 1):
    if _sre.unicode_iscased(c) or _sre.unicode_tolower(c) != c or _sre.ascii_iscased(c) or _sre.ascii_tolower(c) != c:
        out.append("%d %d %d %d %d" % (c, _sre.unicode_iscased(c), _sre.unicode_tolower(c), _sre.ascii_iscased(c), _sre.ascii_tolower(c)))
print("\n".join(out))
`

func TestCaseHelpersLive(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	out, err := exec.Command(py, "-c", caseScript).Output()
	if err != nil {
		t.Fatal(err)
	}
	listed := map[uint32]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		var v [5]uint32
		for i := range v {
			n, _ := strconv.Atoi(f[i])
			v[i] = uint32(n)
		}
		c := v[0]
		listed[c] = true
		if UnicodeIsCased(c) != (v[1] == 1) || UnicodeToLower(c) != v[2] ||
			ASCIIIsCased(c) != (v[3] == 1) || ASCIIToLower(c) != v[4] {
			t.Errorf("U+%04X: got %v %d %v %d, want %v", c, UnicodeIsCased(c), UnicodeToLower(c),
				ASCIIIsCased(c), ASCIIToLower(c), v)
		}
	}
	for c := uint32(0); c <= 0x10ffff; c++ {
		if !listed[c] && (UnicodeIsCased(c) || UnicodeToLower(c) != c || ASCIIIsCased(c) || ASCIIToLower(c) != c) {
			t.Errorf("U+%04X: cased or mapped here, not in python3.11", c)
		}
	}
}
