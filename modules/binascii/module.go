// This file defines the Python binding of the binascii module: argument
// conversion (ASCII str accepted by the a2b_* functions, buffers for the
// rest), binascii.Error and binascii.Incomplete.

package binascii

import (
	"math/big"
	"sync"
	"unicode/utf8"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

func none() value { return runtime.None }

var (
	excOnce                  sync.Once
	errorType, incompleteTyp *runtime.Type
)

// exceptions returns binascii.Error and binascii.Incomplete, created once
// per process.
func exceptions() (*runtime.Type, *runtime.Type) {
	excOnce.Do(func() {
		errorType = runtime.NewExceptionClass("binascii", "Error", "", runtime.ValueErrorType)
		incompleteTyp = runtime.NewExceptionClass("binascii", "Incomplete", "", runtime.ExceptionType)
	})
	return errorType, incompleteTyp
}

func raise(e *Error) *exc {
	errT, incT := exceptions()
	switch e.Kind {
	case "Error":
		return runtime.NewExceptionMsg(errT, e.Msg)
	case "Incomplete":
		return runtime.NewExceptionMsg(incT, e.Msg)
	}
	return runtime.ExceptionOfKind(e.Kind, e.Msg)
}

func bytesResult(b []byte, e *Error) (value, *exc) {
	if e != nil {
		return none(), raise(e)
	}
	return runtime.NewBytes(b), nil
}

// asciiData is ascii_buffer_converter: a bytes-like object or an ASCII str.
func asciiData(v value) ([]byte, *exc) {
	if s, ok := v.TryStr(); ok {
		if !s.IsASCII() {
			return nil, runtime.NewValueError("string argument should contain only ASCII characters")
		}
		return []byte(s.S), nil
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("argument should be bytes, buffer or ASCII string, not '%s'", v.Type().Name)
}

// bufferData is a Py_buffer argument.
func bufferData(v value) ([]byte, *exc) {
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

// flag is an optional bool(accept={int}) argument.
func flag(v value, dflt bool) (bool, *exc) {
	if v.IsNull() {
		return dflt, nil
	}
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return false, err
	}
	return b.Sign() != 0, nil
}

// maskedUint32 is an unsigned_int(bitwise=True) argument.
func maskedUint32(v value, dflt uint32) (uint32, *exc) {
	if v.IsNull() {
		return dflt, nil
	}
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return 0, err
	}
	return uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64()), nil
}

// separator converts hexlify's sep: a str or bytes-like object of length 1.
func separator(v value) ([]byte, *exc) {
	if v.IsNull() {
		return nil, nil
	}
	if s, ok := v.TryStr(); ok {
		if utf8.RuneCountInString(s.S) != 1 {
			return nil, runtime.NewValueError("sep must be length 1.")
		}
		r, _ := utf8.DecodeRuneInString(s.S)
		return []byte{byte(r)}, nil
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	if _, err := runtime.Len(v); err != nil {
		return nil, err
	}
	return nil, runtime.NewValueError("sep must be length 1.")
}

func binascii_hexlify(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	sep, err := separator(a[1])
	if err != nil {
		return none(), err
	}
	n := int64(1)
	if !a[2].IsNull() {
		if n, err = runtime.IndexInt64(a[2], ""); err != nil {
			return none(), err
		}
	}
	return bytesResult(Hexlify(data, sep, int(n)))
}

func binascii_unhexlify(_ value, a []value) (value, *exc) {
	data, err := asciiData(a[0])
	if err != nil {
		return none(), err
	}
	return bytesResult(Unhexlify(data))
}

func binascii_a2b_base64(_ value, a []value) (value, *exc) {
	data, err := asciiData(a[0])
	if err != nil {
		return none(), err
	}
	strict, err := flag(a[1], false)
	if err != nil {
		return none(), err
	}
	return bytesResult(A2bBase64(data, strict))
}

func binascii_b2a_base64(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	nl, err := flag(a[1], true)
	if err != nil {
		return none(), err
	}
	return runtime.NewBytes(B2aBase64(data, nl)), nil
}

func binascii_crc32(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	crc, err := maskedUint32(a[1], 0)
	if err != nil {
		return none(), err
	}
	return runtime.Int(int64(Crc32(data, crc))), nil
}

func binascii_crc_hqx(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	crc, err := maskedUint32(a[1], 0)
	if err != nil {
		return none(), err
	}
	return runtime.Int(int64(CrcHqx(data, crc&0xffff))), nil
}

func binascii_a2b_qp(_ value, a []value) (value, *exc) {
	data, err := asciiData(a[0])
	if err != nil {
		return none(), err
	}
	header, err := flag(a[1], false)
	if err != nil {
		return none(), err
	}
	return runtime.NewBytes(A2bQp(data, header)), nil
}

func binascii_b2a_qp(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	var fl [3]bool
	for i, d := range []bool{false, true, false} {
		if fl[i], err = flag(a[i+1], d); err != nil {
			return none(), err
		}
	}
	return runtime.NewBytes(B2aQp(data, fl[0], fl[1], fl[2])), nil
}

func binascii_a2b_uu(_ value, a []value) (value, *exc) {
	data, err := asciiData(a[0])
	if err != nil {
		return none(), err
	}
	return bytesResult(A2bUu(data))
}

func binascii_b2a_uu(_ value, a []value) (value, *exc) {
	data, err := bufferData(a[0])
	if err != nil {
		return none(), err
	}
	bt, err := flag(a[1], false)
	if err != nil {
		return none(), err
	}
	return bytesResult(B2aUu(data, bt))
}

var binasciiMethods = []runtime.Method{
	{Name: "a2b_uu", Sig: "data, /", Flags: runtime.MethO, Fn: binascii_a2b_uu, Doc: "Decode a line of uuencoded data."},
	runtime.ClinicKwMethod("b2a_uu", "data, /, *, backtick=", binascii_b2a_uu),
	runtime.ClinicKwMethod("a2b_base64", "data, /, *, strict_mode=", binascii_a2b_base64),
	runtime.ClinicKwMethod("b2a_base64", "data, /, *, newline=", binascii_b2a_base64),
	{Name: "a2b_hex", Sig: "hexstr, /", Flags: runtime.MethO, Fn: binascii_unhexlify},
	runtime.ClinicKwMethod("b2a_hex", "data, sep=, bytes_per_sep=", binascii_hexlify),
	runtime.ClinicKwMethod("hexlify", "data, sep=, bytes_per_sep=", binascii_hexlify),
	{Name: "unhexlify", Sig: "hexstr, /", Flags: runtime.MethO, Fn: binascii_unhexlify},
	{Name: "crc_hqx", Sig: "data, crc, /", Fn: binascii_crc_hqx, Doc: "Compute CRC-CCITT incrementally."},
	{Name: "crc32", Sig: "data, crc=, /", Fn: binascii_crc32, Doc: "Compute CRC-32 incrementally."},
	runtime.ClinicKwMethod("a2b_qp", "data, header=", binascii_a2b_qp),
	runtime.ClinicKwMethod("b2a_qp", "data, quotetabs=, istext=, header=", binascii_b2a_qp),
}

// Module is the binascii module.
var Module = &runtime.ModuleDef{
	Name:    "binascii",
	Doc:     "Conversion between binary data and ASCII",
	Methods: binasciiMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		errT, incT := exceptions()
		m.SetAttr("Error", errT.Value())
		m.SetAttr("Incomplete", incT.Value())
		return nil
	},
}
