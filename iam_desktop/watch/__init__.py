"""Watch folders: new audio and video files in chosen folders are transcribed once, and exported."""

from iam_desktop.watch.folders import WatchFolderError, watch_folder
from iam_desktop.watch.watcher import ScanReport, Watcher

__all__ = ["ScanReport", "WatchFolderError", "Watcher", "watch_folder"]
