// This file defines warn_explicit: the registry check, the search of the
// filter list (warnings.filters when the warnings module is loaded, else
// this module's own) and the action the matching filter names.

package warningsmod

import rt "krait/runtime"

// warnExplicit is CPython's warn_explicit. module null means "derive it
// from filename"; registry is a dict or None; sourceLine (or null) is
// the line the fallback display shows; source is the object that caused
// the warning (null when Go code issued it without one).
func warnExplicit(category, message, filename rt.Value, lineno int, module, registry, sourceLine, source rt.Value) *rt.Exception {
	if module.IsNone() {
		return nil // issued late in shutdown: the filters are gone
	}
	reg, hasReg := registry.TryDict()
	if !registry.IsNull() && !registry.IsNone() && !hasReg {
		return rt.NewTypeError("'registry' must be a dict or None")
	}
	if module.IsNull() {
		module = normalizeModule(filename)
	}
	text := message
	if rt.IsInstance(message, rt.WarningType) {
		s, err := rt.StrOf(message)
		if err != nil {
			return err
		}
		text, category = s.Value(), message.Type().Value()
	} else {
		m, err := rt.Call(category, []rt.Value{message}, nil)
		if err != nil {
			return err
		}
		message = m
	}
	linenoObj := rt.Int(int64(lineno))
	key := rt.TupleValue(text, category, linenoObj)
	if hasReg {
		warned, err := alreadyWarned(reg, key, false)
		if err != nil || warned {
			return err
		}
	}
	action, item, err := getFilter(category, text, lineno, module)
	if err != nil {
		return err
	}
	switch action {
	case "error":
		e, ok := message.TryException()
		if !ok {
			return rt.NewTypeError("exceptions must derive from BaseException")
		}
		return e
	case "ignore":
		return nil
	}
	warned := false
	if action != "always" {
		if hasReg {
			if err := reg.SetItem(key, rt.True); err != nil {
				return err
			}
		}
		switch action {
		case "once":
			r := reg
			if !hasReg {
				if r, err = getOnceRegistry(); err != nil {
					return err
				}
			}
			warned, err = alreadyWarned(r, rt.TupleValue(text, category), true)
		case "module":
			if hasReg {
				warned, err = alreadyWarned(reg, rt.TupleValue(text, category), true)
			}
		case "default":
		default:
			ar, _ := rt.Repr(rt.StrValue(action))
			ir, rerr := rt.Repr(item)
			if rerr != nil {
				return rerr
			}
			return rt.NewRuntimeError("Unrecognized action (%s) in warnings.filters:\n %s", ar.S, ir.S)
		}
		if err != nil {
			return err
		}
	}
	if warned {
		return nil
	}
	return callShowWarning(category, text, message, filename, lineno, linenoObj, sourceLine, source)
}

// normalizeModule derives a module name from a file name: without its
// ".py", or "<unknown>" for an empty name.
func normalizeModule(filename rt.Value) rt.Value {
	s := filename.AsStr().S
	switch {
	case s == "":
		return rt.StrValue("<unknown>")
	case len(s) >= 3 && s[len(s)-3:] == ".py":
		return rt.StrValue(s[:len(s)-3])
	}
	return filename
}

// alreadyWarned reports whether registry has key set, first clearing a
// registry whose 'version' is stale; shouldSet records key when absent.
func alreadyWarned(registry *rt.Dict, key rt.Value, shouldSet bool) (bool, *rt.Exception) {
	s := getState()
	vkey := rt.StrValue("version")
	v, found, err := registry.GetItem(vkey)
	if err != nil {
		return false, err
	}
	current := false
	if found && v.Type() == rt.IntType {
		n, err := rt.IndexInt(v, "")
		current = err == nil && n == s.version
	}
	if !current {
		registry.Clear()
		if err := registry.SetItem(vkey, rt.Int(s.version)); err != nil {
			return false, err
		}
	} else {
		w, found, err := registry.GetItem(key)
		if err != nil {
			return false, err
		}
		if found {
			t, err := rt.IsTrue(w)
			if err != nil || t {
				return t, err
			}
		}
	}
	if shouldSet {
		return false, registry.SetItem(key, rt.True)
	}
	return false, nil
}

