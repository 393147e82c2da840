# regex: the re module on generated log text: compiled patterns with
# groups and named groups, findall, finditer, sub with a function, split,
# fullmatch, and case-insensitive and multiline searches.
import sys
import re


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/api/users", "/api/orders/17", "/static/app.js", "/login", "/api/items?id=42&x=y"]


def make_log(n):
    lines = []
    for i in range(n):
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] 10.0.%d.%d GET %s %d %dms user=%s"
                     % (1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60,
                        LEVELS[i % 4], i % 256, (i * 13) % 256, PATHS[i % 5],
                        200 if i % 7 else 500, i % 997, "u%d@mail.example.com" % (i % 50)))
    return "\n".join(lines)


LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>\w+)\] "
                  r"(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) (?P<method>[A-Z]+) (?P<path>\S+) "
                  r"(?P<status>\d{3}) (?P<ms>\d+)ms user=(?P<user>\S+)$", re.M)
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}")
NUMBER = re.compile(r"\b\d+\b")
WORD = re.compile(r"[a-z]+", re.I)


def main():
    n = size(48000, 300)
    log = make_log(n)
    total = 0
    errors = 0
    slow = 0
    for m in LINE.finditer(log):
        if m.group("level") == "ERROR":
            errors += 1
        if int(m.group("ms")) > 500:
            slow += 1
        total += len(m.group("path")) + m.end() - m.start()
    emails = EMAIL.findall(log)
    nums = NUMBER.findall(log)
    masked = EMAIL.sub(lambda m: m.group(0)[0] + "***", log)
    swapped = re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", log)
    parts = re.split(r"[\s\[\]=]+", log)
    words = WORD.findall(log)
    api = sum(1 for line in log.splitlines() if re.search(r"/api/\w+(/\d+)?", line))
    full = sum(1 for p in parts if re.fullmatch(r"\d+ms", p))
    warn = len(re.findall(r"^.*\[warn\].*$", log, re.I | re.M))
    print(errors, slow, total, len(emails), len(nums), len(masked), len(swapped))
    print(len(parts), len(words), api, full, warn, swapped[:60])


main()
