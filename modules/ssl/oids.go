// This file defines the table of ASN.1 object identifiers that txt2obj,
// nid2obj and certificate decoding know: OpenSSL's NIDs, short and long
// names for the common X.509 attributes, extensions and purposes.

package ssl

import (
	"encoding/asn1"
	"strconv"
	"strings"

	"krait/runtime"
)

type oidEntry struct {
	nid    int
	short  string
	long   string
	dotted string
}

var oidTable = []oidEntry{
	{1, "rsadsi", "RSA Data Security, Inc.", "1.2.840.113549"},
	{2, "pkcs", "RSA Data Security, Inc. PKCS", "1.2.840.113549.1"},
	{3, "MD2", "md2", "1.2.840.113549.2.2"},
	{4, "MD5", "md5", "1.2.840.113549.2.5"},
	{6, "rsaEncryption", "rsaEncryption", "1.2.840.113549.1.1.1"},
	{13, "CN", "commonName", "2.5.4.3"},
	{14, "C", "countryName", "2.5.4.6"},
	{15, "L", "localityName", "2.5.4.7"},
	{16, "ST", "stateOrProvinceName", "2.5.4.8"},
	{17, "O", "organizationName", "2.5.4.10"},
	{18, "OU", "organizationalUnitName", "2.5.4.11"},
	{19, "RSA", "rsa", "2.5.8.1.1"},
	{48, "emailAddress", "emailAddress", "1.2.840.113549.1.9.1"},
	{64, "SHA1", "sha1", "1.3.14.3.2.26"},
	{65, "RSA-SHA1", "sha1WithRSAEncryption", "1.2.840.113549.1.1.5"},
	{66, "DSA-SHA", "dsaWithSHA", "1.3.14.3.2.13"},
	{67, "DSA-old", "dsaEncryption-old", "1.3.14.3.2.12"},
	{68, "PBE-SHA1-RC2-64", "pbeWithSHA1AndRC2-CBC", "1.2.840.113549.1.5.11"},
	{69, "PBKDF2", "PBKDF2", "1.2.840.113549.1.5.12"},
	{70, "DSA-SHA1-old", "dsaWithSHA1-old", "1.3.14.3.2.27"},
	{71, "nsCertType", "Netscape Cert Type", "2.16.840.1.113730.1.1"},
	{72, "nsBaseUrl", "Netscape Base Url", "2.16.840.1.113730.1.2"},
	{73, "nsRevocationUrl", "Netscape Revocation Url", "2.16.840.1.113730.1.3"},
	{74, "nsCaRevocationUrl", "Netscape CA Revocation Url", "2.16.840.1.113730.1.4"},
	{83, "keyUsage", "X509v3 Key Usage", "2.5.29.15"},
	{84, "privateKeyUsagePeriod", "X509v3 Private Key Usage Period", "2.5.29.16"},
	{85, "subjectAltName", "X509v3 Subject Alternative Name", "2.5.29.17"},
	{86, "issuerAltName", "X509v3 Issuer Alternative Name", "2.5.29.18"},
	{87, "basicConstraints", "X509v3 Basic Constraints", "2.5.29.19"},
	{88, "crlNumber", "X509v3 CRL Number", "2.5.29.20"},
	{89, "certificatePolicies", "X509v3 Certificate Policies", "2.5.29.32"},
	{90, "authorityKeyIdentifier", "X509v3 Authority Key Identifier", "2.5.29.35"},
	{99, "GN", "givenName", "2.5.4.42"},
	{100, "SN", "surname", "2.5.4.4"},
	{101, "initials", "initials", "2.5.4.43"},
	{103, "crlDistributionPoints", "X509v3 CRL Distribution Points", "2.5.29.31"},
	{105, "serialNumber", "serialNumber", "2.5.4.5"},
	{106, "title", "title", "2.5.4.12"},
	{126, "extendedKeyUsage", "X509v3 Extended Key Usage", "2.5.29.37"},
	{129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1"},
	{130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2"},
	{131, "codeSigning", "Code Signing", "1.3.6.1.5.5.7.3.3"},
	{132, "emailProtection", "E-mail Protection", "1.3.6.1.5.5.7.3.4"},
	{133, "timeStamping", "Time Stamping", "1.3.6.1.5.5.7.3.8"},
	{136, "msCTLSign", "Microsoft Trust List Signing", "1.3.6.1.4.1.311.10.3.1"},
	{146, "PBE-SHA1-3DES", "pbeWithSHA1And3-KeyTripleDES-CBC", "1.2.840.113549.1.12.1.3"},
	{173, "name", "name", "2.5.4.41"},
	{174, "dnQualifier", "dnQualifier", "2.5.4.46"},
	{177, "authorityInfoAccess", "Authority Information Access", "1.3.6.1.5.5.7.1.1"},
	{178, "OCSP", "OCSP", "1.3.6.1.5.5.7.48.1"},
	{179, "caIssuers", "CA Issuers", "1.3.6.1.5.5.7.48.2"},
	{180, "OCSPSigning", "OCSP Signing", "1.3.6.1.5.5.7.3.9"},
	{391, "DC", "domainComponent", "0.9.2342.19200300.100.1.25"},
	{416, "ecdsa-with-SHA1", "ecdsa-with-SHA1", "1.2.840.10045.4.1"},
	{458, "UID", "userId", "0.9.2342.19200300.100.1.1"},
	{660, "street", "streetAddress", "2.5.4.9"},
	{661, "postalCode", "postalCode", "2.5.4.17"},
	{668, "RSA-SHA256", "sha256WithRSAEncryption", "1.2.840.113549.1.1.11"},
	{669, "RSA-SHA384", "sha384WithRSAEncryption", "1.2.840.113549.1.1.12"},
	{670, "RSA-SHA512", "sha512WithRSAEncryption", "1.2.840.113549.1.1.13"},
	{672, "SHA256", "sha256", "2.16.840.1.101.3.4.2.1"},
	{673, "SHA384", "sha384", "2.16.840.1.101.3.4.2.2"},
	{674, "SHA512", "sha512", "2.16.840.1.101.3.4.2.3"},
	{675, "SHA224", "sha224", "2.16.840.1.101.3.4.2.4"},
	{1087, "ED25519", "ED25519", "1.3.101.112"},
	{1088, "ED448", "ED448", "1.3.101.113"},
}

// oidByDotted indexes oidTable by dotted OID.
var oidByDotted = func() map[string]*oidEntry {
	m := map[string]*oidEntry{}
	for i := range oidTable {
		m[oidTable[i].dotted] = &oidTable[i]
	}
	return m
}()

// oidLongName returns OpenSSL's long name for oid, or its dotted form.
func oidLongName(oid asn1.ObjectIdentifier) string {
	s := oid.String()
	if e := oidByDotted[s]; e != nil {
		return e.long
	}
	return s
}

func (e *oidEntry) tuple() runtime.Value {
	return runtime.TupleValue(runtime.Int(int64(e.nid)), runtime.StrValue(e.short),
		runtime.StrValue(e.long), runtime.StrValue(e.dotted))
}

// ssl_txt2obj looks up an object by dotted OID or, with name, by name.
func ssl_txt2obj(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := runtime.StrOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	txt := s.String()
	byName := !a[1].IsNull() && truth(a[1])
	if isDotted(txt) {
		if e := oidByDotted[txt]; e != nil {
			return e.tuple(), nil
		}
		return runtime.Value{}, runtime.NewValueError("Unknown object")
	}
	if byName {
		for i := range oidTable {
			if oidTable[i].short == txt || oidTable[i].long == txt {
				return oidTable[i].tuple(), nil
			}
		}
	}
	return runtime.Value{}, runtime.NewValueError("unknown object '%s'", txt)
}

func isDotted(s string) bool {
	if s == "" || !strings.Contains(s, ".") {
		return false
	}
	for _, p := range strings.Split(s, ".") {
		if _, err := strconv.Atoi(p); err != nil {
			return false
		}
	}
	return true
}

// ssl_nid2obj looks up an object by OpenSSL NID.
func ssl_nid2obj(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewValueError("NID must be positive.")
	}
	if n == 0 {
		return runtime.Value{}, runtime.NewValueError("Unknown object")
	}
	for i := range oidTable {
		if int64(oidTable[i].nid) == n {
			return oidTable[i].tuple(), nil
		}
	}
	return runtime.Value{}, runtime.NewValueError("unknown NID %d", n)
}
