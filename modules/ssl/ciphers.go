// This file defines the cipher suites Krait's TLS (Go's crypto/tls)
// offers under their OpenSSL names, the parser of OpenSSL cipher strings
// behind set_ciphers, get_ciphers, set_alpn_protocols and set_ecdh_curve.

package ssl

import (
	"crypto/tls"
	"fmt"
	"strings"
	"sync"

	"krait/runtime"
)

// suite describes one cipher suite as OpenSSL reports it.
type suite struct {
	id       uint16
	name     string // OpenSSL's name
	protocol string // "TLSv1.3", "TLSv1.2", "TLSv1.0" or "SSLv3"
	kx, au   string // "ECDH"/"RSA"/"any", "RSA"/"ECDSA"/"any"
	enc      string // "AESGCM", "AES", "CHACHA20/POLY1305"
	bits     int
	mac      string // "AEAD", "SHA1", "SHA256", "SHA384"
}

// suites lists Go's suites, TLS 1.3 first, in OpenSSL's default order.
var suites = []suite{
	{tls.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384", "TLSv1.3", "any", "any", "AESGCM", 256, "AEAD"},
	{tls.TLS_CHACHA20_POLY1305_SHA256, "TLS_CHACHA20_POLY1305_SHA256", "TLSv1.3", "any", "any", "CHACHA20/POLY1305", 256, "AEAD"},
	{tls.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256", "TLSv1.3", "any", "any", "AESGCM", 128, "AEAD"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLSv1.2", "ECDH", "ECDSA", "AESGCM", 256, "AEAD"},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2", "ECDH", "RSA", "AESGCM", 256, "AEAD"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLSv1.2", "ECDH", "ECDSA", "AESGCM", 128, "AEAD"},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2", "ECDH", "RSA", "AESGCM", 128, "AEAD"},
	{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLSv1.2", "ECDH", "ECDSA", "CHACHA20/POLY1305", 256, "AEAD"},
	{tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305", "TLSv1.2", "ECDH", "RSA", "CHACHA20/POLY1305", 256, "AEAD"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, "ECDHE-ECDSA-AES128-SHA256", "TLSv1.2", "ECDH", "ECDSA", "AES", 128, "SHA256"},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, "ECDHE-RSA-AES128-SHA256", "TLSv1.2", "ECDH", "RSA", "AES", 128, "SHA256"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, "ECDHE-ECDSA-AES256-SHA", "TLSv1.0", "ECDH", "ECDSA", "AES", 256, "SHA1"},
	{tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, "ECDHE-RSA-AES256-SHA", "TLSv1.0", "ECDH", "RSA", "AES", 256, "SHA1"},
	{tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, "ECDHE-ECDSA-AES128-SHA", "TLSv1.0", "ECDH", "ECDSA", "AES", 128, "SHA1"},
	{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "ECDHE-RSA-AES128-SHA", "TLSv1.0", "ECDH", "RSA", "AES", 128, "SHA1"},
	{tls.TLS_RSA_WITH_AES_256_GCM_SHA384, "AES256-GCM-SHA384", "TLSv1.2", "RSA", "RSA", "AESGCM", 256, "AEAD"},
	{tls.TLS_RSA_WITH_AES_128_GCM_SHA256, "AES128-GCM-SHA256", "TLSv1.2", "RSA", "RSA", "AESGCM", 128, "AEAD"},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", "TLSv1.2", "RSA", "RSA", "AES", 128, "SHA256"},
	{tls.TLS_RSA_WITH_AES_256_CBC_SHA, "AES256-SHA", "SSLv3", "RSA", "RSA", "AES", 256, "SHA1"},
	{tls.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", "SSLv3", "RSA", "RSA", "AES", 128, "SHA1"},
	{tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, "ECDHE-RSA-DES-CBC3-SHA", "TLSv1.0", "ECDH", "RSA", "3DES", 112, "SHA1"},
	{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA, "DES-CBC3-SHA", "SSLv3", "RSA", "RSA", "3DES", 112, "SHA1"},
}

func suiteByID(id uint16) *suite {
	for i := range suites {
		if suites[i].id == id {
			return &suites[i]
		}
	}
	return nil
}

// attrs are the OpenSSL cipher-string words that select s.
func (s *suite) attrs() map[string]bool {
	m := map[string]bool{s.name: true, "ALL": true, "DEFAULT": true, "COMPLEMENTOFDEFAULT": false}
	if s.protocol == "TLSv1.3" {
		return m
	}
	if s.bits >= 128 && s.enc != "3DES" {
		m["HIGH"] = true
	} else {
		m["MEDIUM"] = true
	}
	switch s.kx {
	case "ECDH":
		for _, w := range []string{"ECDH", "EECDH", "ECDHE", "kECDHE", "kEECDH"} {
			m[w] = true
		}
	case "RSA":
		m["kRSA"], m["RSA"] = true, true
	}
	switch s.au {
	case "RSA":
		m["aRSA"], m["RSA"] = true, true
	case "ECDSA":
		m["aECDSA"], m["ECDSA"] = true, true
	}
	switch s.enc {
	case "AESGCM":
		m["AESGCM"], m["AES"], m[fmt.Sprintf("AES%d", s.bits)] = true, true, true
	case "AES":
		m["AES"], m[fmt.Sprintf("AES%d", s.bits)] = true, true
	case "CHACHA20/POLY1305":
		m["CHACHA20"] = true
	case "3DES":
		m["3DES"] = true
	}
	switch s.mac {
	case "SHA1":
		m["SHA1"], m["SHA"] = true, true
	default:
		m[s.mac] = true
	}
	if s.protocol == "TLSv1.2" {
		m["TLSv1.2"] = true
	}
	return m
}

// parseCipherString selects the TLS 1.2-and-lower suites of an OpenSSL
// cipher string, in order.
func parseCipherString(spec string) []uint16 {
	var chosen []uint16
	banned := map[uint16]bool{}
	for _, tok := range strings.FieldsFunc(spec, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
		if strings.HasPrefix(tok, "@") {
			continue
		}
		op := byte(0)
		if tok[0] == '!' || tok[0] == '-' || tok[0] == '+' {
			op, tok = tok[0], tok[1:]
		}
		words := strings.Split(tok, "+")
		for i := range suites {
			s := &suites[i]
			if s.protocol == "TLSv1.3" || !matches(s, words) {
				continue
			}
			switch op {
			case '!':
				banned[s.id] = true
				chosen = remove(chosen, s.id)
			case '-':
				chosen = remove(chosen, s.id)
			case '+':
				if contains(chosen, s.id) {
					chosen = append(remove(chosen, s.id), s.id)
				}
			default:
				if !banned[s.id] && !contains(chosen, s.id) {
					chosen = append(chosen, s.id)
				}
			}
		}
	}
	return chosen
}

func matches(s *suite, words []string) bool {
	a := s.attrs()
	for _, w := range words {
		if !a[w] {
			return false
		}
	}
	return true
}

func contains(ids []uint16, id uint16) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func remove(ids []uint16, id uint16) []uint16 {
	out := ids[:0:0]
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// defaultCipherIDs is what _DEFAULT_CIPHERS selects, worked out on first
// use: at package initialization it cost every start 230 KB and the time
// to build each suite's attribute map.
var defaultCipherIDs = sync.OnceValue(func() []uint16 { return parseCipherString(defaultCiphers) })

func (c *sslContext) cipherList() []uint16 {
	if c.cipherIDs != nil {
		return c.cipherIDs
	}
	return defaultCipherIDs()
}

func context_set_ciphers(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := runtime.StrOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	ids := parseCipherString(s.String())
	if len(ids) == 0 {
		return runtime.Value{}, runtime.NewExceptionMsg(sslErrorType, "No cipher can be selected.")
	}
	ctxOf(self).cipherIDs = ids
	return runtime.None, nil
}

// cipherDict is one entry of get_ciphers().
func cipherDict(s *suite) runtime.Value {
	d := runtime.NewDict()
	set := func(k string, v runtime.Value) { d.SetStr(runtime.Intern(k), v) }
	proto := s.protocol
	if proto == "TLSv1.0" {
		proto = "TLSv1"
	}
	au := s.au
	enc := fmt.Sprintf("%s(%d)", s.enc, s.bits)
	set("id", runtime.Int(0x03000000|int64(s.id)))
	set("name", runtime.StrValue(s.name))
	set("protocol", runtime.StrValue(s.protocol))
	set("description", runtime.StrValue(fmt.Sprintf("%-30s %-7s Kx=%-8s Au=%-4s Enc=%-22s Mac=%s", s.name, proto, s.kx, au, enc, s.mac)))
	set("strength_bits", runtime.Int(int64(s.bits)))
	set("alg_bits", runtime.Int(int64(s.bits)))
	set("aead", runtime.Bool(s.mac == "AEAD"))
	set("symmetric", runtime.StrValue(symmetricName(s)))
	if s.mac == "AEAD" {
		set("digest", runtime.None)
	} else {
		set("digest", runtime.StrValue(strings.ToLower(s.mac)))
	}
	kea := map[string]string{"any": "kx-any", "ECDH": "kx-ecdhe", "RSA": "kx-rsa"}[s.kx]
	set("kea", runtime.StrValue(kea))
	set("auth", runtime.StrValue("auth-"+strings.ToLower(s.au)))
	return d.Value()
}

func symmetricName(s *suite) string {
	switch s.enc {
	case "AESGCM":
		return fmt.Sprintf("aes-%d-gcm", s.bits)
	case "AES":
		return fmt.Sprintf("aes-%d-cbc", s.bits)
	case "3DES":
		return "des-ede3-cbc"
	}
	return "chacha20-poly1305"
}

func context_get_ciphers(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var out []runtime.Value
	for i := 0; i < 3; i++ {
		out = append(out, cipherDict(&suites[i]))
	}
	for _, id := range ctxOf(self).cipherList() {
		out = append(out, cipherDict(suiteByID(id)))
	}
	return runtime.NewList(out), nil
}

func context_set_alpn_protocols(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	var protos []string
	for len(b) > 0 {
		n := int(b[0])
		if 1+n > len(b) {
			break
		}
		protos = append(protos, string(b[1:1+n]))
		b = b[1+n:]
	}
	ctxOf(self).alpn = protos
	return runtime.None, nil
}

// curveNames maps OpenSSL's curve names to Go's.
var curveNames = map[string]tls.CurveID{
	"prime256v1": tls.CurveP256, "secp256r1": tls.CurveP256, "P-256": tls.CurveP256,
	"secp384r1": tls.CurveP384, "P-384": tls.CurveP384,
	"secp521r1": tls.CurveP521, "P-521": tls.CurveP521,
	"X25519": tls.X25519, "x25519": tls.X25519,
}

func context_set_ecdh_curve(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var name string
	switch {
	case runtime.IsInstance(a[0], runtime.StrType):
		name = a[0].AsStr().String()
	default:
		b, ok := runtime.BufferBytes(a[0])
		if !ok || !runtime.IsInstance(a[0], runtime.BytesType) {
			return runtime.Value{}, runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
		}
		name = string(b)
	}
	id, ok := curveNames[name]
	if !ok {
		r, err := runtime.Repr(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Value{}, runtime.NewValueError("unknown elliptic curve name %s", r.String())
	}
	ctxOf(self).curves = []tls.CurveID{id}
	return runtime.None, nil
}
