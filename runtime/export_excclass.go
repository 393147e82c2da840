// This file defines the helpers native modules use to create their
// exception classes the way CPython's C modules do with
// PyErr_NewException(WithDoc): a heap class whose namespace holds
// __module__ (and __doc__ when one is given).

package runtime

import "sync"

// NewExceptionClass creates the exception class module.name with the given
// bases and, when doc is not empty, __doc__ doc. It panics if the class
// cannot be built, which only happens when the bases are inconsistent (a
// bug in the caller, never a user error).
func NewExceptionClass(module, name, doc string, bases ...*Type) *Type {
	ns := NewDict()
	ns.SetStr(Intern("__module__"), StrValue(module))
	if doc != "" {
		ns.SetStr(Intern("__doc__"), StrValue(doc))
	}
	t, err := NewClass(TypeType, name, bases, ns)
	if err != nil {
		panic("krait: cannot create " + module + "." + name)
	}
	return t
}

// LazyExceptionClass returns a function that creates the class described as
// for NewExceptionClass on its first call and returns that same class on
// every call, so that a module's exception is built only when used and is
// shared by every import of the module.
func LazyExceptionClass(module, name, doc string, bases ...*Type) func() *Type {
	return sync.OnceValue(func() *Type { return NewExceptionClass(module, name, doc, bases...) })
}
