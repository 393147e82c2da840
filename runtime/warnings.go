// This file defines the _warnings module and Warn, through which Go code
// issues warnings. Krait runs CPython's pure-Python warnings module for the
// filter machinery (warnings.py falls back to it because this _warnings
// has no `filters`); _warnings.warn hands over to it once it is imported,
// and before that applies CPython's default filters itself.

package runtime

import (
	"os"
	"strconv"
	"strings"
)

var warningsMethods = []Method{
	{Name: "warn", Sig: "message, category=, stacklevel=, source=", Fn: warnings_warn},
}

func init() {
	RegisterModule(&ModuleDef{Name: "_warnings", Doc: "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.",
		Methods: warningsMethods})
}

func warnings_warn(self Value, a []Value) (Value, *Exception) {
	cat := a[1]
	if IsInstance(a[0], WarningType) {
		cat = a[0].Type().Value()
	} else if cat.IsNone() || cat.IsNull() {
		cat = exceptionTypeByName["UserWarning"].Value()
	}
	ct, ok := cat.TryType()
	if !ok || !ct.IsSubtype(WarningType) {
		return Value{}, NewTypeError("category must be a Warning subclass, not '%s'", cat.Type().Name)
	}
	level := 1
	if !a[2].IsNull() {
		n, err := indexToInt(a[2], "")
		if err != nil {
			return Value{}, err
		}
		level = int(n)
	}
	return None, warnValue(a[0], ct, level, nullToNone(a[3]))
}

// Warn issues a warning of category with message msg, attributed to the
// Python frame stacklevel levels up (1: the innermost running frame).
// It returns the exception if the warning filters turn it into an error.
func Warn(category *Type, msg string, stacklevel int) *Exception {
	return warnValue(StrValue(msg), category, stacklevel, None)
}

func warnValue(message Value, category *Type, stacklevel int, source Value) *Exception {
	if w, ok := sysModules.GetStr(Intern("warnings")); ok && IsInstance(w, ModuleType) {
		if fn, ok := ptrOf[Module](w).Dict.GetStr(Intern("warn")); ok {
			_, err := Call(fn, []Value{message, category.Value(), Int(int64(stacklevel)), source}, nil)
			return err
		}
	}
	return warnDefault(message, category, stacklevel)
}

// warnDefault shows a warning under CPython's default filters, for
// warnings issued before the warnings module is imported.
func warnDefault(message Value, category *Type, stacklevel int) *Exception {
	f := curThread.cur
	for i := 1; i < stacklevel && f != nil; i++ {
		f = f.back
	}
	module, filename, lineno := "sys", "sys", 0
	if f != nil {
		filename = f.code.filename
		lineno = f.code.Line(f.lasti)
		if n, ok := f.globals.GetStr(Intern("__name__")); ok {
			if s, ok := n.TryStr(); ok {
				module = s.S
			}
		}
	}
	switch category.Name {
	case "DeprecationWarning":
		if module != "__main__" {
			return nil
		}
	case "PendingDeprecationWarning", "ImportWarning", "ResourceWarning":
		return nil
	}
	text, err := StrOf(message)
	if err != nil {
		return err
	}
	Stdout.Flush()
	line := filename + ":" + strconv.Itoa(lineno) + ": " + category.Name + ": " + text.S + "\n"
	if src := sourceLine(filename, lineno); src != "" {
		line += "  " + strings.TrimSpace(src) + "\n"
	}
	os.Stderr.WriteString(line)
	return nil
}
