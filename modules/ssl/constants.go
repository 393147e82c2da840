// This file defines the integer constants of the _ssl module: protocols,
// options, verify modes and flags, alert descriptions, error codes and the
// OpenSSL version that Krait reports (its TLS is Go's crypto/tls).

package ssl

// The protocol numbers (PROTOCOL_*) and TLS versions (PROTO_*).
const (
	protocolTLS       = 2
	protocolTLSv1     = 3
	protocolTLSv1_1   = 4
	protocolTLSv1_2   = 5
	protocolTLSClient = 16
	protocolTLSServer = 17

	protoMinimumSupported = -2
	protoMaximumSupported = -1
	protoSSLv3            = 0x300
	protoTLSv1            = 0x301
	protoTLSv1_1          = 0x302
	protoTLSv1_2          = 0x303
	protoTLSv1_3          = 0x304
)

// The verify modes.
const (
	certNone     = 0
	certOptional = 1
	certRequired = 2
)

// The option bits Krait's contexts understand.
const (
	opAll                    = 0x80000050
	opNoSSLv3                = 0x02000000
	opNoTLSv1                = 0x04000000
	opNoTLSv1_1              = 0x10000000
	opNoTLSv1_2              = 0x08000000
	opNoTLSv1_3              = 0x20000000
	opNoCompression          = 0x00020000
	opCipherServerPreference = 0x00400000
	opEnableMiddleboxCompat  = 0x00100000
	opNoRenegotiation        = 0x40000000
	opNoTicket               = 0x00004000
	opIgnoreUnexpectedEOF    = 0x80
	// defaultOptions is what a new context starts with, as the CPython
	// 3.11 whose Lib Krait runs (it adds OP_IGNORE_UNEXPECTED_EOF).
	defaultOptions = 2186412112 | opIgnoreUnexpectedEOF
)

// The SSL_ERROR_* codes, args[0] of SSLError.
const (
	errSSL        = 1
	errWantRead   = 2
	errWantWrite  = 3
	errSyscall    = 5
	errZeroReturn = 6
	errEOF        = 8
)

// The error codes of certificate verification (X509_V_ERR_*).
const (
	verifyCertHasExpired        = 10
	verifyCertNotYetValid       = 9
	verifySelfSigned            = 18
	verifySelfSignedInChain     = 19
	verifyUnableToGetIssuer     = 20
	verifyInvalidCA             = 24
	verifyInvalidPurpose        = 26
	verifyHostnameMismatch      = 62
	verifyIPAddressMismatch     = 64
	verifyUnspecified           = 1
	verifyUnableToGetIssuerCert = 2
)

type intConst struct {
	name  string
	value int64
}