// warningsAttr is get_warnings_attr: attribute name of the warnings
// module (imported when tryImport, else only if already in sys.modules),
// or null when there is no module or no such attribute.
func warningsAttr(name string, tryImport bool) (rt.Value, *rt.Exception) {
	var m rt.Value
	if tryImport {
		var err *rt.Exception
		if m, err = rt.ImportModule("warnings"); err != nil {
			if err.Matches(rt.ImportErrorType) {
				return rt.Value{}, nil
			}
			return rt.Value{}, err
		}
	} else {
		var ok bool
		if m, ok = rt.SysModulesGet("warnings"); !ok {
			return rt.Value{}, nil
		}
	}
	v, err := rt.GetAttrString(m, name)
	if err != nil {
		if err.Matches(rt.AttributeErrorType) {
			return rt.Value{}, nil
		}
		return rt.Value{}, err
	}
	return v, nil
}

// getFilter returns the action of the first filter matching the warning
// (or the default action) and the filter item (None for the default).
func getFilter(category, text rt.Value, lineno int, module rt.Value) (string, rt.Value, *rt.Exception) {
	s := getState()
	wf, err := warningsAttr("filters", false)
	if err != nil {
		return "", rt.Value{}, err
	}
	if !wf.IsNull() {
		s.filters = wf
	}
	filters, ok := s.filters.TryList()
	if !ok {
		return "", rt.Value{}, rt.NewValueError("_warnings.filters must be a list")
	}
	for i := 0; i < len(filters.Items()); i++ {
		item := filters.Items()[i]
		t, ok := item.TryTuple()
		if !ok || t.Len() != 5 {
			return "", rt.Value{}, rt.NewValueError("_warnings.filters item %d isn't a 5-tuple", i)
		}
		f := t.Items()
		action, ok := f[0].TryStr()
		if !ok {
			return "", rt.Value{}, rt.NewTypeError("action must be a string, not '%s'", f[0].Type().Name)
		}
		match, err := filterMatches(f, category, text, lineno, module)
		if err != nil {
			return "", rt.Value{}, err
		}
		if match {
			return action.S, item, nil
		}
	}
	action, err := getDefaultAction()
	return action, rt.None, err
}

// filterMatches tests one filter's message, module, category and line.
func filterMatches(f []rt.Value, category, text rt.Value, lineno int, module rt.Value) (bool, *rt.Exception) {
	goodMsg, err := checkMatched(f[1], text)
	if err != nil {
		return false, err
	}
	goodMod, err := checkMatched(f[3], module)
	if err != nil {
		return false, err
	}
	isSub, err := rt.IsSubclassOf(category, f[2])
	if err != nil {
		return false, err
	}
	ln, err := rt.IndexInt(f[4], "")
	if err != nil {
		return false, err
	}
	return goodMsg && goodMod && isSub && (ln == 0 || int64(lineno) == ln), nil
}

// checkMatched matches a filter's message or module part: None matches
// anything, an exact str must equal arg, anything else is a regex whose
// match(arg) decides.
func checkMatched(obj, arg rt.Value) (bool, *rt.Exception) {
	if obj.IsNone() {
		return true, nil
	}
	if obj.Type() == rt.StrType {
		a, ok := arg.TryStr()
		if !ok {
			return false, rt.NewTypeError("Can't compare %s and %s", obj.Type().Name, arg.Type().Name)
		}
		return obj.AsStr().S == a.S, nil
	}
	r, err := rt.CallMethod(obj, "match", arg)
	if err != nil {
		return false, err
	}
	return rt.IsTrue(r)
}

// getDefaultAction returns warnings.defaultaction, or this module's.
func getDefaultAction() (string, *rt.Exception) {
	s := getState()
	a, err := warningsAttr("defaultaction", false)
	if err != nil {
		return "", err
	}
	if !a.IsNull() {
		str, ok := a.TryStr()
		if !ok {
			return "", rt.NewTypeError("_warnings.defaultaction must be a string, not '%s'", a.Type().Name)
		}
		s.defaultAction = a
		return str.S, nil
	}
	return s.defaultAction.AsStr().S, nil
}

// getOnceRegistry returns warnings.onceregistry, or this module's.
func getOnceRegistry() (*rt.Dict, *rt.Exception) {
	s := getState()
	r, err := warningsAttr("onceregistry", false)
	if err != nil {
		return nil, err
	}
	if !r.IsNull() {
		if _, ok := r.TryDict(); !ok {
			return nil, rt.NewTypeError("_warnings.onceregistry must be a dict, not '%s'", r.Type().Name)
		}
		s.onceRegistry = r
	}
	return s.onceRegistry.AsDict(), nil
}
