// This file defines pickle.PickleBuffer: a wrapper around a buffer
// exporter that re-exports its memory (memoryview(pb) shares it), whose
// raw() gives the contiguous bytes and whose release() ends the export.
package pickle

import (
	"krait/runtime"
)

// pickleBuffer is a PickleBuffer: view is the memoryview held over the
// wrapped object, the null Value once released.
type pickleBuffer struct {
	runtime.Header
	view value
}

// PickleBufferType is pickle.PickleBuffer.
var PickleBufferType *runtime.Type

func picklebuffer_new(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
	if len(kw) > 0 {
		return runtime.None, runtime.NewTypeError("PickleBuffer() takes at most 1 argument (%d given)", len(args))
	}
	if len(args) != 1 {
		if len(args) == 0 {
			return runtime.None, runtime.NewTypeError("PickleBuffer() takes exactly 1 positional argument (0 given)")
		}
		return runtime.None, runtime.NewTypeError("PickleBuffer() takes at most 1 argument (%d given)", len(args))
	}
	if _, ok := runtime.BufferBytes(args[0]); !ok {
		if _, isView := args[0].TryMemoryView(); !isView {
			return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
	}
	mv, err := runtime.NewMemoryView(args[0])
	if err != nil {
		return runtime.None, err
	}
	return runtime.ValueOf(&pickleBuffer{Header: runtime.HeaderFor(t), view: mv}), nil
}

func errReleased() *exc {
	return runtime.NewValueError("operation forbidden on released PickleBuffer object")
}

func pbOf(v value) *pickleBuffer { return runtime.PtrOf[pickleBuffer](v) }

func picklebuffer_raw(self value, _ []value) (value, *exc) {
	pb := pbOf(self)
	if pb.view.IsNull() {
		return runtime.None, errReleased()
	}
	raw, ok := runtime.RawMemoryView(pb.view)
	if !ok {
		return runtime.None, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("BufferError"),
			"cannot extract raw buffer from non-contiguous buffer")
	}
	return raw, nil
}

func picklebuffer_release(self value, _ []value) (value, *exc) {
	pb := pbOf(self)
	if !pb.view.IsNull() {
		runtime.ReleaseMemoryView(pb.view)
		pb.view = value{}
	}
	return runtime.None, nil
}

func init() {
	PickleBufferType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "pickle.PickleBuffer",
		Doc:  "Wrapper for potentially out-of-band buffers",
		Methods: []runtime.Method{
			{Name: "raw", Flags: runtime.MethNoArgs, Fn: picklebuffer_raw,
				Doc: "raw($self, /)\n--\n\nReturn a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous."},
			{Name: "release", Flags: runtime.MethNoArgs, Fn: picklebuffer_release,
				Doc: "release($self, /)\n--\n\nRelease the underlying buffer exposed by the PickleBuffer object."},
		},
	}, func(t *runtime.Type) { t.New = picklebuffer_new })
	runtime.RegisterBuffer(PickleBufferType, func(v value) (*runtime.Buffer, *exc) {
		pb := pbOf(v)
		if pb.view.IsNull() {
			return nil, errReleased()
		}
		return runtime.ViewBuffer(pb.view), nil
	})
}
