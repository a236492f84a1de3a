"""The Luhn checksum (cards) shared by the evaluation-set generators."""


def _luhn_total(digits, double_even):
    # From the right; every other digit doubled (its digit sum taken), starting at the rightmost
    # when it is the check digit still to be found (double_even) and after it otherwise.
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == (0 if double_even else 1):
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total


def luhn_check_digit(body):
    """The digit that makes body + digit pass the Luhn check."""
    return str((10 - _luhn_total(body, True) % 10) % 10)


def luhn_ok(n):
    return _luhn_total(n, False) % 10 == 0
