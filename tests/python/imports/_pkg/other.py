from . import sub
from .sub import NAME as SUBNAME
def from_sibling():
    return 'other sees ' + SUBNAME + ' via ' + sub.__name__
