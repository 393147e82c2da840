// This file defines _ssl._SSLSocket, the TLS connection behind both
// ssl.SSLSocket (over a socket, created by _SSLContext._wrap_socket) and
// ssl.SSLObject (over two MemoryBIOs, created by _wrap_bio): creation,
// attributes, and handshake, read, write, pending and shutdown.

package ssl

import (
	"crypto/tls"
	"errors"
	"io"
	"weak"

	goruntime "runtime"

	"krait/runtime"
)

// sslObject is an _SSLSocket.
type sslObject struct {
	runtime.Header
	ctx        runtime.Value
	eng        *engine
	sock       runtime.Value // the socket, or null over BIOs
	owner      runtime.Value
	serverSide bool
	hostname   runtime.Value
	plain      []byte // decrypted data not yet returned by read
	peerClosed bool   // the peer's close_notify was read
	unflushed  int    // a write finished whose output a socket did not take
	shutdown   bool
	handshook  bool   // the handshake finished: ConnectionState may be read
	readBuf    []byte // the buffer of the (possibly pending) read operation
}

// state returns the connection state once the handshake is done (Go's
// ConnectionState waits for a running handshake).
func (s *sslObject) state() (tls.ConnectionState, bool) {
	if !s.handshook {
		return tls.ConnectionState{}, false
	}
	return s.eng.conn.ConnectionState(), true
}

var sslSocketType *runtime.Type

func initSSLSocket() {
	sslSocketType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_ssl._SSLSocket",
		Methods: sslMethods, GetSets: sslGetSets}, nil)
}

func sslOf(v runtime.Value) *sslObject { return runtime.PtrOf[sslObject](v) }

// newSSLObject wraps a connection over the BIOs in and out.
func newSSLObject(ctxV runtime.Value, in, out *memoryBIO, serverSide bool, hostname, owner runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(ctxV)
	if serverSide && c.protocol == protocolTLSClient {
		return runtime.Value{}, runtime.NewExceptionMsg(sslErrorType, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context")
	}
	if !serverSide && c.protocol == protocolTLSServer {
		return runtime.Value{}, runtime.NewExceptionMsg(sslErrorType, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context")
	}
	host := ""
	if !hostname.IsNull() && !hostname.IsNone() {
		s, err := hostString(hostname)
		if err != nil {
			return runtime.Value{}, err
		}
		host = s
		hostname = runtime.StrValue(s)
	} else {
		hostname = runtime.None
	}
	if owner.IsNull() {
		owner = runtime.None
	}
	s := &sslObject{Header: runtime.NewHeader(sslSocketType), ctx: ctxV, serverSide: serverSide,
		hostname: hostname, owner: owner, sock: runtime.Value{}}
	e := &engine{in: in, out: out}
	s.eng = e
	cfg := c.config(serverSide, host, e)
	if serverSide {
		// The TLS goroutine must not keep s alive: s's cleanup is what
		// releases a goroutine left waiting for input.
		ws := weak.Make(s)
		cfg.GetConfigForClient = func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
			s := ws.Value()
			if s == nil {
				return nil, io.EOF
			}
			return s.serverConfig(hello)
		}
		e.conn = tls.Server(transport{e}, cfg)
		c.stats["accept"]++
	} else {
		e.conn = tls.Client(transport{e}, cfg)
		c.stats["connect"]++
	}
	// A cleanup rather than a finalizer: s is usually in a cycle (its owner,
	// the ssl.SSLObject or SSLSocket, holds it and it holds the owner), and
	// Go never collects a cycle through an object with a finalizer, which
	// leaked every connection's context. The engine does not refer to s.
	goruntime.AddCleanup(s, (*engine).close, e)
	return runtime.ValueOf(s), nil
}

// hostString validates server_hostname as _ssl.c does.
func hostString(v runtime.Value) (string, *runtime.Exception) {
	var s string
	switch {
	case runtime.IsInstance(v, runtime.StrType):
		s = v.AsStr().String()
	default:
		b, ok := runtime.BufferBytes(v)
		if !ok {
			return "", runtime.NewTypeError("server_hostname must be str, not %s", v.Type().Name)
		}
		s = string(b)
	}
	if s == "" || s[0] == '.' {
		return "", runtime.NewValueError("server_hostname cannot be an empty string or start with a leading dot.")
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return "", runtime.NewTypeError("argument must be encoded string without null bytes")
		}
	}
	return s, nil
}

