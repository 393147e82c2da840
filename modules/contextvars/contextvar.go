// This file defines _contextvars.ContextVar and _contextvars.Token.

package contextvars

import (
	"fmt"

	"krait/runtime"
)

// contextVar is a ContextVar. cachedData/cachedVal remember the last
// lookup, which makes repeated get() in one context one comparison
// (decimal's current context is read this way on every operation).
type contextVar struct {
	runtime.Header
	name       runtime.Value
	dflt       runtime.Value // null when there is no default
	cachedData *ctxData
	cachedVal  runtime.Value
}

// tokenObject is a Token returned by ContextVar.set.
type tokenObject struct {
	runtime.Header
	ctx  *contextObject
	v    *contextVar
	old  runtime.Value // null for Token.MISSING
	used bool
}

var (
	// ContextVarType is _contextvars.ContextVar.
	ContextVarType *runtime.Type
	// TokenType is _contextvars.Token.
	TokenType *runtime.Type

	missingType = runtime.NewNativeType(&runtime.TypeSpec{Name: "Token.MISSING"}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Repr = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.StrValue("<Token.MISSING>"), nil
		}
	})
	// missing is Token.MISSING, the old_value of a token for a variable
	// that had no value.
	missing = runtime.ValueOf(&struct{ runtime.Header }{runtime.HeaderFor(missingType)})
)

var contextVarNewMethod = runtime.Method{Name: "ContextVar", Sig: "name, *, default="}

func init() {
	ContextVarType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_contextvars.ContextVar",
		Methods: []runtime.Method{
			{Name: "get", Sig: "default=, /", Fn: contextvar_get, Doc: "Return the variable's value in the current context, else the default\ngiven here, else the variable's default; without any, raise LookupError."},
			{Name: "set", Flags: runtime.MethO, Fn: contextvar_set, Doc: "Set the variable in the current context and return a Token that\nreset() takes to restore the previous value."},
			{Name: "reset", Flags: runtime.MethO, Fn: contextvar_reset, Doc: "Restore the value the variable had before the set() that made token."},
			{Name: "__class_getitem__", Flags: runtime.MethO | runtime.MethClass, Fn: runtime.ClassGetItem},
		},
		GetSets: []runtime.GetSetDef{{Name: "name", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.PtrOf[contextVar](v).name, nil
		}}},
	}, func(t *runtime.Type) {
		t.New = contextvar_new
		t.Repr = contextvar_repr
	})
	TokenType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "_contextvars.Token",
		Methods: []runtime.Method{{Name: "__class_getitem__", Flags: runtime.MethO | runtime.MethClass, Fn: runtime.ClassGetItem}},
		GetSets: []runtime.GetSetDef{
			{Name: "var", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.ValueOf(runtime.PtrOf[tokenObject](v).v), nil
			}},
			{Name: "old_value", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				if old := runtime.PtrOf[tokenObject](v).old; !old.IsNull() {
					return old, nil
				}
				return missing, nil
			}},
		},
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
			return runtime.Value{}, runtime.NewRuntimeError("Tokens can only be created by ContextVars")
		}
		t.Repr = token_repr
	})
	TokenType.SetStaticAttr("MISSING", missing)
}

func contextvar_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		how := "exactly"
		if npos > 1 {
			how = "at most"
		}
		return runtime.Value{}, runtime.NewTypeError("ContextVar() takes %s 1 positional argument (%d given)", how, npos)
	}
	a, err := contextVarNewMethod.BindArgs(args, kwnames, "ContextVar")
	if err != nil {
		return runtime.Value{}, err
	}
	if _, ok := a[0].TryStr(); !ok {
		return runtime.Value{}, runtime.NewTypeError("context variable name must be a str")
	}
	return runtime.ValueOf(&contextVar{Header: runtime.HeaderFor(t), name: a[0], dflt: a[1]}), nil
}

// lookup returns the variable's value in the current context, or null.
func (v *contextVar) lookup() runtime.Value {
	d := current().data
	if v.cachedData == d && d != nil {
		return v.cachedVal
	}
	x := d.get(v)
	v.cachedData, v.cachedVal = d, x
	return x
}

func contextvar_get(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	v := runtime.PtrOf[contextVar](self)
	if x := v.lookup(); !x.IsNull() {
		return x, nil
	}
	if !a[0].IsNull() {
		return a[0], nil
	}
	if !v.dflt.IsNull() {
		return v.dflt, nil
	}
	return runtime.Value{}, runtime.NewException(runtime.LookupErrorType, self)
}

func contextvar_set(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	v := runtime.PtrOf[contextVar](self)
	c := current()
	old := c.data.get(v)
	c.data = c.data.with(v, a[0])
	return runtime.ValueOf(&tokenObject{Header: runtime.HeaderFor(TokenType), ctx: c, v: v, old: old}), nil
}

func contextvar_reset(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	v := runtime.PtrOf[contextVar](self)
	if a[0].Type() != TokenType {
		r, err := runtime.Repr(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Value{}, runtime.NewTypeError("expected an instance of Token, got %s", r.S)
	}
	tok := runtime.PtrOf[tokenObject](a[0])
	tokenError := func(t *runtime.Type, what string) (runtime.Value, *runtime.Exception) {
		r, err := runtime.Repr(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Value{}, runtime.NewExceptionMsg(t, r.S+what)
	}
	if tok.used {
		return tokenError(runtime.RuntimeErrorType, " has already been used once")
	}
	if tok.v != v {
		return tokenError(runtime.ValueErrorType, " was created by a different ContextVar")
	}
	c := current()
	if tok.ctx != c {
		return tokenError(runtime.ValueErrorType, " was created in a different Context")
	}
	tok.used = true
	if tok.old.IsNull() {
		c.data = c.data.without(v)
	} else {
		c.data = c.data.with(v, tok.old)
	}
	return runtime.None, nil
}

func contextvar_repr(self runtime.Value) (runtime.Value, *runtime.Exception) {
	v := runtime.PtrOf[contextVar](self)
	name, err := runtime.Repr(v.name)
	if err != nil {
		return runtime.Value{}, err
	}
	s := "<ContextVar name=" + name.S
	if !v.dflt.IsNull() {
		d, err := runtime.Repr(v.dflt)
		if err != nil {
			return runtime.Value{}, err
		}
		s += " default=" + d.S
	}
	return runtime.StrValue(fmt.Sprintf("%s at %#x>", s, self.Ptr())), nil
}

func token_repr(self runtime.Value) (runtime.Value, *runtime.Exception) {
	t := runtime.PtrOf[tokenObject](self)
	used := ""
	if t.used {
		used = " used"
	}
	r, err := runtime.Repr(runtime.ValueOf(t.v))
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(fmt.Sprintf("<Token%s var=%s at %#x>", used, r.S, self.Ptr())), nil
}
