# Exercise: how many (input, target) windows does a text give?
text = 'hihello'
for seq_length in [3, 6]:
    starts = range(len(text) - seq_length)  # the target needs one more
    windows = [(text[s:s + seq_length], text[s + 1:s + seq_length + 1])
               for s in starts]
    print('seq_length {}: number of windows {} = len(text) - seq_length, '
          'x_idx shape {}'.format(seq_length, len(windows),
                                  (len(windows), seq_length)))
    for x, y in windows:
        print('  {!r} -> {!r}'.format(x, y))

print('the poem (231 characters), seq_length 16: number of windows {}'.format(
    231 - 16))
