// This file finds the source of a frozen module's code for the CPython
// view (code_cpyview.go): its co_filename is "<frozen NAME>" as in
// CPython, which names no file, but CPython keeps the bytecode, so
// `dis.dis(os.path.join)` and `os.path.join.__code__.co_code` work there.

package runtime

import (
	"strings"

	"krait/internal/nopoll"
)

// frozenViewSource returns the text of the module that a "<frozen SRC>"
// filename names, if it is one of the frozen modules.
func frozenViewSource(filename string) ([]byte, bool) {
	src, ok := strings.CutPrefix(filename, "<frozen ")
	if !ok {
		return nil, false
	}
	src, ok = strings.CutSuffix(src, ">")
	if !ok || SysConfig.Stdlib == "" {
		return nil, false
	}
	for i := range frozenModules {
		m := &frozenModules[i]
		if m.src != src {
			continue
		}
		if m.embedded != nil {
			return []byte(*m.embedded), true
		}
		b, err := nopoll.ReadFile(frozenSourcePath(m))
		return b, err == nil
	}
	return nil, false
}
