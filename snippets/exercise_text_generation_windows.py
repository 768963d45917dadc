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

train_length = 1464  # the page's training text
print('the training text ({} characters), seq_length 32: windows {}'.format(
    train_length, len(range(train_length - 32))))