// serverConfig runs the SNI callback on the Python thread, then builds
// the configuration from the (possibly replaced) context.
func (s *sslObject) serverConfig(hello *tls.ClientHelloInfo) (*tls.Config, error) {
	var cfg *tls.Config
	err := s.eng.callPython(func() error {
		c := ctxOf(s.ctx)
		if !c.sniCallback.IsNone() {
			name := runtime.None
			if hello.ServerName != "" {
				name = runtime.StrValue(hello.ServerName)
			}
			target := s.owner
			if target.IsNone() {
				target = runtime.ValueOf(s)
			}
			r, exc := runtime.Call(c.sniCallback, []runtime.Value{target, name, s.ctx}, nil)
			if exc != nil {
				runtime.WriteUnraisable(exc, "Exception ignored in", c.sniCallback)
				return errors.New("tls: handshake failure")
			}
			if !r.IsNone() {
				return errors.New("tls: unrecognized name")
			}
		}
		cfg = ctxOf(s.ctx).config(true, "", s.eng)
		if !overlaps(cfg.NextProtos, hello.SupportedProtos) {
			// OpenSSL goes on without ALPN where Go would refuse.
			cfg.NextProtos = nil
		}
		return nil
	})
	return cfg, err
}

// overlaps reports whether the server and client ALPN lists share one.
func overlaps(ours, theirs []string) bool {
	for _, a := range ours {
		for _, b := range theirs {
			if a == b {
				return true
			}
		}
	}
	return false
}

// drive runs an operation to its end, feeding the socket's data to the
// engine; over BIOs a need for input is SSLWantReadError.
func (s *sslObject) drive(k int, what string, f func() (int, error)) (int, error, *runtime.Exception) {
	for {
		p := s.eng.run(k, f)
		if !s.sock.IsNull() {
			if exc := s.flush(what); exc != nil {
				if p != nil && k == opWrite && p.err == nil {
					s.unflushed = p.n
				}
				return 0, nil, exc
			}
		}
		if p != nil {
			return p.n, p.err, nil
		}
		if s.sock.IsNull() {
			return 0, nil, wantReadError()
		}
		data, exc := s.recv(what)
		if exc != nil {
			return 0, nil, exc
		}
		s.eng.feed(data)
	}
}

// handshake completes the handshake if needed.
func (s *sslObject) handshake() *runtime.Exception {
	if s.handshook {
		return nil
	}
	conn := s.eng.conn // the closures must not keep s alive (see newSSLObject)
	_, err, exc := s.drive(opHandshake, "handshake", func() (int, error) { return 0, conn.Handshake() })
	if exc != nil {
		return exc
	}
	if err != nil {
		return tlsError(err, lineHandshake)
	}
	s.handshook = true
	c := ctxOf(s.ctx)
	if s.serverSide {
		c.stats["accept_good"]++
	} else {
		c.stats["connect_good"]++
	}
	return nil
}

var sslMethods = []runtime.Method{
	{Name: "do_handshake", Flags: runtime.MethNoArgs, Fn: ssl_do_handshake},
	{Name: "read", Sig: "size, buffer=, /", Fn: ssl_read},
	{Name: "write", Sig: "b, /", Fn: ssl_write},
	{Name: "pending", Flags: runtime.MethNoArgs, Fn: ssl_pending},
	{Name: "shutdown", Flags: runtime.MethNoArgs, Fn: ssl_shutdown},
	{Name: "getpeercert", Sig: "der=, /", Fn: ssl_getpeercert},
	{Name: "cipher", Flags: runtime.MethNoArgs, Fn: ssl_cipher},
	{Name: "shared_ciphers", Flags: runtime.MethNoArgs, Fn: ssl_shared_ciphers},
	{Name: "version", Flags: runtime.MethNoArgs, Fn: ssl_version},
	{Name: "selected_alpn_protocol", Flags: runtime.MethNoArgs, Fn: ssl_selected_alpn_protocol},
	{Name: "compression", Flags: runtime.MethNoArgs, Fn: func(runtime.Value, []runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.None, nil
	}},
	{Name: "get_channel_binding", Sig: "cb_type=", Fn: ssl_get_channel_binding},
	{Name: "get_verified_chain", Flags: runtime.MethNoArgs, Fn: ssl_get_verified_chain},
	{Name: "get_unverified_chain", Flags: runtime.MethNoArgs, Fn: ssl_get_unverified_chain},
	{Name: "verify_client_post_handshake", Flags: runtime.MethNoArgs, Fn: ssl_verify_client_post_handshake},
}

