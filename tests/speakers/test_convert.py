"""tools/convert_speaker_model.py reads PyTorch's legacy file format without PyTorch: a file written the way
`torch.save` (before 1.6) writes one — made here with stand-ins for torch's classes — gives back exactly the
tensors put in, transposed views included, and the result is the plain .npz the app loads."""

from __future__ import annotations

import io
import pickle
import struct
import sys
import types
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import convert_speaker_model as convert

MAGIC = 0x1950A86A20F9469CFC6C


class _Storage:
    def __init__(self, key: str, data: np.ndarray) -> None:
        self.key, self.data = key, data


class _Tensor:
    def __init__(self, storage: _Storage, offset: int, size: tuple, stride: tuple) -> None:
        self.storage, self.offset, self.size, self.stride = storage, offset, size, stride


@pytest.fixture
def fake_torch(monkeypatch):
    """Modules named as torch's, so that pickle writes the same class references torch.save does."""
    torch = types.ModuleType("torch")
    utils = types.ModuleType("torch._utils")

    def _rebuild_tensor_v2(*_args):  # (never called: only its name is written)
        raise AssertionError

    _rebuild_tensor_v2.__module__ = "torch._utils"
    _rebuild_tensor_v2.__qualname__ = "_rebuild_tensor_v2"
    utils._rebuild_tensor_v2 = _rebuild_tensor_v2
    storage_class = type("FloatStorage", (), {"__module__": "torch", "__qualname__": "FloatStorage"})
    torch.FloatStorage = storage_class
    torch._utils = utils
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setitem(sys.modules, "torch._utils", utils)
    return torch


def legacy_file(state: dict[str, _Tensor], storages: list[_Storage], torch: types.ModuleType) -> bytes:
    out = io.BytesIO()
    for header in (MAGIC, 1001, {"protocol_version": 1001, "little_endian": True, "type_sizes": {}}):
        pickle.dump(header, out, protocol=2)

    class Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, _Storage):
                return ("storage", torch.FloatStorage, obj.key, "cpu", len(obj.data), None)
            return None

        def reducer_override(self, obj):
            if isinstance(obj, _Tensor):
                args = (obj.storage, obj.offset, obj.size, obj.stride, False, OrderedDict())
                return sys.modules["torch._utils"]._rebuild_tensor_v2, args
            return NotImplemented

    Pickler(out, protocol=2).dump({"model_state": OrderedDict(state), "step": 123})
    pickle.dump([s.key for s in storages], out, protocol=2)
    for storage in storages:
        out.write(struct.pack("<q", len(storage.data)))
        out.write(storage.data.astype("<f4").tobytes())
    return out.getvalue()


def test_a_legacy_torch_file_is_read_and_converted_without_torch(fake_torch, tmp_path):
    rng = np.random.default_rng(0)
    expected: dict[str, np.ndarray] = {}
    state: dict[str, _Tensor] = {}
    storages: list[_Storage] = []
    shapes = {name: ((1024, 40) if name == "lstm.weight_ih_l0" else (1024, 256)) for name in convert.NAMES}
    shapes.update({n: (1024,) for n in convert.NAMES if "bias" in n})
    shapes.update({"linear.weight": (256, 256), "linear.bias": (256,)})
    for n, name in enumerate(convert.NAMES):
        shape = shapes[name]
        values = rng.normal(size=shape).astype(np.float32)
        if name == "linear.weight":  # stored transposed, as a view with swapped strides (torch's .t())
            storage = _Storage(str(n), np.ascontiguousarray(values.T).ravel())
            tensor = _Tensor(storage, 0, shape, (1, shape[0]))
        else:
            storage = _Storage(str(n), np.concatenate([np.zeros(3, np.float32), values.ravel()]))
            strides = (shape[1], 1) if len(shape) == 2 else (1,)
            tensor = _Tensor(storage, 3, shape, strides)  # an offset into its storage
        storages.append(storage)
        state[name] = tensor
        expected[name.replace(".", "_")] = values
    raw = legacy_file(state, storages, fake_torch)
    wheel = tmp_path / convert.WHEEL
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(convert.MEMBER, raw)
    out = tmp_path / "encoder.npz"
    digest = convert.convert(wheel, out)
    with np.load(out) as arrays:
        assert sorted(arrays) == sorted(expected)
        for name, values in expected.items():
            assert np.array_equal(arrays[name], values), name
    assert len(digest) == 64 and digest == convert._sha256(out.read_bytes())


def test_a_file_that_is_not_a_legacy_torch_file_is_refused():
    with pytest.raises(ValueError, match="not a legacy PyTorch file"):
        convert.read_legacy_torch(pickle.dumps(12345))
