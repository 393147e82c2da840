// This file defines _ssl._SSLContext: its layout, creation and the
// attributes ssl.SSLContext reads and sets (protocol, options, verify
// mode and flags, version bounds, check_hostname, sni_callback, ...).

package ssl

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"os"

	"krait/runtime"
)

// sslContext is an _SSLContext. It embeds Instance because ssl.py
// subclasses it.
type sslContext struct {
	runtime.Instance
	protocol          int
	options           int64
	verifyMode        int
	checkHostname     bool
	verifyFlags       int64
	minVersion        int
	maxVersion        int
	hostFlags         int64
	postHandshakeAuth bool
	numTickets        int64
	keylogFilename    runtime.Value
	keylog            io.Writer
	sniCallback       runtime.Value
	msgCallback       runtime.Value

	certs        []tls.Certificate
	caCerts      []*x509.Certificate // every certificate loaded as trusted
	crls         []*x509.RevocationList
	systemRoots  bool
	lazyDirs     []string // SSL_CERT_DIR: trusted but not counted
	cipherIDs    []uint16 // TLS 1.2 and lower suites; nil means the default
	alpn         []string
	curves       []tls.CurveID
	stats        map[string]int64
	fixedVersion int // the version of a PROTOCOL_TLSv1* context, else 0
}

var contextType *runtime.Type

func initContext() {
	contextType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_ssl._SSLContext", Flags: runtime.FlagBaseType,
		Methods: contextMethods, GetSets: contextGetSets}, func(t *runtime.Type) {
		t.New = context_new
		t.InstAttrs = contextAttrs
	})
}

func contextAttrs(v runtime.Value) *runtime.Attrs {
	if v.Type() == contextType {
		return nil
	}
	return runtime.InstanceAttrs(v)
}

func ctxOf(v runtime.Value) *sslContext { return runtime.PtrOf[sslContext](v) }

var contextNewMethod = runtime.Method{Name: "_SSLContext", Sig: "protocol, /"}

func context_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	var buf [1]runtime.Value
	a, err := runtime.BindArgs(&contextNewMethod, args, kw, buf[:0])
	if err != nil {
		return runtime.Value{}, err
	}
	p, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	switch p {
	case protocolTLS, protocolTLSv1, protocolTLSv1_1, protocolTLSv1_2:
		name := map[int64]string{protocolTLS: "PROTOCOL_TLS", protocolTLSv1: "PROTOCOL_TLSv1",
			protocolTLSv1_1: "PROTOCOL_TLSv1_1", protocolTLSv1_2: "PROTOCOL_TLSv1_2"}[p]
		if err := runtime.Warn(runtime.ExceptionTypeByName("DeprecationWarning"), "ssl."+name+" is deprecated", 2); err != nil {
			return runtime.Value{}, err
		}
	case protocolTLSClient, protocolTLSServer:
	default:
		return runtime.Value{}, runtime.NewValueError("invalid or unsupported protocol version %d", p)
	}
	c := &sslContext{protocol: int(p), options: defaultOptions, verifyFlags: 32768,
		minVersion: protoTLSv1_2, maxVersion: protoMaximumSupported, hostFlags: 4, numTickets: 2,
		keylogFilename: runtime.None, sniCallback: runtime.None, msgCallback: runtime.None,
		stats: map[string]int64{}}
	switch p {
	case protocolTLSClient:
		c.verifyMode, c.checkHostname = certRequired, true
	case protocolTLSv1:
		c.minVersion, c.maxVersion = protoTLSv1, protoTLSv1
	case protocolTLSv1_1:
		c.minVersion, c.maxVersion = protoTLSv1_1, protoTLSv1_1
	case protocolTLSv1_2:
		c.minVersion, c.maxVersion = protoTLSv1_2, protoTLSv1_2
	}
	if p == protocolTLSv1 || p == protocolTLSv1_1 || p == protocolTLSv1_2 {
		// A fixed-version method reports no bounds, as OpenSSL.
		c.minVersion, c.maxVersion = protoMinimumSupported, protoMaximumSupported
		c.fixedVersion = int(p)
	}
	runtime.InitInstance(&c.Instance, t)
	return runtime.ValueOf(c), nil
}

