// This file defines what the _warnings module (modules/warnings) needs from
// the runtime: a view of the running Python frames (setup_context walks
// them to find the warning's filename, line and globals) and the hook
// through which Warn reaches it.

package runtime

// WarnFrame is one running Python frame as the warnings module sees it;
// the zero WarnFrame is "no frame" (beyond the outermost).
type WarnFrame struct{ f *frame }

// CurrentWarnFrame returns the innermost running Python frame: the one
// that called the builtin issuing the warning.
func CurrentWarnFrame() WarnFrame { return WarnFrame{curThread.cur} }

// Valid reports whether w is a frame.
func (w WarnFrame) Valid() bool { return w.f != nil }

// Back returns the frame that called w.
func (w WarnFrame) Back() WarnFrame { return WarnFrame{w.f.back} }

// Filename returns the frame's co_filename.
func (w WarnFrame) Filename() string { return w.f.code.c.Filename }

// Lineno returns the line the frame is executing (f_lineno).
func (w WarnFrame) Lineno() int { return w.f.code.Line(w.f.lasti) }

// Globals returns the frame's globals dict.
func (w WarnFrame) Globals() *Dict { return w.f.globals }

// WarnHook, set by the _warnings module when it is linked, issues the
// warnings of Warn as PyErr_WarnEx does: message, its category, the
// stack level (1: the innermost Python frame) and the source object (null
// for none).
var WarnHook func(message Value, category *Type, stacklevel int, source Value) *Exception

// WarnExplicitHook, set by the _warnings module, issues a warning at an
// explicit place as PyErr_WarnExplicitObject does (no module, no
// registry, no source): the compiler's warnings go through it.
var WarnExplicitHook func(category *Type, msg, filename string, lineno int) *Exception

// ResourceWarning issues a ResourceWarning about source with message msg,
// as PyErr_ResourceWarning: warnings' display then tells where source was
// allocated (or how to find out).
func ResourceWarning(source Value, msg string, stacklevel int) *Exception {
	return warnValue(StrValue(msg), exceptionTypeByName["ResourceWarning"], stacklevel, source)
}
