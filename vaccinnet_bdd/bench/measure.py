"""CPU time and memory of a process tree, read from /proc while it runs."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def _pss(pid: int) -> int:
    """Proportional set size in bytes: shared pages (Chromium's processes share many) counted once."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


class ProcessTree(threading.Thread):
    """CPU time and memory of a process and everything it starts, read from /proc every 0.2 s.

    CPU: the last user + system time seen of every process in the tree, summed. (The rusage of the
    child alone misses Chromium's renderers, which their zygote never hands back to the tree.) A
    process that ends between two readings loses at most its last 0.2 s. Memory: the peak PSS of
    each xdist worker (or of the one pytest process) with its mock, driver and browser.
    """

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.cpu: dict[int, float] = {}
        self.peaks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.sample()
            self.done.wait(0.2)

    def sample(self) -> None:
        parents, cpu, workers = {}, {}, []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                # An xdist worker is a Python child of the controller (its title changes as it runs).
                is_worker = int(fields[1]) == self.root and "python" in os.readlink(entry / "exe")
            except OSError:
                continue
            pid = int(entry.name)
            parents[pid], cpu[pid] = int(fields[1]), (int(fields[11]) + int(fields[12])) / self.TICK
            if is_worker:
                workers.append(pid)
        tree = [pid for pid in cpu if self._descends(pid, self.root, parents)]
        for pid in tree:
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu[pid])
        for worker in workers or [self.root]:
            try:
                total = sum(_pss(pid) for pid in tree if self._descends(pid, worker, parents))
            except OSError:
                continue
            self.peaks[worker] = max(self.peaks.get(worker, 0), total)

    @staticmethod
    def _descends(pid: int, ancestor: int, parents: dict[int, int]) -> bool:
        while pid > 1:
            if pid == ancestor:
                return True
            pid = parents.get(pid, 0)
        return False
