print(ascii('plain'), ascii('café'), ascii('日本'), ascii('\U0001f600'), ascii(b'\xff'), ascii([1, 'ä']))
print(repr('quote\'s'), repr("dq\""), repr('both\'"'), repr('\n\t\\'), repr('\x00\x1f\x7f\x80\xa0'))
print(repr('\u200b\u2028'), repr('\ud800'), ascii('\ud800'))
