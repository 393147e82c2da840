// This file defines Str, the object of Python's str type: an immutable
// sequence of code points held as a WTF-8 Go string (UTF-8 that may also
// encode lone surrogates), with its code-point length, ASCII-ness and hash
// cached; and the table of interned strings used for identifiers.

package runtime

import (
	"math"
	"os"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// StrType is Python's str.
var StrType = newBuiltinType("str", ObjectType, FlagBaseType|FlagStrSubclass)

// Str is a str object. The string is never mutated once the Str is
// published. Code that needs the text uses s.S (or String()); code that
// needs the length in code points uses Len(), which is O(1) after the first
// call and for ASCII strings.
//
// Accessor pattern: v.AsStr() (object.go) checks that v's type is str or a
// subclass and returns the *Str; v.TryStr() returns (s, ok) without failing.
type Str struct {
	Header
	S        string // WTF-8 text
	n        int32  // code points, or -1 if not yet counted
	ascii    int8   // 1 ASCII, 0 not, -1 unknown
	interned bool
	hash     int64     // cached hash, or -1 (never a valid str hash) if not yet computed
	idx      *StrIndex // code point index of a non-ASCII str, built on first indexing
}

// NewStr returns a new str object for the WTF-8 text s.
func NewStr(s string) *Str {
	return &Str{Header: Header{StrType}, S: s, n: -1, ascii: -1, hash: -1}
}

// NewStrASCII returns a new str object for s, which the caller knows is ASCII.
func NewStrASCII(s string) *Str {
	if len(s) > math.MaxInt32 {
		return &Str{Header: Header{StrType}, S: s, n: -1, ascii: 1, hash: -1}
	}
	return &Str{Header: Header{StrType}, S: s, n: int32(len(s)), ascii: 1, hash: -1}
}

// StrValue returns a new str object for s as a Value. Single ASCII
// characters and the empty string are shared, as CPython shares them.
func StrValue(s string) Value {
	if len(s) <= 1 {
		if len(s) == 0 {
			return ValueOf(emptyStr)
		}
		if s[0] < utf8.RuneSelf {
			return ValueOf(&asciiStrs[s[0]])
		}
	}
	return ValueOf(NewStr(s))
}

var (
	emptyStr  = &Str{Header: Header{StrType}, n: 0, ascii: 1, hash: 0, interned: true}
	asciiStrs [128]Str
)

func init() {
	for i := range asciiStrs {
		asciiStrs[i] = Str{Header: Header{StrType}, S: string(rune(i)), n: 1, ascii: 1, hash: -1}
	}
}

// String returns the WTF-8 text of s.
func (s *Str) String() string { return s.S }

// Value returns s as a Value.
func (s *Str) Value() Value { return ValueOf(s) }

// Len returns the number of code points in s.
func (s *Str) Len() int {
	if s.n < 0 {
		n := len(s.S)
		if !s.IsASCII() {
			n = codePointCount(s.S)
		}
		if n > math.MaxInt32 {
			return n // too long to cache in n: counted each time
		}
		s.n = int32(n)
	}
	return int(s.n)
}

// IsASCII reports whether every code point of s is below 128.
func (s *Str) IsASCII() bool {
	if s.ascii < 0 {
		if isASCII(s.S) {
			s.ascii = 1
		} else {
			s.ascii = 0
		}
	}
	return s.ascii == 1
}

// Hash returns hash(s), computed once.
func (s *Str) Hash() int64 {
	if s.hash == -1 {
		s.hash = hashStr(s.S, &currentHashKey)
	}
	return s.hash
}

// Equal reports whether s and t have the same text; interned strings
// compare by pointer first.
func (s *Str) Equal(t *Str) bool {
	if s == t {
		return true
	}
	if s.interned && t.interned {
		return false
	}
	return s.S == t.S
}

// internTable holds every interned str, found by its text
// (start18_interntable.go).
var internTable struct {
	sync.Mutex
	set internSet
}

// Intern returns the interned str whose text is s: identifiers, attribute
// names and keyword names are interned so that lookups compare pointers.
func Intern(s string) *Str {
	if s == "" {
		return emptyStr
	}
	i := internCacheIndex(s)
	slot := &internCache[i]
	if e := slot.Load(); e != nil && e.p == unsafe.StringData(s) && e.n == len(s) {
		return e.s
	}
	internTable.Lock()
	t, ok := internTable.set.find(s)
	if !ok {
		t = newInternedLocked(s) // startup10_intern.go
	}
	internTable.Unlock()
	if ok {
		// Asked again for the same text from the same address (a string
		// literal's, typically): remember it, so that the next call skips
		// the mutex and map. A text seen at a new address each time (names
		// read by marshal) only updates internSeen, which allocates nothing.
		addr := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		if seen := &internSeen[i]; seen.Load() == addr {
			slot.Store(&internEntry{unsafe.StringData(s), len(s), t})
		} else {
			seen.Store(addr)
		}
	}
	return t
}

// internCache remembers Intern's answers by the address and length of the
// Go string asked for: Intern("__name__") in a function that runs per call
// (NewFunction for every lambda and generator expression) is then a load
// and two compares. Go strings are immutable and an entry's pointer keeps
// its bytes alive, so an address and length always name the same text.
var internCache [256]atomic.Pointer[internEntry]

type internEntry struct {
	p *byte
	n int
	s *Str
}

// internSeen is, per internCache entry, the address of the last string
// Intern found already interned there (only compared, never dereferenced).
var internSeen [256]atomic.Uintptr

// internCacheIndex is the internCache entry for s's address and length.
func internCacheIndex(s string) int {
	h := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return int((h>>3 ^ h>>11 ^ uintptr(len(s))) & 255)
}

// InternStr returns the interned equivalent of s (s itself if it becomes
// the interned one), as sys.intern does.
func InternStr(s *Str) *Str {
	if s.interned {
		return s
	}
	internTable.Lock()
	defer internTable.Unlock()
	if t, ok := internTable.set.find(s.S); ok {
		return t
	}
	if s.typ != StrType {
		t := NewStr(s.S)
		s = t
	}
	s.interned = true
	internTable.set.add(s)
	return s
}

// IsInterned reports whether s is the interned str for its text.
func (s *Str) IsInterned() bool { return s.interned }

// currentHashKey keys str and bytes hashing, from PYTHONHASHSEED.
var currentHashKey = func() hashKey {
	k, _ := newHashKey(os.Getenv("PYTHONHASHSEED"))
	return k
}()
