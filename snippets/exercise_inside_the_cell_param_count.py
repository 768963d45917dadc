# Exercise: SimpleRNN(units=8) on 10-dimensional input. Weight shapes and
# parameter count, by arithmetic alone
input_dimension = 10
hidden_size = 8

shapes = {
    'kernel': (input_dimension, hidden_size),
    'recurrent_kernel': (hidden_size, hidden_size),
    'bias': (hidden_size,),
}
total = 0
for name, shape in shapes.items():
    size = 1
    for axis in shape:
        size *= axis
    total += size
    print('{}: shape {}, {} parameters'.format(name, shape, size))
print('total: {}'.format(total))
