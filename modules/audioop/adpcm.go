// This file defines the Intel/DVI ADPCM coder behind lin2adpcm and
// adpcm2lin.

package audioop

var indexTable = [16]int{-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8}

var stepsizeTable = [89]int{
	7, 8, 9, 10, 11, 12, 13, 14, 16, 17,
	19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
	50, 55, 60, 66, 73, 80, 88, 97, 107, 118,
	130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
	337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
	876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
	2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358,
	5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
	15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
}

func clampIndex(i int) int {
	return min(max(i, 0), 88)
}

func clamp16(v int) int {
	return min(max(v, -32768), 32767)
}

// lin2adpcm encodes frag (samples of width bytes) from state (valpred, index).
func lin2adpcm(frag []byte, width, valpred, index int) ([]byte, int, int) {
	out := make([]byte, len(frag)/(width*2))
	step := stepsizeTable[index]
	bufferstep := true
	outputbuffer, n := 0, 0
	for i := 0; i < len(frag); i += width {
		val := int(sample32(width, frag, i) >> 16)
		diff, sign := val-valpred, 0
		if val < valpred {
			diff, sign = valpred-val, 8
		}
		delta, vpdiff := 0, step>>3
		if diff >= step {
			delta, diff, vpdiff = 4, diff-step, vpdiff+step
		}
		step >>= 1
		if diff >= step {
			delta, diff, vpdiff = delta|2, diff-step, vpdiff+step
		}
		step >>= 1
		if diff >= step {
			delta, vpdiff = delta|1, vpdiff+step
		}
		if sign != 0 {
			valpred -= vpdiff
		} else {
			valpred += vpdiff
		}
		valpred = clamp16(valpred)
		delta |= sign
		index = clampIndex(index + indexTable[delta])
		step = stepsizeTable[index]
		if bufferstep {
			outputbuffer = (delta << 4) & 0xf0
		} else {
			out[n] = byte(delta&0xf | outputbuffer)
			n++
		}
		bufferstep = !bufferstep
	}
	return out, valpred, index
}

// adpcm2lin decodes frag into samples of width bytes from state (valpred, index).
func adpcm2lin(frag []byte, width, valpred, index int) ([]byte, int, int) {
	out := make([]byte, len(frag)*width*2)
	step := stepsizeTable[index]
	bufferstep := false
	inputbuffer, cp := 0, 0
	for i := 0; i < len(out); i += width {
		var delta int
		if bufferstep {
			delta = inputbuffer & 0xf
		} else {
			inputbuffer = int(frag[cp])
			cp++
			delta = (inputbuffer >> 4) & 0xf
		}
		bufferstep = !bufferstep
		index = clampIndex(index + indexTable[delta])
		sign := delta & 8
		delta &= 7
		vpdiff := step >> 3
		if delta&4 != 0 {
			vpdiff += step
		}
		if delta&2 != 0 {
			vpdiff += step >> 1
		}
		if delta&1 != 0 {
			vpdiff += step >> 2
		}
		if sign != 0 {
			valpred -= vpdiff
		} else {
			valpred += vpdiff
		}
		valpred = clamp16(valpred)
		step = stepsizeTable[index]
		setSample32(width, out, i, int32(valpred)<<16)
	}
	return out, valpred, index
}
