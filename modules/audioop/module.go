// This file defines the Python binding of the audioop module: argument
// conversion, audioop.error, the method table and the DeprecationWarning
// that 3.11 issues on import.

package audioop

import (
	"math"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// audioopError returns audioop.error, created once per process.
var audioopError = runtime.LazyExceptionClass("audioop", "error", "", runtime.ExceptionType)

func fail(msg string) (value, *exc) {
	return runtime.None, runtime.NewExceptionMsg(audioopError(), msg)
}

// bufferArg is a Py_buffer argument.
func bufferArg(v value) ([]byte, *exc) {
	if _, ok := v.TryMemoryView(); ok {
		// A Py_buffer argument must be C-contiguous; the getter also
		// raises CPython's error for a released view.
		c, err := runtime.GetAttrString(v, "c_contiguous")
		if err != nil {
			return nil, err
		}
		if ok, _ := runtime.IsTrue(c); !ok {
			return nil, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("BufferError"),
				"memoryview: underlying buffer is not C-contiguous")
		}
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

// intArg is an Argument Clinic C int argument.
func intArg(v value) (int, *exc) {
	i, ok, err := int32Arg(v)
	if err == nil && !ok {
		err = runtime.NewOverflowError("Python int too large to convert to C int")
	}
	return i, err
}

// stateInt is a PyArg_ParseTuple "i" item of a state tuple.
func stateInt(v value) (int, *exc) {
	i, ok, err := int32Arg(v)
	if err == nil && !ok {
		if i > 0 {
			err = runtime.NewOverflowError("signed integer is greater than maximum")
		} else {
			err = runtime.NewOverflowError("signed integer is less than minimum")
		}
	}
	return i, err
}

// int32Arg converts v through __index__; ok is false (and the result's
// sign that of v) when it does not fit a C int.
func int32Arg(v value) (int, bool, *exc) {
	if v.IsSmallInt() {
		i := v.SmallInt()
		if i >= math.MinInt32 && i <= math.MaxInt32 {
			return int(i), true, nil
		}
	}
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return 0, false, err
	}
	if b.IsInt64() {
		if i := b.Int64(); i >= math.MinInt32 && i <= math.MaxInt32 {
			return int(i), true, nil
		}
	}
	return b.Sign(), false, nil
}

// checkSize is audioop_check_size.
func checkSize(width int) *exc {
	if width < 1 || width > 4 {
		return runtime.NewExceptionMsg(audioopError(), "Size should be 1, 2, 3 or 4")
	}
	return nil
}

// checkParameters is audioop_check_parameters.
func checkParameters(n, width int) *exc {
	if err := checkSize(width); err != nil {
		return err
	}
	if n%width != 0 {
		return runtime.NewExceptionMsg(audioopError(), "not a whole number of frames")
	}
	return nil
}

// fragWidth converts the common (fragment, width) leading arguments; whole
// says whether the fragment must hold a whole number of frames.
func fragWidth(args []value, whole bool) ([]byte, int, *exc) {
	frag, err := bufferArg(args[0])
	if err != nil {
		return nil, 0, err
	}
	width, err := intArg(args[1])
	if err != nil {
		return nil, 0, err
	}
	if whole {
		err = checkParameters(len(frag), width)
	} else {
		err = checkSize(width)
	}
	return frag, width, err
}

// fragFunc adapts a function of a checked (fragment, width) pair.
func fragFunc(fn func(frag []byte, width int) (value, *exc)) runtime.MethodFunc {
	return func(_ value, args []value) (value, *exc) {
		frag, width, err := fragWidth(args, true)
		if err != nil {
			return runtime.None, err
		}
		return fn(frag, width)
	}
}

func bytesFunc(fn func(frag []byte, width int) []byte) runtime.MethodFunc {
	return fragFunc(func(frag []byte, width int) (value, *exc) {
		return runtime.NewBytes(fn(frag, width)), nil
	})
}

func intFunc(fn func(frag []byte, width int) int64) runtime.MethodFunc {
	return fragFunc(func(frag []byte, width int) (value, *exc) {
		return runtime.Int(fn(frag, width)), nil
	})
}

func pos(name, sig string, fn runtime.MethodFunc) runtime.Method {
	return runtime.Method{Name: name, Sig: sig, Fn: fn}
}

// Module is the audioop module.
var Module = &runtime.ModuleDef{
	Name: "audioop",
	Doc:  "",
	Methods: []runtime.Method{
		pos("max", "fragment, width, /", intFunc(audioop_max)),
		pos("minmax", "fragment, width, /", fragFunc(audioop_minmax)),
		pos("avg", "fragment, width, /", intFunc(audioop_avg)),
		pos("rms", "fragment, width, /", intFunc(audioop_rms)),
		pos("avgpp", "fragment, width, /", intFunc(audioop_avgpp)),
		pos("maxpp", "fragment, width, /", intFunc(audioop_maxpp)),
		pos("cross", "fragment, width, /", intFunc(audioop_cross)),
		pos("reverse", "fragment, width, /", bytesFunc(audioop_reverse)),
		pos("byteswap", "fragment, width, /", bytesFunc(audioop_byteswap)),
		pos("lin2ulaw", "fragment, width, /", bytesFunc(audioop_lin2ulaw)),
		pos("lin2alaw", "fragment, width, /", bytesFunc(audioop_lin2alaw)),
		pos("ulaw2lin", "fragment, width, /", audioop_ulaw2lin),
		pos("alaw2lin", "fragment, width, /", audioop_alaw2lin),
		pos("getsample", "fragment, width, index, /", audioop_getsample),
		pos("findfit", "fragment, reference, /", audioop_findfit),
		pos("findfactor", "fragment, reference, /", audioop_findfactor),
		pos("findmax", "fragment, length, /", audioop_findmax),
		pos("mul", "fragment, width, factor, /", audioop_mul),
		pos("tomono", "fragment, width, lfactor, rfactor, /", audioop_tomono),
		pos("tostereo", "fragment, width, lfactor, rfactor, /", audioop_tostereo),
		pos("add", "fragment1, fragment2, width, /", audioop_add),
		pos("bias", "fragment, width, bias, /", audioop_bias),
		pos("lin2lin", "fragment, width, newwidth, /", audioop_lin2lin),
		pos("ratecv", "fragment, width, nchannels, inrate, outrate, state, weightA=, weightB=, /", audioop_ratecv),
		pos("lin2adpcm", "fragment, width, state, /", audioop_lin2adpcm),
		pos("adpcm2lin", "fragment, width, state, /", audioop_adpcm2lin),
	},
	Exec: func(m *runtime.Module) *exc {
		m.SetAttr("error", audioopError().Value())
		return runtime.Warn(runtime.ExceptionTypeByName("DeprecationWarning"),
			"'audioop' is deprecated and slated for removal in Python 3.13", 7)
	},
}
