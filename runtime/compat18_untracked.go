package runtime

import "sync"

// untrackedTypes are classes that stand for a C extension's static type
// (_zoneinfo.ZoneInfo, built in Python on the pure-Python class): CPython's
// collector does not track static types, and gc.is_tracked reports them
// untracked (test_zoneinfo's ExtensionBuiltTest checks it).
var untrackedTypes sync.Map // *Type -> struct{}

// MarkStaticType makes gc.is_tracked report t untracked, as a static type.
func MarkStaticType(t *Type) { untrackedTypes.Store(t, struct{}{}) }

// isStaticStandIn reports whether v is a type marked by MarkStaticType.
func isStaticStandIn(v Value) bool {
	t, ok := v.TryType()
	if !ok {
		return false
	}
	_, found := untrackedTypes.Load(t)
	return found
}
