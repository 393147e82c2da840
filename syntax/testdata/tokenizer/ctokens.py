# Prints the token stream CPython 3.11's C tokenizer gives its parser, for the
# differential test in tokenizer_test.go. Usage:
#   python3.11 ctokens.py ROOT   -> one "path<TAB>sha1" line per .py file under ROOT
#   python3.11 ctokens.py FILE   -> the token lines of FILE
# A token line is "KIND\0VALUE\0LINE\0COL\0ENDLINE\0ENDCOL\n" with byte
# columns (-1 where CPython has no position); NAME values are NFKC-normalized;
# keywords are NAME, as the C tokenizer returns them. A SyntaxError ends the
# stream with "ERROR\0CLASS\0MSG\0LINENO\0OFFSET\n".
import hashlib, os, re, sys, tokenize, unicodedata

def source_text(path):
    with open(path, 'rb') as f:
        raw = f.read()
    enc, _ = tokenize.detect_encoding(iter(raw.splitlines(True)).__next__)
    text = raw.decode(enc)
    if text.startswith('\ufeff'):
        text = text[1:]
    if enc not in ('utf-8', 'utf-8-sig'):
        # The C tokenizer would decode the cookie's encoding again from
        # UTF-8: hide the declaration (comments yield no tokens).
        lines = text.split('\n', 2)
        for i in range(min(2, len(lines))):
            lines[i] = lines[i].replace('coding', 'codinG')
        text = '\n'.join(lines)
    return text

def decode_error(path):
    # A source the tokenizer cannot decode: CPython's error is compile()'s.
    # A bad byte in a string literal is the string parser's error, not the
    # tokenizer's: skip such files.
    with open(path, 'rb') as f:
        raw = f.read()
    try:
        compile(raw, path, 'exec')
    except SyntaxError as e:
        if e.msg.startswith('(unicode error)'):
            return ['SKIP\n']
        return ['ERROR\0%s\0%s\0%s\0%s\n' % (type(e).__name__, e.msg, e.lineno, e.offset)]
    return ['SKIP\n']

def token_lines(path):
    out = []
    try:
        text = source_text(path)
    except SyntaxError:
        return decode_error(path)
    try:
        if '\0' in text:
            raise SyntaxError('source code string cannot contain null bytes')
        for t in tokenize._generate_tokens_from_c_tokenizer(text):
            name = tokenize.tok_name[t.exact_type]
            val = t.string
            if name == 'NAME' and not val.isascii():
                val = unicodedata.normalize('NFKC', val)
            if name == 'NEWLINE':
                val = ''
            out.append('%s\0%s\0%d\0%d\0%d\0%d\n' % (name, val, t.start[0], t.start[1], t.end[0], t.end[1]))
    except SyntaxError as e:
        out.append('ERROR\0%s\0%s\0%s\0%s\n' % (type(e).__name__, e.msg, e.lineno, e.offset))
    except (UnicodeDecodeError, LookupError) as e:
        out.append('SKIP\n')
    return out

def main():
    arg = sys.argv[1]
    if os.path.isfile(arg):
        sys.stdout.write(''.join(token_lines(arg)).replace('\0', ' '))
        return
    w = sys.stdout.buffer
    for dirpath, dirnames, filenames in os.walk(arg):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith('.py'):
                continue
            p = os.path.join(dirpath, fn)
            h = hashlib.sha1(''.join(token_lines(p)).encode('utf-8', 'surrogatepass')).hexdigest()
            w.write(p.encode('utf-8', 'surrogateescape') + b'\t' + h.encode() + b'\n')

main()
