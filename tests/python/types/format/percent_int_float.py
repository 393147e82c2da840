for fmt in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%o', '%#o', '%e', '%.2e', '%E', '%f', '%.0f', '%#.0f', '%g', '%G', '%.3g', '%#g', '%10.4f', '%-10.2f|', '%+.1f', '%c', '%r', '%s', '%a', '%%%d']:
    out = []
    for v in [0, 65, -12, 3.75, 1e20, -0.0, True]:
        try:
            out.append(fmt % v)
        except (TypeError, ValueError, OverflowError) as e:
            out.append('E:' + type(e).__name__)
    print(fmt, out)
