// This file defines exported wrappers the pyexpat module (modules/pyexpat)
// needs: registering its submodules in sys.modules, as CPython's
// PyImport_AddModule does for pyexpat.errors and pyexpat.model, and the
// traceback entry CPython's _PyTraceback_Add makes for a C function.

package runtime

import (
	"sync"

	"krait/syntax"
)

// SysModulesSet sets sys.modules[name] to v.
func SysModulesSet(name string, v Value) { sysModules.SetStr(Intern(name), v) }

var (
	nativeCodesMu sync.Mutex
	nativeCodes   = map[[2]string]*Code{}
)

// AddNativeTraceback prepends to e's traceback an entry for the C-level
// function funcname of filename at lineno, as CPython's _PyTraceback_Add
// (pyexpat reports each handler call as a frame of "pyexpat.c"). The entry
// has no instruction (tb_lasti is -1).
func AddNativeTraceback(e *Exception, funcname, filename string, lineno int) {
	nativeCodesMu.Lock()
	co := nativeCodes[[2]string{funcname, filename}]
	if co == nil {
		c, err := CompileSource(nil, filename, syntax.ModeExec)
		if err != nil {
			nativeCodesMu.Unlock()
			return
		}
		c.name = Intern(funcname)
		c.qualname = c.name
		nativeCodes[[2]string{funcname, filename}] = c
		co = c
	}
	nativeCodesMu.Unlock()
	f := &Frame{Header: Header{FrameType}, code: co, globals: NewDict(), lineno: lineno, lasti: -1}
	e.Traceback = &Traceback{Header: Header{TracebackType}, Next: e.Traceback, Frame: f, Lasti: -1, Lineno: lineno}
}
