"""evaluate_greedy taking the argmax over dim=0 (the batch of one) instead of over the
actions: the index is always 0, so the agent always takes action 0."""
QUESTION = "q14_evaluate_greedy"


def evaluate_greedy(q_net, env_id="CartPole-v1", episodes=10, seed=1_000):
    env = gym.make(env_id)
    returns = []
    for episode in range(episodes):
        obs, _ = env.reset(seed=seed + episode)
        done, total = False, 0.0
        while not done:
            with torch.no_grad():
                action = int(q_net(torch.as_tensor(obs, dtype=torch.float32).unsqueeze(0)).argmax(dim=0)[0])
            obs, reward, terminated, truncated, _ = env.step(action)
            total += float(reward)
            done = terminated or truncated
        returns.append(total)
    return float(np.mean(returns))
