// This file measures whether tier 2 (DESIGN.md §10.2: a function's
// quickened instructions compiled into a slice of Go closures over the
// interpreter's registers) would beat the interpreter loop, on small loops
// run both ways over the same frame layout and value helpers.

package runtime

import (
	"fmt"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
	"testing"

	op "krait/compiler"
	"krait/syntax"
)

const tier2BenchSrc = `
class P:
    def __init__(self, x): self.x = x
def sq(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
def fl(n):
    x = 0.5; v = 0.0; dt = 0.01
    for i in range(n):
        v += -x * dt
        x += v * dt
    return x
def at(n, p):
    s = 0
    for i in range(n):
        s += p.x
    return s
def g(a): return a + 1
def ca(n):
    s = 0
    for i in range(n):
        s += g(i)
    return s
`

// tier2Globals is the benchmark module's namespace (the closures' frames
// need it for LOAD_GLOBAL).
var tier2Globals *Dict

// tier2Module runs tier2BenchSrc and returns its namespace.
func tier2Module(tb testing.TB) *Dict {
	co, exc := CompileSource([]byte(tier2BenchSrc), "<tier2bench>", syntax.ModeExec)
	if exc != nil {
		tb.Fatalf("compile: %v", exc)
	}
	m := NewModule("tier2bench")
	tier2Globals = m.Dict
	if _, exc := RunCode(co, m.Dict, Value{}); exc != nil {
		tb.Fatalf("run: %v", exc)
	}
	return m.Dict
}

// tier2Dump lists a code object's (quickened) instructions.
func tier2Dump(co *Code) string {
	var b strings.Builder
	for pc := 0; pc < len(co.instrs); {
		in := op.Decode(co.instrs, pc)
		fmt.Fprintf(&b, "%3d %-22s a=%d b=%d c=%d\n", pc, op.OpTable[in.Op].Name, in.A, in.B, in.C)
		pc += in.Len
	}
	return b.String()
}

