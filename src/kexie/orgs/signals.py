"""Signals other apps listen to: an organisation moved to another parent (its subtree with it), or renamed.

The ledger keeps counts per organisation's subtree; a move changes which subtrees a unit's rows fall in, so
the ledger recounts what the moved subtree touches. orgs imports no app above it: they connect in ready().
"""

from django.dispatch import Signal

# sent inside the move's transaction with organisation=, old_path=, new_path=
subtree_moved = Signal()

# sent inside the save's transaction with organisation=, old_name= (the name the organisation was loaded with)
renamed = Signal()
