// This file defines unicodedata.UCD and ucd_3_2_0, the Unicode 3.2.0 view
// that stringprep and the idna codec use. It is approximated from the
// 14.0.0 tables: characters assigned after 3.2.0 read as unassigned and
// the 3.2.0 categories, bidirectional classes, east asian widths, mirrored
// flags and decimal values that later changed are restored (the changes
// CPython's ucd_3_2_0 records); 3.2.0's normalization corrections are not
// modelled.
package unicodedata

import (
	"sync"

	"krait/runtime"
)

// ucdObject is a unicodedata.UCD.
type ucdObject struct {
	runtime.Header
	version string
}

var (
	ucdType *runtime.Type
	ucd320  value
	// typesOnce runs initUCD on the module's first import.
	typesOnce sync.Once
)

func initUCD() {
	ucdType = runtime.NewNativeType(&runtime.TypeSpec{Name: "unicodedata.UCD", Methods: methods,
		GetSets: []runtime.GetSetDef{{Name: "unidata_version", Get: func(v value) (value, *exc) {
			return runtime.StrValue(runtime.PtrOf[ucdObject](v).version), nil
		}}}}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.None, runtime.NewTypeError("cannot create 'unicodedata.UCD' instances")
		}
	})
	ucd320 = runtime.ValueOf(&ucdObject{Header: runtime.HeaderFor(ucdType), version: "3.2.0"})
}

// unassignedIn reports whether self is the 3.2.0 view and r was not yet
// assigned in Unicode 3.2.0.
func unassignedIn(self value, r rune) bool {
	return isOld(self) && lookupRun(newSince32Runs, r, "0") == "1"
}

func isOld(self value) bool { return self.Type() == ucdType }

// old320Value returns the Unicode 3.2.0 value of property fn for r when
// self is the 3.2.0 view and the value changed since (tables_320.go).
func old320Value(self value, fn string, r rune) (string, bool) {
	if !isOld(self) {
		return "", false
	}
	c, ok := old320Props()[fn][r]
	return c, ok
}