var contextGetSets = []runtime.GetSetDef{
	{Name: "protocol", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(ctxOf(o).protocol)), nil
	}},
	{Name: "options", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(ctxOf(o).options), nil
	}, Set: context_set_options},
	{Name: "verify_mode", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(ctxOf(o).verifyMode)), nil
	}, Set: context_set_verify_mode},
	{Name: "verify_flags", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(ctxOf(o).verifyFlags), nil
	}, Set: func(o, v runtime.Value) *runtime.Exception { return setInt(v, &ctxOf(o).verifyFlags) }},
	{Name: "check_hostname", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Bool(ctxOf(o).checkHostname), nil
	}, Set: context_set_check_hostname},
	{Name: "_host_flags", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(ctxOf(o).hostFlags), nil
	}, Set: func(o, v runtime.Value) *runtime.Exception { return setInt(v, &ctxOf(o).hostFlags) }},
	{Name: "minimum_version", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(ctxOf(o).minVersion)), nil
	}, Set: func(o, v runtime.Value) *runtime.Exception { return ctxOf(o).setVersion(v, true) }},
	{Name: "maximum_version", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(ctxOf(o).maxVersion)), nil
	}, Set: func(o, v runtime.Value) *runtime.Exception { return ctxOf(o).setVersion(v, false) }},
	{Name: "post_handshake_auth", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Bool(ctxOf(o).postHandshakeAuth), nil
	}, Set: context_set_post_handshake_auth},
	{Name: "security_level", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(2), nil
	}},
	{Name: "num_tickets", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(ctxOf(o).numTickets), nil
	}, Set: context_set_num_tickets},
	{Name: "keylog_filename", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctxOf(o).keylogFilename, nil
	}, Set: context_set_keylog_filename},
	{Name: "sni_callback", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctxOf(o).sniCallback, nil
	}, Set: context_set_sni_callback},
	{Name: "_msg_callback", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctxOf(o).msgCallback, nil
	}, Set: func(o, v runtime.Value) *runtime.Exception {
		if v.IsNull() {
			v = runtime.None
		}
		if !v.IsNone() && v.Type().Call == nil {
			return runtime.NewTypeError("not a callable object")
		}
		ctxOf(o).msgCallback = v
		return nil
	}},
}

func setInt(v runtime.Value, p *int64) *runtime.Exception {
	if v.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	n, err := runtime.IndexInt(v, "")
	if err != nil {
		return err
	}
	*p = n
	return nil
}

// deprecatedOptions are the OP_NO_* bits whose setting warns.
const deprecatedOptions = opNoSSLv3 | opNoTLSv1 | opNoTLSv1_1 | opNoTLSv1_2 | opNoTLSv1_3

func context_set_options(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	var n int64
	if err := setInt(v, &n); err != nil {
		return err
	}
	set := ^c.options & n
	if set&deprecatedOptions != 0 {
		if err := runtime.Warn(runtime.ExceptionTypeByName("DeprecationWarning"),
			"ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated", 2); err != nil {
			return err
		}
	}
	c.options = n
	return nil
}

func context_set_verify_mode(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	var n int64
	if err := setInt(v, &n); err != nil {
		return err
	}
	if n < certNone || n > certRequired {
		return runtime.NewValueError("invalid value for verify_mode")
	}
	if n == certNone && c.checkHostname {
		return runtime.NewValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
	}
	c.verifyMode = int(n)
	return nil
}

func context_set_check_hostname(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	if v.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	b := truth(v)
	if b && c.verifyMode == certNone {
		c.verifyMode = certRequired
	}
	c.checkHostname = b
	return nil
}

func context_set_post_handshake_auth(o, v runtime.Value) *runtime.Exception {
	if v.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	ctxOf(o).postHandshakeAuth = truth(v)
	return nil
}

func context_set_num_tickets(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	var n int64
	if err := setInt(v, &n); err != nil {
		return err
	}
	if n < 0 {
		return runtime.NewValueError("value must be non-negative")
	}
	if c.protocol != protocolTLSServer {
		return runtime.NewValueError("SSLContext is not a server context.")
	}
	c.numTickets = n
	return nil
}

func context_set_keylog_filename(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	if v.IsNull() || v.IsNone() {
		c.keylogFilename, c.keylog = runtime.None, nil
		return nil
	}
	path, err := runtime.FSPath(v)
	if err != nil {
		return err
	}
	f, oerr := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if oerr != nil {
		return runtime.NewOSErrorFromGo(oerr, v, runtime.Value{})
	}
	c.keylogFilename, c.keylog = v, f
	return nil
}

func context_set_sni_callback(o, v runtime.Value) *runtime.Exception {
	c := ctxOf(o)
	if c.protocol == protocolTLSClient {
		return runtime.NewValueError("sni_callback cannot be set on TLS_CLIENT context")
	}
	if v.IsNull() || v.IsNone() {
		c.sniCallback = runtime.None
		return nil
	}
	if v.Type().Call == nil {
		return runtime.NewTypeError("not a callable object")
	}
	c.sniCallback = v
	return nil
}

// setVersion sets minimum_version (min) or maximum_version.
func (c *sslContext) setVersion(v runtime.Value, min bool) *runtime.Exception {
	var n int64
	if err := setInt(v, &n); err != nil {
		return err
	}
	if c.protocol != protocolTLS && c.protocol != protocolTLSClient && c.protocol != protocolTLSServer {
		return runtime.NewValueError("The context's protocol doesn't support modification of highest and lowest version.")
	}
	switch n {
	case protoMinimumSupported, protoMaximumSupported, protoSSLv3, protoTLSv1, protoTLSv1_1, protoTLSv1_2, protoTLSv1_3:
	default:
		return runtime.NewValueError("Unsupported TLS/SSL version 0x%x", n)
	}
	if min {
		if n == protoMaximumSupported {
			n = protoTLSv1_3
		}
		c.minVersion = int(n)
	} else {
		if n == protoMinimumSupported {
			n = protoSSLv3
		}
		c.maxVersion = int(n)
	}
	return nil
}
