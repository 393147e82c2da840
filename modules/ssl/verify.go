// This file defines how an _SSLContext becomes a tls.Config for one
// connection, and the verification of the peer's certificate that
// replaces Go's so that it follows OpenSSL's rules and messages
// (verify_mode, check_hostname, CRL flags, X509_V_ERR codes).

package ssl

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tlsVersions maps PROTO_* to Go's versions.
func goVersion(v int) uint16 {
	switch v {
	case protoSSLv3, protoTLSv1:
		return tls.VersionTLS10
	case protoTLSv1_1:
		return tls.VersionTLS11
	case protoTLSv1_2:
		return tls.VersionTLS12
	case protoTLSv1_3:
		return tls.VersionTLS13
	}
	return 0
}

// versionRange returns the Go versions the context allows.
func (c *sslContext) versionRange() (uint16, uint16) {
	lo, hi := uint16(tls.VersionTLS10), uint16(tls.VersionTLS13)
	if c.fixedVersion != 0 {
		v := goVersion(map[int]int{protocolTLSv1: protoTLSv1, protocolTLSv1_1: protoTLSv1_1, protocolTLSv1_2: protoTLSv1_2}[c.fixedVersion])
		return v, v
	}
	if v := goVersion(c.minVersion); v != 0 {
		lo = v
	}
	if v := goVersion(c.maxVersion); v != 0 {
		hi = v
	}
	for _, x := range []struct {
		bit int64
		v   uint16
	}{{opNoTLSv1, tls.VersionTLS10}, {opNoTLSv1_1, tls.VersionTLS11}, {opNoTLSv1_2, tls.VersionTLS12}, {opNoTLSv1_3, tls.VersionTLS13}} {
		if c.options&x.bit != 0 && lo == x.v {
			lo++
		}
	}
	for _, x := range []struct {
		bit int64
		v   uint16
	}{{opNoTLSv1_3, tls.VersionTLS13}, {opNoTLSv1_2, tls.VersionTLS12}, {opNoTLSv1_1, tls.VersionTLS11}, {opNoTLSv1, tls.VersionTLS10}} {
		if c.options&x.bit != 0 && hi == x.v {
			hi--
		}
	}
	return lo, hi
}

// config builds the tls.Config of a connection; hostname is the
// server_hostname ("" for none).
func (c *sslContext) config(serverSide bool, hostname string, e *engine) *tls.Config {
	lo, hi := c.versionRange()
	cfg := &tls.Config{
		InsecureSkipVerify:     true,
		MinVersion:             lo,
		MaxVersion:             hi,
		CipherSuites:           c.cipherList(),
		NextProtos:             c.alpn,
		CurvePreferences:       c.curves,
		SessionTicketsDisabled: c.options&opNoTicket != 0,
		KeyLogWriter:           c.keylog,
		Renegotiation:          tls.RenegotiateNever,
		Time:                   time.Now,
	}
	certs := c.certs
	if serverSide {
		cfg.Certificates = certs
		switch c.verifyMode {
		case certRequired:
			cfg.ClientAuth = tls.RequireAnyClientCert
		case certOptional:
			cfg.ClientAuth = tls.RequestClientCert
		}
	} else {
		cfg.ServerName = hostname
		cfg.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) {
			if len(certs) == 0 {
				return &tls.Certificate{}, nil
			}
			return &certs[0], nil
		}
	}
	check := c.checkHostname && !serverSide
	mode, flags := c.verifyMode, c.verifyFlags
	roots, crls := c.rootPool(), c.crls
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		if mode == certNone || len(cs.PeerCertificates) == 0 {
			return nil
		}
		chain, err := verifyChain(cs.PeerCertificates, roots, crls, flags)
		if err != nil {
			return err
		}
		mu.Lock()
		e.verified = chain
		mu.Unlock()
		if check && hostname != "" {
			return verifyHostname(cs.PeerCertificates[0], hostname)
		}
		return nil
	}
	return cfg
}

// rootPool returns the trusted certificates as a pool.
func (c *sslContext) rootPool() *x509.CertPool {
	pool := x509.NewCertPool()
	if c.systemRoots {
		if sys, err := x509.SystemCertPool(); err == nil {
			pool = sys.Clone()
		}
	}
	for _, cert := range c.caCerts {
		pool.AddCert(cert)
	}
	for _, dir := range c.lazyDirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if data, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				pool.AppendCertsFromPEM(data)
			}
		}
	}
	return pool
}

// verifyChain checks the peer's chain as OpenSSL's X509_verify_cert.
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, crls []*x509.RevocationList, flags int64) ([]*x509.Certificate, error) {
	leaf := chain[0]
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: inter, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}
	chains, err := leaf.Verify(opts)
	if err != nil {
		return nil, chainError(chain, err)
	}
	if flags&4 != 0 {
		if err := checkCRL(leaf, crls); err != nil {
			return nil, err
		}
	}
	return chains[0], nil
}

// chainError converts Go's verification failure to OpenSSL's code.
func chainError(chain []*x509.Certificate, err error) error {
	leaf := chain[0]
	var inv x509.CertificateInvalidError
	var ua x509.UnknownAuthorityError
	switch {
	case errors.As(err, &inv):
		switch inv.Reason {
		case x509.Expired:
			if time.Now().Before(inv.Cert.NotBefore) {
				return &verifyError{verifyCertNotYetValid, "certificate is not yet valid"}
			}
			return &verifyError{verifyCertHasExpired, "certificate has expired"}
		case x509.NotAuthorizedToSign, x509.CANotAuthorizedForThisName:
			return &verifyError{verifyInvalidCA, "invalid CA certificate"}
		case x509.IncompatibleUsage:
			return &verifyError{verifyInvalidPurpose, "unsupported certificate purpose"}
		}
	case errors.As(err, &ua):
		last := chain[len(chain)-1]
		if bytes.Equal(last.RawIssuer, last.RawSubject) {
			if len(chain) == 1 {
				return &verifyError{verifySelfSigned, "self-signed certificate"}
			}
			return &verifyError{verifySelfSignedInChain, "self-signed certificate in certificate chain"}
		}
		_ = leaf
		return &verifyError{verifyUnableToGetIssuer, "unable to get local issuer certificate"}
	}
	return &verifyError{verifyUnspecified, "unspecified certificate verification error"}
}

// checkCRL applies VERIFY_CRL_CHECK_LEAF.
func checkCRL(leaf *x509.Certificate, crls []*x509.RevocationList) error {
	var found bool
	for _, crl := range crls {
		if !bytes.Equal(crl.RawIssuer, leaf.RawIssuer) {
			continue
		}
		found = true
		for _, r := range crl.RevokedCertificateEntries {
			if r.SerialNumber.Cmp(leaf.SerialNumber) == 0 {
				return &verifyError{23, "certificate revoked"}
			}
		}
	}
	if !found {
		return &verifyError{3, "unable to get certificate CRL"}
	}
	return nil
}

// verifyHostname checks the leaf against server_hostname.
func verifyHostname(leaf *x509.Certificate, host string) error {
	if ip := net.ParseIP(host); ip != nil {
		for _, a := range leaf.IPAddresses {
			if a.Equal(ip) {
				return nil
			}
		}
		return &verifyError{verifyIPAddressMismatch, fmt.Sprintf("IP address mismatch, certificate is not valid for '%s'.", host)}
	}
	if err := leaf.VerifyHostname(strings.TrimSuffix(host, ".")); err != nil {
		return &verifyError{verifyHostnameMismatch, fmt.Sprintf("Hostname mismatch, certificate is not valid for '%s'.", host)}
	}
	return nil
}
