// Package md5 is CPython 3.11's _md5 module over Go's crypto/md5.
package md5

import (
	"crypto/md5"
	"hash"

	"krait/modules/hashbase"
	"krait/runtime"
)

var md5Type = hashbase.NewType("_md5.md5", hashbase.Methods, hashbase.GetSets)

func newMD5() hashbase.State { return hashbase.Fixed{Cloner: md5.New().(hash.Cloner)} }

// Module is the _md5 module.
var Module = &runtime.ModuleDef{
	Name: "_md5",
	Methods: []runtime.Method{
		runtime.ClinicKwMethod("md5", "string=, *, usedforsecurity=", hashbase.Constructor(&md5Type, "md5", newMD5)),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("MD5Type", md5Type.Value())
		return nil
	},
}
