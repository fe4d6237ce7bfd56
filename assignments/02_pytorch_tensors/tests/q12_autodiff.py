from otter.test_files import test_case

OK_FORMAT = False

name = "q12_autodiff"
points = 4

@test_case(points=None, hidden=False)
def test_autodiff_public(run_program):
    import math
    from checks import expect_close, expect_true, expect_tuple, explain_failures
    see = '§13 Inside autograd: a scalar reverse-mode engine'
    cases = [('out = x * y + x with x = 2, y = -3 (x is used twice: d out/dx = y + 1)', [('input', 2.0), ('input', -3.0), ('mul', 0, 1), ('add', 2, 0)], -4.0, [-2.0, 2.0]), ('m = x * y, out = m + m * y with x = 2, y = 3 (m is used twice: d out/dx = y + y ** 2, d out/dy = x + 2 x y)', [('input', 2.0), ('input', 3.0), ('mul', 0, 1), ('mul', 2, 1), ('add', 2, 3)], 24.0, [12.0, 14.0]), ('out = 1 + tanh(x) * 3 with x = atanh(0.5) (tanh(x) = 0.5; d out/dx = 3 (1 - 0.5 ** 2))', [('input', math.atanh(0.5)), ('tanh', 0), ('mul_number', 1, 3.0), ('number_add', 1.0, 2)], 2.5, [2.25]), ('out = 2 * x + 0.5 with x = 1.5 (a number on the left calls __rmul__)', [('input', 1.5), ('number_mul', 2.0, 0), ('add_number', 1, 0.5)], 3.5, [2.0])]
    with explain_failures(see):
        for what, program, want, want_grads in cases:
            call = f'run_program({program}), for {what}'
            data, grads = expect_tuple(run_program(program), 2, call, see)
            expect_close(data, want, f"the output's .data from {call}", see)
            expect_true(isinstance(grads, (list, tuple)) and len(grads) == len(want_grads), call, f'expected {len(want_grads)} input gradients, got {grads!r:.100}.', see)
            for i, (got, expected) in enumerate(zip(grads, want_grads)):
                expect_close(got, expected, f'.grad of input {i} from {call}', see)

