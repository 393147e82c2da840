// This file defines a debugging aid for objects that outlive their last
// Python reference: with KRAIT_LEAKDEBUG set, sys._krait_leakpath(wr)
// returns, for a weak reference wr (so that the caller's registers do not
// hold its referent), how the heap walk of the cycle pass (gc.get_referrers' walk)
// reaches obj from the interpreter's roots, as a list of strings from the
// root to the referent (None if it is dead), or an empty list when the walk
// does not reach it (then only a Go
// reference the walk cannot see holds it: a register above a frame's top,
// a cache, a native module's state).

package runtime

import (
	"os"
	"strconv"
	"unsafe"
)

func init() {
	if os.Getenv("KRAIT_LEAKDEBUG") == "" {
		return
	}
	sysExtraMethodTable = append(sysExtraMethodTable, Method{Name: "_krait_leakpath", Flags: MethO,
		Fn: func(_ Value, a []Value) (Value, *Exception) {
			obj, err := Call(a[0], nil, nil)
			if err != nil || obj == None {
				return obj, err
			}
			return leakPath(obj), nil
		}})
}

// leakPath walks breadth first from the roots to target and describes
// the path found.
func leakPath(target Value) Value {
	initTraversers()
	gcWalking = true
	defer func() { gcWalking = false }()
	type step struct {
		parent unsafe.Pointer
		label  string
	}
	seen := map[unsafe.Pointer]step{}
	var queue []Value
	label := ""
	var from unsafe.Pointer
	push := func(x Value) {
		if x.IsNull() || x.IsSmallInt() || x.IsFloat() {
			return
		}
		if _, ok := seen[x.p]; ok {
			return
		}
		seen[x.p] = step{from, label}
		queue = append(queue, x)
	}
	for _, th := range append([]*Thread{mainThread}, otherThreads()...) {
		for _, f := range th.pool[:th.npool] {
			name := "?"
			if f.code != nil {
				name = f.code.qualname.String()
			}
			for i, x := range f.regs {
				label = "frame " + name + " r" + strconv.Itoa(i)
				push(x)
			}
			label = "frame " + name
			traverseFrameRecord(f, push)
		}
	}
	label = "root"
	visitRoots(push)
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		if v.p == target.p {
			break
		}
		if walkable(v) {
			from, label = v.p, ""
			walkRefs(v, push)
		}
	}
	if _, ok := seen[target.p]; !ok {
		return NewList(nil)
	}
	var path []Value
	for p := target.p; p != nil; {
		s := seen[p]
		desc := ValueOfHeader((*Header)(p)).Type().Name + " at 0x" + strconv.FormatUint(uint64(uintptr(p)), 16)
		if s.label != "" {
			desc = s.label + ": " + desc
		}
		path = append([]Value{StrValue(desc)}, path...)
		p = s.parent
	}
	return NewList(path)
}
