// Package sha256 is CPython 3.11's _sha256 module (sha256 and sha224) over
// Go's crypto/sha256.
package sha256

import (
	"crypto/sha256"
	"hash"

	"krait/modules/hashbase"
	"krait/runtime"
)

var (
	sha256Type = hashbase.NewType("_sha256.sha256", hashbase.Methods, hashbase.GetSets)
	sha224Type = hashbase.NewType("_sha256.sha224", hashbase.Methods, hashbase.GetSets)
)

func newSHA256() hashbase.State { return hashbase.Fixed{Cloner: sha256.New().(hash.Cloner)} }
func newSHA224() hashbase.State { return hashbase.Fixed{Cloner: sha256.New224().(hash.Cloner)} }

// Module is the _sha256 module.
var Module = &runtime.ModuleDef{
	Name: "_sha256",
	Methods: []runtime.Method{
		runtime.ClinicKwMethod("sha256", "string=, *, usedforsecurity=", hashbase.Constructor(&sha256Type, "sha256", newSHA256)),
		runtime.ClinicKwMethod("sha224", "string=, *, usedforsecurity=", hashbase.Constructor(&sha224Type, "sha224", newSHA224)),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("SHA256Type", sha256Type.Value())
		m.SetAttr("SHA224Type", sha224Type.Value())
		return nil
	},
}
