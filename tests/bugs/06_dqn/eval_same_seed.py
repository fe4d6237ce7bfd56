"""evaluate_greedy that resets every episode with the same seed (env.reset(seed=seed)): the
greedy policy replays the same episode every time, so the mean is the return of one start
state."""
QUESTION = "q14_evaluate_greedy"


def evaluate_greedy(q_net, env_id="CartPole-v1", episodes=10, seed=1_000):
    env = gym.make(env_id)
    returns = []
    for episode in range(episodes):
        obs, _ = env.reset(seed=seed)
        done, total = False, 0.0
        while not done:
            with torch.no_grad():
                action = int(q_net(torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)).argmax(dim=1))
            obs, reward, terminated, truncated, _ = env.step(action)
            total += float(reward)
            done = terminated or truncated
        returns.append(total)
    return float(np.mean(returns))
