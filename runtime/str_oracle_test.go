// This file defines the python3.11 oracle that the str tests compare against: one
// python3.11 process per test reads requests as JSON lines and answers each with the result
// or the exception, and random-string generators over ASCII, Latin-1, BMP, astral and
// surrogate alphabets.
package runtime

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	"os/exec"
	"reflect"
	"testing"
)

// oracleScript evaluates requests [op, args...]: op is a str or bytes method name called
// on args[0], or a name of funcs. Strings travel as {"s": hex of UTF-8 with surrogatepass},
// which is exactly their WTF-8 form here (a surrogate pair stays two code points), bytes as
// {"b": hex}.
const oracleScript = `
import sys, json, codecs, unicodedata
def dec(x):
    if isinstance(x, dict):
        if 's' in x: return bytes.fromhex(x['s']).decode('utf-8', 'surrogatepass')
        if 'b' in x: return bytes.fromhex(x['b'])
        if 'd' in x: return {dec(k): dec(v) for k, v in x['d']}
        if 't' in x: return tuple(dec(y) for y in x['t'])
    if isinstance(x, list): return [dec(y) for y in x]
    return x
def enc(x):
    if isinstance(x, str): return {'s': x.encode('utf-8', 'surrogatepass').hex()}
    if isinstance(x, (bytes, bytearray)): return {'b': x.hex()}
    if isinstance(x, (list, tuple)): return [enc(y) for y in x]
    if isinstance(x, dict): return {'d': [[enc(k), enc(v)] for k, v in x.items()]}
    return x
def _escwarn(b, h):
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            b.decode('unicode_escape', h)
        except UnicodeError:
            return None
    return str(w[0].message) if w else ''
def _escdec(b, h):
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = codecs.escape_decode(b, h)[0]
    return [r, str(w[0].message) if w else '']
def _attrs(f):
    try:
        f()
    except UnicodeError as e:
        return [type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason]
    return None
funcs = {
    'maketrans': lambda *a: list(str.maketrans(*a).items()),
    'tr': lambda s, pairs: s.translate(dict(pairs)),
    'bmaketrans': bytes.maketrans,
    'slice': lambda s, a, b, c: s[slice(a, b, c)],
    'fromhex': lambda _, h: bytes.fromhex(h),
    'encerr': lambda s, enc, h: _attrs(lambda: s.encode(enc, h)),
    'decerr': lambda b, enc, h: _attrs(lambda: b.decode(enc, h)),
    'escwarn': _escwarn,
    'stateful': lambda b, fn, h, final: list(getattr(codecs, fn)(b, h, final)),
    'utfex': lambda b, fn, h, bo, final: list(getattr(codecs, fn)(b, h, bo, final)),
    'cmtable': lambda name: __import__('encodings.' + name, fromlist=['x']).decoding_table,
    'cmdecode': lambda b, name, h: codecs.charmap_decode(b, h, __import__('encodings.' + name, fromlist=['x']).decoding_table)[0],
    'ord': lambda s: ord(s),
    'chr': lambda c: chr(c),
    'iter': lambda s: list(s),
    'escdec': lambda b, h: _escdec(b, h),
    'escenc': lambda b: codecs.escape_encode(b)[0],
    'cmp': lambda a, b: (a > b) - (a < b),
    'names': lambda: '\n'.join(unicodedata.name(chr(c), '') for c in range(0x110000)),
    'classes': lambda name: bytes(getattr(chr(c), name)() for c in range(0x110000)),
}
for line in sys.stdin:
    req = json.loads(line)
    op, args = req[0], dec(req[1:])
    try:
        f = funcs.get(op) or getattr(args[0], op)
        r = f(*args) if op in funcs else f(*args[1:])
        out = {'r': enc(r)}
    except Exception as e:
        out = {'e': [type(e).__name__, str(e)]}
    sys.stdout.write(json.dumps(out) + '\n')
    sys.stdout.flush()
`

