// Package readline is the readline module. Krait has no GNU readline: the
// history list (add, get, remove, replace, clear, read and write history
// files), the completer and its delimiters and the hooks keep the state
// programs and the cmd, rlcompleter and site modules set and read, with
// CPython's errors, and input() at a terminal reads through a small line
// editor of its own (compat17b_editor.go) that uses them.
package readline

import (
	"os"
	"path/filepath"
	"strings"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// state is the module's state, one per process as GNU readline's.
var state = struct {
	history       []string
	historyLength int // -1: unlimited
	completer     value
	delims        string
	autoHistory   bool
	startupHook   value
	preInputHook  value
	displayHook   value
}{historyLength: -1, delims: " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?", autoHistory: true}

func none(value, []value) (value, *exc) { return runtime.None, nil }

// strArg returns a str argument, with the message CPython's "s" format
// gives for anything else.
func strArg(v value) (string, *exc) {
	s, ok := v.TryStr()
	if !ok {
		return "", runtime.NewTypeError("bad argument type for built-in operation")
	}
	return s.S, nil
}

func intArg(v value) (int, *exc) {
	n, err := runtime.IndexInt(v, "")
	return int(n), err
}

func add_history(_ value, a []value) (value, *exc) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	addEntry(s)
	return runtime.None, nil
}

func get_history_item(_ value, a []value) (value, *exc) {
	i, err := intArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	if i < 1 || i > len(state.history) {
		return runtime.None, nil // GNU readline's history is 1-based here
	}
	return runtime.StrValue(state.history[i-1]), nil
}

// historyPos checks a 0-based position for remove and replace.
func historyPos(v value) (int, *exc) {
	i, err := intArg(v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		return 0, runtime.NewValueError("History index cannot be negative")
	}
	if i >= len(state.history) {
		return 0, runtime.NewValueError("No history item at position %d", i)
	}
	return i, nil
}

func remove_history_item(_ value, a []value) (value, *exc) {
	i, err := historyPos(a[0])
	if err != nil {
		return runtime.None, err
	}
	state.history = append(state.history[:i], state.history[i+1:]...)
	return runtime.None, nil
}

func replace_history_item(_ value, a []value) (value, *exc) {
	i, err := historyPos(a[0])
	if err != nil {
		return runtime.None, err
	}
	s, err := strArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	state.history[i] = s
	return runtime.None, nil
}

func get_current_history_length(value, []value) (value, *exc) {
	return runtime.Int(int64(len(state.history))), nil
}

func clear_history(value, []value) (value, *exc) {
	state.history = nil
	return runtime.None, nil
}

func get_history_length(value, []value) (value, *exc) {
	return runtime.Int(int64(state.historyLength)), nil
}

func set_history_length(_ value, a []value) (value, *exc) {
	n, err := intArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	state.historyLength = n
	return runtime.None, nil
}

func set_auto_history(_ value, a []value) (value, *exc) {
	t, err := runtime.IsTrue(a[0])
	if err != nil {
		return runtime.None, err
	}
	state.autoHistory = t
	return runtime.None, nil
}

// hookSetter returns set_NAME(function=None): it checks the function as
// CPython does and keeps it (nothing calls it without a line editor).
func hookSetter(name string, keep func(value)) runtime.Method {
	return runtime.Method{Name: name, Sig: "function=, /", Fn: func(_ value, a []value) (value, *exc) {
		f := a[0]
		if f.IsNull() {
			f = runtime.None
		}
		if !f.IsNone() && f.Type().Call == nil {
			return runtime.None, runtime.NewTypeError("%s(func): argument not callable", name)
		}
		if keep != nil {
			keep(f)
		}
		return runtime.None, nil
	}}
}

func get_completer(value, []value) (value, *exc) {
	if state.completer.IsNull() {
		return runtime.None, nil
	}
	return state.completer, nil
}

func set_completer_delims(_ value, a []value) (value, *exc) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	state.delims = s
	return runtime.None, nil
}

func get_completer_delims(value, []value) (value, *exc) {
	return runtime.StrValue(state.delims), nil
}

func zero(value, []value) (value, *exc) { return runtime.Int(0), nil }

// historyFile is the file a history function's optional argument names:
// ~/.history by default, as GNU readline.
func historyFile(v value) (string, *exc) {
	if v.IsNull() || v.IsNone() {
		home, _ := os.UserHomeDir()
		return filepath.Join(home, ".history"), nil
	}
	return runtime.FSPath(v)
}

// lastEntries returns the history entries a file write keeps: the last
// history_length of them when that is set.
func lastEntries(n int) []string {
	h := state.history
	if n >= 0 && n < len(h) {
		h = h[len(h)-n:]
	}
	return h
}

