// Package hashlib is CPython 3.11's _hashlib module (the OpenSSL-backed
// half of hashlib and hmac) over Go's crypto packages: new, the openssl_*
// constructors, HMAC, pbkdf2_hmac, scrypt and compare_digest.
package hashlib

import (
	"crypto/subtle"
	"sync"

	"krait/runtime"
)

var (
	// constructors maps each openssl_* function object to its algorithm
	// (CPython's _constructors), keyed by the function's address.
	constructors sync.Map
)

// unsupportedDigestmodError returns _hashlib.UnsupportedDigestmodError.
var unsupportedDigestmodError = runtime.LazyExceptionClass("_hashlib", "UnsupportedDigestmodError", "", runtime.ValueErrorType)

// constructorAlgorithm returns the algorithm of an openssl_* function, or nil.
func constructorAlgorithm(v value) *algorithm {
	if a, ok := constructors.Load(v.Ptr()); ok {
		return a.(*algorithm)
	}
	return nil
}

// _hashlib_new is new(name, string=b”, *, usedforsecurity=True).
func _hashlib_new(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("name must be a string")
	}
	alg := lookup(name.S)
	if alg == nil {
		return runtime.None, runtime.NewExceptionMsg(unsupportedDigestmodError(), "[digital envelope routines] unsupported")
	}
	return newHash(alg, a[1])
}

func constructor(alg *algorithm) runtime.Method {
	return runtime.ClinicKwMethod("openssl_"+alg.name, "string=, *, usedforsecurity=", func(_ value, a []value) (value, *exc) {
		return newHash(alg, a[0])
	})
}

// _hashlib_compare_digest is compare_digest(a, b, /), in constant time.
func _hashlib_compare_digest(_ value, a []value) (value, *exc) {
	sa, aStr := a[0].TryStr()
	sb, bStr := a[1].TryStr()
	if aStr && bStr {
		if !sa.IsASCII() || !sb.IsASCII() {
			return runtime.None, runtime.NewTypeError("comparing strings with non-ASCII characters is not supported")
		}
		return runtime.Bool(subtle.ConstantTimeCompare([]byte(sa.S), []byte(sb.S)) == 1), nil
	}
	ba, aOK := runtime.BufferBytes(a[0])
	bb, bOK := runtime.BufferBytes(a[1])
	aOK, bOK = aOK && !aStr, bOK && !bStr
	if !aOK && !bOK && !aStr && !bStr {
		return runtime.None, runtime.NewTypeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
			a[0].Type().Name, a[1].Type().Name)
	}
	if !aOK {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if !bOK {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[1].Type().Name)
	}
	return runtime.Bool(subtle.ConstantTimeCompare(ba, bb) == 1), nil
}

func methods() []runtime.Method {
	ms := []runtime.Method{
		runtime.ClinicKwMethod("new", "name, string=, *, usedforsecurity=", _hashlib_new),
		{Name: "get_fips_mode", Flags: runtime.MethNoArgs, Fn: func(value, []value) (value, *exc) { return runtime.Int(0), nil },
			Doc: "Determine the OpenSSL FIPS mode of operation."},
		{Name: "compare_digest", Sig: "a, b, /", Fn: _hashlib_compare_digest, Doc: "Return 'a == b'."},
		{Name: "hmac_new", Sig: "key, msg=, digestmod=", Fn: _hashlib_hmac_new, Doc: "Return a new hmac object."},
		{Name: "hmac_digest", Sig: "key, msg, digest", Fn: _hashlib_hmac_digest, Doc: "Single-shot HMAC."},
		{Name: "pbkdf2_hmac", Sig: "hash_name, password, salt, iterations, dklen=", Fn: _hashlib_pbkdf2_hmac,
			Doc: "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
		runtime.ClinicKwMethod("scrypt", "password, *, salt=, n=, r=, p=, maxmem=, dklen=", _hashlib_scrypt),
	}
	for _, alg := range algorithms[:constructorCount] {
		ms = append(ms, constructor(alg))
	}
	return ms
}

// Module is the _hashlib module.
var Module = &runtime.ModuleDef{
	Name:    "_hashlib",
	Doc:     "OpenSSL interface for hashlib module",
	Methods: methods(),
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes) // startup10_types.go
		m.SetAttr("HASH", hashType.Value())
		m.SetAttr("HASHXOF", hashXOFType.Value())
		m.SetAttr("HMAC", hmacType.Value())
		m.SetAttr("UnsupportedDigestmodError", unsupportedDigestmodError().Value())
		ctors := runtime.NewDict()
		for _, alg := range algorithms[:constructorCount] {
			f, _ := m.Dict.GetStr(runtime.Intern("openssl_" + alg.name))
			constructors.Store(f.Ptr(), alg)
			if err := ctors.SetItem(f, runtime.StrValue(alg.name)); err != nil {
				return err
			}
		}
		m.SetAttr("_constructors", ctors.Value())
		var names []value
		for _, alg := range algorithms {
			names = append(names, runtime.StrValue(alg.name))
		}
		set, err := runtime.Call(runtime.FrozenSetType.Value(), []value{runtime.NewList(names)}, nil)
		if err != nil {
			return err
		}
		m.SetAttr("openssl_md_meth_names", set)
		return nil
	},
}