func TestTier2Dump(t *testing.T) {
	if os.Getenv("TIER2_DUMP") == "" {
		t.Skip("set TIER2_DUMP=1")
	}
	d := tier2Module(t)
	p, _ := d.GetStr(Intern("P"))
	inst, exc := Call(p, []Value{Int(3)}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	for _, name := range []string{"sq", "fl", "at", "ca", "g"} {
		fn, _ := d.GetStr(Intern(name))
		args := []Value{Int(100)}
		if name == "at" {
			args = append(args, inst)
		}
		for i := 0; i < 3; i++ {
			if _, exc := Call(fn, args, nil); exc != nil {
				t.Fatal(exc)
			}
		}
		t.Logf("%s:\n%s", name, tier2Dump(ptrOf[Function](fn).code))
	}
}

// tier2Case is one loop of tier2BenchSrc: its function, arguments, and the
// registers its prologue sets before the loop (for the closure run).
type tier2Case struct {
	name string
	args func(d *Dict) []Value
	// regs sets the registers the code before the loop sets; iterReg
	// receives the range iterator; result is the register holding the result.
	regs   map[int]Value
	result int
}

const tier2N = 10000

func tier2Cases(tb testing.TB, d *Dict) []tier2Case {
	p, _ := d.GetStr(Intern("P"))
	inst, exc := Call(p, []Value{Int(3)}, nil)
	if exc != nil {
		tb.Fatal(exc)
	}
	n := Int(tier2N)
	return []tier2Case{
		{"sq", func(*Dict) []Value { return []Value{n} }, map[int]Value{0: n, 1: Int(0)}, 1},
		{"fl", func(*Dict) []Value { return []Value{n} }, map[int]Value{0: n, 1: Float(0.5), 2: Float(0), 3: Float(0.01)}, 1},
		{"at", func(*Dict) []Value { return []Value{n, inst} }, map[int]Value{0: n, 1: inst, 2: Int(0)}, 2},
		{"ca", func(*Dict) []Value { return []Value{n} }, map[int]Value{0: n, 1: Int(0)}, 1},
	}
}

// tier2LoopPC finds the FOR_LOOP of co (the benchmarks have one).
func tier2LoopPC(co *Code) (int, int) {
	for pc := 0; pc < len(co.instrs); {
		in := op.Decode(co.instrs, pc)
		if in.Op == op.FOR_LOOP {
			return pc, int(in.B)
		}
		pc += in.Len
	}
	return -1, -1
}

// tier2Closure runs case c's loop in closures over a frame of co's layout.
func tier2Closure(tb testing.TB, co *Code, ops []t2op, c tier2Case) Value {
	f := &frame{code: co, regs: make([]Value, co.c.NumRegs), base: -1}
	f.globals, f.builtins = tier2Globals, builtinsOf(tier2Globals)
	for r, v := range c.regs {
		f.regs[r] = v
	}
	pc, iter := tier2LoopPC(co)
	r, exc := Call(RangeType.Value(), []Value{Int(tier2N)}, nil)
	if exc != nil {
		tb.Fatal(exc)
	}
	if f.regs[iter], exc = Iter(r); exc != nil {
		tb.Fatal(exc)
	}
	if end := t2run(ops, f, pc); end != pc {
		tb.Fatalf("%s: exited at %d, not the loop's end %d", c.name, end, pc)
	}
	return f.regs[c.result]
}

func BenchmarkTier2(b *testing.B) {
	d := tier2Module(b)
	for _, c := range tier2Cases(b, d) {
		fnv, _ := d.GetStr(Intern(c.name))
		args := c.args(d)
		want, exc := Call(fnv, args, nil) // and quickens the code
		if exc != nil {
			b.Fatal(exc)
		}
		Call(fnv, args, nil)
		co := ptrOf[Function](fnv).code
		ops := t2compile(co)
		if got := tier2Closure(b, co, ops, c); !got.Is(want) {
			gs, _ := Repr(got)
			ws, _ := Repr(want)
			b.Fatalf("%s: closures got %s, interpreter %s", c.name, gs.S, ws.S)
		}
		b.Run(c.name+"/interp", func(b *testing.B) {
			t0 := tier2ThreadCPU()
			for i := 0; i < b.N; i++ {
				Call(fnv, args, nil)
			}
			tier2Report(b, t0)
		})
		b.Run(c.name+"/closure", func(b *testing.B) {
			t0 := tier2ThreadCPU()
			for i := 0; i < b.N; i++ {
				tier2Closure(b, co, ops, c)
			}
			tier2Report(b, t0)
		})
		if c.name == "ca" {
			continue // no hand-written body for the call
		}
		if got := tier2Direct(b, co, c); !got.Is(want) {
			b.Fatalf("%s: direct Go got a different result", c.name)
		}
		b.Run(c.name+"/direct", func(b *testing.B) {
			t0 := tier2ThreadCPU()
			for i := 0; i < b.N; i++ {
				tier2Direct(b, co, c)
			}
			tier2Report(b, t0)
		})
	}
}

// tier2ThreadCPU is the calling thread's CPU time in ns (the machine is
// shared: wall time counts other processes' turns).
func tier2ThreadCPU() int64 {
	goruntime.LockOSThread()
	var ru syscall.Rusage
	syscall.Getrusage(1, &ru) // RUSAGE_THREAD
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// tier2Report reports wall and thread-CPU ns per loop iteration.
func tier2Report(b *testing.B, cpu0 int64) {
	cpu := tier2ThreadCPU() - cpu0
	goruntime.UnlockOSThread()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tier2N), "ns/iter")
	b.ReportMetric(float64(cpu)/float64(b.N*tier2N), "cpuns/iter")
}

// tier2Direct runs case c's loop as hand-written Go over the same registers,
// with the same guards and stores as the closures but no dispatch at all:
// the bound of any tier that keeps the interpreter's frame layout.
func tier2Direct(tb testing.TB, co *Code, c tier2Case) Value {
	f := &frame{code: co, regs: make([]Value, co.c.NumRegs)}
	for r, v := range c.regs {
		f.regs[r] = v
	}
	r, exc := Call(RangeType.Value(), []Value{Int(tier2N)}, nil)
	if exc != nil {
		tb.Fatal(exc)
	}
	_, iter := tier2LoopPC(co)
	if f.regs[iter], exc = Iter(r); exc != nil {
		tb.Fatal(exc)
	}
	body := map[string]func(*frame) bool{"sq": tier2DirectSq, "fl": tier2DirectFl, "at": tier2DirectAt}[c.name]
	for {
		it := f.reg()[uint16(iter)]
		if it.Type() != RangeIterType || evalBreaker.Load() != 0 {
			tb.Fatal("not a range")
		}
		ri := ptrOf[rangeIter](it)
		if ri.n <= 0 {
			break
		}
		f.reg()[uint16(iter-1)] = Int(ri.next) // the loop variable's register precedes the iterator's
		ri.next += ri.step
		ri.n--
		if !body(f) {
			tb.Fatal("guard failed")
		}
	}
	return f.regs[c.result]
}

