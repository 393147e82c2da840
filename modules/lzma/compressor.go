// This file defines _lzma.LZMACompressor.
package lzma

import (
	"fmt"
	"sync"

	"krait/runtime"
)

// compressor is an LZMACompressor.
type compressor struct {
	runtime.Header
	attrs   *runtime.Attrs // instance attributes of Python subclasses
	mu      sync.Mutex
	enc     streamEncoder
	flushed bool
}

var compressorType *runtime.Type

var compressorInitSig = &runtime.Method{Name: "LZMACompressor", Sig: "format=, check=, preset=, filters="}

func init() {
	compressorType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_lzma.LZMACompressor", Methods: compressorMethods, Flags: runtime.FlagBaseType,
		Doc: compressorDoc,
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			o := &compressor{Header: runtime.HeaderFor(t)}
			if t != compressorType {
				o.attrs = &runtime.Attrs{}
			}
			return runtime.ValueOf(o), nil
		}
		t.InstAttrs = func(v value) *runtime.Attrs { return runtime.PtrOf[compressor](v).attrs }
		t.Init = compressor_init
	})
}

// presetArg converts the preset argument (a uint32).
func presetArg(v value) (uint32, *exc) {
	n, ok := uintValue(v, 1<<32-1)
	if !ok {
		if !runtime.IsInstance(v, runtime.IntType) {
			return 0, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		if neg, _ := runtime.IntOf(v); neg < 0 {
			return 0, runtime.NewOverflowError("Value must be non-negative")
		}
		return 0, runtime.NewOverflowError("Value too large for uint32_t type")
	}
	return uint32(n), nil
}

func compressor_init(self value, args []value, kwnames []*runtime.Str) *exc {
	a, err := runtime.BindArgs(compressorInitSig, args, kwnames, nil)
	if err != nil {
		return err
	}
	format, check := int64(formatXZ), int64(-1)
	if !a[0].IsNull() {
		if format, err = intArg(a[0]); err != nil {
			return err
		}
	}
	if !a[1].IsNull() {
		if check, err = intArg(a[1]); err != nil {
			return err
		}
	}
	preset := a[2]
	if !preset.IsNull() && preset == runtime.None {
		preset = runtime.Value{}
	}
	filters := a[3]
	if !filters.IsNull() && filters == runtime.None {
		filters = runtime.Value{}
	}
	if format != formatXZ && check != -1 && check != checkNone {
		return runtime.NewValueError("Integrity checks are only supported by FORMAT_XZ")
	}
	if !preset.IsNull() && !filters.IsNull() {
		return runtime.NewValueError("Cannot specify both preset and filter chain")
	}
	p := uint32(presetDefault)
	if !preset.IsNull() {
		if p, err = presetArg(preset); err != nil {
			return err
		}
	}
	enc, err := newStreamEncoder(int(format), int(check), p, filters)
	if err != nil {
		return err
	}
	o := runtime.PtrOf[compressor](self)
	o.mu.Lock()
	o.enc, o.flushed = enc, false
	o.mu.Unlock()
	return nil
}

// newStreamEncoder makes the encoder of a format.
func newStreamEncoder(format, check int, preset uint32, filters value) (streamEncoder, *exc) {
	if format < formatXZ || format > formatRaw {
		return nil, runtime.NewValueError("Invalid container format: %d", format)
	}
	var chain []*filterSpec
	if !filters.IsNull() {
		var err *exc
		if chain, err = parseFilterChain(filters); err != nil {
			return nil, err
		}
	} else if format != formatRaw {
		f := &filterSpec{id: filterLZMA2}
		if format == formatAlone {
			f.id = filterLZMA1
		}
		if !presetSpec(f, preset) {
			if format == formatXZ {
				return nil, lzmaError(msgOptions)
			}
			return nil, lzmaError(fmt.Sprintf("Invalid compression preset: %d", preset))
		}
		chain = []*filterSpec{f}
	}
	if len(chain) == 0 && format != formatRaw {
		return nil, lzmaError(msgInternal)
	}
	switch format {
	case formatXZ:
		if check == -1 {
			check = checkCRC64
		}
		if check < 0 || check > checkIDMax || !checkSupported(check) {
			return nil, lzmaError(msgCheck)
		}
		if enc, ok := newXZEncoder(chain, check); ok {
			return enc, nil
		}
	case formatAlone:
		if len(chain) != 1 || chain[0].id != filterLZMA1 {
			return nil, runtime.NewValueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter")
		}
		if enc, ok := newAloneEncoder(chain[0]); ok && chain[0].valid() {
			return enc, nil
		}
	case formatRaw:
		if filters.IsNull() {
			return nil, runtime.NewValueError("Must specify filters for FORMAT_RAW")
		}
		if len(chain) == 0 {
			return nil, lzmaError(msgInternal)
		}
		if enc, ok := newChainEncoder(chain); ok {
			return enc, nil
		}
	default:
		return nil, runtime.NewValueError("Invalid container format: %d", format)
	}
	return nil, lzmaError(msgOptions)
}

func compressorOf(self value) (*compressor, *exc) {
	o := runtime.PtrOf[compressor](self)
	if o.enc == nil {
		return nil, runtime.NewValueError("compressor is not initialized")
	}
	return o, nil
}

func lzmacomp_compress(self value, a []value) (value, *exc) {
	b, ok := runtime.BufferBytes(a[0])
	if _, isStr := a[0].TryStr(); !ok || isStr {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	o, err := compressorOf(self)
	if err != nil {
		return runtime.None, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.flushed {
		return runtime.None, runtime.NewValueError("Compressor has been flushed")
	}
	return runtime.NewBytes(o.enc.write(append([]byte(nil), b...))), nil
}

func lzmacomp_flush(self value, _ []value) (value, *exc) {
	o, err := compressorOf(self)
	if err != nil {
		return runtime.None, err
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.flushed {
		return runtime.None, runtime.NewValueError("Repeated call to flush()")
	}
	o.flushed = true
	return runtime.NewBytes(o.enc.finish()), nil
}

var compressorMethods = []runtime.Method{
	{Name: "compress", Sig: "data, /", Flags: runtime.MethO, Fn: lzmacomp_compress,
		Doc: "Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process."},
	{Name: "flush", Flags: runtime.MethNoArgs, Fn: lzmacomp_flush,
		Doc: "Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called."},
	{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.None, runtime.NewTypeError("cannot pickle '%s' object", self.Type().Name)
	}},
}

const compressorDoc = `LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

Create a compressor object for compressing data incrementally.

format specifies the container format to use for the output. This can
be FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.

check specifies the integrity check to use. For FORMAT_XZ, the default
is CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity
checks; for these formats, check must be omitted, or be CHECK_NONE.

The settings used by the compressor can be specified either as a
preset compression level (with the 'preset' argument), or in detail
as a custom filter chain (with the 'filters' argument). For FORMAT_XZ
and FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset
level. For FORMAT_RAW, the caller must always specify a filter chain;
the raw compressor does not support preset compression levels.

preset (if provided) should be an integer in the range 0-9, optionally
OR-ed with the constant PRESET_EXTREME.

filters (if provided) should be a sequence of dicts. Each dict should
have an entry for "id" indicating the ID of the filter, plus
additional entries for options to the filter.

For one-shot compression, use the compress() function instead.
`