// oracle is a running python3.11 answering requests.
type oracle struct {
	t   *testing.T
	cmd *exec.Cmd
	w   *bufio.Writer
	r   *bufio.Scanner
	n   int
}

// newOracle starts python3.11, or skips the test when it is absent.
func newOracle(t *testing.T) *oracle {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	cmd := exec.Command(py, "-c", oracleScript)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	o := &oracle{t: t, cmd: cmd, w: bufio.NewWriter(in), r: sc}
	t.Cleanup(func() {
		in.Close()
		cmd.Wait()
		t.Logf("%d oracle calls", o.n)
	})
	return o
}

// pyBytes marks a []byte argument or result, to keep it apart from str.
type pyBytes []byte

// pyTuple marks a tuple argument.
type pyTuple []any

// encodeArg turns a Go argument into the oracle's JSON form.
func encodeArg(v any) any {
	switch v := v.(type) {
	case string:
		return map[string]any{"s": hex.EncodeToString([]byte(v))}
	case []byte:
		return map[string]any{"b": hex.EncodeToString(v)}
	case pyBytes:
		return map[string]any{"b": hex.EncodeToString(v)}
	case pyTuple:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = encodeArg(x)
		}
		return map[string]any{"t": out}
	case []string:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = encodeArg(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = encodeArg(x)
		}
		return out
	case map[string]any:
		d := [][2]any{}
		for k, x := range v {
			d = append(d, [2]any{encodeArg(k), encodeArg(x)})
		}
		return map[string]any{"d": d}
	}
	return v
}

// decodeResult turns the oracle's JSON form into Go: str as string, bytes as pyBytes,
// lists as []any, ints as int64 (through json.Number).
func decodeResult(v any) any {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["s"]; ok {
			b, _ := hex.DecodeString(s.(string))
			return string(b)
		}
		if h, ok := v["b"]; ok {
			b, _ := hex.DecodeString(h.(string))
			return pyBytes(b)
		}
		if d, ok := v["d"]; ok {
			out := map[any]any{}
			for _, kv := range d.([]any) {
				p := kv.([]any)
				out[decodeResult(p[0])] = decodeResult(p[1])
			}
			return out
		}
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = decodeResult(x)
		}
		return out
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return v.String()
		}
		return n
	}
	return v
}

// call runs op(args...) in python3.11 and returns its result, or the exception as *pyErr.
func (o *oracle) call(op string, args ...any) (any, *pyErr) {
	o.t.Helper()
	o.n++
	req := []any{op}
	for _, a := range args {
		req = append(req, encodeArg(a))
	}
	line, err := json.Marshal(req)
	if err != nil {
		o.t.Fatal(err)
	}
	o.w.Write(line)
	o.w.WriteByte('\n')
	o.w.Flush()
	if !o.r.Scan() {
		o.t.Fatalf("oracle died: %v", o.r.Err())
	}
	d := json.NewDecoder(bytes.NewReader(o.r.Bytes()))
	d.UseNumber()
	var resp map[string]any
	if err := d.Decode(&resp); err != nil {
		o.t.Fatal(err)
	}
	if e, ok := resp["e"]; ok {
		p := e.([]any)
		return nil, &pyErr{p[0].(string), p[1].(string)}
	}
	return decodeResult(resp["r"]), nil
}

// check compares a Go result and error with the oracle's answer for op(args...).
func (o *oracle) check(got any, gotErr *pyErr, op string, args ...any) bool {
	o.t.Helper()
	want, wantErr := o.call(op, args...)
	got = normalize(got)
	if gotErr != nil || wantErr != nil {
		if gotErr == nil || wantErr == nil || *gotErr != *wantErr {
			o.t.Errorf("%s%s: got %v, %v; want %v, %v", op, showArgs(args), show(got), gotErr, show(want), wantErr)
			return false
		}
		return true
	}
	if !reflect.DeepEqual(got, want) {
		o.t.Errorf("%s%s: got %s; want %s", op, showArgs(args), show(got), show(want))
		return false
	}
	return true
}

