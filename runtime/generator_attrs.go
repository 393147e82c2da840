// This file defines the attributes of generators, coroutines and async
// generators: __name__ and __qualname__ (writable strings) and the
// gi_/cr_/ag_ introspection attributes (frame, code, running, suspended
// (not for async generators in 3.11), and the object a yield from or await is delegating to).

package runtime

// genGetSets returns the attributes of a generator-like type whose
// introspection attributes start with prefix ("gi_", "cr_" or "ag_").
func genGetSets(prefix string) []GetSetDef {
	delegate := "yieldfrom"
	if prefix != "gi_" {
		delegate = "await"
	}
	kind := map[string]string{"gi_": "generator", "cr_": "coroutine", "ag_": "async generator"}[prefix]
	defs := []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ptrOf[Generator](v).name, nil },
			Set: func(v, x Value) *Exception { return genSetName(&ptrOf[Generator](v).name, x, "__name__") },
			Doc: "name of the " + kind},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) { return ptrOf[Generator](v).qualname, nil },
			Set: func(v, x Value) *Exception { return genSetName(&ptrOf[Generator](v).qualname, x, "__qualname__") },
			Doc: "qualified name of the " + kind},
		{Name: prefix + "running", Get: func(v Value) (Value, *Exception) { return Bool(ptrOf[Generator](v).running), nil }},
		{Name: prefix + "code", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Generator](v).f.code), nil }},
		{Name: prefix + "frame", Get: gen_get_frame},
		{Name: prefix + delegate, Get: gen_get_delegate},
	}
	if prefix != "ag_" {
		defs = append(defs, GetSetDef{Name: prefix + "suspended", Get: func(v Value) (Value, *Exception) {
			g := ptrOf[Generator](v)
			return Bool(g.started && !g.finished && !g.running), nil
		}})
	}
	if prefix == "cr_" {
		defs = append(defs, GetSetDef{Name: "cr_origin", Get: coro_get_origin}) // coro_origin.go
	}
	return defs
}

func genSetName(dst *Value, x Value, name string) *Exception {
	if x.IsNull() || x.Type() != StrType && !IsInstance(x, StrType) {
		return NewTypeError("%s must be set to a string object", name)
	}
	*dst = x
	return nil
}

// gen_get_frame is gi_frame: the frame until the generator finishes; a
// suspended generator's frame has no f_back.
func gen_get_frame(v Value) (Value, *Exception) {
	g := ptrOf[Generator](v)
	if g.finished {
		return None, nil
	}
	fo := frameObject(&g.f)
	if !g.running {
		fo.back = nil
	}
	return ValueOf(fo), nil
}

// gen_get_delegate is gi_yieldfrom / cr_await: the iterator a suspended
// yield from (or await) is delegating to.
func gen_get_delegate(v Value) (Value, *Exception) {
	g := ptrOf[Generator](v)
	if g.finished || g.running || !g.started || g.delegateReg == 0 {
		return None, nil
	}
	d := g.f.regs[g.delegateReg-1]
	if dg, ok := d.TryGenerator(); ok {
		dg.fresh = freshNone // visible now: never recycle it (perfobj_corecycle.go)
	}
	return nullToNone(d), nil
}

func init() {
	GeneratorType.getsets = genGetSets("gi_")
	CoroutineType.getsets = genGetSets("cr_")
	AsyncGenType.getsets = genGetSets("ag_")
}
