// Package ssl implements CPython's _ssl module over Go's crypto/tls and
// crypto/x509, so that Lib/ssl.py runs unchanged. The module reports an
// OpenSSL-shaped version (ssl.py parses it) but its TLS is Go's: see
// docs/compatibility.md for what differs.
package ssl

import (
	"crypto/rand"
	"os"
	"sync"

	"krait/runtime"
)

// Module is the _ssl module definition.
var Module = &runtime.ModuleDef{
	Name:    "_ssl",
	Doc:     "Implementation module for SSL socket operations.  See the socket module\nfor documentation.",
	Methods: moduleMethods,
	Exec:    ssl_exec,
}

var moduleMethods = []runtime.Method{
	{Name: "_test_decode_cert", Sig: "path, /", Fn: ssl__test_decode_cert},
	{Name: "RAND_add", Sig: "string, entropy, /", Fn: ssl_RAND_add},
	{Name: "RAND_bytes", Sig: "n, /", Fn: ssl_RAND_bytes},
	{Name: "RAND_pseudo_bytes", Sig: "n, /", Fn: ssl_RAND_pseudo_bytes},
	{Name: "RAND_status", Flags: runtime.MethNoArgs, Fn: ssl_RAND_status},
	{Name: "get_default_verify_paths", Flags: runtime.MethNoArgs, Fn: ssl_get_default_verify_paths},
	{Name: "txt2obj", Sig: "txt, name=", Fn: ssl_txt2obj},
	{Name: "nid2obj", Sig: "nid, /", Fn: ssl_nid2obj},
}

var contextMethods = []runtime.Method{
	{Name: "_wrap_socket", Sig: "sock, server_side, server_hostname=, *, owner=, session=", Fn: context__wrap_socket},
	{Name: "_wrap_bio", Sig: "incoming, outgoing, server_side, server_hostname=, *, owner=, session=", Fn: context__wrap_bio},
	{Name: "set_ciphers", Sig: "cipherlist, /", Fn: context_set_ciphers},
	{Name: "get_ciphers", Flags: runtime.MethNoArgs, Fn: context_get_ciphers},
	{Name: "_set_alpn_protocols", Sig: "protos, /", Fn: context_set_alpn_protocols},
	{Name: "load_cert_chain", Sig: "certfile, keyfile=, password=", Fn: context_load_cert_chain},
	{Name: "load_dh_params", Sig: "path, /", Fn: context_load_dh_params},
	{Name: "load_verify_locations", Sig: "cafile=, capath=, cadata=", Fn: context_load_verify_locations},
	{Name: "session_stats", Flags: runtime.MethNoArgs, Fn: context_session_stats},
	{Name: "set_default_verify_paths", Flags: runtime.MethNoArgs, Fn: context_set_default_verify_paths},
	{Name: "set_ecdh_curve", Sig: "name, /", Fn: context_set_ecdh_curve},
	{Name: "cert_store_stats", Flags: runtime.MethNoArgs, Fn: context_cert_store_stats},
	{Name: "get_ca_certs", Sig: "binary_form=", Fn: context_get_ca_certs},
}

var sessionType *runtime.Type

// typesOnce creates the module's types on its first import, not in Go's
// package initialization, which runs in every Krait process
// (startup10_types.go).
var typesOnce sync.Once

func ssl_exec(m *runtime.Module) *runtime.Exception {
	typesOnce.Do(initTypes)
	if err := makeExceptions(); err != nil {
		return err
	}
	for name, v := range excValues {
		m.SetAttr(name, v)
	}
	for _, c := range intConstants {
		m.SetAttr(c.name, runtime.Int(c.value))
	}
	for _, c := range boolConstants {
		m.SetAttr(c.name, runtime.Bool(c.value))
	}
	info := make([]runtime.Value, len(opensslVersionInfo))
	for i, n := range opensslVersionInfo {
		info[i] = runtime.Int(n)
	}
	m.SetAttr("OPENSSL_VERSION", runtime.StrValue(opensslVersion))
	m.SetAttr("OPENSSL_VERSION_NUMBER", runtime.Int(opensslVersionNumber))
	m.SetAttr("OPENSSL_VERSION_INFO", runtime.TupleValue(info...))
	m.SetAttr("_OPENSSL_API_VERSION", runtime.TupleValue(info...))
	m.SetAttr("_DEFAULT_CIPHERS", runtime.StrValue(defaultCiphers))
	m.SetAttr("_SSLContext", contextType.Value())
	m.SetAttr("_SSLSocket", sslSocketType.Value())
	m.SetAttr("MemoryBIO", bioType.Value())
	m.SetAttr("SSLSession", sessionType.Value())
	m.SetAttr("Certificate", certType.Value())
	for _, name := range []string{"err_codes_to_names", "err_names_to_codes", "lib_codes_to_names"} {
		m.SetAttr(name, runtime.NewDict().Value())
	}
	return nil
}

func ssl_RAND_add(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if runtime.IsInstance(a[0], runtime.StrType) {
		return runtime.None, nil
	}
	if _, ok := runtime.BufferBytes(a[0]); !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if _, ok := runtime.FloatValueOf(a[1]); !ok {
		if _, ok := runtime.IntOf(a[1]); !ok {
			return runtime.Value{}, runtime.NewTypeError("must be real number, not %s", a[1].Type().Name)
		}
	}
	return runtime.None, nil
}

func randBytes(v runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := runtime.IndexInt(v, "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewValueError("num must be positive")
	}
	b := make([]byte, n)
	rand.Read(b)
	return runtime.NewBytes(b), nil
}

func ssl_RAND_bytes(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return randBytes(a[0])
}

func ssl_RAND_pseudo_bytes(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := runtime.Warn(runtime.ExceptionTypeByName("DeprecationWarning"), "ssl.RAND_pseudo_bytes() is deprecated", 1); err != nil {
		return runtime.Value{}, err
	}
	b, err := randBytes(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(b, runtime.True), nil
}

func ssl_RAND_status(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.True, nil
}

// ssl_get_default_verify_paths reports OpenSSL's default locations; Go
// finds the system roots itself, so these are Debian's paths.
func ssl_get_default_verify_paths(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	dir := "/usr/lib/ssl"
	if _, err := os.Stat(dir); err != nil {
		dir = "/etc/ssl"
	}
	return runtime.TupleValue(runtime.StrValue("SSL_CERT_FILE"), runtime.StrValue(dir+"/cert.pem"),
		runtime.StrValue("SSL_CERT_DIR"), runtime.StrValue(dir+"/certs")), nil
}

// truth is bool(v) for flag arguments (an error counts as false).
func truth(v runtime.Value) bool {
	b, _ := runtime.IsTrue(v)
	return b
}
