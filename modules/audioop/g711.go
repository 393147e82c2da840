// This file defines the G.711 u-law and A-law encoders (the sox-derived
// algorithms CPython's audioop uses).

package audioop

var (
	segAEnd = [8]int16{0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff}
	segUEnd = [8]int16{0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff}
)

// segment returns the index of the first table entry >= val (8 if none).
func segment(val int16, table *[8]int16) int {
	for i, e := range table {
		if val <= e {
			return i
		}
	}
	return 8
}

// linear2ulaw encodes a 16-bit sample as a u-law byte.
func linear2ulaw(pcm int16) byte {
	const bias, clip = 0x84, 32635
	pcm >>= 2
	mask := byte(0xff)
	if pcm < 0 {
		pcm = -pcm
		mask = 0x7f
	}
	if pcm > clip {
		pcm = clip
	}
	pcm += bias >> 2
	seg := segment(pcm, &segUEnd)
	if seg >= 8 {
		return 0x7f ^ mask
	}
	return (byte(seg<<4) | byte(pcm>>(seg+1))&0xf) ^ mask
}

// linear2alaw encodes a 16-bit sample as an A-law byte.
func linear2alaw(pcm int16) byte {
	pcm >>= 3
	mask := byte(0xd5)
	if pcm < 0 {
		mask = 0x55
		pcm = -pcm - 1
	}
	seg := segment(pcm, &segAEnd)
	if seg >= 8 {
		return 0x7f ^ mask
	}
	aval := byte(seg << 4)
	if seg < 2 {
		aval |= byte(pcm>>1) & 0xf
	} else {
		aval |= byte(pcm>>seg) & 0xf
	}
	return aval ^ mask
}
