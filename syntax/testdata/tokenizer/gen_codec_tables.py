# Generates syntax/decode_tables.go from python3.11's encodings package: the
# decoding tables of its single-byte (charmap) codecs, the aliases of the
# codecs the tokenizer supports, and the names of the non-text codecs
# (which a coding declaration may not name). Run from syntax/:
#   python3.11 testdata/tokenizer/gen_codec_tables.py > decode_tables.go
import codecs, importlib, pkgutil, sys
import encodings, encodings.aliases

charmaps, nontext, others = {}, {}, set()
for m in pkgutil.iter_modules(encodings.__path__):
    try:
        mod = importlib.import_module('encodings.' + m.name)
        info = mod.getregentry()
    except Exception:
        continue
    if hasattr(mod, 'decoding_table'):
        charmaps[m.name] = mod.decoding_table
    elif not getattr(info, '_is_text_encoding', True):
        nontext[m.name] = info.name
    else:
        others.add(m.name)

def goquote(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append('\\' + ch)
        elif 0x20 <= o < 0x7f:
            out.append(ch)
        else:
            out.append('\\u%04x' % o)
    return '"' + ''.join(out) + '"'

w = sys.stdout.write
w('// This file defines the codec data of source decoding, generated from\n')
w('// python%d.%d by testdata/tokenizer/gen_codec_tables.py. DO NOT EDIT.\n\n' % sys.version_info[:2])
w('package syntax\n\nimport "sync"\n\n')
w('// The tables are built on first use (a coding declaration other than\n')
w('// UTF-8): as package-level map literals they were built at every start.\n\n')
w('// charmapTables maps the module name of each single-byte codec to its\n')
w('// 256 characters, U+FFFE marking an undefined byte.\n')
w('var charmapTables = sync.OnceValue(func() map[string]string {\n\treturn map[string]string{\n')
for name in sorted(charmaps):
    w('\t\t%s: %s,\n' % (goquote(name), goquote(charmaps[name])))
w('\t}\n})\n\n')
w('// nonTextCodecs holds the module names of the non-text codecs.\n')
w('var nonTextCodecs = sync.OnceValue(func() map[string]bool {\n\treturn map[string]bool{\n')
for name in sorted(nontext):
    w('\t\t%s: true,\n' % goquote(name))
w('\t}\n})\n\n')
known = set(charmaps) | set(nontext) | others
w('// codecAliases is encodings.aliases.aliases.\n')
w('var codecAliases = sync.OnceValue(func() map[string]string {\n\treturn map[string]string{\n')
for a, m in sorted(encodings.aliases.aliases.items()):
    if m in known:
        w('\t\t%s: %s,\n' % (goquote(a), goquote(m)))
w('\t}\n})\n')
