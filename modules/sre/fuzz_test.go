// This file defines the fuzz target and the robustness tests: any code
// (recorded from random patterns, then mutated) over any subject must
// return, never panic or hang, and deep backtracking must not grow the Go
// stack.

package sre

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzCases []diffCase

func FuzzEngine(f *testing.F) {
	fuzzCases = append(loadDiff(f, "testdata/diff.json.gz"), loadDiff(f, "testdata/random.json.gz")...)
	f.Add(uint16(0), uint16(0), uint32(0), []byte("abc"))
	f.Add(uint16(17), uint16(3), uint32(1), []byte("aab\nß"))
	f.Add(uint16(400), uint16(9), uint32(0xffffffff), []byte("xx yy"))
	f.Fuzz(func(t *testing.T, which, at uint16, word uint32, subject []byte) {
		c := &fuzzCases[int(which)%len(fuzzCases)]
		code := append([]uint32(nil), c.Code...)
		if word != 0 {
			code[int(at)%len(code)] = word % 64 // mostly small: opcodes, offsets
			if word&1<<31 != 0 {
				code[int(at)%len(code)] = word
			}
		}
		p, err := NewPattern(code, c.Groups)
		if err != nil {
			return
		}
		var subj Subject
		if c.Bytes {
			subj = BytesSubject(subject)
		} else if utf8.Valid(subject) {
			subj = StrSubject(string(subject))
		} else {
			subj = RunesSubject([]rune(string(subject)))
		}
		for op := 0; op < 4; op++ {
			st := p.NewState(subj, 0, math.MaxInt)
			st.SetInterrupt(budget(1 << 20))
			switch op {
			case 0:
				st.Match()
			case 1:
				st.Search()
			case 2:
				st.FullMatch()
			default:
				for i := 0; i < 100; i++ {
					if ok, err := st.Next(true); !ok || err != nil {
						break
					}
					st.Spans(nil)
				}
			}
		}
	})
}

// deepCode is (?:ab|ba)*c as python3.11 compiles it: a REPEAT whose
// iterations nest one frame each, 200000 deep here.
var deepCode = []uint32{14, 4, 0, 1, 4294967295, 23, 19, 0, 4294967295, 7, 7, 16, 97, 16, 98, 15, 9, 7, 16, 98, 16, 97, 15, 2, 0, 18, 16, 99, 1}

func TestDeepBacktrackingDoesNotRecurse(t *testing.T) {
	p, _ := NewPattern(deepCode, 0)
	subj := ASCIISubject(strings.Repeat("ab", 200000))
	st := p.NewState(subj, 0, math.MaxInt)
	ok, err := st.Match()
	if ok || err != nil {
		t.Fatal(ok, err)
	}
	st = p.NewState(ASCIISubject(strings.Repeat("ab", 200000)+"c"), 0, math.MaxInt)
	if ok, err := st.Match(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if _, e := st.Span(0); e != 400001 {
		t.Fatal(e)
	}
}

func TestInterrupt(t *testing.T) {
	// (?:a*)*b: exponential on a long run of a's without b.
	code := []uint32{14, 4, 0, 1, 4294967295, 23, 10, 0, 4294967295, 24, 6, 0, 4294967295, 16, 97, 1, 18, 16, 98, 1}
	p, _ := NewPattern(code, 0)
	st := p.NewState(ASCIISubject(strings.Repeat("a", 40)), 0, math.MaxInt)
	calls := 0
	st.SetInterrupt(func() bool { calls++; return calls > 10 })
	if _, err := st.Search(); err != ErrInterrupted {
		t.Fatal(err)
	}
}

// TestSharedPattern runs one pattern from several goroutines: the set
// cache and the state pool are shared (run with -race).
func TestSharedPattern(t *testing.T) {
	cases := loadDiff(t, "testdata/diff.json.gz")
	pats := make([]*Pattern, 60)
	for i := range pats {
		pats[i], _ = NewPattern(cases[i].Code, cases[i].Groups)
	}
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- true }()
			for i, p := range pats {
				c := &cases[i]
				for _, sj := range c.Subjects[:4] {
					st := p.NewState(subjectOf(c, sj.S), 0, math.MaxInt)
					st.Search()
					st.Release()
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
}
