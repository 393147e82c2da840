// This file tests warn_explicit's registries differentially against
// python3.11's _warnings: sequences of warnings under one filter action
// must leave the same registry keys and raise the same errors.

package warningsmod

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"krait/internal/pyoracle"
	rt "krait/runtime"
)

const registryOracle = `
import sys, _warnings
sys.stderr = open('/dev/null', 'w')
for line in sys.stdin:
    action, ops = line.rstrip('\n').split('|')
    _warnings.filters[:] = [(action, None, Warning, None, 0)]
    _warnings._onceregistry.clear()
    r = {}
    out = []
    for op in ops.split():
        msg, ln = op.split(':')
        try:
            _warnings.warn_explicit(msg, UserWarning, 'f.py', int(ln), registry=r)
            out.append('ok')
        except UserWarning as e:
            out.append('raised ' + str(e))
    keys = sorted(repr(k) for k in r if k != 'version')
    out.append(';'.join(keys))
    out.append(str(len(_warnings._onceregistry)))
    print('|'.join(out))
`

func TestRegistryOracle(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	actions := []string{"default", "module", "once", "always", "ignore", "error"}
	var inputs []string
	for i := 0; i < 60; i++ {
		var ops []string
		for j := r.Intn(6) + 1; j > 0; j-- {
			ops = append(ops, fmt.Sprintf("m%d:%d", r.Intn(3), r.Intn(3)+1))
		}
		inputs = append(inputs, actions[i%len(actions)]+"|"+strings.Join(ops, " "))
	}
	want := pyoracle.Lines(t, registryOracle, inputs)
	rt.WarnHook = nil
	s := getState()
	category := rt.ExceptionTypeByName("UserWarning").Value()
	for i, in := range inputs {
		action, ops, _ := strings.Cut(in, "|")
		s.filters = rt.NewList([]rt.Value{rt.TupleValue(rt.StrValue(action), rt.None, rt.WarningType.Value(), rt.None, rt.Int(0))})
		s.onceRegistry.AsDict().Clear()
		reg := rt.NewDict()
		var out []string
		for _, op := range strings.Fields(ops) {
			msg, ln, _ := strings.Cut(op, ":")
			var n int
			fmt.Sscan(ln, &n)
			err := warnExplicit(category, rt.StrValue(msg), rt.StrValue("f.py"), n, rt.Value{}, reg.Value(), rt.Value{}, rt.Value{})
			if err != nil {
				out = append(out, "raised "+msg)
			} else {
				out = append(out, "ok")
			}
		}
		out = append(out, registryKeys(t, reg), fmt.Sprint(s.onceRegistry.AsDict().Len()))
		if got := strings.Join(out, "|"); got != want[i] {
			t.Errorf("%s:\n got %s\nwant %s", in, got, want[i])
		}
	}
}

// registryKeys returns the sorted reprs of reg's keys but 'version'.
func registryKeys(t *testing.T, reg *rt.Dict) string {
	var keys []string
	pos := 0
	for {
		k, _, ok := reg.Next(&pos)
		if !ok {
			break
		}
		if s, isStr := k.TryStr(); isStr && s.S == "version" {
			continue
		}
		r, err := rt.Repr(k)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, r.S)
	}
	sort.Strings(keys)
	return strings.Join(keys, ";")
}

func TestNormalizeModule(t *testing.T) {
	for in, want := range map[string]string{"": "<unknown>", "a.py": "a", ".py": "", "x/y.pyc": "x/y.pyc", "py": "py"} {
		if got := normalizeModule(rt.StrValue(in)).AsStr().S; got != want {
			t.Errorf("normalizeModule(%q) = %q, want %q", in, got, want)
		}
	}
}
