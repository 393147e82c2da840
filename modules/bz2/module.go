// Package bz2 is CPython 3.11's _bz2 module: BZ2Compressor and
// BZ2Decompressor over a bzip2 encoder and a streaming decoder written in
// Go (compress/bzip2 cannot compress, and cannot stop at max_length).
// Compressed output is valid bzip2 but not byte-for-byte libbzip2's.
package bz2

import (
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// compressor is a _bz2.BZ2Compressor.
type compressor struct {
	runtime.Header
	mu      sync.Mutex
	enc     *encoder
	flushed bool
}

// decompressor is a _bz2.BZ2Decompressor.
type decompressor struct {
	runtime.Header
	mu         sync.Mutex
	dec        *decoder
	unusedData []byte
	needsInput bool
	failed     bool
}

var compressorType, decompressorType *runtime.Type

// typesOnce guards initTypes.
var typesOnce sync.Once

// initTypes creates the module's classes on its first import (from Exec)
// rather than at process start-up.
func initTypes() {
	compressorType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_bz2.BZ2Compressor", Methods: compressorMethods,
		Doc: "Create a compressor object for compressing data incrementally.\n\n  compresslevel\n    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead.",
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.ValueOf(&compressor{Header: runtime.HeaderFor(t)}), nil
		}
		t.Init = compressor_init
	})
	decompressorType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_bz2.BZ2Decompressor", Methods: decompressorMethods, GetSets: decompressorGetSets,
		Doc: "Create a decompressor object for decompressing data incrementally.\n\nFor one-shot decompression, use the decompress() function instead.",
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.ValueOf(&decompressor{Header: runtime.HeaderFor(t)}), nil
		}
		t.Init = decompressor_init
	})
}

// Module is the _bz2 module.
var Module = &runtime.ModuleDef{
	Name: "_bz2",
	Exec: func(m *runtime.Module) *exc {
		typesOnce.Do(initTypes)
		m.SetAttr("BZ2Compressor", compressorType.Value())
		m.SetAttr("BZ2Decompressor", decompressorType.Value())
		return nil
	},
}

func compressor_init(self value, args []value, kwnames []*runtime.Str) *exc {
	if len(kwnames) > 0 {
		return runtime.NewTypeError("BZ2Compressor() takes no keyword arguments")
	}
	if len(args) > 1 {
		return runtime.NewTypeError("BZ2Compressor expected at most 1 argument, got %d", len(args))
	}
	level := int64(9)
	if len(args) == 1 {
		if runtime.IsInstance(args[0], runtime.FloatType) {
			return runtime.NewTypeError("'float' object cannot be interpreted as an integer")
		}
		n, err := runtime.IndexInt64(args[0], "")
		if err != nil {
			return err
		}
		level = n
	}
	if level < 1 || level > 9 {
		return runtime.NewValueError("compresslevel must be between 1 and 9")
	}
	o := runtime.PtrOf[compressor](self)
	o.mu.Lock()
	o.enc, o.flushed = newEncoder(int(level)), false
	o.mu.Unlock()
	return nil
}

func compressorOf(self value) (*compressor, *exc) {
	o := runtime.PtrOf[compressor](self)
	if o.enc == nil {
		return nil, runtime.NewValueError("compressor is not initialized")
	}
	return o, nil
}

func bz2comp_compress(self value, a []value) (value, *exc) {
	b, ok := runtime.BufferBytes(a[0])
	if !ok {
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
	o.enc.write(b)
	return runtime.NewBytes(o.enc.w.take()), nil
}

func bz2comp_flush(self value, _ []value) (value, *exc) {
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
	o.enc.finish()
	return runtime.NewBytes(o.enc.w.take()), nil
}

var compressorMethods = []runtime.Method{
	{Name: "compress", Sig: "data, /", Flags: runtime.MethO, Fn: bz2comp_compress,
		Doc: "Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process."},
	{Name: "flush", Flags: runtime.MethNoArgs, Fn: bz2comp_flush,
		Doc: "Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called."},
}

func decompressor_init(self value, args []value, kwnames []*runtime.Str) *exc {
	if len(kwnames) > 0 {
		return runtime.NewTypeError("BZ2Decompressor() takes no keyword arguments")
	}
	if len(args) > 0 {
		return runtime.NewTypeError("BZ2Decompressor() takes no positional arguments")
	}
	o := runtime.PtrOf[decompressor](self)
	o.mu.Lock()
	o.dec, o.unusedData, o.needsInput, o.failed = newDecoder(), nil, true, false
	o.mu.Unlock()
	return nil
}

func bz2decomp_decompress(self value, a []value) (value, *exc) {
	data, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	maxLength := int64(-1)
	if !a[1].IsNull() {
		n, err := runtime.IndexInt64(a[1], "")
		if err != nil {
			return runtime.None, err
		}
		maxLength = n
	}
	o := runtime.PtrOf[decompressor](self)
	if o.dec == nil {
		return runtime.None, runtime.NewValueError("decompressor is not initialized")
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.dec.eof() {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("EOFError"), runtime.StrValue("End of stream already reached"))
	}
	if o.failed {
		return runtime.None, runtime.NewValueError("Decompressor in invalid state due to a previous error")
	}
	o.dec.feed(data)
	out, err := o.dec.decode(int(maxLength))
	if err != nil {
		o.failed, o.needsInput = true, false
		return runtime.None, runtime.NewExceptionMsg(runtime.OSErrorType, err.Error())
	}
	rest := o.dec.unconsumed()
	switch {
	case o.dec.eof():
		o.needsInput = false
		if len(rest) > 0 {
			o.unusedData = append([]byte(nil), rest...)
		}
	default:
		o.needsInput = len(rest) == 0
	}
	return runtime.NewBytes(out), nil
}

var decompressorMethods = []runtime.Method{
	{Name: "decompress", Sig: "*args, **kwargs", Fn: bz2decomp_decompress_args,
		Doc: "Decompress *data*, returning uncompressed data as bytes."},
}

var decompressBind = runtime.ClinicMethod("decompress", "data, /, max_length=", bz2decomp_decompress).Fn

// bz2decomp_decompress_args binds decompress's arguments as Argument
// Clinic does, including its message for a missing positional-only data.
func bz2decomp_decompress_args(self value, a []value) (value, *exc) {
	if a[0].AsTuple().Len() == 0 {
		return runtime.None, runtime.NewTypeError("decompress() missing required argument 'data' (pos 1)")
	}
	return decompressBind(self, a)
}

func decompOf(v value) *decompressor { return runtime.PtrOf[decompressor](v) }

var decompressorGetSets = []runtime.GetSetDef{
	{Name: "eof", Member: true, Get: func(v value) (value, *exc) {
		d := decompOf(v)
		return runtime.Bool(d.dec != nil && d.dec.eof()), nil
	}},
	{Name: "unused_data", Member: true, Get: func(v value) (value, *exc) {
		return runtime.NewBytes(decompOf(v).unusedData), nil
	}},
	{Name: "needs_input", Member: true, Get: func(v value) (value, *exc) {
		return runtime.Bool(decompOf(v).needsInput), nil
	}},
}
