package asyncio

import "krait/runtime"

// future_setattro is the C Future's (and Task's) attribute assignment: the
// C object has a dict slot, so `fut.result = fn` shadows the method on that
// one instance (asyncio's tests monkey-patch futures this way). The Attrs are
// made on the first assignment only, so plain futures stay small; deleting an
// attribute that was never set is the usual AttributeError.
func future_setattro(v value, name *runtime.Str, val value) *exc {
	if f := futureOf(v); f.attrs == nil && !val.IsNull() {
		f.attrs = &runtime.Attrs{}
	}
	return runtime.GenericSetAttr(v, name, val)
}
