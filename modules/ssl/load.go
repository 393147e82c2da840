// This file defines the _SSLContext methods that load certificates and
// keys: load_cert_chain (with password callbacks and encrypted PKCS#8
// keys), load_verify_locations (PEM files, directories, PEM and DER
// cadata), set_default_verify_paths, load_dh_params, cert_store_stats
// and get_ca_certs.

package ssl

import (
	"bytes"
	"crypto"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"

	"krait/runtime"
)

// pemLibError is OpenSSL's generic "PEM lib" failure.
func pemLibError(library string, line int) *runtime.Exception {
	return newSSLError(sslErrorType, 524297, "["+library+"] PEM lib (_ssl.c:"+itoa(line)+")", library, "")
}

func itoa(n int) string {
	b := []byte{}
	if n == 0 {
		return "0"
	}
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// readPath reads the file named by a path argument, raising the OSError
// CPython raises.
func readPath(v runtime.Value, typeMsg string) ([]byte, *runtime.Exception) {
	if !runtime.IsInstance(v, runtime.StrType) && !runtime.IsInstance(v, runtime.BytesType) {
		if _, err := runtime.GetAttrString(v, "__fspath__"); err != nil {
			return nil, runtime.NewTypeError("%s", typeMsg)
		}
	}
	path, err := runtime.FSPath(v)
	if err != nil {
		return nil, err
	}
	data, rerr := os.ReadFile(path)
	if rerr != nil {
		var pe *os.PathError
		if errors.As(rerr, &pe) {
			rerr = pe.Err
		}
		return nil, runtime.NewOSErrorFromGo(rerr, runtime.Value{}, runtime.Value{})
	}
	return data, nil
}

// context_load_cert_chain loads the certificate chain and private key.
func context_load_cert_chain(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	certData, err := readPath(a[0], "certfile should be a valid filesystem path")
	if err != nil {
		return runtime.Value{}, err
	}
	keyData := certData
	if !a[1].IsNull() && !a[1].IsNone() {
		if keyData, err = readPath(a[1], "keyfile should be a valid filesystem path"); err != nil {
			return runtime.Value{}, err
		}
	}
	pw := a[2]
	if !pw.IsNull() && !pw.IsNone() && pw.Type().Call == nil && !isStrOrBuffer(pw) {
		return runtime.Value{}, runtime.NewTypeError("password should be a string or callable")
	}
	var chain [][]byte
	for rest := certData; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type == "CERTIFICATE" || blk.Type == "TRUSTED CERTIFICATE" {
			chain = append(chain, blk.Bytes)
		}
	}
	if len(chain) == 0 {
		return runtime.Value{}, pemLibError("SSL", 3905)
	}
	if _, perr := x509.ParseCertificate(chain[0]); perr != nil {
		return runtime.Value{}, pemLibError("SSL", 3905)
	}
	key, err := loadPrivateKey(keyData, pw)
	if err != nil {
		return runtime.Value{}, err
	}
	if key == nil {
		return runtime.Value{}, pemLibError("SSL", 3926)
	}
	cert := tls.Certificate{Certificate: chain, PrivateKey: key}
	leaf, _ := x509.ParseCertificate(chain[0])
	cert.Leaf = leaf
	if !keyMatches(leaf, key) {
		return runtime.Value{}, newSSLError(sslErrorType, 116, "[X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3926)", "X509", "KEY_VALUES_MISMATCH")
	}
	c.certs = []tls.Certificate{cert}
	return runtime.None, nil
}

func isStrOrBuffer(v runtime.Value) bool {
	if runtime.IsInstance(v, runtime.StrType) {
		return true
	}
	_, ok := runtime.BufferBytes(v)
	return ok
}

// pemBufSize is OpenSSL's PEM_BUFSIZE, the longest password.
const pemBufSize = 1024

// password returns the password bytes from a str, a bytes-like or a
// callable returning one.
func password(pw runtime.Value) ([]byte, *runtime.Exception) {
	if pw.Type().Call != nil {
		r, err := runtime.Call(pw, nil, nil)
		if err != nil {
			return nil, err
		}
		if !isStrOrBuffer(r) {
			return nil, runtime.NewTypeError("password callback must return a string")
		}
		pw = r
	}
	var b []byte
	if runtime.IsInstance(pw, runtime.StrType) {
		b = []byte(pw.AsStr().String())
	} else {
		b, _ = runtime.BufferBytes(pw)
	}
	if len(b) > pemBufSize {
		return nil, runtime.NewValueError("password cannot be longer than %d bytes", pemBufSize)
	}
	return b, nil
}

