// This file registers the Go layouts of the ctypes instances for the heap
// walk (runtime/gcwalk_reflect.go). Without them a ctypes object (a
// CFUNCTYPE prototype's instance, which test.support's imports create) was
// opaque to the cycle pass, which then declined to run at all, and every
// cycle with a finalizer (an io.IOBase subclass instance referring to
// itself) outlived gc.collect().

package ctypes

import kr "krait/runtime"

// registerLayouts is called once the types exist (initTypes).
func registerLayouts() {
	kr.RegisterGoLayout[CData](CDataType)
	kr.RegisterGoLayout[rawMem](rawType)
	kr.RegisterGoLayout[CField](CFieldType)
}