// intConstants are the module's integer attributes, in CPython's values.
var intConstants = []intConst{
	{"SSL_ERROR_ZERO_RETURN", 6}, {"SSL_ERROR_WANT_READ", 2}, {"SSL_ERROR_WANT_WRITE", 3},
	{"SSL_ERROR_WANT_X509_LOOKUP", 4}, {"SSL_ERROR_SYSCALL", 5}, {"SSL_ERROR_SSL", 1},
	{"SSL_ERROR_WANT_CONNECT", 7}, {"SSL_ERROR_EOF", 8}, {"SSL_ERROR_INVALID_ERROR_CODE", 10},
	{"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2},
	{"VERIFY_DEFAULT", 0}, {"VERIFY_CRL_CHECK_LEAF", 4}, {"VERIFY_CRL_CHECK_CHAIN", 12},
	{"VERIFY_X509_STRICT", 32}, {"VERIFY_ALLOW_PROXY_CERTS", 64},
	{"VERIFY_X509_TRUSTED_FIRST", 32768}, {"VERIFY_X509_PARTIAL_CHAIN", 524288},
	{"ALERT_DESCRIPTION_CLOSE_NOTIFY", 0}, {"ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", 10},
	{"ALERT_DESCRIPTION_BAD_RECORD_MAC", 20}, {"ALERT_DESCRIPTION_RECORD_OVERFLOW", 22},
	{"ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", 30}, {"ALERT_DESCRIPTION_HANDSHAKE_FAILURE", 40},
	{"ALERT_DESCRIPTION_BAD_CERTIFICATE", 42}, {"ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", 43},
	{"ALERT_DESCRIPTION_CERTIFICATE_REVOKED", 44}, {"ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", 45},
	{"ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", 46}, {"ALERT_DESCRIPTION_ILLEGAL_PARAMETER", 47},
	{"ALERT_DESCRIPTION_UNKNOWN_CA", 48}, {"ALERT_DESCRIPTION_ACCESS_DENIED", 49},
	{"ALERT_DESCRIPTION_DECODE_ERROR", 50}, {"ALERT_DESCRIPTION_DECRYPT_ERROR", 51},
	{"ALERT_DESCRIPTION_PROTOCOL_VERSION", 70}, {"ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", 71},
	{"ALERT_DESCRIPTION_INTERNAL_ERROR", 80}, {"ALERT_DESCRIPTION_USER_CANCELLED", 90},
	{"ALERT_DESCRIPTION_NO_RENEGOTIATION", 100}, {"ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", 110},
	{"ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", 111}, {"ALERT_DESCRIPTION_UNRECOGNIZED_NAME", 112},
	{"ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", 113},
	{"ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", 114}, {"ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", 115},
	{"PROTOCOL_SSLv23", protocolTLS}, {"PROTOCOL_TLS", protocolTLS},
	{"PROTOCOL_TLS_CLIENT", protocolTLSClient}, {"PROTOCOL_TLS_SERVER", protocolTLSServer},
	{"PROTOCOL_TLSv1", protocolTLSv1}, {"PROTOCOL_TLSv1_1", protocolTLSv1_1}, {"PROTOCOL_TLSv1_2", protocolTLSv1_2},
	{"OP_ALL", opAll}, {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", opNoSSLv3}, {"OP_NO_TLSv1", opNoTLSv1},
	{"OP_NO_TLSv1_1", opNoTLSv1_1}, {"OP_NO_TLSv1_2", opNoTLSv1_2}, {"OP_NO_TLSv1_3", opNoTLSv1_3},
	{"OP_CIPHER_SERVER_PREFERENCE", opCipherServerPreference}, {"OP_SINGLE_DH_USE", 0},
	{"OP_SINGLE_ECDH_USE", 0}, {"OP_NO_TICKET", opNoTicket}, {"OP_NO_COMPRESSION", opNoCompression},
	{"OP_ENABLE_MIDDLEBOX_COMPAT", opEnableMiddleboxCompat}, {"OP_NO_RENEGOTIATION", opNoRenegotiation},
	{"OP_IGNORE_UNEXPECTED_EOF", opIgnoreUnexpectedEOF},
	{"HOSTFLAG_ALWAYS_CHECK_SUBJECT", 1}, {"HOSTFLAG_NEVER_CHECK_SUBJECT", 32},
	{"HOSTFLAG_NO_WILDCARDS", 2}, {"HOSTFLAG_NO_PARTIAL_WILDCARDS", 4},
	{"HOSTFLAG_MULTI_LABEL_WILDCARDS", 8}, {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", 16},
	{"PROTO_MINIMUM_SUPPORTED", protoMinimumSupported}, {"PROTO_MAXIMUM_SUPPORTED", protoMaximumSupported},
	{"PROTO_SSLv3", protoSSLv3}, {"PROTO_TLSv1", protoTLSv1}, {"PROTO_TLSv1_1", protoTLSv1_1},
	{"PROTO_TLSv1_2", protoTLSv1_2}, {"PROTO_TLSv1_3", protoTLSv1_3},
	{"ENCODING_PEM", 1}, {"ENCODING_DER", 2},
}

// boolConstants are the HAS_* feature flags.
var boolConstants = []struct {
	name  string
	value bool
}{
	{"HAS_SNI", true}, {"HAS_TLS_UNIQUE", true}, {"HAS_ECDH", true}, {"HAS_NPN", false},
	{"HAS_ALPN", true}, {"HAS_SSLv2", false}, {"HAS_SSLv3", false}, {"HAS_TLSv1", true},
	{"HAS_TLSv1_1", true}, {"HAS_TLSv1_2", true}, {"HAS_TLSv1_3", true},
}

// The OpenSSL version Krait reports: ssl.py and the tests parse it, so it
// has OpenSSL's shape; the TLS underneath is Go's crypto/tls.
const (
	opensslVersion       = "OpenSSL 3.0.19 27 Jan 2026"
	opensslVersionNumber = 805306672
)

var opensslVersionInfo = []int64{3, 0, 0, 19, 0}

// defaultCiphers is _DEFAULT_CIPHERS, CPython's default cipher string.
const defaultCiphers = "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM"
