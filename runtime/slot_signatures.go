// This file defines __text_signature__ of slot wrappers and method-wrappers
// (what inspect.signature reads for int.__add__ or object.__init__.__get__).

package runtime

import "strings"

// slotSignatures are the slots whose parameters are not "value" or none.
var slotSignatures = map[string]string{
	"__get__":          "($self, instance, owner=None, /)",
	"__set__":          "($self, instance, value, /)",
	"__delete__":       "($self, instance, /)",
	"__getattribute__": "($self, name, /)",
	"__getattr__":      "($self, name, /)",
	"__setattr__":      "($self, name, value, /)",
	"__delattr__":      "($self, name, /)",
	"__getitem__":      "($self, key, /)",
	"__setitem__":      "($self, key, value, /)",
	"__delitem__":      "($self, key, /)",
	"__contains__":     "($self, key, /)",
	"__call__":         "($self, /, *args, **kwargs)",
	"__init__":         "($self, /, *args, **kwargs)",
	"__pow__":          "($self, value, mod=None, /)",
	"__rpow__":         "($self, value, mod=None, /)",
}

// slotTextSignature is the signature CPython's slotdefs give name.
func slotTextSignature(name string) string {
	if s, ok := slotSignatures[name]; ok {
		return s
	}
	op := strings.TrimSuffix(strings.TrimPrefix(name, "__"), "__")
	if isBinarySlotName(op) {
		return "($self, value, /)"
	}
	return "($self, /)"
}

func isBinarySlotName(op string) bool {
	switch op {
	case "eq", "ne", "lt", "le", "gt", "ge":
		return true
	}
	for _, p := range []string{"", "r", "i"} {
		for _, b := range []string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
			"pow", "lshift", "rshift", "and", "or", "xor"} {
			if op == p+b {
				return true
			}
		}
	}
	return false
}

func init() {
	SlotWrapperType.getsets = append(SlotWrapperType.getsets, GetSetDef{Name: "__text_signature__",
		Get: func(v Value) (Value, *Exception) {
			return StrValue(slotTextSignature(ptrOf[slotWrapper](v).name.S)), nil
		}})
	MethodWrapperType.getsets = append(MethodWrapperType.getsets, GetSetDef{Name: "__text_signature__",
		Get: func(v Value) (Value, *Exception) {
			return StrValue(slotTextSignature(ptrOf[methodWrapper](v).w.name.S)), nil
		}})
}
