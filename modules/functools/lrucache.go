// This file defines functools._lru_cache_wrapper, the C half of
// functools.lru_cache: a callable caching the results of a user function,
// unbounded, disabled (maxsize 0) or bounded with least-recently-used
// eviction through a circular doubly linked list of cache entries.

package functools

import (
	"krait/runtime"
)

// lruLink is an entry of a bounded cache: the dict maps a key to its link,
// and links form a circular list whose root.next is the oldest entry.
type lruLink struct {
	runtime.Header
	prev, next *lruLink
	hash       int64
	key        runtime.Value
	result     runtime.Value
}

// lruCache is a functools._lru_cache_wrapper instance.
type lruCache struct {
	runtime.Header
	fn            runtime.Value
	cache         *runtime.Dict
	root          lruLink
	maxsize       int64 // -1 for unbounded
	typed         bool
	hits, misses  int64
	cacheInfoType runtime.Value
	attrs         runtime.Attrs
}

// kwdMark separates positional arguments from keyword items in a key.
var kwdMark = runtime.ValueOf(&struct{ runtime.Header }{runtime.HeaderFor(runtime.ObjectType)})

var (
	// LRUCacheType is functools._lru_cache_wrapper.
	LRUCacheType *runtime.Type
	lruLinkType  *runtime.Type
)

var lruNewMethod = runtime.Method{Name: "lru_cache", Sig: "user_function, maxsize, typed, cache_info_type"}

func initLRUCacheTypes() {
	lruLinkType = runtime.NewNativeType(&runtime.TypeSpec{Name: "functools._lru_list_elem"}, func(t *runtime.Type) { t.New = cannotCreate })
	LRUCacheType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "functools._lru_cache_wrapper",
		Doc: "Create a cached callable that wraps another function.\n\n" +
			"maxsize 0 disables the cache, None makes it unbounded, n keeps the n\n" +
			"most recently used results; typed caches f(3) and f(3.0) apart;\n" +
			"cache_info_type builds the cache_info() result.",
		Methods: []runtime.Method{
			{Name: "cache_info", Fn: lru_cache_cache_info, Flags: runtime.MethNoArgs, Doc: "Report cache statistics"},
			{Name: "cache_clear", Fn: lru_cache_cache_clear, Flags: runtime.MethNoArgs, Doc: "Clear the cache and cache statistics"},
			{Name: "__reduce__", Fn: lru_cache_reduce, Flags: runtime.MethNoArgs},
			{Name: "__copy__", Fn: lru_cache_copy, Flags: runtime.MethNoArgs},
			{Name: "__deepcopy__", Fn: lru_cache_copy, Flags: runtime.MethO},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "__dict__", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return lruOf(v).attrs.Dict().Value(), nil
			}, Set: func(v, x runtime.Value) *runtime.Exception {
				d, ok := x.TryDict()
				if !ok {
					return runtime.NewTypeError("__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
				}
				lruOf(v).attrs.SetDict(d)
				return nil
			}},
		},
	}, func(t *runtime.Type) {
		t.New = lru_cache_new
		t.Call = lru_cache_call
		t.DescrGet = lru_cache_descr_get
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return &lruOf(v).attrs }
	})
}

func lruOf(v runtime.Value) *lruCache { return runtime.PtrOf[lruCache](v) }

func lru_cache_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := lruNewMethod.BindClinic(args, kwnames, "lru_cache")
	if err != nil {
		return runtime.Value{}, err
	}
	fn, maxsizeArg := a[0], a[1]
	if fn.Type().Call == nil {
		return runtime.Value{}, runtime.NewTypeError("the first argument must be callable")
	}
	maxsize := int64(-1)
	if !maxsizeArg.IsNone() {
		if maxsizeArg.Type().Index == nil && !maxsizeArg.IsSmallInt() {
			return runtime.Value{}, runtime.NewTypeError("maxsize should be integer or None")
		}
		maxsize, err = runtime.IndexInt64(maxsizeArg, "")
		if err != nil {
			if err.Matches(runtime.OverflowErrorType) {
				return runtime.Value{}, runtime.NewOverflowError("cannot fit '%s' into an index-sized integer", maxsizeArg.Type().Name)
			}
			return runtime.Value{}, err
		}
		maxsize = max(maxsize, 0)
	}
	typed, err := runtime.IsTrue(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	c := &lruCache{Header: runtime.HeaderFor(t), fn: fn, cache: runtime.NewDict(), maxsize: maxsize,
		typed: typed, cacheInfoType: a[3]}
	c.root.prev, c.root.next = &c.root, &c.root
	return runtime.ValueOf(c), nil
}

