// Package lzma is CPython 3.11's _lzma module: LZMACompressor and
// LZMADecompressor for the .xz, .lzma and raw formats, over an LZMA/LZMA2
// codec written in Go. Decompression reads everything liblzma's encoder
// writes; compressed bytes are valid but not liblzma's byte for byte.
package lzma

import (
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// Container formats.
const (
	formatAuto  = 0
	formatXZ    = 1
	formatAlone = 2
	formatRaw   = 3
)

// errorType returns _lzma.LZMAError.
var errorType = runtime.LazyExceptionClass("_lzma", "LZMAError", "Call to liblzma failed.", runtime.ExceptionType)

// intArg converts a C int argument.
func intArg(v value) (int64, *exc) {
	if runtime.IsInstance(v, runtime.FloatType) {
		return 0, runtime.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n < -1<<31 || n >= 1<<31 {
		if n < 0 {
			return 0, runtime.NewOverflowError("signed integer is less than minimum")
		}
		return 0, runtime.NewOverflowError("signed integer is greater than maximum")
	}
	return n, nil
}

func _lzma_is_check_supported(_ value, a []value) (value, *exc) {
	id, err := intArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	return runtime.Bool(id >= 0 && id <= checkIDMax && checkSupported(int(id))), nil
}

func _lzma__encode_filter_properties(_ value, a []value) (value, *exc) {
	f, err := parseFilterSpec(a[0])
	if err != nil {
		return runtime.None, err
	}
	p, ok := f.encodeProps()
	if !ok {
		return runtime.None, lzmaError(msgInternal)
	}
	return runtime.NewBytes(p), nil
}

func _lzma__decode_filter_properties(_ value, a []value) (value, *exc) {
	id, ok := uintValue(a[0], 1<<64-1)
	if !ok {
		if runtime.IsInstance(a[0], runtime.IntType) {
			return runtime.None, runtime.NewOverflowError("Python int too large to convert to C unsigned long long")
		}
		return runtime.None, runtime.NewTypeError("an integer is required")
	}
	p, isBuf := runtime.BufferBytes(a[1])
	if _, isStr := a[1].TryStr(); isStr || !isBuf {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[1].Type().Name)
	}
	f, ok := decodeProps(id, p)
	if !ok {
		return runtime.None, lzmaError(msgOptions)
	}
	return f.toDict(), nil
}

var constants = []struct {
	name string
	v    uint64
}{
	{"FORMAT_AUTO", formatAuto}, {"FORMAT_XZ", formatXZ}, {"FORMAT_ALONE", formatAlone}, {"FORMAT_RAW", formatRaw},
	{"CHECK_NONE", checkNone}, {"CHECK_CRC32", checkCRC32}, {"CHECK_CRC64", checkCRC64}, {"CHECK_SHA256", checkSHA256},
	{"CHECK_ID_MAX", checkIDMax}, {"CHECK_UNKNOWN", checkUnknown},
	{"FILTER_LZMA1", filterLZMA1}, {"FILTER_LZMA2", filterLZMA2}, {"FILTER_DELTA", filterDelta},
	{"FILTER_X86", filterX86}, {"FILTER_POWERPC", filterPowerPC}, {"FILTER_IA64", filterIA64},
	{"FILTER_ARM", filterARM}, {"FILTER_ARMTHUMB", filterARMThumb}, {"FILTER_SPARC", filterSPARC},
	{"MF_HC3", mfHC3}, {"MF_HC4", mfHC4}, {"MF_BT2", mfBT2}, {"MF_BT3", mfBT3}, {"MF_BT4", mfBT4},
	{"MODE_FAST", modeFast}, {"MODE_NORMAL", modeNormal},
	{"PRESET_DEFAULT", presetDefault}, {"PRESET_EXTREME", presetExtreme},
}

// initTypes creates the module's classes on its first import rather than at
// process start-up.
var initTypes sync.Once

// Module is the _lzma module.
var Module = &runtime.ModuleDef{
	Name: "_lzma",
	Methods: []runtime.Method{
		{Name: "is_check_supported", Sig: "check_id, /", Flags: runtime.MethO, Fn: _lzma_is_check_supported,
			Doc: "Test whether the given integrity check is supported.\n\nAlways returns True for CHECK_NONE and CHECK_CRC32."},
		{Name: "_encode_filter_properties", Sig: "filter, /", Flags: runtime.MethO, Fn: _lzma__encode_filter_properties,
			Doc: "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options."},
		{Name: "_decode_filter_properties", Sig: "filter_id, encoded_props, /", Fn: _lzma__decode_filter_properties,
			Doc: "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options."},
	},
	Exec: func(m *runtime.Module) *exc {
		initTypes.Do(func() { initCompressorType(); initDecompressorType() })
		for _, c := range constants {
			m.SetAttr(c.name, intValue(c.v))
		}
		m.SetAttr("LZMAError", errorType().Value())
		m.SetAttr("LZMACompressor", compressorType.Value())
		m.SetAttr("LZMADecompressor", decompressorType.Value())
		return nil
	},
}
