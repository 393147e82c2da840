// This file defines _io.IncrementalNewlineDecoder, the codec wrapper that
// translates '\r\n' and '\r' to '\n' and records which newlines it saw.

package pyio

import (
	rt "krait/runtime"
)

// nlDecoderObj is an IncrementalNewlineDecoder instance.
type nlDecoderObj struct {
	object
	decoder rt.Value // the wrapped decoder, or None
	errors  rt.Value
	nl      nlState
	ok      bool
}

var nlDecoderType *rt.Type

var nlInitSig = rt.Method{Name: "IncrementalNewlineDecoder", Sig: "decoder, translate, errors="}

func nldecoder_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	a, err := nlInitSig.BindClinic(args, kw, "IncrementalNewlineDecoder")
	if err != nil {
		return err
	}
	d := rt.PtrOf[nlDecoderObj](self)
	d.decoder = a[0]
	tr, err := rt.IsTrue(a[1])
	if err != nil {
		return err
	}
	d.errors = rt.StrValue("strict")
	if !a[2].IsNull() {
		d.errors = a[2]
	}
	d.nl = nlState{translate: tr}
	d.ok = true
	return nil
}

func nlSelf(v rt.Value) (*nlDecoderObj, *rt.Exception) {
	d := rt.PtrOf[nlDecoderObj](v)
	if !d.ok {
		return nil, rt.NewValueError("IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

func nldecoder_decode(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	d, err := nlSelf(self)
	if err != nil {
		return rt.Value{}, err
	}
	final := false
	if !a[1].IsNull() {
		if final, err = rt.IsTrue(a[1]); err != nil {
			return rt.Value{}, err
		}
	}
	output := a[0]
	if !d.decoder.IsNone() {
		f, err := rt.GetAttrString(d.decoder, "decode")
		if err != nil {
			return rt.Value{}, err
		}
		if output, err = rt.Call(f, []rt.Value{a[0], rt.Bool(final)}, []*rt.Str{rt.Intern("final")}); err != nil {
			return rt.Value{}, err
		}
	}
	s, ok := output.TryStr()
	if !ok {
		return rt.Value{}, rt.NewTypeError("decoder should return a string result, not '%s'", output.Type().Name)
	}
	return rt.StrValue(d.nl.process(s.S, final)), nil
}

func nldecoder_getstate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	d, err := nlSelf(self)
	if err != nil {
		return rt.Value{}, err
	}
	buffer := rt.NewBytes(nil)
	flag := rt.Int(0)
	if !d.decoder.IsNone() {
		st, err := rt.IOCallMethod(d.decoder, "getstate")
		if err != nil {
			return rt.Value{}, err
		}
		t, ok := st.TryTuple()
		if !ok || t.Len() != 2 {
			return rt.Value{}, rt.NewTypeError("illegal decoder state")
		}
		buffer = t.Items()[0]
		flag = t.Items()[1]
	}
	f, err := rt.BinaryOp(flag, rt.Int(1), rt.NbLshift)
	if err != nil {
		return rt.Value{}, err
	}
	if d.nl.pendingcr {
		if f, err = rt.BinaryOp(f, rt.Int(1), rt.NbOr); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.TupleValue(buffer, f), nil
}

func nldecoder_setstate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	d, err := nlSelf(self)
	if err != nil {
		return rt.Value{}, err
	}
	t, ok := a[0].TryTuple()
	if !ok {
		return rt.Value{}, rt.NewTypeError("state argument must be a tuple")
	}
	if t.Len() != 2 {
		return rt.Value{}, rt.NewTypeError("setstate() argument must be a tuple of length 2")
	}
	flag, err := rt.IndexInt(t.Items()[1], "")
	if err != nil {
		return rt.Value{}, err
	}
	d.nl.pendingcr = flag&1 != 0
	if !d.decoder.IsNone() {
		_, err := rt.IOCallMethod(d.decoder, "setstate", rt.TupleValue(t.Items()[0], rt.Int(flag>>1)))
		if err != nil {
			return rt.Value{}, err
		}
	}
	return rt.None, nil
}

func nldecoder_reset(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	d, err := nlSelf(self)
	if err != nil {
		return rt.Value{}, err
	}
	d.nl.seennl = 0
	d.nl.pendingcr = false
	if !d.decoder.IsNone() {
		return rt.IOCallMethod(d.decoder, "reset")
	}
	return rt.None, nil
}

func newNewlineDecoderType() {
	nlDecoderType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.IncrementalNewlineDecoder", Flags: rt.FlagBaseType,
		Doc: "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.",
		Methods: []rt.Method{
			rt.ClinicMethod("decode", "input, final=", nldecoder_decode),
			{Name: "getstate", Flags: rt.MethNoArgs, Fn: nldecoder_getstate},
			{Name: "setstate", Sig: "state, /", Flags: rt.MethO, Fn: nldecoder_setstate},
			{Name: "reset", Flags: rt.MethNoArgs, Fn: nldecoder_reset},
		},
		GetSets: []rt.GetSetDef{{Name: "newlines", Get: func(v rt.Value) (rt.Value, *rt.Exception) {
			d, err := nlSelf(v)
			if err != nil {
				return rt.Value{}, err
			}
			return d.nl.newlines(), nil
		}}}}, func(t *rt.Type) {
		t.New = func(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
			return rt.ValueOf(&nlDecoderObj{object: object{Header: rt.NewHeader(t)}}), nil
		}
		t.Init = nldecoder_init
		t.InstAttrs = objAttrs
	})
}
