# The adding problem at three lengths: how far back can SimpleRNN reach?
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers
import matplotlib.pyplot as plt

keras.utils.set_random_seed(7)  # the initial weights and the batch order
rng = np.random.default_rng(7)  # the data


def adding_problem(n, length):
    """n (value, marker) sequences and the sums of their marked values."""
    values = rng.uniform(size=(n, length))  # uniform on [0, 1)
    rows = np.arange(n)
    first = rng.integers(0, length // 2, size=n)  # a step in the first half
    second = rng.integers(length // 2, length, size=n)  # one in the second
    markers = np.zeros((n, length))
    markers[rows, first] = 1.0
    markers[rows, second] = 1.0
    x = np.stack([values, markers], axis=-1).astype('float32')
    y = (values[rows, first] + values[rows, second]).astype('float32')
    return x, y, first, second


lengths, epochs = [5, 15, 25], 12
baseline_mse = 1 / 6  # always predicting the mean target, 1.0
histories, test_mse, slopes = {}, {}, {}
print('length  test MSE  d(prediction)/d(first value), /d(second value)')
for length in lengths:
    x_train, y_train, _, _ = adding_problem(2000, length)
    x_test, y_test, first, second = adding_problem(1000, length)
    model = keras.Sequential([
        keras.Input(shape=(length, 2)),
        layers.SimpleRNN(32),  # (batch_size, 32): the last step's h
        layers.Dense(1),  # (batch_size, 1): the predicted sum
    ])
    # steps_per_execution: 32 batches per call, less Python per batch
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02),
                  loss='mse', steps_per_execution=32)
    histories[length] = model.fit(x_train, y_train, batch_size=64,
                                  epochs=epochs, verbose=0).history['loss']

    x_test = tf.constant(x_test)  # (1000, length, 2)
    with tf.GradientTape() as tape:
        tape.watch(x_test)
        predictions = model(x_test)[:, 0]  # (1000,)
        total = tf.reduce_sum(predictions)
    test_mse[length] = float(np.mean((predictions - y_test) ** 2))
    # each prediction depends on its own sequence only, so the gradient of
    # their sum holds every sequence's own gradient: (1000, length, 2)
    grads = tape.gradient(total, x_test).numpy()
    rows = np.arange(len(y_test))
    # channel 0 is the value; a perfect model has slope 1 for both
    slopes[length] = (grads[rows, first, 0].mean(),
                      grads[rows, second, 0].mean())
    print('{:6d}  {:8.4f}  {:8.2f}, {:.2f}'.format(
        length, test_mse[length], *slopes[length]))
print('always 1.0: test MSE {:.4f}'.format(baseline_mse))

fig, ax = plt.subplots(figsize=(7, 3.4))
for length, losses in histories.items():
    ax.plot(range(1, epochs + 1), losses, marker='o',
            label='length {}'.format(length))
ax.axhline(baseline_mse, color='gray', linestyle='--', label='always 1.0')
ax.set_xlabel('epoch')
ax.set_ylabel('training MSE')
ax.set_title('SimpleRNN on the adding problem')
ax.legend()
fig.tight_layout()
plt.show()  # a window when run alone; nothing under the site build's Agg