// tier2DirectSq is sq's body: MUL 4,2,2; IADD 1,1,4.
func tier2DirectSq(f *frame) bool {
	r := f.reg()
	x := r[2]
	if !x.IsSmallInt() {
		return false
	}
	p, ok := mulInts(x.SmallInt(), x.SmallInt())
	if !ok {
		return false
	}
	r[4] = Int(p)
	s := r[1]
	if !s.IsSmallInt() {
		return false
	}
	t := s.SmallInt() + p
	if (t > s.SmallInt()) != (p > 0) {
		return false
	}
	r[1] = Int(t)
	return true
}

// tier2DirectFl is fl's body: NEG 7,1; MUL 6,7,3; IADD 2,2,6; MUL 6,2,3; IADD 1,1,6.
func tier2DirectFl(f *frame) bool {
	r := f.reg()
	x, v, dt := r[1], r[2], r[3]
	if !x.IsFloat() || !v.IsFloat() || !dt.IsFloat() {
		return false
	}
	r[7] = Float(-x.AsFloat())
	r[6] = Float(r[7].AsFloat() * dt.AsFloat())
	r[2] = Float(v.AsFloat() + r[6].AsFloat())
	r[6] = Float(r[2].AsFloat() * dt.AsFloat())
	r[1] = Float(x.AsFloat() + r[6].AsFloat())
	return true
}

// tier2DirectAt is at's body: LOAD_ATTR_INSTANCE 5,1 (cached); IADD 2,2,5.
func tier2DirectAt(f *frame) bool {
	r := f.reg()
	ce := &f.code.caches[f.code.c.CacheIndex[7]]
	o := r[1]
	if o.Type().Version != uint32(ce.v1) {
		return false
	}
	in := ptrOf[Instance](o)
	if in.layout != ce.layout {
		return false
	}
	y := in.values[ce.index]
	if !y.IsSmallInt() {
		return false
	}
	r[5] = y
	s := r[2]
	if !s.IsSmallInt() {
		return false
	}
	t := s.SmallInt() + y.SmallInt()
	if (t > s.SmallInt()) != (y.SmallInt() > 0) {
		return false
	}
	r[2] = Int(t)
	return true
}

// TestTier2ClosuresAgree checks that the measured closure and direct-Go
// loops compute what the interpreter does, and that a failed guard exits
// at the instruction that failed.
func TestTier2ClosuresAgree(t *testing.T) {
	d := tier2Module(t)
	for _, c := range tier2Cases(t, d) {
		fnv, _ := d.GetStr(Intern(c.name))
		want, exc := Call(fnv, c.args(d), nil)
		if exc != nil {
			t.Fatal(exc)
		}
		co := ptrOf[Function](fnv).code
		if got := tier2Closure(t, co, t2compile(co), c); !got.Is(want) {
			t.Errorf("%s: closures disagree with the interpreter", c.name)
		}
		if c.name == "ca" {
			continue
		}
		if got := tier2Direct(t, co, c); !got.Is(want) {
			t.Errorf("%s: direct Go disagrees with the interpreter", c.name)
		}
	}
	// sq with s near 2**63: the IADD's guard fails and exits at its pc.
	fnv, _ := d.GetStr(Intern("sq"))
	co := ptrOf[Function](fnv).code
	f := &frame{code: co, regs: make([]Value, co.c.NumRegs)}
	f.regs[1] = Int(1<<63 - 1)
	loop, iter := tier2LoopPC(co)
	r, _ := Call(RangeType.Value(), []Value{Int(5)}, nil)
	f.regs[iter], _ = Iter(r)
	end := t2run(t2compile(co), f, loop)
	if in := op.Decode(co.instrs, end); in.Op != op.IADD || f.regs[2].SmallInt() != 1 {
		t.Errorf("overflow exit at %d (%s), i=%v; want the IADD with i=1", end, op.OpTable[in.Op].Name, f.regs[2].SmallInt())
	}
}
