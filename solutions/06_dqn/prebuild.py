"""Writes atari_frames.npy: 5 real preprocessed Breakout observations, uint8 (5, 4, 84, 84).

Run by the build in a copy of this folder (never shipped). The hidden NatureDQN test reads
the file with checks.grader_file; the grader's own environment then needs no ale-py.
Deterministic: fixed seeds, no sticky actions, no no-op starts; `np.save` writes the same
bytes every time (an .npz would embed the time of writing).
"""
import ale_py
import gymnasium as gym
import numpy as np
from gymnasium.wrappers import AtariPreprocessing, FrameStackObservation

# The emulator prints its banner ("A.L.E: Arcade Learning Environment ...") from C++ when
# an environment is made; a release says only what it is doing, so log errors alone.
ale_py.ALEInterface.setLoggerMode(ale_py.LoggerMode.Error)
gym.register_envs(ale_py)
env = gym.make("ALE/Breakout-v5", frameskip=1, repeat_action_probability=0.0)
env = AtariPreprocessing(env, frame_skip=4, screen_size=84, grayscale_obs=True, noop_max=0)
env = FrameStackObservation(env, stack_size=4)
obs, _ = env.reset(seed=0)
rng = np.random.default_rng(0)
frames = []
for t in range(60):
    action = 1 if t % 10 == 0 else int(rng.integers(4))  # 1 = FIRE launches the ball
    obs, *_ = env.step(action)
    if t % 12 == 11:
        frames.append(np.asarray(obs))
env.close()
frames = np.stack(frames)
assert frames.shape == (5, 4, 84, 84) and frames.dtype == np.uint8
np.save("atari_frames.npy", frames)
