// Package unicodedata is CPython 3.11's unicodedata module. Character
// properties come from tables generated from CPython 3.11 (Unicode 14.0.0,
// see gen_tables.py); normalization uses golang.org/x/text/unicode/norm,
// whose tables are a newer Unicode (characters assigned after 14.0 may
// normalize differently from CPython 3.11).
package unicodedata

//go:generate sh -c "python3.11 gen_tables.py > tables.go && gofmt -w tables.go"

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"krait/runtime"
	"krait/syntax"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// propRun is a range of code points sharing a property value.
type propRun struct {
	lo, hi rune
	v      string
}

// numericValue holds a character's decimal, digit and numeric values.
type numericValue struct {
	decimal, digit int
	numeric        float64
}

func lookupRun(runs []propRun, r rune, def string) string {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].hi >= r })
	if i < len(runs) && runs[i].lo <= r {
		return runs[i].v
	}
	return def
}

// charArg gets the single character argument of fn.
func charArg(fn string, v value) (rune, *exc) {
	s, ok := v.TryStr()
	if ok && s.Len() == 1 {
		b := s.String()
		if len(b) == 3 && b[0] == 0xED && b[1] >= 0xA0 {
			// A lone surrogate, stored as its WTF-8 bytes.
			return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), nil
		}
		return []rune(b)[0], nil
	}
	return 0, runtime.NewTypeError("%s() argument must be a unicode character, not %s", fn, v.Type().Name)
}

func strProp(fn string, runs []propRun, def, oldDef string) runtime.MethodFunc {
	return func(self value, a []value) (value, *exc) {
		r, err := charArg(fn, a[0])
		if err != nil {
			return runtime.None, err
		}
		if unassignedIn(self, r) {
			return runtime.StrValue(oldDef), nil
		}
		if fn == "category" && isOld(self) {
			if c, ok := oldCategories()[r]; ok {
				return runtime.StrValue(c), nil
			}
		}
		if c, ok := old320Value(self, fn, r); ok {
			return runtime.StrValue(c), nil
		}
		return runtime.StrValue(lookupRun(runs, r, def)), nil
	}
}

func intProp(fn string, runs []propRun) runtime.MethodFunc {
	return func(self value, a []value) (value, *exc) {
		r, err := charArg(fn, a[0])
		if err != nil {
			return runtime.None, err
		}
		if unassignedIn(self, r) {
			return runtime.Int(0), nil
		}
		if c, ok := old320Value(self, fn, r); ok {
			n, _ := strconv.Atoi(c)
			return runtime.Int(int64(n)), nil
		}
		n, _ := strconv.Atoi(lookupRun(runs, r, "0"))
		return runtime.Int(int64(n)), nil
	}
}

// numProp implements decimal, digit and numeric.
func numProp(fn, missing string, get func(numericValue) (value, bool)) runtime.MethodFunc {
	return func(self value, a []value) (value, *exc) {
		r, err := charArg(fn, a[0])
		if err != nil {
			return runtime.None, err
		}
		if c, ok := old320Value(self, fn, r); ok {
			if n, err := strconv.Atoi(c); err == nil {
				return runtime.Int(int64(n)), nil
			}
		} else if nv, ok := numerics()[r]; ok && !unassignedIn(self, r) {
			if v, ok := get(nv); ok {
				return v, nil
			}
		}
		if !a[1].IsNull() {
			return a[1], nil
		}
		return runtime.None, runtime.NewValueError("%s", missing)
	}
}

func unicodedata_decomposition(self value, a []value) (value, *exc) {
	r, err := charArg("decomposition", a[0])
	if err != nil {
		return runtime.None, err
	}
	if unassignedIn(self, r) {
		return runtime.StrValue(""), nil
	}
	return runtime.StrValue(decompositions()[r]), nil
}

var (
	namesOnce  sync.Once
	nameOf     map[rune]string
	codeOfName map[string]rune
)