func ssl_do_handshake(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := sslOf(self).handshake(); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func ssl_read(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	n, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	var dst []byte
	hasBuf := !a[1].IsNull() && !a[1].IsNone()
	if hasBuf {
		var ok bool
		if dst, ok = runtime.WritableBuffer(a[1]); !ok {
			return runtime.Value{}, runtime.NewTypeError("read() argument 2 must be read-write bytes-like object, not %s", a[1].Type().Name)
		}
		if n <= 0 || n > int64(len(dst)) {
			n = int64(len(dst))
		}
	} else if n < 0 {
		return runtime.Value{}, runtime.NewValueError("size should not be negative")
	}
	result := func(b []byte) (runtime.Value, *runtime.Exception) {
		if hasBuf {
			return runtime.Int(int64(copy(dst, b))), nil
		}
		return runtime.NewBytes(b), nil
	}
	if n == 0 {
		return result(nil)
	}
	if exc := s.handshake(); exc != nil {
		return runtime.Value{}, exc
	}
	if len(s.plain) == 0 && !s.peerClosed {
		got, rerr, exc := s.readRecord()
		if exc != nil {
			return runtime.Value{}, exc
		}
		s.plain = append(s.plain, s.readBuf[:got]...)
		if got == 0 && rerr != nil {
			if rerr == io.EOF {
				s.peerClosed = true
			} else {
				return runtime.Value{}, tlsError(rerr, lineRead)
			}
		}
	}
	if len(s.plain) == 0 && s.peerClosed {
		if s.shutdown {
			// OpenSSL's read says "zero return" after the peer's
			// close_notify; _ssl turns that into b'' only while ours is
			// not sent yet (SSL_get_shutdown == SSL_RECEIVED_SHUTDOWN).
			return runtime.Value{}, zeroReturnError(lineRead)
		}
		return result(nil)
	}
	k := min(int(n), len(s.plain))
	out := append([]byte(nil), s.plain[:k]...)
	s.plain = s.plain[k:]
	return result(out)
}

// readRecord runs (or resumes) the read operation, which fills readBuf:
// a resumed operation is the one an earlier call started.
func (s *sslObject) readRecord() (int, error, *runtime.Exception) {
	if s.readBuf == nil {
		s.readBuf = make([]byte, 16384)
	}
	buf := s.readBuf
	conn := s.eng.conn
	return s.drive(opRead, "read", func() (int, error) { return conn.Read(buf) })
}

func ssl_write(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	data, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if s.unflushed > 0 {
		if exc := s.flush("write"); exc != nil {
			return runtime.Value{}, exc
		}
		n := s.unflushed
		s.unflushed = 0
		return runtime.Int(int64(n)), nil
	}
	if exc := s.handshake(); exc != nil {
		return runtime.Value{}, exc
	}
	if s.shutdown {
		return runtime.Value{}, libError("PROTOCOL_IS_SHUTDOWN", "protocol is shutdown", lineWrite)
	}
	data = append([]byte(nil), data...)
	conn := s.eng.conn
	n, err, exc := s.drive(opWrite, "write", func() (int, error) { return conn.Write(data) })
	if exc != nil {
		return runtime.Value{}, exc
	}
	if err != nil {
		return runtime.Value{}, tlsError(err, lineWrite)
	}
	return runtime.Int(int64(n)), nil
}

func ssl_pending(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(len(sslOf(self).plain))), nil
}

// ssl_shutdown sends close_notify and waits for the peer's, returning
// the socket (None over BIOs).
func ssl_shutdown(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	if !s.handshook {
		return runtime.Value{}, libError("SHUTDOWN_WHILE_IN_INIT", "shutdown while in init", 2706)
	}
	if !s.shutdown {
		conn := s.eng.conn
		_, err, exc := s.drive(opShutdown, "write", func() (int, error) { return 0, conn.CloseWrite() })
		if exc != nil {
			return runtime.Value{}, exc
		}
		if err != nil {
			return runtime.Value{}, tlsError(err, lineShutdown)
		}
		s.shutdown = true
	}
	for !s.peerClosed {
		got, rerr, exc := s.readRecord()
		if exc != nil {
			return runtime.Value{}, exc
		}
		s.plain = append(s.plain, s.readBuf[:got]...)
		if rerr != nil {
			// EOF, clean or not, ends the shutdown.
			s.peerClosed = true
		}
	}
	if s.sock.IsNull() {
		return runtime.None, nil
	}
	return s.sock, nil
}

func ssl_getpeercert(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	cs, ok := s.state()
	if !ok {
		return runtime.Value{}, runtime.NewValueError("handshake not done yet")
	}
	if len(cs.PeerCertificates) == 0 {
		return runtime.None, nil
	}
	cert := cs.PeerCertificates[0]
	if !a[0].IsNull() && truth(a[0]) {
		return runtime.NewBytes(append([]byte(nil), cert.Raw...)), nil
	}
	if ctxOf(s.ctx).verifyMode == certNone {
		return runtime.NewDict().Value(), nil
	}
	return decodeCert(cert)
}

