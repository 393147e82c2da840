// This file defines exported helpers the command line needs (compat8a).

package runtime

import (
	"krait/compiler"
	"krait/syntax"
)

// CompileSourceString compiles already-decoded source text, as CPython
// compiles the -c command (PyCF_IGNORE_COOKIE): a coding declaration in it
// is ignored.
func CompileSourceString(src, filename string, mode syntax.Mode) (*Code, *Exception) {
	res, serr := syntax.ParseString(src, filename, mode)
	if serr != nil {
		return nil, syntaxErrorException(serr)
	}
	return compileWithWarnings(res.Tree, res.Warnings, filename, mode, compiler.Options{Optimize: SysConfig.Flags.Optimize})
}

// QueueMainPendingCall queues fn as AddMainPendingCall does, without
// waking the main thread from a blocking wait: fn runs at the next eval
// breaker check. _thread.interrupt_main trips a handler this way; CPython
// sends no signal then, so no blocking call of the main thread is cut short.
func QueueMainPendingCall(fn func() *Exception) {
	pendingMu.Lock()
	pendingMain = append(pendingMain, fn)
	mainCallsPending.Store(true)
	pendingMu.Unlock()
	evalBreaker.Or(breakMainCalls)
}
