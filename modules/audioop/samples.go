// This file defines little-endian sample access for widths 1 to 4 and the
// saturating helpers audioop's arithmetic shares.

package audioop

import "math"

var (
	maxVals = [5]int64{0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff}
	minVals = [5]int64{0, -0x80, -0x8000, -0x800000, -0x80000000}
	masks   = [5]uint32{0, 0xff, 0xffff, 0xffffff, 0xffffffff}
)

// rawSample is GETRAWSAMPLE: the signed sample of width bytes at cp[i:].
func rawSample(width int, cp []byte, i int) int32 {
	switch width {
	case 1:
		return int32(int8(cp[i]))
	case 2:
		return int32(int16(uint16(cp[i]) | uint16(cp[i+1])<<8))
	case 3:
		v := uint32(cp[i]) | uint32(cp[i+1])<<8 | uint32(cp[i+2])<<16
		return int32(v<<8) >> 8
	}
	return int32(uint32(cp[i]) | uint32(cp[i+1])<<8 | uint32(cp[i+2])<<16 | uint32(cp[i+3])<<24)
}

// setRawSample is SETRAWSAMPLE: stores the low width bytes of v at cp[i:].
func setRawSample(width int, cp []byte, i int, v int32) {
	u := uint32(v)
	for k := 0; k < width; k++ {
		cp[i+k] = byte(u >> (8 * k))
	}
}

// sample32 is GETSAMPLE32: the sample scaled to occupy 32 bits.
func sample32(width int, cp []byte, i int) int32 {
	return int32(uint32(rawSample(width, cp, i)) << (32 - 8*width))
}

// setSample32 is SETSAMPLE32: stores a 32-bit-scaled sample at width bytes.
func setSample32(width int, cp []byte, i int, v int32) {
	setRawSample(width, cp, i, v>>(32-8*width))
}

// fbound clamps val to [minval, maxval] and floors it, as CPython does
// before converting a float result back to a sample.
func fbound(val, minval, maxval float64) int32 {
	if val > maxval {
		val = maxval
	} else if val < minval+1 {
		val = minval
	}
	if math.IsNaN(val) {
		// C's (int)NaN on x86-64, where CPython's results were recorded.
		return math.MinInt32
	}
	return int32(math.Floor(val))
}

// sum2 is _sum2: the dot product of two 16-bit sample arrays of n samples.
func sum2(a, b []byte, n int) float64 {
	s := 0.0
	for i := 0; i < n; i++ {
		s += float64(rawSample(2, a, 2*i)) * float64(rawSample(2, b, 2*i))
	}
	return s
}
