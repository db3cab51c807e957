# The packaging folder is importable in these tests (app_metadata, the spec's helpers).
import packaging_paths  # noqa: F401