func read_history_file(_ value, a []value) (value, *exc) {
	name, err := historyFile(a[0])
	if err != nil {
		return runtime.None, err
	}
	b, e := os.ReadFile(name)
	if e != nil {
		return runtime.None, runtime.NewOSErrorFromGo(e, value{}, value{})
	}
	text := strings.TrimSuffix(string(b), "\n")
	if text != "" {
		addEntry(strings.Split(text, "\n")...)
	}
	return runtime.None, nil
}

func writeHistory(name string, lines []string, flag int) *exc {
	f, e := os.OpenFile(name, flag, 0o600)
	if e == nil {
		var b strings.Builder
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
		_, e = f.WriteString(b.String())
		if cerr := f.Close(); e == nil {
			e = cerr
		}
	}
	if e != nil {
		return runtime.NewOSErrorFromGo(e, value{}, value{})
	}
	return nil
}

func write_history_file(_ value, a []value) (value, *exc) {
	name, err := historyFile(a[0])
	if err != nil {
		return runtime.None, err
	}
	return runtime.None, writeHistory(name, lastEntries(state.historyLength), os.O_WRONLY|os.O_CREATE|os.O_TRUNC)
}

func append_history_file(_ value, a []value) (value, *exc) {
	n, err := intArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	name, err := historyFile(a[1])
	if err != nil {
		return runtime.None, err
	}
	return runtime.None, writeHistory(name, lastEntries(max(n, 0)), os.O_WRONLY|os.O_APPEND)
}

// Module is the readline module.
var Module = &runtime.ModuleDef{
	Name: "readline",
	Doc:  "Importing this module enables command line editing using GNU readline.",
	Methods: []runtime.Method{
		{Name: "parse_and_bind", Sig: "string, /", Flags: runtime.MethO, Fn: parse_and_bind},
		{Name: "read_init_file", Sig: "filename=, /", Fn: none},
		{Name: "read_history_file", Sig: "filename=, /", Fn: read_history_file},
		{Name: "write_history_file", Sig: "filename=, /", Fn: write_history_file},
		{Name: "append_history_file", Sig: "nelements, filename=, /", Fn: append_history_file},
		{Name: "set_history_length", Sig: "length, /", Flags: runtime.MethO, Fn: set_history_length},
		{Name: "get_history_length", Flags: runtime.MethNoArgs, Fn: get_history_length},
		hookSetter("set_completer", func(f value) { state.completer = f }),
		{Name: "get_completer", Flags: runtime.MethNoArgs, Fn: get_completer},
		{Name: "get_completion_type", Flags: runtime.MethNoArgs, Fn: zero},
		{Name: "get_begidx", Flags: runtime.MethNoArgs, Fn: get_begidx},
		{Name: "get_endidx", Flags: runtime.MethNoArgs, Fn: get_endidx},
		{Name: "set_completer_delims", Sig: "string, /", Flags: runtime.MethO, Fn: set_completer_delims},
		{Name: "get_completer_delims", Flags: runtime.MethNoArgs, Fn: get_completer_delims},
		hookSetter("set_completion_display_matches_hook", func(f value) { state.displayHook = f }),
		hookSetter("set_startup_hook", func(f value) { state.startupHook = f }),
		hookSetter("set_pre_input_hook", func(f value) { state.preInputHook = f }),
		{Name: "add_history", Sig: "string, /", Flags: runtime.MethO, Fn: add_history},
		{Name: "remove_history_item", Sig: "pos, /", Flags: runtime.MethO, Fn: remove_history_item},
		{Name: "replace_history_item", Sig: "pos, line, /", Fn: replace_history_item},
		{Name: "get_history_item", Sig: "index, /", Flags: runtime.MethO, Fn: get_history_item},
		{Name: "get_current_history_length", Flags: runtime.MethNoArgs, Fn: get_current_history_length},
		{Name: "clear_history", Flags: runtime.MethNoArgs, Fn: clear_history},
		{Name: "set_auto_history", Sig: "enabled, /", Flags: runtime.MethO, Fn: set_auto_history},
		{Name: "get_line_buffer", Flags: runtime.MethNoArgs, Fn: get_line_buffer},
		{Name: "insert_text", Sig: "string, /", Flags: runtime.MethO, Fn: insert_text},
		{Name: "redisplay", Flags: runtime.MethNoArgs, Fn: redisplay},
	},
	Exec: func(m *runtime.Module) *exc {
		m.SetAttr("_READLINE_VERSION", runtime.Int(0x0802))
		m.SetAttr("_READLINE_RUNTIME_VERSION", runtime.Int(0x0802))
		m.SetAttr("_READLINE_LIBRARY_VERSION", runtime.StrValue("8.2"))
		initAutoHistory()                // compat11b_autohist.go
		runtime.InputEditHook = readLine // compat17b_editor.go
		return nil
	},
}
