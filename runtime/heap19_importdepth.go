// This file counts the imports in progress (importlib's _find_and_load
// called from the import statement), so that the GC policy can tell
// start-up's imports from the program's own work: its lowering of the
// first heap goal (cmd/krait/mem18_lategoal.go) waits while an import
// runs, since a collection inside a program's imports costs their wall
// time (the imports line 30 -> 47 ms, session 17) and frees little.

package runtime

import "sync/atomic"

// importsRunning is the number of _find_and_load calls in progress on
// any thread; the lowering goroutine reads it.
var importsRunning atomic.Int32

// ImportsRunning reports whether an import statement is loading a module.
func ImportsRunning() bool { return importsRunning.Load() > 0 }

// findAndLoadCounted calls importlib's _find_and_load for key, counted in
// importsRunning.
func findAndLoadCounted(key *Str) (Value, *Exception) {
	importsRunning.Add(1)
	defer importsRunning.Add(-1) // a Go panic unwinding through it too
	return Call(findAndLoad, []Value{key.Value(), builtinImportFunc}, nil)
}
