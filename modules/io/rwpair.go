// This file defines _io.BufferedRWPair, a reader and a writer buffer over
// two raw streams presented as one object.

package pyio

import (
	rt "krait/runtime"
)

// rwPair is a BufferedRWPair.
type rwPair struct {
	object
	reader rt.Value
	writer rt.Value
}

var bufferedRWPairType *rt.Type

var rwpairInitSig = rt.Method{Name: "BufferedRWPair", Sig: "reader, writer, buffer_size=, /"}

func rwpair_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	if len(kw) > 0 {
		return rt.NewTypeError("BufferedRWPair() takes no keyword arguments")
	}
	var buf [3]rt.Value
	a, err := rt.BindArgs(&rwpairInitSig, args, kw, buf[:0])
	if err != nil {
		return err
	}
	if err := checkAbility(a[0], "readable", "File or stream is not readable."); err != nil {
		return err
	}
	if err := checkAbility(a[1], "writable", "File or stream is not writable."); err != nil {
		return err
	}
	rargs := []rt.Value{a[0]}
	wargs := []rt.Value{a[1]}
	if !a[2].IsNull() {
		rargs = append(rargs, a[2])
		wargs = append(wargs, a[2])
	}
	p := rt.PtrOf[rwPair](self)
	if p.reader, err = rt.Call(bufferedReaderType.Value(), rargs, nil); err != nil {
		return err
	}
	if p.writer, err = rt.Call(bufferedWriterType.Value(), wargs, nil); err != nil {
		p.reader = rt.Value{}
		return err
	}
	return nil
}

func (p *rwPair) check() *rt.Exception {
	if p.reader.IsNull() || p.writer.IsNull() {
		return rt.NewValueError("I/O operation on uninitialized object")
	}
	return nil
}

// forward returns a method calling reader.<name> or writer.<name>.
func forward(name string, toWriter bool, sig string, flags rt.MethodFlags) rt.Method {
	return rt.Method{Name: name, Sig: sig, Flags: flags, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		p := rt.PtrOf[rwPair](self)
		if err := p.check(); err != nil {
			return rt.Value{}, err
		}
		target := p.reader
		if toWriter {
			target = p.writer
		}
		var args []rt.Value
		for _, x := range a {
			if !x.IsNull() {
				args = append(args, x)
			}
		}
		return rt.IOCallMethod(target, name, args...)
	}}
}

var rwpairMethods = []rt.Method{
	forward("read", false, "size=, /", 0),
	forward("peek", false, "size=, /", 0),
	forward("read1", false, "size=, /", 0),
	forward("readinto", false, "buffer, /", rt.MethO),
	forward("readinto1", false, "buffer, /", rt.MethO),
	forward("write", true, "buffer, /", rt.MethO),
	forward("flush", true, "", rt.MethNoArgs),
	forward("readable", false, "", rt.MethNoArgs),
	forward("writable", true, "", rt.MethNoArgs),
	{Name: "close", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		p := rt.PtrOf[rwPair](self)
		if err := p.check(); err != nil {
			return rt.Value{}, err
		}
		_, werr := rt.IOCallMethod(p.writer, "close")
		_, rerr := rt.IOCallMethod(p.reader, "close")
		if werr != nil {
			if rerr != nil {
				rerr.Context = werr
				return rt.Value{}, rerr
			}
			return rt.Value{}, werr
		}
		if rerr != nil {
			return rt.Value{}, rerr
		}
		return rt.None, nil
	}},
	{Name: "isatty", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		p := rt.PtrOf[rwPair](self)
		if err := p.check(); err != nil {
			return rt.Value{}, err
		}
		r, err := rt.IOCallMethod(p.writer, "isatty")
		if err != nil {
			return rt.Value{}, err
		}
		if !r.Is(rt.False) {
			return r, nil
		}
		return rt.IOCallMethod(p.reader, "isatty")
	}},
}

func newRWPairType() {
	bufferedRWPairType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.BufferedRWPair", Base: bufferediobaseType, Flags: rt.FlagBaseType,
		Doc: "A buffered reader and writer object together.", Methods: rwpairMethods,
		GetSets: []rt.GetSetDef{{Name: "closed", Get: func(v rt.Value) (rt.Value, *rt.Exception) {
			p := rt.PtrOf[rwPair](v)
			if p.writer.IsNull() {
				return rt.Value{}, rt.NewRuntimeError("the BufferedRWPair object is being garbage-collected")
			}
			return rt.GetAttr(p.writer, strClosed)
		}}}}, func(t *rt.Type) {
		t.New = func(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
			return rt.ValueOf(&rwPair{object: object{Header: rt.NewHeader(t)}}), nil
		}
		t.Init = rwpair_init
		t.InstAttrs = objAttrs
	})
}
