# _opcode.stack_effect for every opcode number, several opargs and each jump.
import _opcode, opcode
for op in range(256):
    for oparg in (None, 0, 1, 3, 0x103):
        row = []
        for jump in (None, True, False):
            try:
                row.append(_opcode.stack_effect(op, oparg, jump=jump))
            except ValueError as e:
                row.append(str(e)[:20])
        print(op, opcode.opname[op], oparg, row)
import dis
print(dis.stack_effect(opcode.opmap['BUILD_LIST'], 3), 'stack_effect' in opcode.__all__)
for bad in ["_opcode.stack_effect(1, jump=2)", "_opcode.stack_effect(2**40)", "_opcode.stack_effect('x')",
            "_opcode.get_specialization_stats()", "_opcode.stack_effect()"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
