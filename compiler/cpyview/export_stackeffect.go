// This file exports the opcodes' stack effects for the _opcode module.

package cpyview

// realOpcodes are the numbers of Lib/opcode.py's opmap in 3.11: the only
// opcodes _opcode.stack_effect accepts.
var realOpcodes = [...]uint8{0, 1, 2, 9, 10, 11, 12, 15, 25, 30, 31, 32, 33, 35, 36, 37, 49, 50, 51, 52,
	53, 54, 60, 61, 68, 69, 70, 71, 74, 75, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96,
	97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 114, 115, 116, 117,
	118, 119, 120, 122, 123, 124, 125, 126, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
	140, 142, 144, 145, 146, 147, 148, 149, 151, 152, 155, 156, 157, 160, 162, 163, 164, 165, 166,
	171, 172, 173, 174, 175, 176}

// HaveArgument is opcode.HAVE_ARGUMENT: opcodes from it on take an oparg.
const HaveArgument = haveArgument

// StackEffect is _opcode.stack_effect: jump is 1 (the branch is taken),
// 0 (not taken) or -1 (the larger of the two); ok is false for a number
// that is no opcode.
func StackEffect(op, oparg, jump int) (effect int, ok bool) {
	valid := false
	for _, r := range realOpcodes {
		if int(r) == op {
			valid = true
			break
		}
	}
	if !valid {
		return 0, false
	}
	// CPython's table charges a call's arguments to PRECALL and the
	// callable to CALL; the code generator's split differs, with the same
	// sum and maximum depth.
	switch op {
	case PRECALL:
		return -oparg, true
	case CALL:
		return -1, true
	}
	switch jump {
	case 1:
		return stackEffect(op, oparg, true), true
	case 0:
		return stackEffect(op, oparg, false), true
	}
	return max(stackEffect(op, oparg, true), stackEffect(op, oparg, false)), true
}
