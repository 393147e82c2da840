// This file defines _ssl.Certificate, the objects get_verified_chain and
// get_unverified_chain return: get_info() (the getpeercert() dict) and
// public_bytes() in PEM or DER.

package ssl

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"hash/fnv"

	"krait/runtime"
)

// certObject is a Certificate.
type certObject struct {
	runtime.Header
	cert *x509.Certificate
}

var certType *runtime.Type

func initCert() {
	certType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_ssl.Certificate", Methods: certMethods}, func(t *runtime.Type) {
		t.Repr = cert_repr
		t.Hash = cert_hash
		t.RichCompare = cert_richcompare
	})
}

func newCertObject(c *x509.Certificate) runtime.Value {
	return runtime.ValueOf(&certObject{Header: runtime.NewHeader(certType), cert: c})
}

func certOf(v runtime.Value) *certObject { return runtime.PtrOf[certObject](v) }

var certMethods = []runtime.Method{
	{Name: "get_info", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return decodeCert(certOf(self).cert)
	}},
	{Name: "public_bytes", Sig: "format=", Fn: cert_public_bytes},
}

func cert_public_bytes(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	format := int64(1)
	if !a[0].IsNull() {
		var err *runtime.Exception
		if format, err = runtime.IndexInt(a[0], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	der := certOf(self).cert.Raw
	switch format {
	case 1:
		return runtime.StrValue(string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))), nil
	case 2:
		return runtime.NewBytes(append([]byte(nil), der...)), nil
	}
	return runtime.Value{}, runtime.NewValueError("Unsupported format")
}

func cert_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.StrValue("<Certificate '" + certOf(v).cert.Subject.String() + "'>"), nil
}

func cert_hash(v runtime.Value) (int64, *runtime.Exception) {
	h := fnv.New64a()
	h.Write(certOf(v).cert.Raw)
	return int64(h.Sum64() >> 1), nil
}

func cert_richcompare(a, b runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if !runtime.IsInstance(b, certType) || (op != runtime.Eq && op != runtime.Ne) {
		return runtime.NotImplemented, nil
	}
	eq := bytes.Equal(certOf(a).cert.Raw, certOf(b).cert.Raw)
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

// certList makes a list of Certificates.
func certList(certs []*x509.Certificate) runtime.Value {
	out := make([]runtime.Value, len(certs))
	for i, c := range certs {
		out[i] = newCertObject(c)
	}
	return runtime.NewList(out)
}
