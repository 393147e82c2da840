// This file defines audioop's coder bindings: lin2ulaw, ulaw2lin,
// lin2alaw, alaw2lin, lin2adpcm and adpcm2lin.

package audioop

import (
	"krait/runtime"
)

func audioop_lin2ulaw(frag []byte, width int) []byte {
	out := make([]byte, len(frag)/width)
	for i := range out {
		out[i] = linear2ulaw(int16(sample32(width, frag, i*width) >> 16))
	}
	return out
}

func audioop_lin2alaw(frag []byte, width int) []byte {
	out := make([]byte, len(frag)/width)
	for i := range out {
		out[i] = linear2alaw(int16(sample32(width, frag, i*width) >> 16))
	}
	return out
}

// decodeG711 expands each byte of a u-law or A-law fragment through table.
func decodeG711(args []value, table *[256]int16) (value, *exc) {
	frag, width, err := fragWidth(args, false)
	if err != nil {
		return runtime.None, err
	}
	out := make([]byte, len(frag)*width)
	for i, c := range frag {
		setSample32(width, out, i*width, int32(table[c])<<16)
	}
	return runtime.NewBytes(out), nil
}

func audioop_ulaw2lin(_ value, args []value) (value, *exc) {
	return decodeG711(args, &ulawTable)
}

func audioop_alaw2lin(_ value, args []value) (value, *exc) {
	return decodeG711(args, &alawTable)
}

// adpcmState decodes an ADPCM state: None or a (valpred, index) tuple.
func adpcmState(name string, state value) (int, int, *exc) {
	if state == runtime.None {
		return 0, 0, nil
	}
	t, ok := state.TryTuple()
	if !ok {
		return 0, 0, runtime.NewTypeError("state must be a tuple or None")
	}
	if len(t.Items()) != 2 {
		return 0, 0, runtime.NewTypeError("%s(): illegal state argument", name)
	}
	valpred, err := stateInt(t.Items()[0])
	if err != nil {
		return 0, 0, err
	}
	index, err := stateInt(t.Items()[1])
	if err != nil {
		return 0, 0, err
	}
	if valpred >= 0x8000 || valpred < -0x8000 || index < 0 || index >= len(stepsizeTable) {
		return 0, 0, runtime.NewValueError("bad state")
	}
	return valpred, index, nil
}

func adpcmResult(out []byte, valpred, index int) value {
	st := runtime.TupleValue(runtime.Int(int64(valpred)), runtime.Int(int64(index)))
	return runtime.TupleValue(runtime.NewBytes(out), st)
}

func audioop_lin2adpcm(_ value, args []value) (value, *exc) {
	frag, width, err := fragWidth(args, true)
	if err != nil {
		return runtime.None, err
	}
	valpred, index, err := adpcmState("lin2adpcm", args[2])
	if err != nil {
		return runtime.None, err
	}
	return adpcmResult(lin2adpcm(frag, width, valpred, index)), nil
}

func audioop_adpcm2lin(_ value, args []value) (value, *exc) {
	frag, width, err := fragWidth(args, false)
	if err != nil {
		return runtime.None, err
	}
	valpred, index, err := adpcmState("adpcm2lin", args[2])
	if err != nil {
		return runtime.None, err
	}
	return adpcmResult(adpcm2lin(frag, width, valpred, index)), nil
}
