// This file defines audioop's sample-transforming functions: reverse,
// byteswap, mul, tomono, tostereo, add, bias and lin2lin.

package audioop

import (
	"krait/runtime"
)

func audioop_reverse(frag []byte, width int) []byte {
	out := make([]byte, len(frag))
	for i := 0; i < len(frag); i += width {
		setRawSample(width, out, len(frag)-i-width, rawSample(width, frag, i))
	}
	return out
}

func audioop_byteswap(frag []byte, width int) []byte {
	out := make([]byte, len(frag))
	for i := 0; i < len(frag); i += width {
		for k := 0; k < width; k++ {
			out[i+width-1-k] = frag[i+k]
		}
	}
	return out
}

// factorArgs converts the leading (fragment, width) and n float factors.
func factorArgs(args []value, n int) ([]byte, int, []float64, *exc) {
	frag, width, err := fragWidth(args, true)
	if err != nil {
		return nil, 0, nil, err
	}
	fs := make([]float64, n)
	for k := range fs {
		if fs[k], err = runtime.FloatAsDouble(args[2+k]); err != nil {
			return nil, 0, nil, err
		}
	}
	return frag, width, fs, nil
}

func bound(v float64, width int) int32 {
	return fbound(v, float64(minVals[width]), float64(maxVals[width]))
}

func audioop_mul(_ value, args []value) (value, *exc) {
	frag, width, f, err := factorArgs(args, 1)
	if err != nil {
		return runtime.None, err
	}
	out := make([]byte, len(frag))
	for i := 0; i < len(frag); i += width {
		setRawSample(width, out, i, bound(float64(rawSample(width, frag, i))*f[0], width))
	}
	return runtime.NewBytes(out), nil
}

func audioop_tomono(_ value, args []value) (value, *exc) {
	frag, width, f, err := factorArgs(args, 2)
	if err != nil {
		return runtime.None, err
	}
	if len(frag)%(2*width) != 0 {
		return fail("not a whole number of frames")
	}
	out := make([]byte, len(frag)/2)
	for i := 0; i < len(frag); i += 2 * width {
		l := float64(rawSample(width, frag, i))
		r := float64(rawSample(width, frag, i+width))
		setRawSample(width, out, i/2, bound(l*f[0]+r*f[1], width))
	}
	return runtime.NewBytes(out), nil
}

func audioop_tostereo(_ value, args []value) (value, *exc) {
	frag, width, f, err := factorArgs(args, 2)
	if err != nil {
		return runtime.None, err
	}
	out := make([]byte, len(frag)*2)
	for i := 0; i < len(frag); i += width {
		v := float64(rawSample(width, frag, i))
		setRawSample(width, out, 2*i, bound(v*f[0], width))
		setRawSample(width, out, 2*i+width, bound(v*f[1], width))
	}
	return runtime.NewBytes(out), nil
}

func audioop_add(_ value, args []value) (value, *exc) {
	a, err := bufferArg(args[0])
	if err != nil {
		return runtime.None, err
	}
	b, err := bufferArg(args[1])
	if err != nil {
		return runtime.None, err
	}
	width, err := intArg(args[2])
	if err != nil {
		return runtime.None, err
	}
	if err := checkParameters(len(a), width); err != nil {
		return runtime.None, err
	}
	if len(a) != len(b) {
		return fail("Lengths should be the same")
	}
	out := make([]byte, len(a))
	for i := 0; i < len(a); i += width {
		v := int64(rawSample(width, a, i)) + int64(rawSample(width, b, i))
		v = min(max(v, minVals[width]), maxVals[width])
		setRawSample(width, out, i, int32(v))
	}
	return runtime.NewBytes(out), nil
}

func audioop_bias(_ value, args []value) (value, *exc) {
	frag, width, err := fragWidth(args, true)
	if err != nil {
		return runtime.None, err
	}
	bias, err := intArg(args[2])
	if err != nil {
		return runtime.None, err
	}
	out := make([]byte, len(frag))
	for i := 0; i < len(frag); i += width {
		v := (uint32(rawSample(width, frag, i)) + uint32(int32(bias))) & masks[width]
		setRawSample(width, out, i, int32(v))
	}
	return runtime.NewBytes(out), nil
}

func audioop_lin2lin(_ value, args []value) (value, *exc) {
	frag, width, err := fragWidth(args, true)
	if err != nil {
		return runtime.None, err
	}
	newWidth, err := intArg(args[2])
	if err != nil {
		return runtime.None, err
	}
	if err := checkSize(newWidth); err != nil {
		return runtime.None, err
	}
	out := make([]byte, len(frag)/width*newWidth)
	for i, j := 0, 0; i < len(frag); i, j = i+width, j+newWidth {
		setSample32(newWidth, out, j, sample32(width, frag, i))
	}
	return runtime.NewBytes(out), nil
}
