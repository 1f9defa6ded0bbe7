"""kexie (科协): the work platform of China's science and technology associations."""

__version__ = "0.1.0"
