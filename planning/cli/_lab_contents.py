"""JupyterLab's contents manager for ``planning lab``: jupytext's (the paired twins), which
hands a notebook to the browser with the kernel's own metadata.

Why: when the kernel starts, JupyterLab writes the kernel's ``kernelspec`` and
``language_info`` (with the Python version of this machine) into the notebook, and any
difference marks the tab as modified: every notebook opened looked changed. The files
cannot carry every machine's Python version, so the server fills them in as it serves
the notebook; what is saved is what JupyterLab would have written anyway.
"""

from __future__ import annotations

from typing import Any

from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from jupytext.async_contentsmanager import build_async_jupytext_contents_manager_class

_Jupytext: Any = build_async_jupytext_contents_manager_class(AsyncLargeFileManager)


def kernel_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """The ``kernelspec`` and ``language_info`` the notebook's Python kernel reports here;
    nothing for another kernel."""
    spec = metadata.get("kernelspec") or {}
    if spec.get("name", "python3") != "python3":
        return {}
    from ipykernel.ipkernel import IPythonKernel
    from jupyter_client.kernelspec import KernelSpecManager

    try:
        found = KernelSpecManager().get_kernel_spec("python3")
    except Exception:  # no such kernel here: JupyterLab asks which kernel to use
        return {}
    kernelspec = {"display_name": found.display_name, "language": found.language, "name": "python3"}
    return {"kernelspec": kernelspec, "language_info": dict(IPythonKernel.language_info)}


class NotebookContentsManager(_Jupytext):  # type: ignore[misc]  # jupytext builds it at run time
    """Jupytext's contents manager, serving notebooks with this machine's kernel metadata."""

    async def get(self, path: str, content: bool = True, **kwargs: Any) -> Any:
        model = await super().get(path, content=content, **kwargs)
        if content and model.get("type") == "notebook" and model.get("content"):
            metadata = model["content"]["metadata"]
            metadata.update(kernel_metadata(metadata))
        return model
