// This file defines CallMethodVec, the call obj.name(...) as LOAD_METHOD
// and CALL make it, for native modules that call Python methods often
// (the _asyncio module calls loop.call_soon per task step and per done
// callback): no bound method, no variadic slice, no interning per call.

package runtime

// CallMethodVec calls obj.name with the vectorcall arguments args and
// kwnames (kwnames naming the last len(kwnames) of args). A method found on
// obj's type is called with obj prepended, without binding it.
func CallMethodVec(obj Value, name *Str, args []Value, kwnames []*Str) (Value, *Exception) {
	fn, self, err := loadMethod(obj, name)
	if err != nil {
		return Value{}, err
	}
	if self.IsNull() {
		return Call(fn, args, kwnames)
	}
	return callWithSelf(fn, self, args, kwnames) // callm16_callmethod.go
}
