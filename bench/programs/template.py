# template: a small template engine (web-style workload): a tokenizer and
# parser for {{ expr|filter }}, {% for %} and {% if %} tags into a node tree,
# then rendering pages of HTML with escaping from nested data.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


FILTERS = {
    "upper": lambda v: str(v).upper(),
    "title": lambda v: str(v).title(),
    "money": lambda v: "%.2f" % v,
    "len": lambda v: len(v),
    "raw": lambda v: v,
}


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class Expr:
    def __init__(self, source):
        parts = [p.strip() for p in source.split("|")]
        self.path = parts[0].split(".")
        self.filters = parts[1:]

    def value(self, ctx):
        v = ctx[self.path[0]]
        for name in self.path[1:]:
            v = v[name] if isinstance(v, dict) else getattr(v, name)
        return v

    def render(self, ctx, out):
        v = self.value(ctx)
        raw = False
        for f in self.filters:
            if f == "raw":
                raw = True
            v = FILTERS[f](v)
        out.append(str(v) if raw else escape(str(v)))


class For:
    def __init__(self, var, seq, body):
        self.var = var
        self.seq = Expr(seq)
        self.body = body

    def render(self, ctx, out):
        items = self.seq.value(ctx)
        inner = dict(ctx)
        for i, item in enumerate(items):
            inner[self.var] = item
            inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
            for node in self.body:
                node.render(inner, out)


class If:
    def __init__(self, cond, body, orelse):
        self.negate = cond.startswith("not ")
        self.cond = Expr(cond[4:] if self.negate else cond)
        self.body = body
        self.orelse = orelse

    def render(self, ctx, out):
        ok = bool(self.cond.value(ctx))
        for node in (self.body if ok != self.negate else self.orelse):
            node.render(ctx, out)


def tokenize(src):
    tokens = []
    pos = 0
    while pos < len(src):
        a = src.find("{{", pos)
        b = src.find("{%", pos)
        starts = [x for x in (a, b) if x >= 0]
        if not starts:
            tokens.append(("text", src[pos:]))
            break
        start = min(starts)
        if start > pos:
            tokens.append(("text", src[pos:start]))
        kind = "expr" if start == a else "tag"
        end = src.index("}}" if kind == "expr" else "%}", start)
        tokens.append((kind, src[start + 2:end].strip()))
        pos = end + 2
    return tokens


def parse(tokens, i=0, stop=()):
    nodes = []
    while i < len(tokens):
        kind, val = tokens[i]
        if kind == "text":
            nodes.append(Text(val))
        elif kind == "expr":
            nodes.append(Expr(val))
        else:
            word = val.split()[0]
            if word in stop:
                return nodes, i
            if word == "for":
                _, var, _, seq = val.split(None, 3)
                body, i = parse(tokens, i + 1, ("endfor",))
                nodes.append(For(var, seq, body))
            elif word == "if":
                body, i = parse(tokens, i + 1, ("else", "endif"))
                orelse = []
                if tokens[i][1] == "else":
                    orelse, i = parse(tokens, i + 1, ("endif",))
                nodes.append(If(val[3:].strip(), body, orelse))
            else:
                raise ValueError("unknown tag " + word)
        i += 1
    return nodes, i


PAGE = """<!DOCTYPE html>
<html><head><title>{{ title|title }}</title></head>
<body>
<h1>{{ title }}</h1>
{% if user.admin %}<p class="admin">Welcome back, {{ user.name|upper }}</p>{% else %}<p>Hello {{ user.name }}</p>{% endif %}
<table>
{% for row in rows %}<tr class="{% if loop.first %}first{% else %}row{% endif %}">
  <td>{{ loop.index }}</td><td>{{ row.name }}</td><td>{{ row.price|money }}</td>
  <td>{% for tag in row.tags %}<span>{{ tag }}</span>{% if not loop.last %}, {% endif %}{% endfor %}</td>
  <td>{{ row.note }}</td>
</tr>
{% endfor %}</table>
<p>{{ rows|len }} items</p>
</body></html>
"""


def make_rows(n, seed):
    rows = []
    for i in range(n):
        rows.append({
            "name": "Product <%d> & co" % (i * seed % 1000),
            "price": (i * 37 + seed) % 10000 / 100,
            "tags": ["t%d" % ((i + k) % 13) for k in range(i % 4)],
            "note": 'say "hi" to #%d' % i,
        })
    return rows


def main():
    pages = size(3600, 4)
    total = 0
    sample = ""
    for p in range(pages):
        tree, _ = parse(tokenize(PAGE))
        ctx = {
            "title": "catalogue page %d" % p,
            "user": {"name": "ada <lovelace>", "admin": p % 2 == 0},
            "rows": make_rows(30 + p % 20, p + 1),
        }
        out = []
        for node in tree:
            node.render(ctx, out)
        html = "".join(out)
        total += len(html) + html.count("<td>")
        if p == 1:
            sample = html
    print(sample[:400])
    print(total)


main()
