// This file creates _ssl's types when the module is first imported: in
// Go's package initialization they cost every Krait process their
// allocations and the pages of their setup code, for the few programs
// that use ssl.

package ssl

import "krait/runtime"

// initTypes creates the types, in the order their files' init functions
// ran before.
func initTypes() {
	initBio()
	initCert()
	initContext()
	initSSLSocket()
	sessionType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_ssl.SSLSession"}, nil)
}
