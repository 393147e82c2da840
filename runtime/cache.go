// This file defines the inline cache entries of the specializing
// interpreter (DESIGN.md §5) and the counters behind `-X stats`: each
// instruction that can specialize owns entries in its code object's side
// array (Code.caches, indexed through compiler.Code.CacheIndex).

package runtime

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"unsafe"

	op "krait/compiler"
)

// cacheEntry is one inline cache slot. The generic form of an instruction
// counts down counter and tries to specialize at zero; a specialized form
// checks its guards against the entry and de-optimizes on a miss.
type cacheEntry struct {
	v1, v2  uint64 // guard versions (type version, dict keys versions)
	index   int32  // entry or value index
	counter uint16 // executions of the generic form before the next try
	backoff uint8  // log2 of the wait after the next failure or miss
	// planMisses counts how often plan was rebuilt (bind_plan.go); it
	// sits here, in the padding after backoff, to keep the entry at 72
	// bytes (its own word at the end would make it 80).
	planMisses uint8
	layout     *Layout
	typ        *Type
	value      Value
	// aux is what one instruction family alone needs (start15_cacheaux.go):
	// STORE_ATTR_ADD's layout after the store, CALL_KW's and
	// CALL_METHOD_KW's keyword names. Every entry of every code object that
	// runs pays for each field, and few are either: sharing one pointer
	// made the entry 72 bytes instead of 96 (~-0.2 MB at the imports
	// line's start).
	aux unsafe.Pointer
	// The binding of a call site's arguments to the Python function it
	// last called (bind_plan.go).
	plan *callPlan
}

// maxBackoff bounds the exponential back-off (2^12 executions).
const maxBackoff = 12

// specializeOff is -X nospecialize: every instruction stays generic.
var specializeOff bool

// statsOn is -X stats: count hits, misses, specializations and deopts.
var statsOn bool

// SetSpecialize turns quickening on or off (-X nospecialize); call it
// before running code.
func SetSpecialize(on bool) { specializeOff = !on }

// EnableSpecStats turns on the counters that WriteSpecStats prints.
func EnableSpecStats() { statsOn = true }

// specCounters are the per-opcode counters of -X stats.
type specCounters struct {
	hit, miss, spec, fail, deopt uint64
}

var specStats [op.NumOpcodes]specCounters

// backoffFail records a failed specialization attempt: wait 2^backoff
// executions before the next one, doubling the wait each time.
func (ce *cacheEntry) backoffFail() {
	if ce.backoff < maxBackoff {
		ce.backoff++
	}
	ce.counter = 1<<ce.backoff - 1
}

// quicken rewrites the opcode of the instruction word at pc (the word
// holding the opcode, after any EXT prefixes). The first rewrite gives the
// code object its own copy of the instructions, so the compiler's Code
// stays as compiled.
func quicken(co *Code, pc int, to op.Opcode) {
	if op.Opcode(co.instrs[pc]) == opTrace { // instrumented: trace.go keeps the opcode
		traceSetOp(co.instrs, pc, to)
		return
	}
	if len(co.c.Instrs) > 0 && &co.instrs[0] == &co.c.Instrs[0] {
		co.instrs = slices.Clone(co.instrs)
	}
	co.instrs[pc] = co.instrs[pc]&^0xff | uint32(to)
	if statsOn {
		specStats[op.Generic(to)].spec++
	}
	noteTypeCacheSite(co, pc, to) // type_cache_sites.go
}

// deopt rewrites a specialized instruction back to its generic form after
// a guard missed, and backs off before specializing it again.
//
//go:noinline
func deopt(co *Code, pc int, ce *cacheEntry) op.Opcode {
	w := co.instrs[pc]
	from := traceOpAt(co.instrs, pc)
	g := op.Generic(from)
	if op.Opcode(w) == opTrace {
		traceSetOp(co.instrs, pc, g)
	} else {
		co.instrs[pc] = w&^0xff | uint32(g)
	}
	ce.backoffFail()
	if statsOn {
		specStats[from].miss++
		specStats[g].deopt++
	}
	return g
}

// specFailed records that the generic instruction at pc could not be
// specialized this time.
func specFailed(o op.Opcode, ce *cacheEntry) {
	ce.backoffFail()
	if statsOn {
		specStats[o].fail++
	}
}

// WriteSpecStats prints the counters of -X stats per instruction family:
// hits of the specialized forms, their guard misses, specializations,
// failed attempts and de-optimizations.
func WriteSpecStats(w io.Writer) {
	type fam struct {
		name                         string
		hit, miss, spec, fail, deopt uint64
		forms                        []string
	}
	fams := map[op.Opcode]*fam{}
	for i := range specStats {
		o := op.Opcode(i)
		s := specStats[i]
		if s == (specCounters{}) {
			continue
		}
		g := op.Generic(o)
		f := fams[g]
		if f == nil {
			f = &fam{name: op.OpTable[g].Name}
			fams[g] = f
		}
		f.hit += s.hit
		f.miss += s.miss
		f.spec += s.spec
		f.fail += s.fail
		f.deopt += s.deopt
		if o != g && s.hit > 0 {
			f.forms = append(f.forms, fmt.Sprintf("%s %d", op.OpTable[o].Name, s.hit))
		}
	}
	var list []*fam
	for _, f := range fams {
		list = append(list, f)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	fmt.Fprintf(w, "krait specialization stats (hits / misses / specializations / failed attempts / deopts):\n")
	for _, f := range list {
		fmt.Fprintf(w, "  %-12s hits %d misses %d specializations %d failures %d deopts %d\n",
			f.name, f.hit, f.miss, f.spec, f.fail, f.deopt)
		for _, s := range f.forms {
			fmt.Fprintf(w, "      %s\n", s)
		}
	}
}
