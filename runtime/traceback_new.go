// This file defines the traceback type's constructor,
// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).

package runtime

var tracebackNewMethod = Method{Name: "TracebackType", Sig: "tb_next, tb_frame, tb_lasti, tb_lineno", Fn: traceback_new}

func traceback_new(self Value, a []Value) (Value, *Exception) {
	var next *Traceback
	if !a[0].IsNone() {
		if a[0].Type() != TracebackType {
			return Value{}, NewTypeError("expected traceback object or None, got '%s'", a[0].Type().Name)
		}
		next = ptrOf[Traceback](a[0])
	}
	if a[1].Type() != FrameType {
		return Value{}, NewTypeError("TracebackType() argument 'tb_frame' must be frame, not %s", a[1].Type().Name)
	}
	lasti, err := indexToInt(a[2], "")
	if err != nil {
		return Value{}, err
	}
	lineno, err := indexToInt(a[3], "")
	if err != nil {
		return Value{}, err
	}
	return ValueOf(&Traceback{Header: Header{TracebackType}, Next: next, Frame: ptrOf[Frame](a[1]),
		Lasti: int(lasti) / 2, Lineno: int(lineno), given: int(lasti) + 1}), nil
}

func init() {
	TracebackType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return callMethod(&tracebackNewMethod, Value{}, args, kw, "TracebackType")
	}
	// 3.11's tb_dir lists only the four attributes.
	TracebackType.methods = append(TracebackType.methods, Method{Name: "__dir__", Flags: MethNoArgs,
		Fn: func(self Value, a []Value) (Value, *Exception) {
			return NewList([]Value{StrValue("tb_frame"), StrValue("tb_next"), StrValue("tb_lasti"), StrValue("tb_lineno")}), nil
		}})
}
