"""The Qt-free domain of the workbench: the library, anchoring, scales, search and export."""
