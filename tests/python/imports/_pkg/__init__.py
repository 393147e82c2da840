NAME = 'pkg'
