// This file defines cr_origin (and the docstrings of coroutine methods): with sys.set_coroutine_origin_tracking_depth
// above 0, a new coroutine records where it was created, as (filename,
// line, function) of that many frames, innermost first; the "never
// awaited" warning shows them.

package runtime

// coroOrigins holds the origin of each coroutine made while tracking was
// on, keyed by its address (so it does not keep the coroutine alive), until
// the coroutine finishes or is finalized (its finalizer is registered
// meanwhile, so the address is not reused).
var coroOrigins = map[uintptr]Value{}

// noteOrigin records where the new coroutine g is being created: the
// current frame is its caller's.
func (g *Generator) noteOrigin() {
	var items []Value
	for f := curThread.cur; f != nil && int64(len(items)) < coroOriginDepth; f = f.back {
		co := f.code
		items = append(items, TupleValue(StrValue(co.c.Filename), Int(int64(co.Line(f.lasti))), ValueOf(co.name)))
	}
	coroOrigins[genKey(g)] = TupleValue(items...)
}

// coro_get_origin is cr_origin: the recorded origin, or None.
func coro_get_origin(v Value) (Value, *Exception) {
	if o, ok := coroOrigins[genKey(ptrOf[Generator](v))]; ok {
		return o, nil
	}
	return None, nil
}

// The docstrings of the generator methods, and their coroutine variants.
const (
	genSendDoc  = "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."
	genThrowDoc = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."
)

var coroMethodDocs = map[string]string{
	"send":  "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
	"throw": "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
	"close": "close() -> raise GeneratorExit inside coroutine.",
}
