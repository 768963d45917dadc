# Exercise: the best a forecast can hope for. Knowing the rule of the series
# exactly, trend and seasons but not the day's noise, what is the MAE on the
# 136 test days (864 to 999)? And the naive baseline's, for comparison?
import numpy as np

days = 1000
t = np.arange(days)
rng = np.random.default_rng(0)  # the same noise as the lesson's series
noise = rng.normal(0, 1, days)
rule = (20 + 0.004 * t + 5 * np.sin(2 * np.pi * t / 365.25)
        + 3 * np.sin(2 * np.pi * t / 7))
series = (rule + noise).astype(np.float32)

test_days = t[864:]
rule_mae = np.mean(np.abs(rule[test_days] - series[test_days]))
naive_mae = np.mean(np.abs(series[test_days - 1] - series[test_days]))
print('forecast by the rule itself: MAE {:.3f}'.format(rule_mae))
print('naive last value:            MAE {:.3f}'.format(naive_mae))
print('E|noise| for noise ~ N(0, 1), sqrt(2/pi): {:.3f}'.format(
    np.sqrt(2 / np.pi)))
