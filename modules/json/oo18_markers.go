// This file keeps the containers being encoded on a short stack in the
// encoder instead of in its markers dict while the dict is empty: every
// list and dict of json.dumps went through a dict insert and delete keyed
// by its id (a resize of the markers table every few containers). The
// cycle check is the same: a container already on the stack, or in the
// dict (used below the stack's depth, or given non-empty by the caller),
// is a circular reference.

package json

import "krait/runtime"

// activeMax bounds the stack: deeper containers go to the markers dict,
// whose lookup beats a linear scan of a long stack.
const activeMax = 32

// activeMark is the ident markEnter returns for a container it pushed on
// the stack (the dict path returns an int).
var activeMark = runtime.None

// markActive checks v against the stack and pushes it when the markers
// dict d is empty and the stack has room; done is false when the dict
// path must record v.
func (e *encoderObject) markActive(v runtime.Value, d *runtime.Dict) (ident runtime.Value, done bool, err *runtime.Exception) {
	for _, x := range e.active {
		if x.Is(v) {
			return runtime.Value{}, true, runtime.NewValueError("Circular reference detected")
		}
	}
	if d.Len() != 0 || len(e.active) >= activeMax {
		return runtime.Value{}, false, nil
	}
	e.active = append(e.active, v)
	return activeMark, true, nil
}

// leaveActive pops the stack's top, v's entry (encoding is nested).
func (e *encoderObject) leaveActive() {
	n := len(e.active) - 1
	e.active[n] = runtime.Value{}
	e.active = e.active[:n]
}

// flushActive moves the stack's entries above base to the markers dict
// after an encoding error: the containers on the failed path stay marked
// there, as the dict path leaves them (a reused encoder object, or the
// caller's dict, sees the same markers as with CPython's encoder).
func (e *encoderObject) flushActive(base int) {
	if len(e.active) <= base {
		return
	}
	if d, ok := e.markers.TryDict(); ok {
		for _, x := range e.active[base:] {
			_ = d.SetItem(runtime.Int(int64(x.Ptr())), x) // an int key: no error
		}
	}
	clear(e.active[base:])
	e.active = e.active[:base]
}
