// This file defines _hashlib.HASH and _hashlib.HASHXOF, the hash objects
// that _hashlib.new and the openssl_* constructors return.
package hashlib

import (
	"encoding/hex"
	"fmt"

	"krait/modules/hashbase"
	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

var (
	hashType    *runtime.Type
	hashXOFType *runtime.Type
)

// hash_repr is "<sha256 _hashlib.HASH object @ 0x...>".
func hash_repr(v value) (value, *exc) {
	return runtime.StrValue(fmt.Sprintf("<%s %s object @ %#x>", hashbase.Of(v).Name, v.Type().Name, v.Ptr())), nil
}

// xofLength converts the length argument of HASHXOF.digest as CPython's
// Py_ssize_t converter does.
func xofLength(v value) (int, *exc) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n >= 1<<31 {
		return 0, runtime.NewException(runtime.BuiltinExceptionType("MemoryError"))
	}
	return int(n), nil
}

func hashxof_digest(self value, a []value) (value, *exc) {
	n, err := xofLength(a[0])
	if err != nil {
		return runtime.None, err
	}
	if n < 0 {
		return runtime.None, runtime.NewSystemError("Negative size passed to PyBytes_FromStringAndSize")
	}
	return runtime.NewBytes(hashbase.Of(self).Sum(n)), nil
}

func hashxof_hexdigest(self value, a []value) (value, *exc) {
	n, err := xofLength(a[0])
	if err != nil {
		return runtime.None, err
	}
	if n < 0 {
		return runtime.None, runtime.NewException(runtime.BuiltinExceptionType("MemoryError"))
	}
	return runtime.StrValue(hex.EncodeToString(hashbase.Of(self).Sum(n))), nil
}

var hashXOFMethods = []runtime.Method{
	{Name: "digest", Sig: "length", Fn: hashxof_digest, Doc: "Return the digest value as a bytes object."},
	{Name: "hexdigest", Sig: "length", Fn: hashxof_hexdigest, Doc: "Return the digest value as a string of hexadecimal digits."},
}

func initHashTypes() {
	hashType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_hashlib.HASH", Methods: hashbase.Methods,
		GetSets: hashbase.GetSets, Doc: hashDoc}, func(t *runtime.Type) { t.Repr = hash_repr })
	hashXOFType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_hashlib.HASHXOF", Base: hashType,
		Methods: hashXOFMethods, Doc: hashXOFDoc}, func(t *runtime.Type) { t.Repr = hash_repr })
}

// newHash makes a HASH (or HASHXOF) of algorithm a fed with data.
func newHash(a *algorithm, data value) (value, *exc) {
	t := hashType
	if a.xof {
		t = hashXOFType
	}
	if data.IsNull() {
		return hashbase.New(t, a.name, a.newFn(), data)
	}
	if _, ok := data.TryStr(); ok {
		return runtime.None, runtime.NewTypeError("Strings must be encoded before hashing")
	}
	if _, ok := runtime.BufferBytes(data); !ok {
		return runtime.None, runtime.NewTypeError("object supporting the buffer API required")
	}
	return hashbase.New(t, a.name, a.newFn(), data)
}

const hashDoc = `A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output`

const hashXOFDoc = `A hash is an object used to calculate a checksum of a string of information.

Methods:

update() -- updates the current digest with an additional string
digest(length) -- return the current digest value
hexdigest(length) -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output`
