// This file rewords pickle.py's PicklingError for a global that cannot be
// found as CPython's C pickler words it, since _pickle.dump and dumps run
// pickle.py's pure-Python pickler.

package pickle

import (
	"strings"

	"krait/runtime"
)

// notFoundAs is pickle.py's wording: "Can't pickle OBJ: it's not found as
// MODULE.QUALNAME".
const notFoundAs = ": it's not found as "

// cPicklingError rewrites err's message, when it is pickle.py's "not
// found as" PicklingError, to the C pickler's "attribute lookup QUALNAME
// on MODULE failed" (the module imported) or "import of module 'MODULE'
// failed"; for a function or class local to a function, the C pickler's
// AttributeError "Can't pickle local object 'QUALNAME'".
func cPicklingError(err *exc) *exc {
	if err == nil || err.Type().Name != "PicklingError" || err.Args == nil || len(err.Args.Items()) != 1 {
		return err
	}
	msg, ok := err.Args.Items()[0].TryStr()
	if !ok {
		return err
	}
	head, dotted, found := strings.Cut(msg.S, notFoundAs)
	if !found {
		return err
	}
	mod, qual := splitModule(dotted)
	if mod == "" {
		return err
	}
	if qual != "" && strings.Contains("."+qual+".", ".<locals>.") {
		r, rerr := runtime.Repr(runtime.StrValue(qual))
		if rerr != nil {
			return err
		}
		return runtime.NewExceptionMsg(runtime.AttributeErrorType, "Can't pickle local object "+r.S)
	}
	var text string
	if qual == "" {
		text = head + ": import of module '" + mod + "' failed"
	} else {
		text = head + ": attribute lookup " + qual + " on " + mod + " failed"
	}
	err.Args = runtime.NewTuple([]value{runtime.StrValue(text)})
	return err
}

// splitModule splits "pkg.mod.Class.attr" at the longest prefix that names
// an imported module; qual is "" when none does (the import failed, and
// the whole is taken as the module name up to its last dot).
func splitModule(dotted string) (mod, qual string) {
	for i := len(dotted); i > 0; i = strings.LastIndexByte(dotted[:i], '.') {
		if _, in := runtime.SysModulesGet(dotted[:i]); in && i < len(dotted) {
			return dotted[:i], dotted[i+1:]
		}
	}
	if j := strings.LastIndexByte(dotted, '.'); j > 0 {
		return dotted[:j], ""
	}
	return "", ""
}
