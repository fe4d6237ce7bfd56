from otter.test_files import test_case

OK_FORMAT = False

name = "q4_layernorm"
points = 3

@test_case(points=None, hidden=False)
def test_layernorm_public(layernorm_forward, np):
    from checks import expect_array, explain_failures
    see = '§5 Layer normalization'
    with explain_failures(see):
        x = np.array([[1.0, 2.0, 3.0], [5.0, 5.0, 5.0]])
        call = 'layernorm_forward(x=[[1, 2, 3], [5, 5, 5]], gamma=[1, 1, 1], beta=[0, 0, 0.5])'
        expect_array(layernorm_forward(x, np.ones(3), np.array([0.0, 0.0, 0.5])), np.array([[-1.22474, 0.0, 1.72474], [0.0, 0.0, 0.5]]), call, see, atol=0.0001)
        x = np.array([[1.0, 3.0], [2.0, 10.0], [0.0, -4.0]])
        expect_array(layernorm_forward(x, np.ones(2), np.zeros(2)), np.array([[-1.0, 1.0], [-1.0, 1.0], [1.0, -1.0]]), 'layernorm_forward([[1, 3], [2, 10], [0, -4]], gamma=[1, 1], beta=[0, 0])  (each ROW is normalised)', see, atol=0.0001)

