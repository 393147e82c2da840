// This file defines _lzma.LZMADecompressor.
package lzma

import (
	"sync"

	"krait/runtime"
)

// decompressor is an LZMADecompressor.
type decompressor struct {
	runtime.Header
	attrs      *runtime.Attrs // instance attributes of Python subclasses
	mu         sync.Mutex
	format     int
	memlimit   uint64
	dec        streamDecoder
	check      int
	in         []byte // input not consumed yet
	out        []byte // output not returned yet
	done       bool   // the decoder reached the end of the stream
	eof        bool
	needsInput bool
	unusedData []byte
	inited     bool
}

var decompressorType *runtime.Type

var decompressorInitSig = &runtime.Method{Name: "LZMADecompressor", Sig: "format=, memlimit=, filters="}

func init() {
	decompressorType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_lzma.LZMADecompressor", Methods: decompressorMethods, GetSets: decompressorGetSets,
		Flags: runtime.FlagBaseType, Doc: decompressorDoc,
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			o := &decompressor{Header: runtime.HeaderFor(t)}
			if t != decompressorType {
				o.attrs = &runtime.Attrs{}
			}
			return runtime.ValueOf(o), nil
		}
		t.InstAttrs = func(v value) *runtime.Attrs { return runtime.PtrOf[decompressor](v).attrs }
		t.Init = decompressor_init
	})
}

