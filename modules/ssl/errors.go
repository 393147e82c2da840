// This file defines the _ssl exception classes (SSLError and its
// subclasses, made from Python source so that they behave exactly as
// CPython's) and the conversion of Go TLS errors into them.

package ssl

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"krait/runtime"
)

// excSource defines the exception classes; SSLError's str is its
// strerror, as _ssl.c's SSLError_str.
const excSource = `
class SSLError(OSError):
    """An error occurred in the SSL implementation."""
    def __str__(self):
        if isinstance(self.strerror, str):
            return self.strerror
        return str(self.args)
class SSLCertVerificationError(SSLError, ValueError):
    """A certificate could not be verified."""
class SSLZeroReturnError(SSLError):
    """SSL/TLS session closed cleanly."""
class SSLWantReadError(SSLError):
    """Non-blocking SSL socket needs to read more data\nbefore the requested operation can be completed."""
class SSLWantWriteError(SSLError):
    """Non-blocking SSL socket needs to write more data\nbefore the requested operation can be completed."""
class SSLSyscallError(SSLError):
    """System error when attempting SSL operation."""
class SSLEOFError(SSLError):
    """SSL/TLS connection terminated abruptly."""
for _c in (SSLError, SSLCertVerificationError, SSLZeroReturnError, SSLWantReadError,
           SSLWantWriteError, SSLSyscallError, SSLEOFError):
    _c.__module__ = 'ssl'
del _c
`

// The exception classes, made once per process.
var (
	excOnce                                                 sync.Once
	sslErrorType, certVerifyErrorType, zeroReturnErrorType  *runtime.Type
	wantReadErrorType, wantWriteErrorType, syscallErrorType *runtime.Type
	eofErrorType                                            *runtime.Type
	excValues                                               map[string]runtime.Value
	excErr                                                  *runtime.Exception
)

// makeExceptions runs excSource once and keeps its classes.
func makeExceptions() *runtime.Exception {
	excOnce.Do(func() {
		co, err := runtime.CompileSource([]byte(excSource), "<_ssl>", 0)
		if err != nil {
			excErr = err
			return
		}
		g := runtime.NewDict()
		g.SetStr(runtime.Intern("__name__"), runtime.StrValue("ssl"))
		if _, err := runtime.RunCode(co, g, g.Value()); err != nil {
			excErr = err
			return
		}
		excValues = map[string]runtime.Value{}
		get := func(name string) *runtime.Type {
			v, _ := g.GetStr(runtime.Intern(name))
			excValues[name] = v
			t := v.AsType()
			// CPython's are static types: attributes cannot be set on them.
			t.Flags |= runtime.FlagImmutable
			return t
		}
		sslErrorType = get("SSLError")
		certVerifyErrorType = get("SSLCertVerificationError")
		zeroReturnErrorType = get("SSLZeroReturnError")
		wantReadErrorType = get("SSLWantReadError")
		wantWriteErrorType = get("SSLWantWriteError")
		syscallErrorType = get("SSLSyscallError")
		eofErrorType = get("SSLEOFError")
	})
	return excErr
}

// newSSLError makes an instance of t with args (code, msg) and the
// library and reason attributes CPython sets.
func newSSLError(t *runtime.Type, code int, msg, library, reason string) *runtime.Exception {
	v, err := runtime.Call(t.Value(), []runtime.Value{runtime.Int(int64(code)), runtime.StrValue(msg)}, nil)
	if err != nil {
		return err
	}
	lib, rsn := runtime.None, runtime.None
	if library != "" {
		lib = runtime.StrValue(library)
	}
	if reason != "" {
		rsn = runtime.StrValue(reason)
	}
	runtime.SetAttr(v, runtime.Intern("library"), lib)
	runtime.SetAttr(v, runtime.Intern("reason"), rsn)
	return v.AsException()
}

// libError is an error of the SSL library: "[SSL: REASON] text (_ssl.c:N)".
func libError(reason, text string, line int) *runtime.Exception {
	msg := fmt.Sprintf("[SSL: %s] %s (_ssl.c:%d)", reason, text, line)
	return newSSLError(sslErrorType, errSSL, msg, "SSL", reason)
}

// The _ssl.c lines CPython 3.11 reports for errors of each operation.
const (
	lineHandshake = 1006
	lineRead      = 2427
	lineWrite     = 2336
	lineShutdown  = 2706
)

// wantReadError is raised when an operation needs more input.
func wantReadError() *runtime.Exception {
	return newSSLError(wantReadErrorType, errWantRead, "The operation did not complete (read) (_ssl.c:2578)", "", "")
}

// wantWriteError is raised when a non-blocking socket cannot take output.
func wantWriteError() *runtime.Exception {
	return newSSLError(wantWriteErrorType, errWantWrite, "The operation did not complete (write) (_ssl.c:2578)", "", "")
}

// eofError is a transport EOF before the peer's close_notify.
func eofError(line int) *runtime.Exception {
	return newSSLError(eofErrorType, errEOF, fmt.Sprintf("EOF occurred in violation of protocol (_ssl.c:%d)", line), "", "")
}

// zeroReturnError is a read after the peer's close_notify.
func zeroReturnError(line int) *runtime.Exception {
	return newSSLError(zeroReturnErrorType, errZeroReturn, fmt.Sprintf("TLS/SSL connection has been closed (EOF) (_ssl.c:%d)", line), "", "")
}

// verifyError is the failure of certificate verification.
type verifyError struct {
	code int
	msg  string
}

func (e *verifyError) Error() string { return "certificate verify failed: " + e.msg }