// normalize converts Go results to the shapes decodeResult produces.
func normalize(v any) any {
	switch v := v.(type) {
	case int:
		return int64(v)
	case bool:
		return v
	case []byte:
		if v == nil {
			v = []byte{}
		}
		return pyBytes(v)
	case pyBytes:
		if v == nil {
			v = pyBytes{}
		}
		return v
	case []string:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = x
		}
		return out
	case [3]string:
		return []any{v[0], v[1], v[2]}
	case [][]byte:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = normalize(x)
		}
		return out
	}
	return v
}

func show(v any) string {
	switch v := v.(type) {
	case string:
		return unicodeRepr(v)
	case []any:
		s := "["
		for i, x := range v {
			if i > 0 {
				s += ", "
			}
			s += show(x)
		}
		return s + "]"
	case pyBytes:
		return fmt.Sprintf("b%q", []byte(v))
	}
	return fmt.Sprint(v)
}

func showArgs(args []any) string {
	s := "("
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		s += show(a)
	}
	return s + ")"
}

// alphabets are the character pools of random strings; each test string draws from one
// or two of them so that ASCII fast paths and non-ASCII paths both run.
var alphabets = [][]rune{
	[]rune("abcAB Z z_09.-\t\n"),
	[]rune("aábcÀÿ ßµ\xa0\x85Éé"),
	[]rune("aΣσςΑαβ İıǅǆﬁŉǰΐ\u0345\u0307\u2028\u3000\u00ad'·"),
	[]rune("a𐐀𐐨😀𝐀\U0001F600 \U00010400\U000E0001"),
	{'a', 'b', 0xD800, 0xDC80, 0xDFFF, 0xDBFF, ' ', 'é', 0x10000},
	[]rune("ab\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 \t"),
	[]rune("0123٣²½Ⅻ①𝟘x"),
}

// randStr returns a random string of up to maxLen code points.
func randStr(rng *rand.Rand, maxLen int) string {
	a := alphabets[rng.Intn(len(alphabets))]
	var b []rune
	if rng.Intn(4) == 0 {
		b = alphabets[rng.Intn(len(alphabets))]
	}
	n := rng.Intn(maxLen + 1)
	var out []byte
	for i := 0; i < n; i++ {
		pool := a
		if b != nil && rng.Intn(2) == 0 {
			pool = b
		}
		c := pool[rng.Intn(len(pool))]
		// A high surrogate followed by a low one is one astral character in Python
		// source, but two code points here: keep such pairs out of random strings.
		if c >= 0xDC00 && c <= 0xDFFF && len(out) >= 3 && out[len(out)-3] == 0xED && out[len(out)-2] < 0xB0 && out[len(out)-2] >= 0xA0 {
			c = 'x'
		}
		out = appendCodePoint(out, c)
	}
	return string(out)
}

// randSub returns a random piece of s or a short random string.
func randSub(rng *rand.Rand, s string) string {
	if rng.Intn(3) == 0 || s == "" {
		return randStr(rng, 3)
	}
	cps := codePoints(s)
	i := rng.Intn(len(cps) + 1)
	j := i + rng.Intn(len(cps)-i+1)
	if j-i > 4 {
		j = i + rng.Intn(4)
	}
	var b []byte
	for _, c := range cps[i:j] {
		b = appendCodePoint(b, c)
	}
	return string(b)
}

// randIndex returns a start or end argument: often nil (None), sometimes negative or huge.
func randIndex(rng *rand.Rand, n int) any {
	switch rng.Intn(6) {
	case 0:
		return nil
	case 1:
		return []int{-1 << 40, 1 << 40, -1, 0}[rng.Intn(4)]
	case 2:
		return -rng.Intn(n + 3)
	}
	return rng.Intn(n + 3)
}
