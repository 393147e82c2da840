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
	b := iterBase{Header: runtime.ObjectHeader(t)}
	if t.Flags&runtime.FlagHeapType != 0 {
		b.attrs = &runtime.Attrs{}
	}
	return b
}

func selfIter(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }

func baseAttrs(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[iterBase](v).attrs }

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
			t.Iter = selfIter
			t.Next = next
			t.InstAttrs = baseAttrs
			if setup != nil {
				setup(t)
			}
		})
}

// checkArgCount gives the messages of CPython's keyword-argument parsers
// (vgetargskeywords, _PyArg_UnpackKeywords) that the generic binder does
// not: all arguments are counted before keyword names are looked at (at
// most maxArgs in all, at most maxPos positionally; maxPos < 0: no
// separate limit), and a missing required parameter is named. required
// lists the required parameters, which come first.
func checkArgCount(name string, args []runtime.Value, kwnames []*runtime.Str, maxArgs, maxPos int, required ...string) *runtime.Exception {
	npos := len(args) - len(kwnames)
	if len(args) > maxArgs {
		kw := ""
		if npos == 0 {
			kw = "keyword "
		}
		return runtime.NewTypeError("%s() takes at most %d %s%s (%d given)", name, maxArgs, kw, pluralArg(maxArgs), len(args))
	}
	if maxPos >= 0 && npos > maxPos {
		if maxPos == 0 {
			return runtime.NewTypeError("%s() takes no positional arguments", name)
		}
		how := "exactly"
		if len(required) < maxPos {
			how = "at most"
		}
		return runtime.NewTypeError("%s() takes %s %d positional %s (%d given)", name, how, maxPos, pluralArg(maxPos), npos)
	}
	if len(kwnames) == 0 && npos < len(required) {
		return runtime.NewTypeError("%s() missing required argument '%s' (pos %d)", name, required[npos], npos+1)
	}
	return nil
}

func pluralArg(n int) string {
	if n == 1 {
		return "argument"
	}
	return "arguments"
}

// next returns the next item of the iterator it, null at exhaustion.
func next(it runtime.Value) (runtime.Value, *runtime.Exception) { return runtime.Next(it) }

// tupleOf is PySequence_Tuple: the items of v as a fresh slice.
func tupleOf(v runtime.Value) ([]runtime.Value, *runtime.Exception) {
	if t, ok := v.TryTuple(); ok && v.Type() == runtime.TupleType {
		return t.Items(), nil
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

// classGetItem is __class_getitem__: chain[int] is a types.GenericAlias.
func classGetItem(cls runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ClassGetItem(cls, a)
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
