// This file exports the LOAD_METHOD lookup for the _asyncio module, which
// checks that a loop's call_soon is BaseEventLoop's before scheduling a
// callback without running it (modules/asyncio/aloop16_callsoon.go).

package runtime

// LoadMethod returns what LOAD_METHOD finds for obj.name: the function and
// obj when the attribute is a plain method found on obj's type (self is
// then not bound), else the attribute itself and a null self.
func LoadMethod(obj Value, name *Str) (fn, self Value, err *Exception) {
	return loadMethod(obj, name)
}
