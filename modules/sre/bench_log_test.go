// This file defines engine benchmarks on the log text and patterns of
// bench/programs/regex.py, compiled by python3.11 when the benchmark runs.

package sre

import (
	"encoding/json"
	"math"
	"os/exec"
	"testing"
)

// logBenchScript prints the log of regex.py and each pattern's code.
const logBenchScript = `
import json, re, re._compiler as c, re._parser as p
ns = {}
exec(open("../../bench/programs/regex.py").read().replace("\nmain()\n", "\n"), ns)
log = ns["make_log"](6000)
pats = {"line": (ns["LINE"].pattern, re.M), "email": (ns["EMAIL"].pattern, 0),
        "number": (ns["NUMBER"].pattern, 0), "word": (ns["WORD"].pattern, re.I),
        "ip": (r"(\d+)\.(\d+)\.(\d+)\.(\d+)", 0), "split": (r"[\s\[\]=]+", 0),
        "api": (r"/api/\w+(/\d+)?", 0), "warn": (r"^.*\[warn\].*$", re.I | re.M)}
out = {"log": log, "pats": {}}
for k, (pat, fl) in pats.items():
    pp = p.parse(pat, fl)
    out["pats"][k] = {"code": c._code(pp, fl), "groups": pp.state.groups - 1}
print(json.dumps(out))
`

func BenchmarkLog(b *testing.B) {
	raw, err := exec.Command("python3.11", "-c", logBenchScript).Output()
	if err != nil {
		b.Skip("python3.11 unavailable:", err)
	}
	var d struct {
		Log  string
		Pats map[string]struct {
			Code   []uint32
			Groups int
		}
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"line", "email", "number", "word", "ip", "split", "api", "warn"} {
		pc := d.Pats[name]
		p, err := NewPattern(pc.Code, pc.Groups)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				st := p.NewState(StrSubject(d.Log), 0, math.MaxInt)
				for {
					ok, err := st.Next(true)
					if err != nil || !ok {
						break
					}
				}
				st.Release()
			}
		})
	}
}
