// This file defines setup_context: where warn() attributes a warning (the
// filename, line, module name and __warningregistry__ of the frame
// stacklevel levels up, skipping importlib's bootstrap frames).

package warningsmod

import (
	"strings"

	rt "krait/runtime"
)

// warnContext is what setupContext finds.
type warnContext struct {
	filename rt.Value
	lineno   int
	module   rt.Value
	registry rt.Value
}

// isInternalFrame reports whether f runs importlib's bootstrap code, which
// a stacklevel above 1 skips.
func isInternalFrame(f rt.WarnFrame) bool {
	if !f.Valid() {
		return false
	}
	name := f.Filename()
	return strings.Contains(name, "importlib") && strings.Contains(name, "_bootstrap")
}

// nextExternalFrame returns the first caller of f that is not internal.
func nextExternalFrame(f rt.WarnFrame) rt.WarnFrame {
	for {
		f = f.Back()
		if !f.Valid() || !isInternalFrame(f) {
			return f
		}
	}
}

// setupContext finds the frame stacklevel levels up (beyond the stack:
// the sys module, as file "sys" line 1) and its registry, creating
// __warningregistry__ in its globals when missing.
func setupContext(stacklevel int64) (warnContext, *rt.Exception) {
	f := rt.CurrentWarnFrame()
	step := nextExternalFrame
	if stacklevel <= 0 || isInternalFrame(f) {
		step = rt.WarnFrame.Back
	}
	for stacklevel--; stacklevel > 0 && f.Valid(); stacklevel-- {
		f = step(f)
	}
	var c warnContext
	var globals *rt.Dict
	if f.Valid() {
		globals = f.Globals()
		c.filename, c.lineno = rt.StrValue(f.Filename()), f.Lineno()
	} else {
		globals = rt.SysModule().Dict
		c.filename, c.lineno = rt.StrValue("sys"), 1
	}
	key := rt.Intern("__warningregistry__")
	reg, ok := globals.GetStr(key)
	if !ok {
		reg = rt.NewDict().Value()
		globals.SetStr(key, reg)
	}
	c.registry = reg
	c.module = rt.StrValue("<string>")
	if m, ok := globals.GetStr(rt.Intern("__name__")); ok {
		if _, isStr := m.TryStr(); isStr || m.IsNone() {
			c.module = m
		}
	}
	return c, nil
}
