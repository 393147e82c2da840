// This file registers, for the heap walk (gcwalk_reflect.go), the Go
// layouts of builtin types that asyncio's and multiprocessing's code
// leaves reachable. Without a layout the cycle pass of gc.collect()
// (refsem11_cycles.go) meets an opaque object and declines, and a cycle
// through an object with __del__ (an asyncio Future whose exception's
// traceback holds it) then lives until the program ends.

package runtime

func init() {
	RegisterLayouts(func() {
		// A str iterator holds a Go string and an offset: no objects.
		RegisterGoLayout[strIterator](StrIterType, StrUnicodeIterType)
	})
}
