# Exercise: the shapes through Bidirectional(LSTM(4, return_sequences=True))
# -> LSTM(3) -> Dense(5), for input (8, 10, 6), by reasoning alone
batch_size, sequence_length, input_dimension = 8, 10, 6

shape = (batch_size, sequence_length, input_dimension)
print('input: {}'.format(shape))
# return_sequences=True keeps the time axis; concat doubles the width
shape = (batch_size, sequence_length, 2 * 4)
print('Bidirectional(LSTM(4, return_sequences=True)): {}'.format(shape))
# the default return_sequences=False keeps only the last step
shape = (batch_size, 3)
print('LSTM(3): {}'.format(shape))
shape = (batch_size, 5)
print('Dense(5): {}'.format(shape))