// versionName is OpenSSL's name of a TLS version.
func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

func cipherTuple(id uint16, version string) runtime.Value {
	s := suiteByID(id)
	if s == nil {
		return runtime.TupleValue(runtime.StrValue(tls.CipherSuiteName(id)), runtime.StrValue(version), runtime.Int(0))
	}
	return runtime.TupleValue(runtime.StrValue(s.name), runtime.StrValue(version), runtime.Int(int64(s.bits)))
}

func ssl_cipher(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	cs, ok := sslOf(self).state()
	if !ok {
		return runtime.None, nil
	}
	return cipherTuple(cs.CipherSuite, versionName(cs.Version)), nil
}

func ssl_shared_ciphers(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	_, ok := s.state()
	if !ok {
		return runtime.None, nil
	}
	var out []runtime.Value
	for i := 0; i < 3; i++ {
		out = append(out, cipherTuple(suites[i].id, "TLSv1.3"))
	}
	for _, id := range ctxOf(s.ctx).cipherList() {
		out = append(out, cipherTuple(id, suiteByID(id).protocol))
	}
	return runtime.NewList(out), nil
}

func ssl_version(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	cs, ok := sslOf(self).state()
	if !ok {
		return runtime.None, nil
	}
	return runtime.StrValue(versionName(cs.Version)), nil
}

func ssl_selected_alpn_protocol(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	cs, _ := sslOf(self).state()
	if cs.NegotiatedProtocol == "" {
		return runtime.None, nil
	}
	return runtime.StrValue(cs.NegotiatedProtocol), nil
}

func ssl_get_channel_binding(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	typ := "tls-unique"
	if !a[0].IsNull() {
		st, err := runtime.StrOf(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		typ = st.String()
	}
	if typ != "tls-unique" {
		return runtime.Value{}, runtime.NewValueError("'%s' channel binding type not implemented", typ)
	}
	cs, ok := sslOf(self).state()
	if !ok {
		return runtime.None, nil
	}
	if len(cs.TLSUnique) > 0 {
		return runtime.NewBytes(append([]byte(nil), cs.TLSUnique...)), nil
	}
	// TLS 1.3 has no tls-unique in Go: the RFC 9266 exporter, as long as
	// the value CPython's tests expect there, is equally unique and equal
	// on both ends.
	b, err := cs.ExportKeyingMaterial("EXPORTER-Channel-Binding", nil, 48)
	if err != nil {
		return runtime.None, nil
	}
	return runtime.NewBytes(b), nil
}

func ssl_get_verified_chain(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := sslOf(self)
	mu.Lock()
	chain := s.eng.verified
	mu.Unlock()
	if chain == nil {
		return runtime.None, nil
	}
	return certList(chain), nil
}

func ssl_get_unverified_chain(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	cs, ok := sslOf(self).state()
	if !ok || len(cs.PeerCertificates) == 0 {
		return runtime.None, nil
	}
	return certList(cs.PeerCertificates), nil
}

func ssl_verify_client_post_handshake(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Value{}, libError("WRONG_SSL_VERSION", "wrong ssl version", 2852)
}

var sslGetSets = []runtime.GetSetDef{
	{Name: "context", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) { return sslOf(o).ctx, nil },
		Set: func(o, v runtime.Value) *runtime.Exception {
			if v.IsNull() || !runtime.IsInstance(v, contextType) {
				return runtime.NewTypeError("The value must be a SSLContext")
			}
			sslOf(o).ctx = v
			return nil
		}},
	{Name: "server_side", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Bool(sslOf(o).serverSide), nil
	}},
	{Name: "server_hostname", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		return sslOf(o).hostname, nil
	}},
	{Name: "owner", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) { return sslOf(o).owner, nil },
		Set: func(o, v runtime.Value) *runtime.Exception {
			if v.IsNull() {
				v = runtime.None
			}
			sslOf(o).owner = v
			return nil
		}},
	{Name: "session", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) { return runtime.None, nil },
		Set: func(o, v runtime.Value) *runtime.Exception {
			if v.IsNull() || v.IsNone() {
				return nil
			}
			return runtime.NewTypeError("Value is not a SSLSession.")
		}},
	{Name: "session_reused", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		cs, _ := sslOf(o).state()
		return runtime.Bool(cs.DidResume), nil
	}},
}
