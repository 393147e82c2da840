// This file defines CallMethodVec, the call obj.name(...) as LOAD_METHOD
// and CALL make it, for native modules that call Python methods often
// (the _asyncio module calls loop.call_soon per task step and per done
// callback): no bound method, no variadic slice, no interning per call.

package runtime

// CallMethodVec calls obj.name with the vectorcall arguments args and
// kwnames (kwnames naming the last len(kwnames) of args). A method found on
// obj's type is called with obj prepended, without binding it. The
// arguments are copied onto the thread's register slab (as
// callMethodCopied does) so that args does not escape: a caller's
// argument array then stays on its Go stack instead of being allocated
// per call (two allocations per asyncio callback run).
func CallMethodVec(obj Value, name *Str, args []Value, kwnames []*Str) (Value, *Exception) {
	th := curThread
	top, n := th.top, len(args)
	if n == 0 || top+n > len(th.slab) {
		return callMethodVec(obj, name, append([]Value(nil), args...), kwnames)
	}
	buf := th.slab[top : top+n : top+n]
	copy(buf, args)
	th.top = top + n
	r, err := callMethodVec(obj, name, buf, kwnames)
	th.top = top
	clear(buf) // the slab must not keep the arguments alive
	return r, err
}

// callMethodVec is CallMethodVec once args is where it may escape to.
func callMethodVec(obj Value, name *Str, args []Value, kwnames []*Str) (Value, *Exception) {
	fn, self, err := loadMethod(obj, name)
	if err != nil {
		return Value{}, err
	}
	if self.IsNull() {
		return Call(fn, args, kwnames)
	}
	return callWithSelf(fn, self, args, kwnames) // callm16_callmethod.go
}
