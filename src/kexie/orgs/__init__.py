"""Organisations (科协 and the bodies under them) as a tree, their departments, people, titles and users' roles."""
