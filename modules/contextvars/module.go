// Package contextvars implements _contextvars (re-exported by the
// contextvars module): ContextVar, Token, Context and copy_context.
//
// A Context's mapping is immutable data that ContextVar.set replaces, so a
// copy shares it in O(1), as CPython's HAMT allows; the data is a small
// ordered array with an index built for larger contexts. Each thread has
// its own current Context.
package contextvars

import "krait/runtime"

// Module is the _contextvars module definition.
var Module = &runtime.ModuleDef{
	Name: "_contextvars",
	Doc:  "Context Variables",
	Methods: []runtime.Method{
		{Name: "copy_context", Flags: runtime.MethNoArgs, Fn: contextvars_copy_context,
			Doc: "Return a copy of the current Context."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("Context", ContextType.Value())
		m.SetAttr("ContextVar", ContextVarType.Value())
		m.SetAttr("Token", TokenType.Value())
		return nil
	},
}

// ctxData is an immutable mapping from context variables to values.
type ctxData struct {
	vars  []*contextVar
	vals  []runtime.Value
	index map[*contextVar]int // built on first lookup of a large mapping
}

var emptyData = &ctxData{}

const indexThreshold = 8

func (d *ctxData) find(v *contextVar) int {
	if len(d.vars) > indexThreshold {
		if d.index == nil {
			d.index = make(map[*contextVar]int, len(d.vars))
			for i, x := range d.vars {
				d.index[x] = i
			}
		}
		if i, ok := d.index[v]; ok {
			return i
		}
		return -1
	}
	for i, x := range d.vars {
		if x == v {
			return i
		}
	}
	return -1
}

// get returns the value of v, or the null Value.
func (d *ctxData) get(v *contextVar) runtime.Value {
	if i := d.find(v); i >= 0 {
		return d.vals[i]
	}
	return runtime.Value{}
}

// with returns the mapping with v set to x.
func (d *ctxData) with(v *contextVar, x runtime.Value) *ctxData {
	n := &ctxData{vars: append([]*contextVar(nil), d.vars...), vals: append([]runtime.Value(nil), d.vals...)}
	if i := d.find(v); i >= 0 {
		n.vals[i] = x
	} else {
		n.vars = append(n.vars, v)
		n.vals = append(n.vals, x)
	}
	return n
}

// without returns the mapping without v.
func (d *ctxData) without(v *contextVar) *ctxData {
	i := d.find(v)
	if i < 0 {
		return d
	}
	n := &ctxData{vars: make([]*contextVar, 0, len(d.vars)-1), vals: make([]runtime.Value, 0, len(d.vals)-1)}
	n.vars = append(append(n.vars, d.vars[:i]...), d.vars[i+1:]...)
	n.vals = append(append(n.vals, d.vals[:i]...), d.vals[i+1:]...)
	return n
}

// current returns the running thread's Context, making an empty one on
// first use. It lives in the runtime's thread state: a map keyed by thread
// cost a hash of an interface per ContextVar.get (decimal's getcontext on
// every operation) and kept the contexts of ended threads.
func current() *contextObject {
	if c, ok := runtime.ThreadContext().(*contextObject); ok {
		return c
	}
	c := newContext(ContextType, emptyData)
	runtime.SetThreadContext(c)
	return c
}

func setCurrent(c *contextObject) { runtime.SetThreadContext(c) }

func contextvars_copy_context(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newContext(ContextType, current().data)), nil
}
