// This file gives buffer exporters with a shape (ctypes arrays and
// scalars) their memoryview layout.

package runtime

// bufferShape returns the shape and C-contiguous strides of a memoryview
// over b: b.Shape when the exporter has one, else one dimension.
func bufferShape(b *Buffer) (shape, strides []int) {
	if b.Shape == nil {
		return []int{len(b.Data()) / b.ItemSize}, []int{b.ItemSize}
	}
	shape = append([]int{}, b.Shape...)
	strides = make([]int, len(shape))
	step := b.ItemSize
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = step
		step *= shape[i]
	}
	return shape, strides
}

// hiddenTracebackFiles names the code that tracebacks leave out: Python
// source run inside a native module (_ctypes), whose CPython counterpart
// is C and shows no frames.
var hiddenTracebackFiles = map[string]bool{}

// HideTracebackFile makes frames of code compiled from filename invisible
// in tracebacks. Call it from a module's setup, before code runs.
func HideTracebackFile(filename string) { hiddenTracebackFiles[filename] = true }
