// This file defines exported helpers that the compatlib branch's native
// module fixes need from the runtime.

package runtime

// NoKeywordsUnlessInit is the keyword check of CPython's tp_new for types
// that take positional arguments only (map, filter, itertools.cycle, ...):
// keyword arguments are refused unless t, a subclass of base, defines its own
// __init__, which then receives them. It returns the positional arguments.
func NoKeywordsUnlessInit(t, base *Type, name string, args []Value, kwnames []*Str) ([]Value, *Exception) {
	if len(kwnames) == 0 {
		return args, nil
	}
	if t == base || t.Lookup(Intern("__init__")).Is(base.Lookup(Intern("__init__"))) {
		return nil, NewTypeError("%s() takes no keyword arguments", name)
	}
	return args[:len(args)-len(kwnames)], nil
}

// subclassAttrs returns the attribute record of a new instance of t: one for
// instances of Python subclasses of a builtin type, nil for the type's own.
func subclassAttrs(t *Type) *Attrs {
	if t.Flags&FlagHeapType != 0 {
		return &Attrs{}
	}
	return nil
}
