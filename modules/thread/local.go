// This file defines _thread._local (threading.local): an object whose
// attributes are separate in each thread. A subclass's __init__ runs again,
// with the construction arguments, the first time each thread uses it.

package thread

import (
	"weak"

	kr "krait/runtime"
)

// Local is a _thread._local. dicts holds each thread's attributes; it is
// only touched by the thread holding the GIL. It embeds Instance for the
// __slots__ of Python subclasses (its Attrs are unused).
type Local struct {
	kr.Instance
	dicts   map[*kr.Thread]*kr.Attrs
	args    []kr.Value
	kwnames []*kr.Str
}

// LocalType is _thread._local.
var LocalType *kr.Type

func init() {
	LocalType = kr.NewNativeType(&kr.TypeSpec{Name: "_thread._local", Flags: kr.FlagBaseType,
		Doc: "Thread-local data",
		GetSets: []kr.GetSetDef{{Name: "__dict__", Get: func(v kr.Value) (kr.Value, *kr.Exception) {
			a, err := localAttrs(v)
			if err != nil {
				return kr.Value{}, err
			}
			return a.Dict().Value(), nil
		}}},
	}, func(t *kr.Type) {
		t.New = local_new
		t.InstAttrs = func(v kr.Value) *kr.Attrs {
			l := kr.PtrOf[Local](v)
			if a := l.dicts[kr.CurrentThread()]; a != nil {
				return a
			}
			a, _ := localAttrs(v)
			return a
		}
		t.GetAttr = func(v kr.Value, name *kr.Str) (kr.Value, *kr.Exception) {
			if _, err := localAttrs(v); err != nil {
				return kr.Value{}, err
			}
			return kr.GenericGetAttr(v, name)
		}
		t.SetAttr = func(v kr.Value, name *kr.Str, val kr.Value) *kr.Exception {
			if name.S == "__dict__" {
				return kr.NewAttributeError("'%s' object attribute '__dict__' is read-only", v.Type().Name)
			}
			if _, err := localAttrs(v); err != nil {
				return err
			}
			return kr.GenericSetAttr(v, name, val)
		}
	})
}

func local_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	if t == LocalType && len(args) > 0 {
		return kr.Value{}, kr.NewTypeError("Initialization arguments are not supported")
	}
	l := &Local{dicts: map[*kr.Thread]*kr.Attrs{}, args: append([]kr.Value(nil), args...), kwnames: kwnames}
	kr.InitInstance(&l.Instance, t)
	// The creating thread's __init__ is run by the type call itself.
	l.bind(kr.CurrentThread(), &kr.Attrs{})
	return kr.ValueOf(l), nil
}

// bind records a as th's attributes, forgotten when th ends.
func (l *Local) bind(th *kr.Thread, a *kr.Attrs) {
	l.dicts[th] = a
	w := weak.Make(l)
	th.AtThreadExit(func() {
		if l := w.Value(); l != nil {
			delete(l.dicts, th)
		}
	})
}

// localAttrs returns the current thread's attributes of v, creating them
// and running the subclass's __init__ on the thread's first use.
func localAttrs(v kr.Value) (*kr.Attrs, *kr.Exception) {
	l := kr.PtrOf[Local](v)
	th := kr.CurrentThread()
	if a := l.dicts[th]; a != nil {
		return a, nil
	}
	a := &kr.Attrs{}
	l.bind(th, a)
	t := v.Type()
	if t == LocalType {
		return a, nil
	}
	init := t.LookupString("__init__")
	if init.IsNull() || init.Is(kr.ObjectType.LookupString("__init__")) {
		return a, nil
	}
	if get := init.Type().DescrGet; get != nil {
		m, err := get(init, v, t)
		if err != nil {
			return nil, err
		}
		if _, err := kr.Call(m, l.args, l.kwnames); err != nil {
			return nil, err
		}
		return a, nil
	}
	_, err := kr.Call(init, append([]kr.Value{v}, l.args...), l.kwnames)
	return a, err
}
