// This file defines a lenient certificate parser for the certificates
// Go's x509 refuses (e.g. a URI with a NUL byte, which CPython's tests
// decode): enough of the TBSCertificate for the getpeercert() dict.

package ssl

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"time"
)

type looseValidity struct {
	NotBefore, NotAfter time.Time
}

type looseTBS struct {
	Raw        asn1.RawContent
	Version    int `asn1:"optional,explicit,default:0,tag:0"`
	Serial     *big.Int
	SigAlg     asn1.RawValue
	Issuer     asn1.RawValue
	Validity   looseValidity
	Subject    asn1.RawValue
	PublicKey  asn1.RawValue
	IssuerUID  asn1.BitString   `asn1:"optional,tag:1"`
	SubjectUID asn1.BitString   `asn1:"optional,tag:2"`
	Extensions []pkix.Extension `asn1:"optional,explicit,tag:3"`
}

type looseCert struct {
	TBS    looseTBS
	SigAlg asn1.RawValue
	Sig    asn1.BitString
}

// parseCertificate parses der with Go's x509, falling back to the
// lenient parser for the fields decodeCert reads.
func parseCertificate(der []byte) (*x509.Certificate, error) {
	cert, err := x509.ParseCertificate(der)
	if err == nil {
		return cert, nil
	}
	var lc looseCert
	if _, lerr := asn1.Unmarshal(der, &lc); lerr != nil {
		return nil, err
	}
	return &x509.Certificate{
		Raw:          der,
		RawSubject:   lc.TBS.Subject.FullBytes,
		RawIssuer:    lc.TBS.Issuer.FullBytes,
		Version:      lc.TBS.Version + 1,
		SerialNumber: lc.TBS.Serial,
		NotBefore:    lc.TBS.Validity.NotBefore,
		NotAfter:     lc.TBS.Validity.NotAfter,
		Extensions:   lc.TBS.Extensions,
	}, nil
}
