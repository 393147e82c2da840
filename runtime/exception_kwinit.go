// This file defines the __init__ of the exceptions that take keyword
// arguments besides their message: NameError(name=) and
// AttributeError(name=, obj=), kept in the exception's extra fields where
// the interpreter stores them when it raises these errors itself.

package runtime

import "slices"

// kwExcInit makes an __init__ accepting the keywords names (in extra's
// order, missing ones None) after any positional arguments.
func kwExcInit(names ...string) func(self Value, args []Value, kwnames []*Str) *Exception {
	return func(self Value, args []Value, kwnames []*Str) *Exception {
		e := self.AsException()
		e.Args = NewTuple(append([]Value(nil), args[:len(args)-len(kwnames)]...))
		if len(kwnames) == 0 {
			return nil
		}
		if len(kwnames) > len(names) {
			plural := "s"
			if len(names) == 1 {
				plural = ""
			}
			return NewTypeError("%s() takes at most %d keyword argument%s (%d given)", self.Type().Name, len(names), plural, len(kwnames))
		}
		extra := make([]Value, len(names))
		for i := range extra {
			extra[i] = None
		}
		kwvals := args[len(args)-len(kwnames):]
		for i, k := range kwnames {
			j := slices.Index(names, k.S)
			if j < 0 {
				return NewTypeError("'%s' is an invalid keyword argument for %s()", k.S, self.Type().Name)
			}
			extra[j] = kwvals[i]
		}
		e.extra = extra
		return nil
	}
}

func init() {
	NameErrorType.Init = kwExcInit("name")
	AttributeErrorType.Init = kwExcInit("name", "obj")
}
