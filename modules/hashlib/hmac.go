// This file defines _hashlib.HMAC (hmac_new) and the one-shot hmac_digest,
// RFC 2104 over the digests of algorithms.go.
package hashlib

import (
	"encoding/hex"
	"fmt"
	"sync"

	"krait/modules/hashbase"
	"krait/runtime"
)

// hmacObject is one HMAC computation.
type hmacObject struct {
	runtime.Header
	mu           sync.Mutex
	inner, outer hashbase.State
	alg          *algorithm
}

var hmacType *runtime.Type

// newHMACState keys fresh inner and outer states of alg with key.
func newHMACState(alg *algorithm, key []byte) (inner, outer hashbase.State) {
	inner, outer = alg.newFn(), alg.newFn()
	bs := inner.BlockSize()
	if len(key) > bs {
		h := alg.newFn()
		h.Write(key)
		key = h.Sum(0)
	}
	pad := make([]byte, bs)
	copy(pad, key)
	for i := range pad {
		pad[i] ^= 0x36
	}
	inner.Write(pad)
	for i := range pad {
		pad[i] ^= 0x36 ^ 0x5c
	}
	outer.Write(pad)
	return inner, outer
}

// hmacSum finishes copies of the states.
func hmacSum(inner, outer hashbase.State) []byte {
	o := outer.Clone()
	o.Write(inner.Sum(0))
	return o.Sum(0)
}

// digestAlgorithm resolves a digestmod argument: an algorithm name or one
// of the openssl_* constructors.
func digestAlgorithm(v value) (*algorithm, *exc) {
	var a *algorithm
	if s, ok := v.TryStr(); ok {
		a = lookup(s.S)
		if a == nil {
			return nil, runtime.NewExceptionMsg(unsupportedDigestmodError(), "[digital envelope routines] unsupported")
		}
	} else if !v.IsNull() {
		a = constructorAlgorithm(v)
	}
	if a == nil {
		r, err := runtime.Repr(v)
		if err != nil {
			return nil, err
		}
		return nil, runtime.NewExceptionMsg(unsupportedDigestmodError(), "Unsupported digestmod "+r.S)
	}
	if a.xof {
		return nil, runtime.NewValueError("no reason supplied")
	}
	return a, nil
}

// bytesArg gets a bytes-like argument.
func bytesArg(v value) ([]byte, *exc) {
	if b, ok := runtime.BufferBytes(v); ok {
		if _, isStr := v.TryStr(); !isStr {
			return b, nil
		}
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

// _hashlib_hmac_new is hmac_new(key, msg=b”, digestmod=None).
func _hashlib_hmac_new(_ value, a []value) (value, *exc) {
	key, err := bytesArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	if a[2].IsNull() || a[2] == runtime.None {
		return runtime.None, runtime.NewTypeError("Missing required parameter 'digestmod'.")
	}
	alg, err := digestAlgorithm(a[2])
	if err != nil {
		return runtime.None, err
	}
	o := &hmacObject{Header: runtime.HeaderFor(hmacType), alg: alg}
	o.inner, o.outer = newHMACState(alg, key)
	if !a[1].IsNull() && a[1] != runtime.None {
		b, err := hashbase.Data(a[1])
		if err != nil {
			return runtime.None, err
		}
		o.inner.Write(b)
	}
	return runtime.ValueOf(o), nil
}

// _hashlib_hmac_digest is hmac_digest(key, msg, digest).
func _hashlib_hmac_digest(_ value, a []value) (value, *exc) {
	key, err := bytesArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	msg, err := bytesArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	alg, err := digestAlgorithm(a[2])
	if err != nil {
		return runtime.None, err
	}
	inner, outer := newHMACState(alg, key)
	inner.Write(msg)
	return runtime.NewBytes(hmacSum(inner, outer)), nil
}

func hmacOf(v value) *hmacObject { return runtime.PtrOf[hmacObject](v) }

func (o *hmacObject) sum() []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	return hmacSum(o.inner, o.outer)
}

func hmac_update(self value, a []value) (value, *exc) {
	b, err := hashbase.Data(a[0])
	if err != nil {
		return runtime.None, err
	}
	o := hmacOf(self)
	o.mu.Lock()
	o.inner.Write(b)
	o.mu.Unlock()
	return runtime.None, nil
}

func hmac_copy(self value, _ []value) (value, *exc) {
	o := hmacOf(self)
	o.mu.Lock()
	c := &hmacObject{Header: o.Header, inner: o.inner.Clone(), outer: o.outer.Clone(), alg: o.alg}
	o.mu.Unlock()
	return runtime.ValueOf(c), nil
}

func hmac_repr(v value) (value, *exc) {
	return runtime.StrValue(fmt.Sprintf("<%s HMAC object @ %#x>", hmacOf(v).alg.name, v.Ptr())), nil
}

var hmacMethods = []runtime.Method{
	{Name: "update", Sig: "msg", Fn: hmac_update, Doc: "Update the HMAC object with msg."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: hmac_copy, Doc: "Return a copy (\"clone\") of the HMAC object."},
	{Name: "digest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.NewBytes(hmacOf(self).sum()), nil
	}, Doc: "Return the digest of the bytes passed to the update() method so far."},
	{Name: "hexdigest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.StrValue(hex.EncodeToString(hmacOf(self).sum())), nil
	}, Doc: "Return hexadecimal digest of the bytes passed to the update() method so far."},
}

var hmacGetSets = []runtime.GetSetDef{
	{Name: "name", Get: func(v value) (value, *exc) { return runtime.StrValue("hmac-" + hmacOf(v).alg.name), nil }},
	{Name: "digest_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(hmacOf(v).inner.Size())), nil }},
	{Name: "block_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(hmacOf(v).inner.BlockSize())), nil }},
}

func initHMACType() {
	hmacType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_hashlib.HMAC", Methods: hmacMethods, GetSets: hmacGetSets,
		Doc: "The object used to calculate HMAC of a message.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the name, including the hash algorithm used by this object\ndigest_size -- number of bytes in digest() output\n"},
		func(t *runtime.Type) { t.Repr = hmac_repr })
}