func decompressor_init(self value, args []value, kwnames []*runtime.Str) *exc {
	a, err := runtime.BindArgs(decompressorInitSig, args, kwnames, nil)
	if err != nil {
		return err
	}
	format := int64(formatAuto)
	if !a[0].IsNull() {
		if format, err = intArg(a[0]); err != nil {
			return err
		}
	}
	memlimit, filters := a[1], a[2]
	limit := uint64(1<<64 - 1)
	if !memlimit.IsNull() && memlimit != runtime.None {
		if format == formatRaw {
			return runtime.NewValueError("Cannot specify memory limit with FORMAT_RAW")
		}
		var ok bool
		if limit, ok = uintValue(memlimit, 1<<64-1); !ok {
			if !runtime.IsInstance(memlimit, runtime.IntType) {
				return runtime.NewTypeError("'%s' object cannot be interpreted as an integer", memlimit.Type().Name)
			}
			return runtime.NewOverflowError("can't convert negative int to unsigned")
		}
	}
	hasFilters := !filters.IsNull() && filters != runtime.None
	if format == formatRaw && !hasFilters {
		return runtime.NewValueError("Must specify filters for FORMAT_RAW")
	}
	if format != formatRaw && hasFilters {
		return runtime.NewValueError("Cannot specify filters except with FORMAT_RAW")
	}
	o := runtime.PtrOf[decompressor](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	o.format, o.dec, o.check, o.in, o.out, o.memlimit = int(format), nil, checkUnknown, nil, nil, limit
	o.done, o.eof, o.needsInput, o.unusedData, o.inited = false, false, true, nil, true
	switch format {
	case formatAuto:
	case formatXZ:
		o.dec = o.newXZ()
	case formatAlone:
		o.dec = &aloneDecoder{gotCheck: o.setCheck, memlimit: o.memlimit}
	case formatRaw:
		o.check = checkNone
		chain, err := parseFilterChain(filters)
		if err != nil {
			return err
		}
		if len(chain) == 0 {
			return lzmaError(msgInternal)
		}
		dec, gerr := newChainDecoder(chain)
		if gerr != nil {
			return lzmaError(msgOptions)
		}
		o.dec = dec
	default:
		return runtime.NewValueError("Invalid container format: %d", format)
	}
	return nil
}

func (o *decompressor) newXZ() *xzDecoder {
	return &xzDecoder{gotCheck: o.setCheck, memlimit: o.memlimit}
}

func (o *decompressor) setCheck(c int) { o.check = c }

// run decodes until want bytes of output are pending (want < 0: all the
// input allows), the stream ends, or more input is needed.
func (o *decompressor) run(want int) *exc {
	for !o.done && (want < 0 || len(o.out) < want) {
		if o.dec == nil {
			if len(o.in) == 0 {
				return nil
			}
			if o.in[0] == 0xFD {
				o.dec = o.newXZ()
			} else {
				o.dec = &aloneDecoder{picky: true, gotCheck: o.setCheck, memlimit: o.memlimit}
			}
		}
		n, fin, err := o.dec.step(o.in, &o.out)
		o.in = o.in[n:]
		if err != nil {
			if de, ok := err.(*decodeError); ok {
				return lzmaError(de.msg)
			}
			return lzmaError(msgData)
		}
		if fin {
			o.done = true
		} else if n == 0 {
			return nil
		}
	}
	return nil
}

func lzmadecomp_decompress(self value, a []value) (value, *exc) {
	data, ok := runtime.BufferBytes(a[0])
	if _, isStr := a[0].TryStr(); !ok || isStr {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	maxLen := int64(-1)
	if !a[1].IsNull() {
		var err *exc
		if maxLen, err = runtime.IndexInt64(a[1], ""); err != nil {
			return runtime.None, err
		}
	}
	o := runtime.PtrOf[decompressor](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.inited {
		return runtime.None, runtime.NewValueError("decompressor is not initialized")
	}
	if o.eof {
		return runtime.None, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("EOFError"), "Already at end of stream")
	}
	o.in = append(o.in, data...)
	want := -1
	if maxLen >= 0 {
		want = int(min(maxLen, 1<<40))
	}
	if err := o.run(want); err != nil {
		return runtime.None, err
	}
	n := len(o.out)
	if want >= 0 && n > want {
		n = want
	}
	result := runtime.NewBytes(append([]byte(nil), o.out[:n]...))
	o.out = append(o.out[:0], o.out[n:]...)
	switch {
	case o.done && len(o.out) == 0:
		o.eof, o.needsInput = true, false
		o.unusedData = append([]byte(nil), o.in...)
		o.in = nil
	case len(o.out) > 0 || (want >= 0 && n == want):
		o.needsInput = false
	default:
		o.needsInput = true
	}
	return result, nil
}

func decompOf(v value) *decompressor { return runtime.PtrOf[decompressor](v) }

var decompressorGetSets = []runtime.GetSetDef{
	{Name: "check", Doc: "ID of the integrity check used by the input stream.", Get: func(v value) (value, *exc) {
		return runtime.Int(int64(decompOf(v).check)), nil
	}},
	{Name: "eof", Doc: "True if the end-of-stream marker has been reached.", Get: func(v value) (value, *exc) {
		return runtime.Bool(decompOf(v).eof), nil
	}},
	{Name: "unused_data", Doc: "Data found after the end of the compressed stream.", Get: func(v value) (value, *exc) {
		return runtime.NewBytes(decompOf(v).unusedData), nil
	}},
	{Name: "needs_input", Doc: "True if more input is needed before more decompressed data can be produced.", Get: func(v value) (value, *exc) {
		return runtime.Bool(decompOf(v).needsInput), nil
	}},
}

var decompressorMethods = []runtime.Method{
	{Name: "decompress", Sig: "data, max_length=", Fn: lzmadecomp_decompress, Doc: decompressDoc},
	{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.None, runtime.NewTypeError("cannot pickle '%s' object", self.Type().Name)
	}},
}

const decompressDoc = "Decompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute."

const decompressorDoc = `Create a decompressor object for decompressing data incrementally.

  format
    Specifies the container format of the input stream.  If this is
    FORMAT_AUTO (the default), the decompressor will automatically detect
    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with
    FORMAT_RAW cannot be autodetected.
  memlimit
    Limit the amount of memory used by the decompressor.  This will cause
    decompression to fail if the input cannot be decompressed within the
    given limit.
  filters
    A custom filter chain.  This argument is required for FORMAT_RAW, and
    not accepted with any other format.  When provided, this should be a
    sequence of dicts, each indicating the ID and options for a single
    filter.

For one-shot decompression, use the decompress() function instead.`
