# One-hot vectors for the characters of "hello",
# and the input shape an RNN expects
import numpy as np

# h, e, l, o: 4 characters -> 4-dimensional one-hot vectors
# (input_dimension = 4)
h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

# tf.keras RNN layers read (batch_size, sequence_length, input_dimension)
one_char = np.array([[h]], dtype=np.float32)  # 1 sequence of 1 character
# 1 sequence of 5 characters
hello = np.array([[h, e, l, l, o]], dtype=np.float32)
# 3 sequences of 5 characters
batch = np.array([[h, e, l, l, o],
                  [e, o, l, l, l],
                  [l, l, e, e, l]], dtype=np.float32)

print('one_char shape: {}'.format(one_char.shape))
print('hello shape: {}'.format(hello.shape))
print('batch shape: {}'.format(batch.shape))
print('hello[0]:\n{}'.format(hello[0]))