func loadNames() {
	namesOnce.Do(func() {
		nameOf = make(map[rune]string, 40000)
		codeOfName = make(map[string]rune, 40000)
		for _, line := range strings.Split(nameData, "\n") {
			hexPart, name, _ := strings.Cut(line, " ")
			cp, _ := strconv.ParseUint(hexPart, 16, 32)
			nameOf[rune(cp)] = name
			codeOfName[name] = rune(cp)
		}
	})
}

// Hangul syllable composition (Unicode chapter 3.12).
const (
	sBase, lCount, vCount, tCount = 0xAC00, 19, 21, 28
	nCount                        = vCount * tCount
	sCount                        = lCount * nCount
)

var (
	jamoL = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	jamoV = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	jamoT = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

// algorithmicPrefix returns the name prefix of an assigned code point
// whose name is its prefix plus its hex code.
func algorithmicPrefix(r rune) string {
	switch {
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0x20000 && r <= 0x3FFFF:
		return "CJK UNIFIED IDEOGRAPH-"
	case r >= 0xF900 && r <= 0xFAFF, r >= 0x2F800 && r <= 0x2FA1F:
		return "CJK COMPATIBILITY IDEOGRAPH-"
	case r >= 0x18B00 && r <= 0x18CFF:
		return "KHITAN SMALL SCRIPT CHARACTER-"
	case r >= 0x1B170 && r <= 0x1B2FF:
		return "NUSHU CHARACTER-"
	}
	return ""
}

func charName(r rune) (string, bool) {
	if r >= sBase && r < sBase+sCount {
		s := int(r - sBase)
		return "HANGUL SYLLABLE " + jamoL[s/nCount] + jamoV[s%nCount/tCount] + jamoT[s%tCount], true
	}
	loadNames()
	if n, ok := nameOf[r]; ok {
		return n, true
	}
	if lookupRun(categoryRuns, r, "Cn") != "Cn" {
		if p := algorithmicPrefix(r); p != "" {
			return fmt.Sprintf("%s%X", p, r), true
		}
	}
	return "", false
}

func unicodedata_name(self value, a []value) (value, *exc) {
	r, err := charArg("name", a[0])
	if err != nil {
		return runtime.None, err
	}
	if n, ok := charName(r); ok && !unassignedIn(self, r) {
		return runtime.StrValue(n), nil
	}
	if !a[1].IsNull() {
		return a[1], nil
	}
	return runtime.None, runtime.NewValueError("no such name")
}

// codeOf resolves a character name (case-insensitively, as CPython).
func codeOf(name string) (rune, bool) {
	name = strings.ToUpper(name)
	loadNames()
	if r, ok := codeOfName[name]; ok {
		return r, true
	}
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		for s := 0; s < sCount; s++ {
			if jamoL[s/nCount]+jamoV[s%nCount/tCount]+jamoT[s%tCount] == rest {
				return rune(sBase + s), true
			}
		}
		return 0, false
	}
	for _, p := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"} {
		if h, ok := strings.CutPrefix(name, p); ok && len(h) >= 4 && len(h) <= 5 {
			cp, err := strconv.ParseUint(h, 16, 32)
			if err == nil && strings.ToUpper(strconv.FormatUint(cp, 16)) == h && algorithmicPrefix(rune(cp)) == p &&
				lookupRun(categoryRuns, rune(cp), "Cn") != "Cn" {
				return rune(cp), true
			}
		}
	}
	return 0, false
}

