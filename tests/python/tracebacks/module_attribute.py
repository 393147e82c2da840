import sys
sys.maxsizee
