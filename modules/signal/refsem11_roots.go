// The Python signal handlers live in a Go array: the heap walk behind
// gc.collect's cycle pass must see them as roots, or an object whose bound
// method is a handler would look unreachable and be finalized while
// installed.

package signal

import kr "krait/runtime"

func init() {
	kr.RegisterGCRoots(func(visit func(kr.Value)) {
		for _, h := range handlers {
			if !h.IsNull() {
				visit(h)
			}
		}
		if !defaultIntHandler.IsNull() {
			visit(defaultIntHandler)
		}
	})
}
