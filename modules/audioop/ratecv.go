// This file defines audioop.ratecv, the sample-rate converter with its
// simple weighted-average filter and resumable state.

package audioop

import (
	"math"

	"krait/runtime"
)

func gcd(a, b int) int {
	for b > 0 {
		a, b = b, a%b
	}
	return a
}

// ratecvParams holds ratecv's checked integer arguments.
type ratecvParams struct {
	width, nchannels, inrate, outrate, weightA, weightB int
}

func ratecvInts(args []value) (p ratecvParams, err *exc) {
	dst := []*int{&p.width, &p.nchannels, &p.inrate, &p.outrate}
	for k, d := range dst {
		if *d, err = intArg(args[1+k]); err != nil {
			return
		}
	}
	p.weightA, p.weightB = 1, 0
	if !args[6].IsNull() {
		if p.weightA, err = intArg(args[6]); err != nil {
			return
		}
	}
	if !args[7].IsNull() {
		if p.weightB, err = intArg(args[7]); err != nil {
			return
		}
	}
	return
}

func ratecvCheck(frag []byte, p *ratecvParams) *exc {
	if err := checkSize(p.width); err != nil {
		return err
	}
	e := audioopError()
	if p.nchannels < 1 {
		return runtime.NewExceptionMsg(e, "# of channels should be >= 1")
	}
	if p.width > math.MaxInt32/p.nchannels {
		return runtime.NewOverflowError("width * nchannels too big for a C int")
	}
	if p.weightA < 1 || p.weightB < 0 {
		return runtime.NewExceptionMsg(e, "weightA should be >= 1, weightB should be >= 0")
	}
	if len(frag)%(p.width*p.nchannels) != 0 {
		return runtime.NewExceptionMsg(e, "not a whole number of frames")
	}
	if p.inrate <= 0 || p.outrate <= 0 {
		return runtime.NewExceptionMsg(e, "sampling rate not > 0")
	}
	d := gcd(p.inrate, p.outrate)
	p.inrate, p.outrate = p.inrate/d, p.outrate/d
	d = gcd(p.weightA, p.weightB)
	p.weightA, p.weightB = p.weightA/d, p.weightB/d
	return nil
}

// ratecvState decodes state: None or (d, ((prev, cur), ...)).
func ratecvState(state value, nch, outrate int) (int, []int32, []int32, *exc) {
	prev, cur := make([]int32, nch), make([]int32, nch)
	if state == runtime.None {
		return -outrate, prev, cur, nil
	}
	illegal := runtime.NewTypeError("ratecv(): illegal state argument")
	t, ok := state.TryTuple()
	if !ok {
		return 0, nil, nil, runtime.NewTypeError("state must be a tuple or None")
	}
	if t.Len() != 2 {
		return 0, nil, nil, illegal
	}
	d, err := stateInt(t.Items()[0])
	if err != nil {
		return 0, nil, nil, err
	}
	samps, ok := t.Items()[1].TryTuple()
	if !ok {
		return 0, nil, nil, illegal
	}
	if samps.Len() != nch {
		return 0, nil, nil, runtime.NewExceptionMsg(audioopError(), "illegal state argument")
	}
	for c, ch := range samps.Items() {
		pair, ok := ch.TryTuple()
		if !ok || pair.Len() != 2 {
			return 0, nil, nil, illegal
		}
		p, err := stateInt(pair.Items()[0])
		if err != nil {
			return 0, nil, nil, err
		}
		q, err := stateInt(pair.Items()[1])
		if err != nil {
			return 0, nil, nil, err
		}
		prev[c], cur[c] = int32(p), int32(q)
	}
	return d, prev, cur, nil
}

func audioop_ratecv(_ value, args []value) (value, *exc) {
	frag, err := bufferArg(args[0])
	if err != nil {
		return runtime.None, err
	}
	p, err := ratecvInts(args)
	if err != nil {
		return runtime.None, err
	}
	if err := ratecvCheck(frag, &p); err != nil {
		return runtime.None, err
	}
	d, prev, cur, err := ratecvState(args[5], p.nchannels, p.outrate)
	if err != nil {
		return runtime.None, err
	}
	bpf := p.width * p.nchannels
	frames := len(frag) / bpf
	var out []byte
	if frames > 0 {
		q := 1 + (frames-1)/p.inrate
		if int64(p.outrate) > math.MaxInt64/int64(q)/int64(bpf) {
			return runtime.None, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("MemoryError"), "not enough memory for output buffer")
		}
		out = make([]byte, 0, q*p.outrate*bpf)
	}
	out, d = ratecvRun(frag, out, &p, d, prev, cur)
	samps := make([]value, p.nchannels)
	for c := range samps {
		samps[c] = runtime.TupleValue(runtime.Int(int64(prev[c])), runtime.Int(int64(cur[c])))
	}
	st := runtime.TupleValue(runtime.Int(int64(d)), runtime.TupleValue(samps...))
	return runtime.TupleValue(runtime.NewBytes(out), st), nil
}

// ratecvRun converts all of frag's frames, appending to out, and returns
// the output with the final phase d (prev and cur are updated in place).
func ratecvRun(frag, out []byte, p *ratecvParams, d int, prev, cur []int32) ([]byte, int) {
	w := p.width
	var buf [4]byte
	wA, wB := float64(p.weightA), float64(p.weightB)
	cp := 0
	for {
		for d < 0 {
			if cp >= len(frag) {
				return out, d
			}
			for c := range cur {
				prev[c] = cur[c]
				s := float64(sample32(w, frag, cp))
				cp += w
				cur[c] = int32((wA*s + wB*float64(prev[c])) / (wA + wB))
			}
			d += p.outrate
		}
		for d >= 0 {
			for c := range cur {
				o := (float64(prev[c])*float64(d) + float64(cur[c])*float64(p.outrate-d)) / float64(p.outrate)
				setSample32(w, buf[:], 0, int32(o))
				out = append(out, buf[:w]...)
			}
			d -= p.inrate
		}
	}
}
