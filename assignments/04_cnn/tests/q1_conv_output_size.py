from otter.test_files import test_case

OK_FORMAT = False

name = "q1_conv_output_size"
points = 3

@test_case(points=1, hidden=False)
def test_conv_output_size_public(conv_output_size):
    from checks import expect_close, expect_true, explain_failures
    see = '§2 Padding, stride, dilation and the output size'
    with explain_failures(see):
        for args, kwargs, expected in [((28, 5), {}, 24), ((28, 3), {'padding': 1}, 28), ((28, 3), {'stride': 2}, 13), ((28, 3), {'dilation': 2}, 24), ((84, 8), {'stride': 4}, 20)]:
            call = f'conv_output_size{args[:2]}' if not kwargs else f'conv_output_size({args[0]}, {args[1]}, ' + ', '.join((f'{k}={v}' for k, v in kwargs.items())) + ')'
            got = conv_output_size(*args, **kwargs)
            expect_close(got, expected, call, see)
            expect_true(isinstance(got, int) and (not isinstance(got, bool)), call, f'expected a Python int, returned {type(got).__name__} {got!r} (use //).', see)

