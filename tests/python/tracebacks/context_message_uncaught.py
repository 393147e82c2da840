try:
    {}['missing']
except KeyError:
    undefined_function()