// certVerifyError makes SSLCertVerificationError from e.
func certVerifyError(e *verifyError, line int) *runtime.Exception {
	msg := fmt.Sprintf("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: %s (_ssl.c:%d)", e.msg, line)
	exc := newSSLError(certVerifyErrorType, errSSL, msg, "SSL", "CERTIFICATE_VERIFY_FAILED")
	v := exc.Value()
	runtime.SetAttr(v, runtime.Intern("verify_code"), runtime.Int(int64(e.code)))
	runtime.SetAttr(v, runtime.Intern("verify_message"), runtime.StrValue(e.msg))
	return exc
}

// alertReasons maps the text of Go's TLS alerts to OpenSSL's reason and
// message for an alert the peer sent.
var alertReasons = map[string][2]string{
	"close notify":                   {"SSLV3_ALERT_CLOSE_NOTIFY", "sslv3 alert close notify"},
	"unexpected message":             {"SSLV3_ALERT_UNEXPECTED_MESSAGE", "sslv3 alert unexpected message"},
	"bad record MAC":                 {"SSLV3_ALERT_BAD_RECORD_MAC", "sslv3 alert bad record mac"},
	"handshake failure":              {"SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"},
	"bad certificate":                {"SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate"},
	"unsupported certificate":        {"SSLV3_ALERT_UNSUPPORTED_CERTIFICATE", "sslv3 alert unsupported certificate"},
	"revoked certificate":            {"SSLV3_ALERT_CERTIFICATE_REVOKED", "sslv3 alert certificate revoked"},
	"expired certificate":            {"SSLV3_ALERT_CERTIFICATE_EXPIRED", "sslv3 alert certificate expired"},
	"unknown certificate":            {"SSLV3_ALERT_CERTIFICATE_UNKNOWN", "sslv3 alert certificate unknown"},
	"illegal parameter":              {"SSLV3_ALERT_ILLEGAL_PARAMETER", "sslv3 alert illegal parameter"},
	"unknown certificate authority":  {"TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca"},
	"access denied":                  {"TLSV1_ALERT_ACCESS_DENIED", "tlsv1 alert access denied"},
	"error decoding message":         {"TLSV1_ALERT_DECODE_ERROR", "tlsv1 alert decode error"},
	"error decrypting message":       {"TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error"},
	"protocol version not supported": {"TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version"},
	"insufficient security level":    {"TLSV1_ALERT_INSUFFICIENT_SECURITY", "tlsv1 alert insufficient security"},
	"internal error":                 {"TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error"},
	"user canceled":                  {"TLSV1_ALERT_USER_CANCELLED", "tlsv1 alert user cancelled"},
	"no renegotiation":               {"TLSV1_ALERT_NO_RENEGOTIATION", "tlsv1 alert no renegotiation"},
	"unrecognized name":              {"TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name"},
	"no application protocol":        {"TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol"},
	"certificate required":           {"TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required"},
	"inappropriate fallback":         {"TLSV1_ALERT_INAPPROPRIATE_FALLBACK", "tlsv1 alert inappropriate fallback"},
	"unsupported extension":          {"TLSV1_ALERT_UNSUPPORTED_EXTENSION", "tlsv1 alert unsupported extension"},
	"decompression failure":          {"SSLV3_ALERT_DECOMPRESSION_FAILURE", "sslv3 alert decompression failure"},
	"record overflow":                {"TLSV1_ALERT_RECORD_OVERFLOW", "tlsv1 alert record overflow"},
}

// localReasons maps Go's own TLS failures to OpenSSL's reason and text.
var localReasons = []struct{ sub, reason, text string }{
	{"no cipher suite supported by both", "NO_SHARED_CIPHER", "no shared cipher"},
	{"unsupported versions", "UNSUPPORTED_PROTOCOL", "unsupported protocol"},
	{"server selected unsupported protocol version", "UNSUPPORTED_PROTOCOL", "unsupported protocol"},
	{"protocol version", "UNSUPPORTED_PROTOCOL", "unsupported protocol"},
	{"first record does not look like a TLS handshake", "WRONG_VERSION_NUMBER", "wrong version number"},
	{"bad record MAC", "DECRYPTION_FAILED_OR_BAD_RECORD_MAC", "decryption failed or bad record mac"},
	{"no application protocol", "NO_APPLICATION_PROTOCOL", "no application protocol"},
	{"client didn't provide a certificate", "PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate"},
	{"no certificates configured", "NO_SHARED_CIPHER", "no shared cipher"},
	{"oversized record", "RECORD_LAYER_FAILURE", "record layer failure"},
}

// tlsError converts an error of a Go TLS operation into the exception
// CPython's _ssl would raise.
func tlsError(err error, line int) *runtime.Exception {
	var ve *verifyError
	var pe *pyError
	switch {
	case errors.As(err, &pe):
		return pe.exc
	case errors.As(err, &ve):
		return certVerifyError(ve, line)
	case err == io.EOF:
		return zeroReturnError(line)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return eofError(line)
	}
	s := err.Error()
	if i := strings.Index(s, "remote error: tls: "); i >= 0 {
		name := s[i+len("remote error: tls: "):]
		if r, ok := alertReasons[name]; ok {
			return libError(r[0], r[1], line)
		}
		return libError("TLSV1_ALERT_UNKNOWN", "tlsv1 alert "+name, line)
	}
	for _, r := range localReasons {
		if strings.Contains(s, r.sub) {
			return libError(r.reason, r.text, line)
		}
	}
	return newSSLError(sslErrorType, errSSL, fmt.Sprintf("[SSL] %s (_ssl.c:%d)", strings.TrimPrefix(s, "tls: "), line), "SSL", "")
}

// pyError carries a Python exception raised by a callback through Go's
// TLS code.
type pyError struct{ exc *runtime.Exception }

func (e *pyError) Error() string { return "python exception" }
