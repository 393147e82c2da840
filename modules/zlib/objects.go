// This file defines zlib.Compress and zlib.Decompress, the streaming
// objects that compressobj and decompressobj return.
package zlib

import (
	"sync"

	"krait/runtime"
)

// compressObject is a zlib.Compress.
type compressObject struct {
	runtime.Header
	mu sync.Mutex
	d  *deflater
}

// decompressObject is a zlib.Decompress.
type decompressObject struct {
	runtime.Header
	mu sync.Mutex
	d  *decompressor
}

var compressType, decompressType *runtime.Type

func noNew(t *runtime.Type) {
	t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
		return runtime.None, runtime.NewTypeError("cannot create '%s' instances", t.Name)
	}
}

// typesOnce runs initTypes on the module's first import (its types were
// made in Go's package initialization, which runs in every Krait process).
var typesOnce sync.Once

func initTypes() {
	compressType = runtime.NewNativeType(&runtime.TypeSpec{Name: "zlib.Compress", Methods: compressMethods}, noNew)
	decompressType = runtime.NewNativeType(&runtime.TypeSpec{Name: "zlib.Decompress", Methods: decompressMethods,
		GetSets: decompressGetSets}, noNew)
}

func zlib_compressobj(_ value, a []value) (value, *exc) {
	var args [5]int
	defs := [5]int{zDefaultLevel, deflated, maxWbits, defMemLevel, zDefaultStrat}
	for i := range args {
		n, err := intArg(a[i], defs[i])
		if err != nil {
			return runtime.None, err
		}
		args[i] = n
	}
	level, method, wbits, memLevel, strategy := args[0], args[1], args[2], args[3], args[4]
	if !validCompressWbits(wbits) || level < -1 || level > 9 || method != deflated || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return runtime.None, runtime.NewValueError("Invalid initialization option")
	}
	var zdict []byte
	if !a[5].IsNull() && a[5] != runtime.None {
		b, ok := runtime.BufferBytes(a[5])
		if !ok {
			return runtime.None, runtime.NewTypeError("zdict argument must support the buffer protocol")
		}
		zdict = append([]byte{}, b...)
	}
	d, ok := newDeflater(level, wbits, memLevel, strategy, zdict)
	if !ok {
		return runtime.None, runtime.NewValueError("Invalid dictionary")
	}
	o := &compressObject{Header: runtime.HeaderFor(compressType), d: d}
	return runtime.ValueOf(o), nil
}

func compress_compress(self value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	o := runtime.PtrOf[compressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	out, ferr := o.d.compress(b)
	if ferr != nil {
		return runtime.None, ferr
	}
	return runtime.NewBytes(out), nil
}

func compress_flush(self value, a []value) (value, *exc) {
	mode, err := intArg(a[0], zFinish)
	if err != nil {
		return runtime.None, err
	}
	o := runtime.PtrOf[compressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	if mode == zNoFlush {
		return runtime.NewBytes(nil), nil
	}
	out, ferr := o.d.flush(mode)
	if ferr != nil {
		return runtime.None, ferr
	}
	return runtime.NewBytes(out), nil
}

func compress_copy(self value, _ []value) (value, *exc) {
	o := runtime.PtrOf[compressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.d.finished {
		return runtime.None, runtime.NewValueError("Inconsistent stream state")
	}
	c := &compressObject{Header: runtime.HeaderFor(compressType), d: o.d.copyDeflater()}
	return runtime.ValueOf(c), nil
}

func compress_deepcopy(self value, _ []value) (value, *exc) { return compress_copy(self, nil) }

var compressMethods = []runtime.Method{
	{Name: "compress", Sig: "data, /", Flags: runtime.MethO, Fn: compress_compress, Doc: "Returns a bytes object containing compressed data."},
	{Name: "flush", Sig: "mode=, /", Fn: compress_flush, Doc: "Return a bytes object containing any remaining compressed data."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: compress_copy, Doc: "Return a copy of the compression object."},
	{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: compress_copy},
	{Name: "__deepcopy__", Flags: runtime.MethO, Fn: compress_deepcopy},
}

func zlib_decompressobj(_ value, a []value) (value, *exc) {
	wbits, err := intArg(a[0], maxWbits)
	if err != nil {
		return runtime.None, err
	}
	var zdict []byte
	if !a[1].IsNull() {
		b, ok := runtime.BufferBytes(a[1])
		if !ok {
			return runtime.None, runtime.NewTypeError("zdict argument must support the buffer protocol")
		}
		zdict = append([]byte{}, b...)
	}
	if !validDecompressWbits(wbits) {
		return runtime.None, runtime.NewValueError("Invalid initialization option")
	}
	d := &decompressor{s: newInflateState(wbits), zdict: zdict}
	if zdict != nil && wbits < 0 {
		if e := d.setZdict(); e != nil {
			return runtime.None, e
		}
	}
	return runtime.ValueOf(&decompressObject{Header: runtime.HeaderFor(decompressType), d: d}), nil
}

func decompress_decompress(self value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	maxLength, err := ssizeArg(a[1], 0)
	if err != nil {
		return runtime.None, err
	}
	if maxLength < 0 {
		return runtime.None, runtime.NewValueError("max_length must be non-negative")
	}
	o := runtime.PtrOf[decompressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	out, ferr := o.d.decompress(b, maxLength)
	if ferr != nil {
		return runtime.None, ferr
	}
	return runtime.NewBytes(out), nil
}

func decompress_flush(self value, a []value) (value, *exc) {
	length, err := ssizeArg(a[0], defBufSize)
	if err != nil {
		return runtime.None, err
	}
	if length <= 0 {
		return runtime.None, runtime.NewValueError("length must be greater than zero")
	}
	o := runtime.PtrOf[decompressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	out, ferr := o.d.flush(length)
	if ferr != nil {
		return runtime.None, ferr
	}
	return runtime.NewBytes(out), nil
}

func decompress_copy(self value, _ []value) (value, *exc) {
	o := runtime.PtrOf[decompressObject](self)
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.d.ended {
		return runtime.None, runtime.NewValueError("Inconsistent stream state")
	}
	c := &decompressObject{Header: runtime.HeaderFor(decompressType), d: o.d.copyDecompressor()}
	return runtime.ValueOf(c), nil
}

func decompress_deepcopy(self value, _ []value) (value, *exc) { return decompress_copy(self, nil) }

var decompressMethods = []runtime.Method{
	runtime.ClinicKwMethod("decompress", "data, /, max_length=", decompress_decompress),
	{Name: "flush", Sig: "length=, /", Fn: decompress_flush, Doc: "Return a bytes object containing any remaining decompressed data."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: decompress_copy, Doc: "Return a copy of the decompression object."},
	{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: decompress_copy},
	{Name: "__deepcopy__", Flags: runtime.MethO, Fn: decompress_deepcopy},
}

func decompressOf(v value) *decompressObject { return runtime.PtrOf[decompressObject](v) }

var decompressGetSets = []runtime.GetSetDef{
	{Name: "unused_data", Get: func(v value) (value, *exc) { return runtime.NewBytes(decompressOf(v).d.unusedData), nil }},
	{Name: "unconsumed_tail", Get: func(v value) (value, *exc) { return runtime.NewBytes(decompressOf(v).d.unconsumedTail), nil }},
	{Name: "eof", Get: func(v value) (value, *exc) { return runtime.Bool(decompressOf(v).d.eof), nil }},
}
