// This file defines itertools.repeat: one object, forever or a given
// number of times.

package itertools

import (
	"strconv"

	"krait/runtime"
)

var repeatType *runtime.Type

// repeatObject yields elem cnt more times (forever when cnt < 0).
type repeatObject struct {
	iterBase
	elem runtime.Value
	cnt  int64
}

var repeatArgs = runtime.Method{Name: "repeat", Sig: "object, times="}

func initRepeat() {
	repeatType = newIterType("repeat",
		"repeat(object [,times])\n\nAn iterator giving object times times, or endlessly without times.",
		false, []runtime.Method{
			{Name: "__length_hint__", Fn: repeat_len, Flags: runtime.MethNoArgs, Doc: "An estimate of the number of items left."},
			{Name: "__reduce__", Fn: repeat_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."},
		}, repeat_new, repeat_next, func(t *runtime.Type) { t.Repr = repeat_repr })
}

// repeat_new takes the count through __index__; a negative count given
// as an argument means 0.
func repeat_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := repeatArgs.BindClinic(args, kw, "repeat")
	if err != nil {
		return runtime.Value{}, err
	}
	cnt := int64(-1)
	if !a[1].IsNull() {
		if cnt, err = runtime.IndexInt64(a[1], ""); err != nil {
			return runtime.Value{}, err
		}
		cnt = max(cnt, 0)
	}
	return runtime.ValueOf(&repeatObject{iterBase: newBase(t), elem: a[0], cnt: cnt}), nil
}

func repeat_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	r := runtime.PtrOf[repeatObject](v)
	if r.cnt == 0 {
		return runtime.Value{}, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return r.elem, nil
}

func repeat_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	r := runtime.PtrOf[repeatObject](v)
	elem, err := runtime.Repr(r.elem)
	if err != nil {
		return runtime.Value{}, err
	}
	s := typeName(v.Type()) + "(" + elem.S
	if r.cnt >= 0 {
		s += ", " + strconv.FormatInt(r.cnt, 10)
	}
	return runtime.StrValue(s + ")"), nil
}

func repeat_len(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	r := runtime.PtrOf[repeatObject](self)
	if r.cnt < 0 {
		return runtime.Value{}, runtime.NewTypeError("len() of unsized object")
	}
	return runtime.Int(r.cnt), nil
}

func repeat_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	r := runtime.PtrOf[repeatObject](self)
	args := runtime.TupleValue(r.elem)
	if r.cnt >= 0 {
		args = runtime.TupleValue(r.elem, runtime.Int(r.cnt))
	}
	return runtime.TupleValue(self.Type().Value(), args), nil
}
