"""科技工作者之家: the register of scientists, 办实事清单, 走访慰问, 联系制度, 典型选树 and 推荐评选."""
