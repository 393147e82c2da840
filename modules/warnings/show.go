// This file defines how a warning that passed the filters is shown:
// through warnings._showwarnmsg (with a WarningMessage) when the warnings
// module is loaded, else written to sys.stderr in CPython's plain format.

package warningsmod

import (
	"strconv"
	"strings"

	"krait/internal/nopoll"
	rt "krait/runtime"
)

// callShowWarning is call_show_warning. A source object makes it import
// warnings (whose display can show where source was allocated).
func callShowWarning(category, text, message, filename rt.Value, lineno int, linenoObj, sourceLine, source rt.Value) *rt.Exception {
	show, err := warningsAttr("_showwarnmsg", !source.IsNull())
	if err != nil {
		return err
	}
	if show.IsNull() {
		return showWarning(filename, lineno, text, category, sourceLine)
	}
	if show.Type().Call == nil {
		return rt.NewTypeError("warnings._showwarnmsg() must be set to a callable")
	}
	cls, err := warningsAttr("WarningMessage", false)
	if err != nil {
		return err
	}
	if cls.IsNull() {
		return rt.NewRuntimeError("unable to get warnings.WarningMessage")
	}
	msg, err := rt.Call(cls, []rt.Value{message, category, filename, linenoObj, rt.None, rt.None, nullToNone(source)}, nil)
	if err != nil {
		return err
	}
	_, err = rt.Call(show, []rt.Value{msg}, nil)
	return err
}

// showWarning is show_warning: "filename:lineno: Category: text" and the
// source line on sys.stderr. Like CPython it reports no error.
func showWarning(filename rt.Value, lineno int, text, category rt.Value, sourceLine rt.Value) *rt.Exception {
	name, err := rt.GetAttrString(category, "__name__")
	if err != nil {
		return nil
	}
	parts := make([]string, 0, 3)
	for _, v := range []rt.Value{filename, name, text} {
		s, err := rt.StrOf(v)
		if err != nil {
			return nil
		}
		parts = append(parts, s.S)
	}
	var b strings.Builder
	b.WriteString(parts[0] + ":" + strconv.Itoa(lineno) + ": " + parts[1] + ": " + parts[2] + "\n")
	// A line from module_globals' loader is not shown: 3.11's
	// show_warning gives up on it (its PyUnicode_READY check is inverted).
	if sourceLine.IsNull() {
		if line, ok := fileLine(parts[0], lineno); ok {
			b.WriteString("  " + line + "\n")
		}
	}
	rt.WriteStderr(b.String())
	return nil
}

// fileLine returns line lineno of the file, without its leading blanks,
// as _Py_DisplaySourceLine shows it.
func fileLine(filename string, lineno int) (string, bool) {
	if lineno < 1 {
		return "", false
	}
	data, err := readSourceFile(filename)
	if err != nil {
		return "", false
	}
	lines := strings.SplitAfter(string(data), "\n")
	if lineno > len(lines) || lines[lineno-1] == "" {
		return "", false
	}
	line := strings.TrimRight(lines[lineno-1], "\r\n")
	return strings.TrimLeft(line, " \t\f"), true
}

// readSourceFile reads filename, or as _Py_FindSourceFile its base name
// in the first sys.path directory that has it.
func readSourceFile(filename string) ([]byte, error) {
	data, err := nopoll.ReadFile(filename)
	if err == nil {
		return data, nil
	}
	tail := filename[strings.LastIndexByte(filename, '/')+1:]
	path, ok := rt.SysModule().Dict.GetStr(rt.Intern("path"))
	if !ok {
		return nil, err
	}
	l, ok := path.TryList()
	if !ok {
		return nil, err
	}
	for _, p := range l.Items() {
		if s, ok := p.TryStr(); ok {
			if data, e := nopoll.ReadFile(s.S + "/" + tail); e == nil {
				return data, nil
			}
		}
	}
	return nil, err
}

// getSourceLine returns line lineno of the module whose globals are g,
// through its __loader__.get_source(__name__), or null when it has none.
func getSourceLine(g *rt.Dict, lineno int64) (rt.Value, *rt.Exception) {
	loader, ok := g.GetStr(rt.Intern("__loader__"))
	if !ok {
		return rt.Value{}, nil
	}
	name, ok := g.GetStr(rt.Intern("__name__"))
	if !ok {
		return rt.Value{}, nil
	}
	getSource, err := rt.GetAttrString(loader, "get_source")
	if err != nil {
		if err.Matches(rt.AttributeErrorType) {
			return rt.Value{}, nil
		}
		return rt.Value{}, err
	}
	src, err := rt.Call(getSource, []rt.Value{name}, nil)
	if err != nil || src.IsNone() {
		return rt.Value{}, err
	}
	lines, err := rt.CallMethod(src, "splitlines")
	if err != nil {
		return rt.Value{}, err
	}
	l, ok := lines.TryList()
	if !ok {
		return rt.Value{}, nil
	}
	items := l.Items()
	if lineno < 1 || lineno > int64(len(items)) {
		return rt.Value{}, rt.NewExceptionMsg(rt.IndexErrorType, "list index out of range")
	}
	return items[lineno-1], nil
}
