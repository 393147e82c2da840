# str.count, str.replace and str.split(sep) on texts long enough for the
# skip-table count: HTML-like pages, overlapping candidates, non-ASCII
# needles and haystacks, start/end windows, str subclasses.


class S(str):
    pass


row = ('<tr class="row">\n  <td>12</td><td>Product &lt;12&gt; &amp; co</td>'
       '<td>12.50</td>\n  <td><span>t1</span>, <span>t2</span></td>\n</tr>\n')
page = row * 37
print(page.count("<td>"), page.count("</td>"), page.count("<span>"), page.count("&amp;"))
print(page.count("<td>", 100), page.count("<td>", 100, 2000), page.count("<td>", -500))
print(page.count("tr"), page.count("\n  "), page.count("zz"), page.count(row), page.count(row * 2))
a = "a" * 200
print(a.count("aa"), a.count("aaa"), (a + "b").count("ab"), a.count("a" * 199), a.count("a" * 201))
uni = "日本語のテキスト、éèê — " * 20
print(uni.count("テキスト"), uni.count("é"), uni.count("ê —"), uni.count("語の", 10, 300))
print(uni.replace("テキスト", "text").count("text"), len(uni.replace("—", "--")))
esc = ('say "hi" & <b>bye</b> ' * 12)
print(esc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))
print(page.replace("<td>", "<TD>", 5).count("<TD>"), page.replace("</td><td>", "|").count("|"))
print(page.split("</td>", 3)[:3], len(page.split("<td>")), len(page.split("\n  ")))
print(S(page).count("<td>"), type(S(page).replace("<td>", "x")).__name__)
needle = "x" * 255
hay = ("y" * 50 + needle) * 3
print(hay.count(needle), hay.count(needle + "y"), hay.count("y" + needle), hay.count("xy" * 2))
print(("ab" * 100).count("aba"), ("abc" * 100).count("cab"), ("\x00\xff" * 64).count("\xff\x00"))
