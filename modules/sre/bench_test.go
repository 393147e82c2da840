// This file defines benchmarks mirroring gen/gen_bench.py --time, which
// prints python3.11's timings for the same operations on the same text.

package sre

import (
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

type benchData struct {
	Text    string
	Benches []struct {
		Name, Op string
		Code     []uint32
		Groups   int
	}
}

func loadBench(b *testing.B) *benchData {
	f, err := os.Open("testdata/bench.json.gz")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var d benchData
	if err := json.NewDecoder(z).Decode(&d); err != nil {
		b.Fatal(err)
	}
	return &d
}

// findall makes one string per match (or per group), as re.findall does.
func findall(p *Pattern, subj Subject, text string) []string {
	st := p.NewState(subj, 0, math.MaxInt)
	var out []string
	for {
		ok, err := st.Next(true)
		if err != nil || !ok {
			return out
		}
		if p.Groups == 0 {
			a, b := st.Span(0)
			out = append(out, sliceText(subj, text, a, b))
			continue
		}
		for g := 1; g <= p.Groups; g++ {
			a, b := st.Span(g)
			out = append(out, sliceText(subj, text, a, b))
		}
	}
}

func sliceText(subj Subject, text string, a, b int) string {
	if subj.r != nil {
		return string(subj.r[a:b])
	}
	if len(subj.b) != len(text) { // a Latin-1 str held one byte per code point
		r := make([]rune, b-a)
		for i, c := range subj.b[a:b] {
			r[i] = rune(c)
		}
		return string(r)
	}
	return strings.Clone(text[a:b])
}

func BenchmarkEngine(b *testing.B) {
	d := loadBench(b)
	utext := strings.NewReplacer("o", "ö", "a", "ä").Replace(d.Text)
	ctext := strings.NewReplacer("o", "\u043e", "a", "\u0430").Replace(d.Text)
	lines := strings.Split(d.Text, "\n")
	for _, bc := range d.Benches {
		p, _ := NewPattern(bc.Code, bc.Groups)
		b.Run(bc.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				switch bc.Op {
				case "search_last":
					st := p.NewState(StrSubject(d.Text), 0, math.MaxInt)
					if ok, _ := st.Search(); !ok {
						b.Fatal("no match")
					}
					st.Release()
				case "findall":
					findall(p, StrSubject(d.Text), d.Text)
				case "findall_uni":
					findall(p, StrSubject(utext), utext)
				case "findall_cyr":
					findall(p, StrSubject(ctext), ctext)
				case "match_lines":
					for _, l := range lines {
						st := p.NewState(StrSubject(l), 0, math.MaxInt)
						st.Match()
						st.Release()
					}
				}
			}
		})
	}
}