func unicodedata_lookup(self value, a []value) (value, *exc) {
	var name string
	if s, ok := a[0].TryStr(); ok {
		name = s.String()
	} else if b, ok := a[0].TryBytes(); ok {
		name = string(b)
	} else {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if len(name) > 256 {
		return runtime.None, runtime.NewKeyError(runtime.StrValue("name too long"))
	}
	if r, ok := codeOf(name); ok && !unassignedIn(self, r) {
		return runtime.StrValue(string(r)), nil
	}
	if !isOld(self) {
		// The 3.2.0 database knows neither aliases nor named sequences.
		if r, ok := syntax.LookupUnicodeAlias(name); ok {
			return runtime.StrValue(string(r)), nil
		}
		if seq, ok := syntax.LookupNamedSequence(name); ok {
			return runtime.StrValue(seq), nil
		}
	}
	return runtime.None, runtime.NewKeyError(runtime.StrValue(fmt.Sprintf("undefined character name '%s'", name)))
}

// form parses a normalization form name.
func form(v value) (norm.Form, *exc) {
	s, ok := v.TryStr()
	if !ok {
		return 0, runtime.NewTypeError("normalize() argument 1 must be str, not %s", v.Type().Name)
	}
	switch s.String() {
	case "NFC":
		return norm.NFC, nil
	case "NFD":
		return norm.NFD, nil
	case "NFKC":
		return norm.NFKC, nil
	case "NFKD":
		return norm.NFKD, nil
	}
	return 0, runtime.NewValueError("invalid normalization form")
}

func normArgs(fn string, a []value) (norm.Form, string, *exc) {
	s, ok := a[1].TryStr()
	if !ok {
		return 0, "", runtime.NewTypeError("%s() argument 2 must be str, not %s", fn, a[1].Type().Name)
	}
	f, err := form(a[0])
	if err != nil {
		return 0, "", err
	}
	return f, s.String(), nil
}

func unicodedata_normalize(_ value, a []value) (value, *exc) {
	f, s, err := normArgs("normalize", a)
	if err != nil {
		return runtime.None, err
	}
	if f.IsNormalString(s) {
		return a[1], nil
	}
	return runtime.StrValue(normalizeString(f, s)), nil // normalize_runs.go
}

func unicodedata_is_normalized(_ value, a []value) (value, *exc) {
	f, s, err := normArgs("is_normalized", a)
	if err != nil {
		return runtime.None, err
	}
	// norm says no to a run of more than 30 marks even when ordered.
	return runtime.Bool(f.IsNormalString(s) || normalizeString(f, s) == s), nil
}

// Module is the unicodedata module.
var Module = &runtime.ModuleDef{
	Name:    "unicodedata",
	Doc:     "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters.",
	Methods: methods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initUCD) // ucd.go: not in Go init, which runs in every Krait process
		m.SetAttr("unidata_version", runtime.StrValue("14.0.0"))
		m.SetAttr("UCD", ucdType.Value())
		m.SetAttr("ucd_3_2_0", ucd320)
		return nil
	},
}

// methods are the module's functions, also the methods of UCD objects
// (each checks whether its receiver is the 3.2.0 view).
var methods = []runtime.Method{
	{Name: "decimal", Sig: "chr, default=, /", Fn: numProp("decimal", "not a decimal", func(n numericValue) (value, bool) {
		return runtime.Int(int64(n.decimal)), n.decimal >= 0
	})},
	{Name: "digit", Sig: "chr, default=, /", Fn: numProp("digit", "not a digit", func(n numericValue) (value, bool) {
		return runtime.Int(int64(n.digit)), n.digit >= 0
	})},
	{Name: "numeric", Sig: "chr, default=, /", Fn: numProp("numeric", "not a numeric character", func(n numericValue) (value, bool) {
		return runtime.Float(n.numeric), true
	})},
	{Name: "category", Sig: "chr, /", Fn: strProp("category", categoryRuns, "Cn", "Cn")},
	{Name: "bidirectional", Sig: "chr, /", Fn: strProp("bidirectional", bidiRuns, "", "")},
	{Name: "combining", Sig: "chr, /", Fn: intProp("combining", combiningRuns)},
	{Name: "mirrored", Sig: "chr, /", Fn: intProp("mirrored", mirroredRuns)},
	{Name: "east_asian_width", Sig: "chr, /", Fn: strProp("east_asian_width", eawRuns, "N", "F")},
	{Name: "decomposition", Sig: "chr, /", Fn: unicodedata_decomposition},
	{Name: "name", Sig: "chr, default=, /", Fn: unicodedata_name},
	{Name: "lookup", Sig: "name, /", Fn: unicodedata_lookup},
	{Name: "normalize", Sig: "form, unistr, /", Fn: unicodedata_normalize},
	{Name: "is_normalized", Sig: "form, unistr, /", Fn: unicodedata_is_normalized},
}
