"""The reader's flat outline (items with levels) as a tree for the document page."""

from __future__ import annotations

from dataclasses import dataclass, field

from kexie.reader import OutlineItem

ROLE_LABELS = {
    "lead_leaders": "牵头领导",
    "responsible_leaders": "责任领导",
    "departments": "责任科室",
    "lead_units": "牵头单位",
    "partner_units": "配合单位",
}


@dataclass
class Node:
    item: OutlineItem
    children: list["Node"] = field(default_factory=list)

    @property
    def responsibilities(self) -> list[tuple[str, list[str]]]:
        """(label, names) for each role the item names, in role order."""
        resp = self.item.responsibility
        if not resp:
            return []
        return [(label, getattr(resp, role)) for role, label in ROLE_LABELS.items() if getattr(resp, role)]


def outline_tree(items: list[OutlineItem]) -> list[Node]:
    """Nest items under the nearest earlier item of a smaller level; levels may skip (一、 then 1.)."""
    roots: list[Node] = []
    stack: list[Node] = []
    for item in items:
        node = Node(item)
        while stack and stack[-1].item.level >= item.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots
