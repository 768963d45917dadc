# Exercise: cut one long series into batches for a stateful RNN
import numpy as np

series = np.arange(24)  # one long sequence: steps 0, 1, ..., 23
batch_size, chunk = 2, 4

# batch_size streams side by side: row i is one part of the series
streams = series.reshape(batch_size, -1)  # (2, 12)
batches = [streams[:, t:t + chunk]
           for t in range(0, streams.shape[1], chunk)]

print('streams shape: {}'.format(streams.shape))
print('{} batches of shape {}'.format(len(batches), batches[0].shape))
for k, batch in enumerate(batches):
    print('batch {}:\n{}'.format(k, batch))