// loadPrivateKey finds the first private key in data, decrypting it with
// the password when it is encrypted; nil means no usable key.
func loadPrivateKey(data []byte, pw runtime.Value) (any, *runtime.Exception) {
	for rest := data; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil, nil
		}
		der := blk.Bytes
		switch {
		case blk.Type == "ENCRYPTED PRIVATE KEY" || x509.IsEncryptedPEMBlock(blk): //nolint:staticcheck
			if pw.IsNull() || pw.IsNone() {
				return nil, pemLibError("SSL", 3926)
			}
			p, err := password(pw)
			if err != nil {
				return nil, err
			}
			var derr error
			if blk.Type == "ENCRYPTED PRIVATE KEY" {
				der, derr = decryptPKCS8(der, p)
			} else {
				der, derr = x509.DecryptPEMBlock(blk, p) //nolint:staticcheck
			}
			if derr != nil {
				return nil, pemLibError("SSL", 3926)
			}
		case bytes.HasSuffix([]byte(blk.Type), []byte("PRIVATE KEY")):
		default:
			continue
		}
		if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
			return k, nil
		}
		if k, err := x509.ParseECPrivateKey(der); err == nil {
			return k, nil
		}
		return nil, nil
	}
}

// keyMatches reports whether key is the private half of leaf's key.
func keyMatches(leaf *x509.Certificate, key any) bool {
	type eq interface{ Equal(crypto.PublicKey) bool }
	k, ok := key.(crypto.Signer)
	if !ok {
		return false
	}
	p, ok := k.Public().(eq)
	return ok && p.Equal(leaf.PublicKey)
}

// context_load_verify_locations adds trusted certificates (and CRLs).
func context_load_verify_locations(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	cafile, capath, cadata := a[0], a[1], a[2]
	none := func(v runtime.Value) bool { return v.IsNull() || v.IsNone() }
	if none(cafile) && none(capath) && none(cadata) {
		return runtime.Value{}, runtime.NewTypeError("cafile, capath and cadata cannot be all omitted")
	}
	if !none(cafile) {
		data, err := readPath(cafile, "cafile should be a valid filesystem path")
		if err != nil {
			return runtime.Value{}, err
		}
		if n := c.addPEM(data); n == 0 {
			return runtime.Value{}, pemLibError("X509", 4154)
		}
	}
	if !none(capath) {
		if !isStrOrBuffer(capath) {
			if _, err := runtime.GetAttrString(capath, "__fspath__"); err != nil {
				return runtime.Value{}, runtime.NewTypeError("capath should be a valid filesystem path")
			}
		}
		dir, err := runtime.FSPath(capath)
		if err != nil {
			return runtime.Value{}, err
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if data, rerr := os.ReadFile(filepath.Join(dir, e.Name())); rerr == nil {
				c.addPEM(data)
			}
		}
	}
	if !none(cadata) {
		if err := c.addCadata(cadata); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.None, nil
}

// addCadata loads cadata: PEM text from a str, DER from a bytes-like.
func (c *sslContext) addCadata(v runtime.Value) *runtime.Exception {
	if runtime.IsInstance(v, runtime.StrType) {
		s := v.AsStr().String()
		for _, r := range s {
			if r > 127 {
				return runtime.NewTypeError("cadata should be an ASCII string or a bytes-like object")
			}
		}
		if c.addPEM([]byte(s)) == 0 {
			return newSSLError(sslErrorType, 0, "no start line: cadata does not contain a certificate (_ssl.c:4020)", "", "")
		}
		return nil
	}
	b, ok := runtime.BufferBytes(v)
	if !ok {
		return runtime.NewTypeError("cadata should be an ASCII string or a bytes-like object")
	}
	certs, err := x509.ParseCertificates(b)
	if err != nil || len(certs) == 0 {
		return newSSLError(sslErrorType, 0, "not enough data: cadata does not contain a certificate (_ssl.c:4020)", "", "")
	}
	for _, cert := range certs {
		c.addCA(cert)
	}
	return nil
}

// addPEM loads the certificates and CRLs of PEM data, returning how many.
func (c *sslContext) addPEM(data []byte) int {
	n := 0
	for rest := data; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return n
		}
		switch blk.Type {
		case "CERTIFICATE", "TRUSTED CERTIFICATE":
			if cert, err := x509.ParseCertificate(blk.Bytes); err == nil {
				c.addCA(cert)
				n++
			}
		case "X509 CRL":
			if crl, err := x509.ParseRevocationList(blk.Bytes); err == nil {
				c.crls = append(c.crls, crl)
				n++
			}
		}
	}
}

