// Package zlib is CPython 3.11's zlib module, with Go renderings of zlib
// 1.2.13's deflate (writing the same bytes as the C library) and inflate
// (consuming input and reporting errors as it does), driven the way
// CPython's zlibmodule.c drives them.
package zlib

import (
	"hash/adler32"
	"hash/crc32"
	"math/big"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// zlib constants.
const (
	maxWbits      = 15
	deflated      = 8
	defMemLevel   = 8
	defBufSize    = 16384
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
	zHuffmanOnly  = 2
	zlibVersion   = "1.2.13"
	zDefaultLevel = -1
	zDefaultStrat = 0
)

// zlibError returns zlib.error, created once per process.
var zlibError = runtime.LazyExceptionClass("zlib", "error", "", runtime.ExceptionType)

// bufferArg gets the bytes of a bytes-like argument.
func bufferArg(v value) ([]byte, *exc) {
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

// intArg converts an optional int argument.
func intArg(v value, def int) (int, *exc) {
	if v.IsNull() {
		return def, nil
	}
	return runtime.CIntConverter(v)
}

// ssizeArg converts an optional Py_ssize_t argument.
func ssizeArg(v value, def int) (int, *exc) {
	if v.IsNull() {
		return def, nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	return int(n), nil
}

// checksumArg converts a running checksum value: any int, taken mod 2**32.
func checksumArg(v value, def uint32) (uint32, *exc) {
	if v.IsNull() {
		return def, nil
	}
	iv, err := runtime.Index(v, "")
	if err != nil {
		return 0, err
	}
	if n, ok := runtime.IntOf(iv); ok {
		return uint32(n), nil
	}
	b, _ := runtime.BigIntOf(iv)
	m := new(big.Int).And(b, big.NewInt(0xffffffff))
	return uint32(m.Uint64()), nil
}

func zlib_crc32(_ value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	start, err := checksumArg(a[1], 0)
	if err != nil {
		return runtime.None, err
	}
	return runtime.Int(int64(crc32.Update(start, crc32.IEEETable, b))), nil
}

func zlib_adler32(_ value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	start, err := checksumArg(a[1], 1)
	if err != nil {
		return runtime.None, err
	}
	return runtime.Int(int64(adler32Update(start, b))), nil
}

// adler32Update continues an Adler-32 checksum from start.
func adler32Update(start uint32, p []byte) uint32 {
	if start == 1 {
		return adler32.Checksum(p)
	}
	const mod = 65521
	s1, s2 := start&0xffff, start>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

// validCompressWbits reports whether deflateInit2 accepts wbits: 8 is
// allowed (as 9) only with the zlib wrapper.
func validCompressWbits(wbits int) bool {
	return (wbits >= 8 && wbits <= 15) || (wbits >= -15 && wbits <= -9) || (wbits >= 25 && wbits <= 31)
}

func zlib_compress(_ value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	level, err := intArg(a[1], zDefaultLevel)
	if err != nil {
		return runtime.None, err
	}
	wbits, err := intArg(a[2], maxWbits)
	if err != nil {
		return runtime.None, err
	}
	if !validCompressWbits(wbits) || level < -1 || level > 9 {
		return runtime.None, runtime.NewExceptionMsg(zlibError(), "Bad compression level")
	}
	return runtime.NewBytes(oneShot(b, level, wbits)), nil
}

func zlib_decompress(_ value, a []value) (value, *exc) {
	b, err := bufferArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	wbits, err := intArg(a[1], maxWbits)
	if err != nil {
		return runtime.None, err
	}
	bufsize, err := intArg(a[2], defBufSize)
	if err != nil {
		return runtime.None, err
	}
	if bufsize < 0 {
		return runtime.None, runtime.NewValueError("bufsize must be non-negative")
	}
	if !validDecompressWbits(wbits) {
		return runtime.None, runtime.NewExceptionMsg(zlibError(), "Error -2 while preparing to decompress data: inconsistent stream state")
	}
	out, ferr := decompressOnce(b, wbits, bufsize)
	if ferr != nil {
		return runtime.None, ferr
	}
	return runtime.NewBytes(out), nil
}

// Module is the zlib module.
var Module = &runtime.ModuleDef{
	Name: "zlib",
	Doc:  "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.",
	Methods: []runtime.Method{
		{Name: "adler32", Sig: "data, value=, /", Fn: zlib_adler32, Doc: "Compute an Adler-32 checksum of data."},
		{Name: "crc32", Sig: "data, value=, /", Fn: zlib_crc32, Doc: "Compute a CRC-32 checksum of data."},
		runtime.ClinicKwMethod("compress", "data, /, level=, wbits=", zlib_compress),
		runtime.ClinicKwMethod("decompress", "data, /, wbits=, bufsize=", zlib_decompress),
		runtime.ClinicKwMethod("compressobj", "level=, method=, wbits=, memLevel=, strategy=, zdict=", zlib_compressobj),
		runtime.ClinicKwMethod("decompressobj", "wbits=, zdict=", zlib_decompressobj),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes) // objects.go
		for _, c := range []struct {
			name string
			v    int
		}{
			{"MAX_WBITS", maxWbits}, {"DEFLATED", deflated}, {"DEF_MEM_LEVEL", defMemLevel}, {"DEF_BUF_SIZE", defBufSize},
			{"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
			{"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
			{"Z_NO_FLUSH", zNoFlush}, {"Z_PARTIAL_FLUSH", zPartialFlush}, {"Z_SYNC_FLUSH", zSyncFlush},
			{"Z_FULL_FLUSH", zFullFlush}, {"Z_FINISH", zFinish}, {"Z_BLOCK", zBlock}, {"Z_TREES", zTrees},
		} {
			m.SetAttr(c.name, runtime.Int(int64(c.v)))
		}
		m.SetAttr("ZLIB_VERSION", runtime.StrValue(zlibVersion))
		m.SetAttr("ZLIB_RUNTIME_VERSION", runtime.StrValue(zlibVersion))
		m.SetAttr("error", zlibError().Value())
		return nil
	},
}
