x = 0b1j
