// This file defines which builtin exception classes show __new__, __init__
// and __str__ in their own __dict__: CPython's C types set tp_new, tp_init
// and tp_str explicitly (to the same functions as their base, mostly), so
// vars(ValueError) holds __init__ and __new__ although Krait's ValueError
// inherits those slots from BaseException.

package runtime

// excInheritsNew lists the classes whose C type leaves tp_new to its base
// (as do OSError's subclasses).
var excInheritsNew = map[string]bool{
	"AttributeError": true, "ImportError": true, "ModuleNotFoundError": true, "NameError": true,
	"UnboundLocalError": true, "StopIteration": true, "SyntaxError": true, "IndentationError": true,
	"TabError": true, "SystemExit": true, "KeyError": true, "ExceptionGroup": true,
}

// excOwnStr lists the classes whose C type sets tp_str itself.
var excOwnStr = map[string]bool{
	"AttributeError": true, "KeyError": true, "NameError": true, "SyntaxError": true,
	"ImportError": true, "OSError": true,
}

// markExceptionOwnSlots sets, on a builtin exception class, the ownSlots
// bits addSlotWrappers turns into __dict__ entries.
func markExceptionOwnSlots(t *Type) {
	if exceptionTypeByName[t.Name] != t || t.Name == "ExceptionGroup" {
		return
	}
	own := func(name string) {
		t.ownSlots |= setSlotsIn(t, slotMaskNamed(name)) // init14_slotmasks.go
	}
	own("__init__")
	if !excInheritsNew[t.Name] && (t == OSErrorType || !t.IsSubtype(OSErrorType)) {
		own("__new__")
	}
	if excOwnStr[t.Name] {
		own("__str__")
	}
}
