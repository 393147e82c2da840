# minivm: a small interpreter written in Python: an assembler for a
# stack-machine language with labels, and a bytecode loop that dispatches
# on integer opcodes; runs programs for primes, gcd sums and a recursive
# function with call frames.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


OPS = ["push", "load", "store", "add", "sub", "mul", "mod", "div", "lt", "eq",
       "jmp", "jz", "jnz", "call", "ret", "print", "pop", "dup", "halt"]
OPCODE = {name: i for i, name in enumerate(OPS)}
(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ,
 JMP, JZ, JNZ, CALL, RET, PRINT, POP, DUP, HALT) = range(len(OPS))


def assemble(source):
    lines = []
    labels = {}
    for raw in source.strip().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    code = []
    for parts in lines:
        op = OPCODE[parts[0]]
        arg = 0
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else int(a)
        code.append((op, arg))
    return code


class Frame:
    __slots__ = ("ret", "locals")

    def __init__(self, ret, nlocals):
        self.ret = ret
        self.locals = [0] * nlocals


def run(code, nlocals=8):
    stack = []
    frames = [Frame(-1, nlocals)]
    out = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(frames[-1].locals[arg])
        elif op == STORE:
            frames[-1].locals[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == DIV:
            b = stack.pop()
            stack[-1] //= b
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == EQ:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] == b else 0
        elif op == JMP:
            pc = arg
        elif op == JZ:
            if not stack.pop():
                pc = arg
        elif op == JNZ:
            if stack.pop():
                pc = arg
        elif op == CALL:
            f = Frame(pc, nlocals)
            f.locals[0] = stack.pop()
            frames.append(f)
            pc = arg
        elif op == RET:
            pc = frames.pop().ret
        elif op == PRINT:
            out.append(stack.pop())
        elif op == POP:
            stack.pop()
        elif op == DUP:
            stack.append(stack[-1])
        elif op == HALT:
            return out, steps
        else:
            raise RuntimeError("bad opcode %d" % op)


PRIMES = """
    push 0
    store 1          # count
    push 2
    store 0          # n
loop:
    load 0
    push LIMIT
    lt
    jz done
    push 2
    store 2          # d
inner:
    load 2
    load 2
    mul
    load 0
    lt
    load 2
    load 2
    mul
    load 0
    eq
    add
    jz prime
    load 0
    load 2
    mod
    jz next
    load 2
    push 1
    add
    store 2
    jmp inner
prime:
    load 1
    push 1
    add
    store 1
next:
    load 0
    push 1
    add
    store 0
    jmp loop
done:
    load 1
    print
    halt
"""

GCD = """
    push 0
    store 3          # total
    push 1
    store 0          # a
outer:
    load 0
    push LIMIT
    lt
    jz end
    load 0
    push 7
    mul
    push 1000
    mod
    push 1
    add
    store 1          # b
    load 0
    store 2          # x
gcd:
    load 1
    jz gcd_done
    load 2
    load 1
    mod
    load 1
    store 2
    store 1
    jmp gcd
gcd_done:
    load 3
    load 2
    add
    store 3
    load 0
    push 1
    add
    store 0
    jmp outer
end:
    load 3
    print
    halt
"""

FIB = """
    push ARG
    call fib
    print
    halt
fib:
    load 0
    push 2
    lt
    jz recurse
    load 0
    ret
recurse:
    load 0
    push 1
    sub
    call fib
    load 0
    push 2
    sub
    call fib
    add
    ret
"""


def main():
    n = size(14, 1)
    results = []
    total_steps = 0
    for src, name, value in ((PRIMES, "LIMIT", 1200 * n), (GCD, "LIMIT", 1500 * n),
                             (FIB, "ARG", 13 + n // 2)):
        code = assemble(src.replace(name, str(value)))
        out, steps = run(code)
        results.extend(out)
        total_steps += steps
    print(results, total_steps)


main()
