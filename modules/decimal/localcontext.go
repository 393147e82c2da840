// This file defines localcontext() and decimal.ContextManager, the object
// its with-statement uses: a copy of a context, installed on entry, the
// previous context restored on exit.

package cdecimal

import "krait/runtime"

type contextManager struct {
	runtime.Header
	local  runtime.Value
	global runtime.Value
}

var contextManagerType *runtime.Type

// localKeywords are the keywords localcontext accepts, in the order of
// the Context constructor's parameters.
var localKeywords = []string{"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"}

func decimal_localcontext(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	global, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	src := global
	if !a[0].IsNull() && a[0] != runtime.None {
		if !isContext(a[0]) {
			return runtime.Value{}, runtime.NewTypeError("optional argument must be a context")
		}
		src = asContext(a[0])
	}
	local := src.copyOf()
	if !a[1].IsNull() {
		if err := applyLocalKeywords(local, a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.ValueOf(&contextManager{Header: runtime.HeaderFor(contextManagerType),
		local: runtime.ValueOf(local), global: runtime.ValueOf(global)}), nil
}

func applyLocalKeywords(c *Context, kw runtime.Value) *runtime.Exception {
	items, err := runtime.IterItems(kw)
	if err != nil {
		return err
	}
	vals := make([]runtime.Value, len(localKeywords))
	for _, k := range items {
		ks, _ := runtime.StrOf(k)
		found := false
		for i, n := range localKeywords {
			if ks.String() == n {
				v, err := runtime.GetItem(kw, k)
				if err != nil {
					return err
				}
				vals[i] = v
				found = true
			}
		}
		if !found {
			return runtime.NewTypeError("'%s' is an invalid keyword argument for this function", ks.String())
		}
	}
	return contextSetAll(c, vals)
}

func cm_enter(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	m := runtime.PtrOf[contextManager](self)
	if _, err := setCurrent(m.local); err != nil {
		return runtime.Value{}, err
	}
	return m.local, nil
}

func cm_exit(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	m := runtime.PtrOf[contextManager](self)
	if _, err := setCurrent(m.global); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func initContextManager() {
	contextManagerType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "decimal.ContextManager",
		Flags: runtime.FlagNoWeakrefs,
		Methods: []runtime.Method{
			{Name: "__enter__", Flags: runtime.MethNoArgs, Fn: cm_enter},
			{Name: "__exit__", Sig: "*args", Fn: cm_exit},
		},
	}, nil)
}
