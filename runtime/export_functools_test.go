// This file tests BindClinic, the keyword-parser messages of
// export_functools.go, against python3.11's own clinic functions.

package runtime

import (
	"strings"
	"testing"

	"krait/internal/pyoracle"
)

const clinicOracle = `
import sys, _bisect, _functools
fns = {'bisect_left': _bisect.bisect_left, 'cmp_to_key': _functools.cmp_to_key}
for line in sys.stdin:
    name, npos, kws = line.split('|')
    vals = {'a': [1], 'x': 1, 'lo': 0, 'hi': 1, 'key': None, 'mycmp': len}
    order = ['a', 'x', 'lo', 'hi', 'key'] if name == 'bisect_left' else ['mycmp', 'x']
    args = [vals.get(order[i] if i < len(order) else 'z', 0) for i in range(int(npos))]
    kw = {k: vals.get(k, 0) for k in kws.split()}
    try:
        fns[name](*args, **kw)
        print('ok')
    except TypeError as e:
        print(e)
`

func TestBindClinicOracle(t *testing.T) {
	sigs := map[string]string{"bisect_left": "a, x, lo=, hi=, *, key=", "cmp_to_key": "mycmp"}
	cases := []string{
		"bisect_left|0|", "bisect_left|1|", "bisect_left|5|", "bisect_left|4|key", "bisect_left|6|",
		"bisect_left|1|x", "bisect_left|0|a x", "bisect_left|0|x", "bisect_left|2|foo", "bisect_left|2|lo hi key",
		"bisect_left|3|lo", "bisect_left|0|a x lo hi key foo", "cmp_to_key|0|", "cmp_to_key|2|", "cmp_to_key|1|",
		"cmp_to_key|0|mycmp", "cmp_to_key|0|other", "cmp_to_key|1|mycmp", "cmp_to_key|0|mycmp other",
	}
	want := pyoracle.Lines(t, clinicOracle, cases)
	for i, c := range cases {
		parts := strings.Split(c, "|")
		m := &Method{Name: parts[0], Sig: sigs[parts[0]]}
		var args []Value
		for j := 0; j < int(parts[1][0]-'0'); j++ {
			args = append(args, NewList([]Value{Int(1)}))
		}
		var kwnames []*Str
		for _, k := range strings.Fields(parts[2]) {
			kwnames = append(kwnames, Intern(k))
			args = append(args, Int(0))
		}
		got := "ok"
		if _, err := m.BindClinic(args, kwnames, parts[0]); err != nil {
			got = strings.TrimPrefix(err.Error(), "TypeError: ")
		}
		if got != want[i] {
			t.Errorf("%s: got %q want %q", c, got, want[i])
		}
	}
}
