// This file defines what the itertools types share: the object header with
// the attribute record of Python subclass instances, type creation, and
// CPython's argument-count messages that the generic binder does not give.

package itertools

import "krait/runtime"

// iterBase starts every itertools object: the header, then the instance
// attributes, which only instances of Python subclasses have.
type iterBase struct {
	runtime.Header
	attrs *runtime.Attrs
}

// newBase returns the base of a new instance of t.
func newBase(t *runtime.Type) iterBase {
	b := iterBase{Header: runtime.HeaderFor(t)}
	if t.Flags&runtime.FlagHeapType != 0 {
		b.attrs = &runtime.Attrs{}
	}
	return b
}

func selfIter(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }

func baseAttrs(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[iterBase](v).attrs }

// positionalOnly names the types whose constructor refuses keywords unless
// a subclass defines __init__ to take them, as CPython's tp_new do.
var positionalOnly = map[string]bool{"chain": true, "cycle": true, "dropwhile": true, "filterfalse": true,
	"islice": true, "pairwise": true, "starmap": true, "takewhile": true}

// newIterType creates the iterator type itertools.<name>: subclassable
// unless final, its own iterator, with new as constructor and next as
// __next__.
func newIterType(name, doc string, final bool, methods []runtime.Method,
	newFn func(*runtime.Type, []runtime.Value, []*runtime.Str) (runtime.Value, *runtime.Exception),
	next runtime.UnaryFunc, setup func(*runtime.Type)) *runtime.Type {
	flags := runtime.FlagBaseType
	if final {
		flags = 0
	}
	methods = append(methods, stateMethods[name]...)
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "itertools." + name, Flags: flags, Doc: doc, Methods: methods},
		func(t *runtime.Type) {
			t.New = newFn
			if positionalOnly[name] {
				t.New = func(st *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
					args, err := runtime.NoKeywordsUnlessInit(st, t, name, args, kw)
					if err != nil {
						return runtime.Value{}, err
					}
					return newFn(st, args, nil)
				}
			}
			t.Iter = selfIter
			t.Next = next
			t.InstAttrs = baseAttrs
			if setup != nil {
				setup(t)
			}
		})
}

// next returns the next item of the iterator it, null at exhaustion.
func next(it runtime.Value) (runtime.Value, *runtime.Exception) { return runtime.Next(it) }

// tupleOf is PySequence_Tuple: the items of v as a fresh slice.
func tupleOf(v runtime.Value) ([]runtime.Value, *runtime.Exception) {
	switch v.Type() {
	case runtime.TupleType:
		return v.AsTuple().Items(), nil
	case runtime.ListType:
		l, _ := v.TryList()
		return append([]runtime.Value(nil), l.Items()...), nil
	}
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	var out []runtime.Value
	if n, err := runtime.Len(v); err == nil && n > 0 {
		out = make([]runtime.Value, 0, n)
	}
	for {
		x, err := next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}

// typeName is _PyType_Name: the type's name after its module.
func typeName(t *runtime.Type) string {
	for i := len(t.Name) - 1; i >= 0; i-- {
		if t.Name[i] == '.' {
			return t.Name[i+1:]
		}
	}
	return t.Name
}

// maxAlloc bounds the sizes taken from arguments (tee's n, product's
// pools, r of the combinatorics): Go cannot recover from a failed
// allocation, so a request CPython would try and fail with MemoryError is
// refused up front.
const maxAlloc = 1 << 28

// memoryError is a MemoryError without a message, as CPython raises it.
func memoryError() *runtime.Exception {
	t, _ := runtime.BuiltinsModule().Dict.GetStr(runtime.Intern("MemoryError"))
	return runtime.NewException(t.AsType())
}
