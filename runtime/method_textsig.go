// This file defines __text_signature__ of builtin functions and method
// descriptors, built from their Method's Sig as CPython's Argument Clinic
// docstrings give it ("($self, object, /)"), which inspect.signature
// parses. A Sig may record that a parameter is optional without its
// default ("value="): a method with such a parameter has no signature
// (None), as CPython's builtins without one (getattr); "value=None" states
// the default.

package runtime

import (
	"sort"
	"strings"
)

// textSignature returns the __text_signature__ of m with the given first
// parameter ("$self", "$module", "$type", or "" for a static method), or
// "" when m's parameters cannot be stated.
func textSignature(m *Method, first string) string {
	var params []string
	switch {
	case nativeMethodSignature(m, &params):
	case m.Flags&(MethNoArgs|MethClass) == MethNoArgs|MethClass:
		return "" // object.__init_subclass__, undocumented in CPython
	case m.Flags&MethNoArgs != 0:
	case m.Sig == "":
		return "" // METH_O or an unparsed convention: the name is unknown
	default:
		sig := m.Sig
		if m.Params != "" {
			sig = m.Params // ClinicMethod's own parameters
		}
		for _, p := range strings.Split(sig, ",") {
			p = strings.TrimSpace(p)
			if strings.HasSuffix(p, "=") || strings.HasPrefix(p, "*") && p != "*" {
				return "" // an unstated default, or *args often standing for a hand parser
			}
			params = append(params, p)
		}
	}
	if first != "" {
		hasSlash := false
		for _, p := range params {
			hasSlash = hasSlash || p == "/"
		}
		if hasSlash {
			params = append([]string{first}, params...)
		} else {
			params = append([]string{first, "/"}, params...)
		}
	}
	return "(" + strings.Join(params, ", ") + ")"
}

// methodFirstParam is the bound first parameter CPython's signature of m
// names: $type for class methods, none for static ones, else def.
func methodFirstParam(m *Method, def string) string {
	switch {
	case m.Flags&MethClass != 0:
		return "$type"
	case m.Flags&MethStatic != 0:
		return ""
	}
	return def
}

// moduleFuncTextSig looks the module function f up in moduleFuncTextSigs.
func moduleFuncTextSig(f *BuiltinFunction) (string, bool) {
	if f.owner != nil {
		return "", false
	}
	mod := f.mod
	moduleDefsMu.Lock()
	if imp, ok := funcModuleImports[mod]; ok {
		mod = imp
	}
	moduleDefsMu.Unlock()
	key := mod + "." + f.m.Name
	i := sort.Search(len(moduleFuncTextSigs), func(i int) bool { return moduleFuncTextSigs[i].key >= key })
	if i < len(moduleFuncTextSigs) && moduleFuncTextSigs[i].key == key {
		return moduleFuncTextSigs[i].sig, true
	}
	return "", false
}

// textSignatureValue is the str, or None when sig is "".
func textSignatureValue(sig string) Value {
	if sig == "" {
		return None
	}
	return StrValue(sig)
}

func init() {
	BuiltinFunctionType.getsets = append(BuiltinFunctionType.getsets, GetSetDef{Name: "__text_signature__",
		Get: func(v Value) (Value, *Exception) {
			f := ptrOf[BuiltinFunction](v)
			if sig := builtinsTextSig(f); sig != "" {
				return StrValue(sig), nil
			}
			if sig, ok := builtinMethodTextSig(f.owner, f.m); ok {
				return textSignatureValue(sig), nil // method_textsig_table.go
			}
			first := "$self"
			if f.self.IsNull() || IsInstance(f.self, ModuleType) {
				first = "$module"
				if sig, ok := moduleFuncTextSig(f); ok {
					if f.self.IsNull() {
						sig = unboundModuleSig(sig)
					}
					return textSignatureValue(sig), nil // module_textsig_table.go ("" for None)
				}
				if f.self.IsNull() {
					first = "" // __self__ is None: inspect keeps every parameter
				}
			}
			return textSignatureValue(textSignature(f.m, methodFirstParam(f.m, first))), nil
		}})
	MethodDescriptorType.getsets = append(MethodDescriptorType.getsets, GetSetDef{Name: "__text_signature__",
		Get: func(v Value) (Value, *Exception) {
			m := ptrOf[MethodDescr](v).m
			if sig, ok := builtinMethodTextSig(ptrOf[MethodDescr](v).owner, m); ok {
				return textSignatureValue(sig), nil // method_textsig_table.go
			}
			return textSignatureValue(textSignature(m, methodFirstParam(m, "$self"))), nil
		}})
}

// unboundModuleSig drops the leading $module parameter of a table
// signature for a module function without a bound module (open, shared
// by builtins and _io): its __self__ is None, so inspect would not drop it.
func unboundModuleSig(sig string) string {
	rest, ok := strings.CutPrefix(sig, "($module")
	if !ok {
		return sig
	}
	rest = strings.TrimPrefix(rest, ", /")
	rest = strings.TrimPrefix(rest, ",")
	return "(" + strings.TrimLeft(rest, " \n")
}
