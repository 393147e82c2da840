// This file benchmarks the dict and set fast paths against Go maps.

package runtime

import (
	"strconv"
	"testing"
)

func BenchmarkDictGetStrInterned(b *testing.B) {
	d := NewDict()
	names := make([]*Str, 20)
	for i := range names {
		names[i] = Intern("name" + strconv.Itoa(i))
		d.SetStr(names[i], Int(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := d.GetStr(names[i%20]); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkGoMapString(b *testing.B) {
	m := map[string]Value{}
	names := make([]string, 20)
	for i := range names {
		names[i] = "name" + strconv.Itoa(i)
		m[names[i]] = Int(int64(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := m[names[i%20]]; !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkDictGetSmallInt(b *testing.B) {
	d := NewDict()
	for i := 0; i < 1000; i++ {
		d.SetItem(Int(int64(i)), Int(int64(i)))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := d.GetItem(Int(int64(i % 1000))); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkSetAddContains(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := NewSet()
		for j := int64(0); j < 100; j++ {
			s.Add(Int(j))
		}
		for j := int64(0); j < 100; j++ {
			s.Contains(Int(j))
		}
	}
}

func BenchmarkSetContains(b *testing.B) {
	s := NewSet()
	for j := int64(0); j < 100; j++ {
		s.Add(Int(j))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Contains(Int(int64(i % 100)))
	}
}

func BenchmarkSetBuild100(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := NewSet()
		for j := int64(0); j < 100; j++ {
			s.Add(Int(j))
		}
	}
}
