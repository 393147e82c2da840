// This file tests the parsing engine without Python: a recording
// callbacks implementation checks event sequences, chunking independence
// and error codes.

package pyexpat

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a callbacks that logs every event.
type recorder struct {
	e      *engine
	log    []string
	set    map[handlerID]bool
	expand bool
}

func newRecorder(all bool) *recorder {
	r := &recorder{set: map[handlerID]bool{}, expand: true}
	if all {
		for h := handlerID(0); h < nHandlers; h++ {
			if h != hDefault && h != hDefaultExpand {
				r.set[h] = true
			}
		}
	}
	return r
}

func (r *recorder) has(h handlerID) bool { return r.set[h] }
func (r *recorder) expandInternal() bool { return r.expand }
func (r *recorder) call(h handlerID, args ...any) (int, bool) {
	r.log = append(r.log, fmt.Sprintf("%s%v", handlerNames[h], args))
	return 1, true
}
func (r *recorder) unknownEncoding(string) (*[256]rune, bool) { return nil, true }

// parseChunks parses doc in chunks of size n (0: whole) and returns the
// log, with character data merged so chunking cannot show.
func parseChunks(doc string, n int) ([]string, int) {
	r := newRecorder(true)
	e := newEngine(r, "", nil)
	var err *xmlError
	if n == 0 {
		err = e.parse([]byte(doc), true)
	} else {
		for i := 0; i < len(doc) && err == nil; i += n {
			err = e.parse([]byte(doc[i:min(i+n, len(doc))]), false)
		}
		if err == nil {
			err = e.parse(nil, true)
		}
	}
	var merged []string
	for _, l := range r.log {
		if strings.HasPrefix(l, "CharacterDataHandler[") && len(merged) > 0 && strings.HasPrefix(merged[len(merged)-1], "CharacterDataHandler[") {
			prev := merged[len(merged)-1]
			merged[len(merged)-1] = prev[:len(prev)-1] + strings.TrimSuffix(strings.TrimPrefix(l, "CharacterDataHandler["), "]") + "]"
			continue
		}
		merged = append(merged, l)
	}
	if err != nil {
		return merged, err.code
	}
	return merged, 0
}

func TestChunkingIndependent(t *testing.T) {
	docs := []string{
		"<a x='1'>t&amp;u<b/>\r\n<![CDATA[c]]]]><?p d?><!--c--></a>",
		"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x<i/>y'><!ATTLIST a d CDATA 'z'>]><a>&e;</a>",
		"<a>caf\u00e9 \u20ac</a>\n<!-- after -->",
	}
	for _, doc := range docs {
		want, wcode := parseChunks(doc, 0)
		for _, n := range []int{1, 2, 5} {
			got, code := parseChunks(doc, n)
			if code != wcode || strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%q in chunks of %d:\n%s\nwant\n%s", doc, n, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
}

func TestErrorCodes(t *testing.T) {
	cases := map[string]int{
		"":                             errNoElements,
		"<a>":                          errNoElements,
		"<a":                           errUnclosedToken,
		"<a></b>":                      errTagMismatch,
		"<a/><b/>":                     errJunkAfterDocElement,
		"<a b='1' b='2'/>":             errDuplicateAttribute,
		"<a>&x;</a>":                   errUndefinedEntity,
		"<a>&#0;</a>":                  errBadCharRef,
		"<a>\x01</a>":                  errInvalidToken,
		"<a>\xc3</a>":                  errInvalidToken,
		"foo":                          errSyntax,
		"<a><?xml version='1.0'?></a>": errMisplacedXMLPI,
		"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>": errRecursiveEntityRef,
	}
	for doc, want := range cases {
		if _, code := parseChunks(doc, 0); code != want {
			t.Errorf("%q: code %d, want %d", doc, code, want)
		}
	}
}

func TestPositions(t *testing.T) {
	r := newRecorder(false)
	r.set[hEndElement] = true
	r.set[hStartElement] = true
	e := newEngine(r, "", nil)
	var got []string
	r2 := &posRecorder{recorder: r, e: e, out: &got}
	e.cb = r2
	if err := e.parse([]byte("<a>\n <b>\n  <c/>\n </b>\n</a>"), true); err != nil {
		t.Fatal(err.code)
	}
	want := "1:0:0 2:1:5 3:2:11 3:6:15 4:1:17 5:0:22"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("positions %s, want %s", s, want)
	}
}

type posRecorder struct {
	*recorder
	e   *engine
	out *[]string
}

func (p *posRecorder) call(h handlerID, args ...any) (int, bool) {
	pos := p.e.currentPos()
	*p.out = append(*p.out, fmt.Sprintf("%d:%d:%d", pos.line+1, pos.col, pos.byteIdx))
	return 1, true
}

func BenchmarkParse(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<root>")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "<item id=\"%d\" name=\"n\"><title>Title &amp; more</title><v>%d</v>\n</item>", i, i)
	}
	sb.WriteString("</root>")
	doc := []byte(sb.String())
	b.SetBytes(int64(len(doc)))
	for i := 0; i < b.N; i++ {
		r := newRecorder(false)
		r.set[hStartElement] = true
		e := newEngine(&nopRecorder{r}, "", nil)
		if err := e.parse(doc, true); err != nil {
			b.Fatal(err.code)
		}
	}
}

type nopRecorder struct{ *recorder }

func (nopRecorder) call(h handlerID, args ...any) (int, bool) { return 1, true }

func TestValidMap(t *testing.T) {
	var latin1 [256]rune
	for i := range latin1 {
		latin1[i] = rune(i)
	}
	if !validMap(&latin1) {
		t.Error("latin-1 map rejected")
	}
	bad := latin1
	bad['%'] = 0x066A // cp864's percent sign
	if validMap(&bad) {
		t.Error("map changing '%' accepted")
	}
	other := latin1
	other['$'] = 0x20AC // '$' has no role in XML syntax
	if !validMap(&other) {
		t.Error("map changing '$' rejected")
	}
	high := latin1
	high[0xA0] = '<'
	if validMap(&high) {
		t.Error("map of a high byte to '<' accepted")
	}
}
