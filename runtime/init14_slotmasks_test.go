package runtime

import "testing"

// TestSlotGroupInlineTests checks that the inline tests inheritSlots uses
// (the arithmetic arrays, a func field's offset) agree with each group's
// has on every builtin type, and that the masks finishStaticType uses
// name the groups whose first dunder they are asked for.
func TestSlotGroupInlineTests(t *testing.T) {
	types := append([]*Type{ObjectType, TypeType}, staticTypes...)
	inline := 0
	for i, g := range slotGroups {
		if g.arith == arithNone && g.off == 0 {
			continue
		}
		inline++
		for _, typ := range types {
			var got bool
			switch g.arith {
			case arithNumber:
				got = typ.Number[g.op] != nil
			case arithInplace:
				got = typ.Inplace[g.op] != nil
			default:
				got = funcFieldSet(typ, g.off)
			}
			if got != g.has(typ) {
				t.Fatalf("group %d (%s) on %s: inline test says %v, has says %v", i, g.names[0], typ.Name, got, g.has(typ))
			}
		}
	}
	if inline < 40 {
		t.Errorf("only %d of %d slot groups are tested inline", inline, len(slotGroups))
	}
	for _, name := range finishSlotNames {
		m := slotMaskNamed(name)
		if m == 0 {
			t.Errorf("no slot group for %s", name)
		}
		for i, g := range slotGroups {
			if (m&(1<<i) != 0) != (g.names[0] == name) {
				t.Errorf("mask of %s and group %d (%s) disagree", name, i, g.names[0])
			}
		}
	}
}
