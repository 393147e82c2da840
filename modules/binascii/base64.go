// This file defines b2a_base64 and a2b_base64, including 3.11's strict_mode.

package binascii

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return
}()

// B2aBase64 is b2a_base64(data, newline=newline).
func B2aBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	i := 0
	for ; i+3 <= len(data); i += 3 {
		v := uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
		out = append(out, b64Alphabet[v>>18], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], b64Alphabet[v&63])
	}
	switch len(data) - i {
	case 1:
		v := uint(data[i])
		out = append(out, b64Alphabet[v>>2], b64Alphabet[v<<4&63], '=', '=')
	case 2:
		v := uint(data[i])<<8 | uint(data[i+1])
		out = append(out, b64Alphabet[v>>10], b64Alphabet[v>>4&63], b64Alphabet[v<<2&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

// A2bBase64 is a2b_base64(data, strict_mode=strict). Without strict mode, characters
// outside the alphabet are skipped and decoding stops at the first complete padding.
func A2bBase64(data []byte, strict bool) ([]byte, *Error) {
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, binErr("Leading padding not allowed")
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quadPos, pads := 0, 0
	var left byte
	paddingStarted := false
	for i, c := range data {
		if c == '=' {
			paddingStarted = true
			if quadPos >= 2 {
				pads++
				if quadPos+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, binErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Value[c]
		if v == 0xff {
			if strict {
				return nil, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quadPos {
		case 0:
			left = v
		case 1:
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			out = append(out, left<<6|v)
		}
		quadPos = (quadPos + 1) % 4
	}
	switch quadPos {
	case 0:
		return out, nil
	case 1:
		return nil, errorf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
			len(out)/3*4+1)
	}
	return nil, binErr("Incorrect padding")
}
