// This file defines audioop's measuring functions: getsample, max, minmax,
// avg, rms, avgpp, maxpp, cross, findfit, findfactor and findmax.

package audioop

import (
	"math"

	"krait/runtime"
)

func audioop_getsample(_ value, args []value) (value, *exc) {
	frag, width, err := fragWidth(args, true)
	if err != nil {
		return runtime.None, err
	}
	i, err := runtime.IndexInt64(args[2], "")
	if err != nil {
		return runtime.None, err
	}
	if i < 0 || i >= int64(len(frag)/width) {
		return fail("Index out of range")
	}
	return runtime.Int(int64(rawSample(width, frag, int(i)*width))), nil
}

func absSample(v int32) uint32 {
	if v < 0 {
		return uint32(-int64(v))
	}
	return uint32(v)
}

func audioop_max(frag []byte, width int) int64 {
	var m uint32
	for i := 0; i < len(frag); i += width {
		m = max(m, absSample(rawSample(width, frag, i)))
	}
	return int64(m)
}

func audioop_minmax(frag []byte, width int) (value, *exc) {
	lo, hi := int32(math.MaxInt32), int32(math.MinInt32)
	for i := 0; i < len(frag); i += width {
		v := rawSample(width, frag, i)
		lo, hi = min(lo, v), max(hi, v)
	}
	return runtime.TupleValue(runtime.Int(int64(lo)), runtime.Int(int64(hi))), nil
}

func audioop_avg(frag []byte, width int) int64 {
	if len(frag) == 0 {
		return 0
	}
	sum := 0.0
	for i := 0; i < len(frag); i += width {
		sum += float64(rawSample(width, frag, i))
	}
	return int64(int32(math.Floor(sum / float64(len(frag)/width))))
}

func audioop_rms(frag []byte, width int) int64 {
	if len(frag) == 0 {
		return 0
	}
	sum := 0.0
	for i := 0; i < len(frag); i += width {
		v := float64(rawSample(width, frag, i))
		sum += v * v
	}
	return int64(uint32(math.Sqrt(sum / float64(len(frag)/width))))
}

// peaks calls visit with the distance between each pair of consecutive
// extremes (where the derivative changes sign), as avgpp and maxpp need.
func peaks(frag []byte, width int, visit func(d uint32)) {
	if len(frag) <= width {
		return
	}
	prev := rawSample(width, frag, 0)
	prevDiff := -1
	var prevExtreme int32
	valid := false
	for i := width; i < len(frag); i += width {
		v := rawSample(width, frag, i)
		if v == prev {
			continue
		}
		diff := 0
		if v < prev {
			diff = 1
		}
		if prevDiff == 1-diff {
			if valid {
				if prev < prevExtreme {
					visit(uint32(prevExtreme) - uint32(prev))
				} else {
					visit(uint32(prev) - uint32(prevExtreme))
				}
			}
			valid = true
			prevExtreme = prev
		}
		prev, prevDiff = v, diff
	}
}

func audioop_avgpp(frag []byte, width int) int64 {
	sum, n := 0.0, 0
	peaks(frag, width, func(d uint32) { sum += float64(d); n++ })
	if n == 0 {
		return 0
	}
	return int64(uint32(sum / float64(n)))
}

func audioop_maxpp(frag []byte, width int) int64 {
	var m uint32
	peaks(frag, width, func(d uint32) { m = max(m, d) })
	return int64(m)
}

func audioop_cross(frag []byte, width int) int64 {
	n, prev := int64(-1), -1
	for i := 0; i < len(frag); i += width {
		v := 0
		if rawSample(width, frag, i) < 0 {
			v = 1
		}
		if v != prev {
			n++
		}
		prev = v
	}
	return n
}

// twoFragments converts findfit's and findfactor's 16-bit arguments.
func twoFragments(args []value) ([]byte, []byte, *exc) {
	a, err := bufferArg(args[0])
	if err != nil {
		return nil, nil, err
	}
	b, err := bufferArg(args[1])
	if err != nil {
		return nil, nil, err
	}
	if len(a)&1 != 0 || len(b)&1 != 0 {
		return nil, nil, runtime.NewExceptionMsg(audioopError(), "Strings should be even-sized")
	}
	return a, b, nil
}

func audioop_findfit(_ value, args []value) (value, *exc) {
	a, b, err := twoFragments(args)
	if err != nil {
		return runtime.None, err
	}
	len1, len2 := len(a)/2, len(b)/2
	if len1 < len2 {
		return fail("First sample should be longer")
	}
	sumRi2 := sum2(b, b, len2)
	sumAij2 := sum2(a, a, len2)
	sumAijRi := sum2(a, b, len2)
	best := (sumRi2*sumAij2 - sumAijRi*sumAijRi) / sumAij2
	bestJ := 0
	for j := 1; j <= len1-len2; j++ {
		first := float64(rawSample(2, a, 2*(j-1)))
		last := float64(rawSample(2, a, 2*(j+len2-1)))
		sumAij2 += last*last - first*first
		sumAijRi = sum2(a[2*j:], b, len2)
		r := (sumRi2*sumAij2 - sumAijRi*sumAijRi) / sumAij2
		if r < best {
			best, bestJ = r, j
		}
	}
	factor := sum2(a[2*bestJ:], b, len2) / sumRi2
	return runtime.TupleValue(runtime.Int(int64(bestJ)), runtime.Float(factor)), nil
}

func audioop_findfactor(_ value, args []value) (value, *exc) {
	a, b, err := twoFragments(args)
	if err != nil {
		return runtime.None, err
	}
	if len(a) != len(b) {
		return fail("Samples should be same size")
	}
	n := len(a) / 2
	return runtime.Float(sum2(a, b, n) / sum2(b, b, n)), nil
}

func audioop_findmax(_ value, args []value) (value, *exc) {
	a, err := bufferArg(args[0])
	if err != nil {
		return runtime.None, err
	}
	length, err := runtime.IndexInt64(args[1], "")
	if err != nil {
		return runtime.None, err
	}
	if len(a)&1 != 0 {
		return fail("Strings should be even-sized")
	}
	len1 := int64(len(a) / 2)
	if length < 0 || len1 < length {
		return fail("Input sample should be longer")
	}
	n := int(length)
	r := sum2(a, a, n)
	best, bestJ := r, 0
	for j := 1; j <= int(len1)-n; j++ {
		first := float64(rawSample(2, a, 2*(j-1)))
		last := float64(rawSample(2, a, 2*(j+n-1)))
		r += last*last - first*first
		if r > best {
			best, bestJ = r, j
		}
	}
	return runtime.Int(int64(bestJ)), nil
}
