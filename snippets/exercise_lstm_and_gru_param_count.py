# Exercise: parameter counts for units=16 on 10-dimensional input
input_dimension, units = 10, 16

block = input_dimension * units + units * units  # kernel + recurrent kernel
simple_rnn = block + units
lstm = 4 * (block + units)  # i, f, c, o
gru = 3 * (block + 2 * units)  # z, r, h; reset_after=True: two biases
gru_reset_before = 3 * (block + units)  # reset_after=False: one bias

print('SimpleRNN: {}'.format(simple_rnn))
print('LSTM: {}'.format(lstm))
print('GRU (reset_after=True): {}'.format(gru))
print('GRU (reset_after=False): {}'.format(gru_reset_before))
print('LSTM / SimpleRNN: {}'.format(lstm / simple_rnn))
