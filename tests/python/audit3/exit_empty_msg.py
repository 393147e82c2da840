import sys
sys.stderr.write("before\n")
raise SystemExit("")
