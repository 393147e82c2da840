// This file defines the __text_signature__ of the builtins module's
// functions whose parameters have defaults (a Method's Sig does not record
// default values), as CPython 3.11's Argument Clinic gives them, so that
// inspect.signature(print) works; and the builtins module's docstring.

package runtime

// builtinsTextSigs maps a builtins function's name to its signature.
var builtinsTextSigs = map[string]string{
	"__import__": "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)",
	"anext":      "($module, aiterator, default=<unrepresentable>, /)",
	"compile":    "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
	"eval":       "($module, source, globals=None, locals=None, /)",
	"exec":       "($module, source, globals=None, locals=None, /, *, closure=None)",
	"format":     "($module, value, format_spec='', /)",
	"input":      "($module, prompt='', /)",
	"pow":        "($module, /, base, exp, mod=None)",
	"print":      "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
	"round":      "($module, /, number, ndigits=None)",
	"sorted":     "($module, iterable, /, *, key=None, reverse=False)",
	"sum":        "($module, iterable, /, start=0)",
}

// builtinsDoc is the builtins module's __doc__.
const builtinsDoc = "Built-in functions, types, exceptions, and other objects.\n\n" +
	"This module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\n" +
	"the full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\n" +
	"applications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\n" +
	"which the built-in of that name is also needed."

// builtinsTextSig returns f's signature from builtinsTextSigs when f is
// one of the builtins module's functions, else "".
func builtinsTextSig(f *BuiltinFunction) string {
	if builtinsModule == nil || f.self.IsNull() || f.self.p != builtinsModule.Value().p {
		return ""
	}
	return builtinsTextSigs[f.m.Name]
}
