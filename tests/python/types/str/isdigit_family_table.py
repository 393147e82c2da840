chars = ['0', '9', '٣', '۳', '߃', '३', '৩', '൩', '๓', '²', '³', '¹', '①', '⑴', '⒈', '½', '⅓', 'Ⅻ', '〇', '一', '𝟘', 'a', 'A', 'Ⅰ', 'ⅰ', '\u0661', '\uff10']
for c in chars:
    print(hex(ord(c)), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isupper(), c.islower())
