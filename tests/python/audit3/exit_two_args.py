raise SystemExit("a", "b")
