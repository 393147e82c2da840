# Makes mutated snippets of stdlib sources and reports what CPython 3.11's C
# tokenizer makes of each, for the mutation test in tokenizer_test.go.
# Usage: python3.11 mutants.py ROOT SEED COUNT. Output: a JSON list of
# {"src", "tokens" (lines as in ctokens.py), "error" ([msg, lineno, offset,
# end_offset] of the SyntaxError the tokenizer raised, or null),
# "compile" ([class, msg] of compile()'s SyntaxError, or null), "file"
# ([class, msg, lineno, offset, end_lineno, end_offset, text] of the error
# of compile() of the bytes of a file holding the snippet, or null)}.
import json, os, random, re, sys, tempfile, textwrap, tokenize, unicodedata, warnings
warnings.simplefilter("ignore")

INSERTS = ['"', "'", '"""', "'''", '(', ')', '[', ']', '{', '}', '\\', '\\\n', '\t', ' ', '    ',
           '\n', '#', '0', '1', '_', 'x', 'e', 'j', '.', '0x', '0o', '0b', 'if', 'else', 'for',
           '\x0c', '\r', '\r\n', 'é', '€', '\u00a0', '\u2028', '$', '?', '!', '`', 'f"', "rb'",
           '=', '<>', '->', '...', ':=', '**=', '//', '\x01', '\U0001F600', 'ª', '²',
           "ur'", 'Rb"', "bR'''", "U'", 'fR"', "uR'", 'Br"""', '1_0', '1e-', '0_', '.5j', 'ǅ', '\u0300', 'ﬁ']

def files(root):
    out = []
    for d, dirs, fs in os.walk(root):
        dirs.sort()
        out += [os.path.join(d, f) for f in sorted(fs) if f.endswith('.py')]
    return out

def mutate(rng, text):
    lines = text.splitlines(True)
    if not lines:
        return text
    i = rng.randrange(len(lines))
    s = ''.join(lines[i:i + rng.randint(1, 25)])
    if rng.random() < 0.7:
        s = textwrap.dedent(s)  # so that the parser gets further
    for _ in range(rng.randint(1, 3)):
        p = rng.randint(0, len(s))
        op = rng.random()
        if op < 0.15:
            # Change the indentation of a line.
            ls = s.split('\n')
            k = rng.randrange(len(ls))
            body = ls[k].lstrip(' \t')
            ls[k] = rng.choice(['', ' ', '\t', '  ', '\t ', ' \t', '        ', '\x0c ', '\\\n']) + \
                ls[k][:len(ls[k]) - len(body)][rng.randint(0, 2):] + body
            s = '\n'.join(ls)
        elif op < 0.6:
            s = s[:p] + rng.choice(INSERTS) + s[p:]
        elif op < 0.9:
            s = s[:p] + s[p + rng.randint(1, 3):]
        else:
            s = s[:p]
    return s

def c_tokens(src):
    toks, err = [], None
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(src):
            name = tokenize.tok_name[t.exact_type]
            val = t.string
            if name == 'NAME' and not val.isascii():
                val = unicodedata.normalize('NFKC', val)
            if name == 'NEWLINE':
                val = ''
            toks.append('%s\0%s\0%d\0%d\0%d\0%d\n' % (name, val, t.start[0], t.start[1], t.end[0], t.end[1]))
    except SyntaxError as e:
        err = [e.msg, e.lineno, e.offset, e.end_offset]
    return toks, err

def compiled(src):
    try:
        compile(src, '<m>', 'exec')
    except SyntaxError as e:
        return [type(e).__name__, e.msg]
    except Exception as e:
        return [type(e).__name__, str(e)]
    return None

def compiled_file(src, path):
    # compile() of the bytes of an existing file, as an import does.
    raw = src.encode('utf-8', 'surrogatepass')
    with open(path, 'wb') as f:
        f.write(raw)
    try:
        compile(raw, path, 'exec')
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0,
                e.end_offset or 0, e.text or '']
    except Exception as e:
        return [type(e).__name__, str(e), 0, 0, 0, 0, '']
    return None

def main():
    root, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    fs = files(root)
    out = []
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, 'm.py')
    while len(out) < count:
        with open(rng.choice(fs), 'rb') as f:
            raw = f.read()
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            continue
        src = mutate(rng, text)
        if '\0' in src or re.search(r'coding[:=]', '\n'.join(src.split('\n')[:2])):
            continue
        toks, err = c_tokens(src)
        out.append({'src': src, 'tokens': toks, 'error': err, 'compile': compiled(src),
                    'file': compiled_file(src, path)})
    os.remove(path)
    os.rmdir(tmp)
    json.dump(out, sys.stdout)

main()