// addCA trusts cert, once.
func (c *sslContext) addCA(cert *x509.Certificate) {
	for _, have := range c.caCerts {
		if bytes.Equal(have.Raw, cert.Raw) {
			return
		}
	}
	c.caCerts = append(c.caCerts, cert)
}

// isCA is OpenSSL's X509_check_ca: the basicConstraints CA flag, else a
// self-signed version 1 certificate or one whose key may sign certificates.
func isCA(c *x509.Certificate) bool {
	if c.BasicConstraintsValid {
		return c.IsCA
	}
	if c.Version == 1 && bytes.Equal(c.RawIssuer, c.RawSubject) {
		return true
	}
	return c.KeyUsage&x509.KeyUsageCertSign != 0
}

// context_set_default_verify_paths trusts SSL_CERT_FILE and SSL_CERT_DIR
// when set (as OpenSSL), else the system roots.
func context_set_default_verify_paths(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	file, dir := os.Getenv("SSL_CERT_FILE"), os.Getenv("SSL_CERT_DIR")
	if file == "" && dir == "" {
		c.systemRoots = true
		return runtime.None, nil
	}
	if data, err := os.ReadFile(file); err == nil {
		c.addPEM(data)
	}
	if dir != "" {
		// OpenSSL looks certificates up in the directory when verifying;
		// they are not counted by cert_store_stats.
		c.lazyDirs = append(c.lazyDirs, dir)
	}
	return runtime.None, nil
}

func context_load_dh_params(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	// Go's TLS has no finite-field DHE; the file is only checked.
	path, err := runtime.FSPath(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	// _Py_fopen_obj's audit event.
	if err := runtime.Audit("open", a[0], runtime.StrValue("rb"), runtime.Int(0)); err != nil {
		return runtime.Value{}, err
	}
	data, serr := os.ReadFile(path)
	if serr != nil {
		var pe *os.PathError
		if errors.As(serr, &pe) {
			serr = pe.Err
		}
		return runtime.Value{}, runtime.NewOSErrorFromGo(serr, a[0], runtime.Value{})
	}
	for rest := data; ; {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return runtime.Value{}, newSSLError(sslErrorType, 108, "[PEM: NO_START_LINE] no start line (_ssl.c:4202)", "PEM", "NO_START_LINE")
		}
		if blk.Type == "DH PARAMETERS" {
			break
		}
	}
	return runtime.None, nil
}

func context_cert_store_stats(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	ca := 0
	for _, cert := range c.caCerts {
		if isCA(cert) {
			ca++
		}
	}
	d := runtime.NewDict()
	d.SetStr(runtime.Intern("x509"), runtime.Int(int64(len(c.caCerts))))
	d.SetStr(runtime.Intern("crl"), runtime.Int(int64(len(c.crls))))
	d.SetStr(runtime.Intern("x509_ca"), runtime.Int(int64(ca)))
	return d.Value(), nil
}

func context_get_ca_certs(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	binary := !a[0].IsNull() && truth(a[0])
	var out []runtime.Value
	for _, cert := range c.caCerts {
		if !isCA(cert) {
			continue
		}
		if binary {
			out = append(out, runtime.NewBytes(append([]byte(nil), cert.Raw...)))
			continue
		}
		d, err := decodeCert(cert)
		if err != nil {
			return runtime.Value{}, err
		}
		out = append(out, d)
	}
	return runtime.NewList(out), nil
}

func context_session_stats(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := ctxOf(self)
	d := runtime.NewDict()
	for _, k := range []string{"number", "connect", "connect_good", "connect_renegotiate", "accept",
		"accept_good", "accept_renegotiate", "hits", "misses", "timeouts", "cache_full"} {
		d.SetStr(runtime.Intern(k), runtime.Int(c.stats[k]))
	}
	return d.Value(), nil
}
