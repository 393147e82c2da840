// Package sha1 is CPython 3.11's _sha1 module over Go's crypto/sha1.
package sha1

import (
	"crypto/sha1"
	"hash"

	"krait/modules/hashbase"
	"krait/runtime"
)

var sha1Type = hashbase.NewType("_sha1.sha1", hashbase.Methods, hashbase.GetSets)

func newSHA1() hashbase.State { return hashbase.Fixed{Cloner: sha1.New().(hash.Cloner)} }

// Module is the _sha1 module.
var Module = &runtime.ModuleDef{
	Name: "_sha1",
	Methods: []runtime.Method{
		runtime.ClinicKwMethod("sha1", "string=, *, usedforsecurity=", hashbase.Constructor(&sha1Type, "sha1", newSHA1)),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("SHA1Type", sha1Type.Value())
		return nil
	},
}
