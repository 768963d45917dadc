# Exercise: decoder input and target of '472' and '15', padded to 4 steps
import numpy as np

tokens = ['_', '<', '>'] + list('0123456789')  # 0 is padding
PAD, START, END = 0, 1, 2
strings = ['472', '15']
steps = 4  # the longest answer, 3 digits, plus one step
decoder_input = np.full((len(strings), steps), PAD)
target = np.full((len(strings), steps), PAD)
for n, s in enumerate(strings):
    answer = [tokens.index(ch) for ch in s[::-1]]
    decoder_input[n, :len(answer) + 1] = [START] + answer
    target[n, :len(answer) + 1] = answer + [END]

print('decoder input:\n{}\ntarget:\n{}'.format(decoder_input, target))
for n, s in enumerate(strings):
    print('{}: reads {} -> answers {}'.format(
        s, ''.join(tokens[i] for i in decoder_input[n]),
        ''.join(tokens[i] for i in target[n])))
real = target != PAD
print('real steps per string: {}'.format(real.sum(axis=1)))
print('step t reads the target of step t-1: {}'.format(
    np.array_equal(decoder_input[:, 1:][real[:, 1:]],
                   target[:, :-1][real[:, 1:]])))