// makeKey builds the cache key of a call as CPython's lru_cache_make_key:
// the lone argument itself for a single exact str or int, the positional
// arguments otherwise, with keyword items (after kwdMark) and the argument
// types appended when there are keywords or the cache is typed.
func (c *lruCache) makeKey(args []runtime.Value, kwnames []*runtime.Str) runtime.Value {
	nkw := len(kwnames)
	npos := len(args) - nkw
	if !c.typed && nkw == 0 {
		if npos == 1 {
			t := args[0].Type()
			if t == runtime.StrType || t == runtime.IntType {
				return args[0]
			}
		}
		return runtime.TupleValue(append([]runtime.Value(nil), args...)...)
	}
	items := make([]runtime.Value, 0, len(args)+nkw+1+len(args))
	items = append(items, args[:npos]...)
	if nkw > 0 {
		items = append(items, kwdMark)
		for i, k := range kwnames {
			items = append(items, k.Value(), args[npos+i])
		}
	}
	if c.typed {
		for _, x := range args[:npos] {
			items = append(items, x.Type().Value())
		}
		for _, x := range args[npos:] {
			items = append(items, x.Type().Value())
		}
	}
	return runtime.TupleValue(items...)
}

func lru_cache_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	c := lruOf(callable)
	if c.maxsize == 0 {
		c.misses++
		return runtime.Call(c.fn, args, kwnames)
	}
	key := c.makeKey(args, kwnames)
	h, err := runtime.Hash(key)
	if err != nil {
		return runtime.Value{}, err
	}
	if c.maxsize < 0 {
		return c.callUnbounded(args, kwnames, key, h)
	}
	return c.callBounded(args, kwnames, key, h)
}

func (c *lruCache) callUnbounded(args []runtime.Value, kwnames []*runtime.Str, key runtime.Value, h int64) (runtime.Value, *runtime.Exception) {
	r, found, err := c.cache.GetItemHash(key, h)
	if err != nil {
		return runtime.Value{}, err
	}
	if found {
		c.hits++
		return r, nil
	}
	c.misses++
	r, err = runtime.Call(c.fn, args, kwnames)
	if err != nil {
		return runtime.Value{}, err
	}
	if err := c.cache.SetItemHash(key, h, r); err != nil {
		return runtime.Value{}, err
	}
	return r, nil
}

func (c *lruCache) callBounded(args []runtime.Value, kwnames []*runtime.Str, key runtime.Value, h int64) (runtime.Value, *runtime.Exception) {
	lv, found, err := c.cache.GetItemHash(key, h)
	if err != nil {
		return runtime.Value{}, err
	}
	if found {
		link := runtime.PtrOf[lruLink](lv)
		link.extract()
		c.appendLink(link)
		c.hits++
		return link.result, nil
	}
	c.misses++
	r, err := runtime.Call(c.fn, args, kwnames)
	if err != nil {
		return runtime.Value{}, err
	}
	// The call may have added this key (recursion) or changed the cache.
	_, found, err = c.cache.GetItemHash(key, h)
	if err != nil || found {
		return r, err
	}
	if int64(c.cache.Len()) < c.maxsize || c.root.next == &c.root {
		link := &lruLink{Header: runtime.HeaderFor(lruLinkType), hash: h, key: key, result: r}
		if err := c.cache.SetItemHash(key, h, runtime.ValueOf(link)); err != nil {
			return runtime.Value{}, err
		}
		c.appendLink(link)
		return r, nil
	}
	// Full: reuse the oldest link for the new entry.
	old := c.root.next
	old.extract()
	if _, found, err := c.cache.DelItemHash(old.key, old.hash); err != nil || !found {
		return r, err
	}
	old.hash, old.key, old.result = h, key, r
	if err := c.cache.SetItemHash(key, h, runtime.ValueOf(old)); err != nil {
		return runtime.Value{}, err
	}
	c.appendLink(old)
	return r, nil
}

// extract unlinks l from its list.
func (l *lruLink) extract() {
	l.prev.next = l.next
	l.next.prev = l.prev
}

// appendLink makes l the most recently used entry.
func (c *lruCache) appendLink(l *lruLink) {
	last := c.root.prev
	last.next, c.root.prev = l, l
	l.prev, l.next = last, &c.root
}

func lru_cache_descr_get(descr, obj runtime.Value, typ *runtime.Type) (runtime.Value, *runtime.Exception) {
	if obj.IsNull() || obj.IsNone() {
		return descr, nil
	}
	return runtime.NewMethod(descr, obj), nil
}

func lru_cache_cache_info(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := lruOf(self)
	maxsize := runtime.None
	if c.maxsize >= 0 {
		maxsize = runtime.Int(c.maxsize)
	}
	return runtime.Call(c.cacheInfoType, []runtime.Value{runtime.Int(c.hits), runtime.Int(c.misses),
		maxsize, runtime.Int(int64(c.cache.Len()))}, nil)
}

func lru_cache_cache_clear(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := lruOf(self)
	c.hits, c.misses = 0, 0
	c.root.prev, c.root.next = &c.root, &c.root
	c.cache.Clear()
	return runtime.None, nil
}

func lru_cache_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.GetAttrString(self, "__qualname__")
}

func lru_cache_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return self, nil
}
