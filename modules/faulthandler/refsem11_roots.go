// The file faulthandler.enable() writes to is held in a Go variable: the
// heap walk behind gc.collect's cycle pass must see it, or a file object
// only faulthandler holds could be finalized (closed) while enabled.

package faulthandler

import "krait/runtime"

func init() {
	runtime.RegisterGCRoots(func(visit func(runtime.Value)) {
		mu.Lock()
		f := keepFile
		mu.Unlock()
		if !f.IsNull() {
			visit(f)
		}
	})
}
