// This file defines the decoding of X.509 certificates into the dict that
// getpeercert() and _test_decode_cert() return, in OpenSSL's names and
// formats (RDN tuples, "Aug 29 14:23:15 2018 GMT", uppercase serials).

package ssl

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"net"
	"os"
	"strings"

	"krait/runtime"
)

// certTimeLayout is OpenSSL's ASN1_TIME_print format.
const certTimeLayout = "Jan _2 15:04:05 2006 GMT"

var oidSubjectAltName = asn1.ObjectIdentifier{2, 5, 29, 17}

// decodeCert returns the getpeercert() dict of cert.
func decodeCert(cert *x509.Certificate) (runtime.Value, *runtime.Exception) {
	d := runtime.NewDict()
	set := func(k string, v runtime.Value) { d.SetStr(runtime.Intern(k), v) }
	subj, err := decodeName(cert.RawSubject)
	if err != nil {
		return runtime.Value{}, err
	}
	set("subject", subj)
	iss, err := decodeName(cert.RawIssuer)
	if err != nil {
		return runtime.Value{}, err
	}
	set("issuer", iss)
	set("version", runtime.Int(int64(cert.Version)))
	set("serialNumber", runtime.StrValue(serialString(cert)))
	set("notBefore", runtime.StrValue(cert.NotBefore.UTC().Format(certTimeLayout)))
	set("notAfter", runtime.StrValue(cert.NotAfter.UTC().Format(certTimeLayout)))
	for _, ext := range cert.Extensions {
		if ext.Id.Equal(oidSubjectAltName) {
			san, err := decodeSAN(ext.Value)
			if err != nil {
				return runtime.Value{}, err
			}
			set("subjectAltName", san)
		}
	}
	if len(cert.OCSPServer) > 0 {
		set("OCSP", strTuple(cert.OCSPServer))
	}
	if len(cert.IssuingCertificateURL) > 0 {
		set("caIssuers", strTuple(cert.IssuingCertificateURL))
	}
	if len(cert.CRLDistributionPoints) > 0 {
		set("crlDistributionPoints", strTuple(cert.CRLDistributionPoints))
	}
	return d.Value(), nil
}

func strTuple(ss []string) runtime.Value {
	items := make([]runtime.Value, len(ss))
	for i, s := range ss {
		items[i] = runtime.StrValue(s)
	}
	return runtime.TupleValue(items...)
}

// serialString formats the serial number as OpenSSL's i2a_ASN1_INTEGER.
func serialString(cert *x509.Certificate) string {
	b := cert.SerialNumber.Bytes()
	if len(b) == 0 {
		return "00"
	}
	return fmt.Sprintf("%X", b)
}

// decodeName turns a DER Name into ((("countryName", "XY"),), ...).
func decodeName(der []byte) (runtime.Value, *runtime.Exception) {
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(der, &rdns); err != nil {
		return runtime.Value{}, libError("ASN1_PARSE_ERROR", "failed to parse name", 1800)
	}
	return nameTuple(rdns), nil
}

func nameTuple(rdns pkix.RDNSequence) runtime.Value {
	out := make([]runtime.Value, 0, len(rdns))
	for _, rdn := range rdns {
		items := make([]runtime.Value, len(rdn))
		for i, atv := range rdn {
			items[i] = runtime.TupleValue(runtime.StrValue(oidLongName(atv.Type)), runtime.StrValue(attrString(atv.Value)))
		}
		out = append(out, runtime.TupleValue(items...))
	}
	return runtime.TupleValue(out...)
}

// attrString renders an attribute value as text.
func attrString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

// decodeSAN renders the subjectAltName extension in order.
func decodeSAN(der []byte) (runtime.Value, *runtime.Exception) {
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(der, &seq); err != nil {
		return runtime.Value{}, libError("ASN1_PARSE_ERROR", "failed to parse subjectAltName", 1800)
	}
	var out []runtime.Value
	rest := seq.Bytes
	for len(rest) > 0 {
		var gn asn1.RawValue
		var err error
		rest, err = asn1.Unmarshal(rest, &gn)
		if err != nil {
			return runtime.Value{}, libError("ASN1_PARSE_ERROR", "failed to parse subjectAltName", 1800)
		}
		out = append(out, generalName(gn))
	}
	return runtime.TupleValue(out...), nil
}

// generalName renders one GeneralName as (kind, value).
func generalName(gn asn1.RawValue) runtime.Value {
	pair := func(k string, v runtime.Value) runtime.Value { return runtime.TupleValue(runtime.StrValue(k), v) }
	switch gn.Tag {
	case 1:
		return pair("email", runtime.StrValue(string(gn.Bytes)))
	case 2:
		return pair("DNS", runtime.StrValue(string(gn.Bytes)))
	case 4:
		var rdns pkix.RDNSequence
		if _, err := asn1.Unmarshal(gn.Bytes, &rdns); err == nil {
			return pair("DirName", nameTuple(rdns))
		}
	case 6:
		return pair("URI", runtime.StrValue(string(gn.Bytes)))
	case 7:
		return pair("IP Address", runtime.StrValue(ipString(gn.Bytes)))
	case 8:
		var oid asn1.ObjectIdentifier
		full := append([]byte{0x06, byte(len(gn.Bytes))}, gn.Bytes...)
		if _, err := asn1.Unmarshal(full, &oid); err == nil {
			return pair("Registered ID", runtime.StrValue(oidLongName(oid)))
		}
	case 3:
		return pair("x400Address", runtime.StrValue("<unsupported>"))
	case 5:
		return pair("ediPartyName", runtime.StrValue("<unsupported>"))
	}
	return pair("othername", runtime.StrValue("<unsupported>"))
}

// ipString formats an address as OpenSSL: dotted IPv4, or eight
// uncompressed uppercase hex groups for IPv6.
func ipString(b []byte) string {
	switch len(b) {
	case 4:
		return net.IP(b).String()
	case 16:
		parts := make([]string, 8)
		for i := range parts {
			parts[i] = fmt.Sprintf("%X", int(b[2*i])<<8|int(b[2*i+1]))
		}
		return strings.Join(parts, ":")
	}
	return "<invalid>"
}

// ssl__test_decode_cert decodes the first PEM certificate of a file.
func ssl__test_decode_cert(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	path, err := runtime.FSPath(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	data, rerr := os.ReadFile(path)
	if rerr != nil {
		return runtime.Value{}, libError("NO_START_LINE", "no start line", 1862)
	}
	for {
		var blk *pem.Block
		blk, data = pem.Decode(data)
		if blk == nil {
			return runtime.Value{}, libError("NO_START_LINE", "no start line", 1862)
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		cert, perr := parseCertificate(blk.Bytes)
		if perr != nil {
			return runtime.Value{}, libError("ASN1_PARSE_ERROR", "cannot parse certificate", 1862)
		}
		return decodeCert(cert)
	}
}
