// This file defines Warn, through which Go code issues warnings. The
// _warnings module (modules/warnings) sets WarnHook; without it (a runtime
// linked without modules) Warn hands over to warnings.warn once warnings
// is imported, and before that applies CPython's default filters itself.

package runtime

import (
	"os"
	"strconv"
	"strings"
)

// Warn issues a warning of category with message msg, attributed to the
// Python frame stacklevel levels up (1: the innermost running frame).
// It returns the exception if the warning filters turn it into an error.
func Warn(category *Type, msg string, stacklevel int) *Exception {
	return warnValue(StrValue(msg), category, stacklevel, Value{})
}

func warnValue(message Value, category *Type, stacklevel int, source Value) *Exception {
	if WarnHook != nil {
		return WarnHook(message, category, stacklevel, source)
	}
	if w, ok := sysModules.GetStr(Intern("warnings")); ok && IsInstance(w, ModuleType) {
		if fn, ok := ptrOf[Module](w).Dict.GetStr(Intern("warn")); ok {
			_, err := Call(fn, []Value{message, category.Value(), Int(int64(stacklevel)), nullToNone(source)}, nil)
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
		filename = f.code.c.Filename
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
