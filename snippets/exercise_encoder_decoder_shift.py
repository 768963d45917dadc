# Exercise: the decoder input is the target shifted right by one step
import numpy as np

out_chars = ['<', 'a', 'b', 'c', 'd']
words = ['dab', 'cca']
target = np.array([[out_chars.index(c) for c in w[::-1]] for w in words])
# '<' (index 0) first, then every answer but the last
start = np.zeros((len(words), 1), dtype=int)
decoder_input = np.concatenate([start, target[:, :-1]], axis=1)

print('target shape: {}, decoder input shape: {}'.format(
    target.shape, decoder_input.shape))
for n, word in enumerate(words):
    print('{}: reads {} -> answers {}'.format(
        word, ''.join(out_chars[i] for i in decoder_input[n]),
        ''.join(out_chars[i] for i in target[n])))
print('step t reads the answer of step t-1: {}'.format(
    np.array_equal(decoder_input[:, 1:], target[:, :-1])))
