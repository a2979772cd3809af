"""Group voice prints by speaker: spectral clustering of the cosine affinities with the refinements of
Wang et al., "Speaker Diarization with LSTM" (2018): row-wise thresholding, symmetrisation, diffusion,
row-wise max normalisation; the number of speakers from the largest eigen-gap unless given. Clusters whose
mean voices are as alike as one voice's own prints are merged again, so one speaker stays one speaker.

Deterministic: k-means starts from a fixed seed. Long inputs are clustered on at most MAX_CLUSTERED prints
evenly spread over the recording; every print then goes to the nearest speaker's mean voice.
"""

from __future__ import annotations

import numpy as np

#: at most this many speakers are told apart (a larger count given is honoured)
MAX_AUTO_SPEAKERS = 8
#: prints clustered directly (the affinity matrix is this squared)
MAX_CLUSTERED = 1500
#: a row keeps its strongest affinities up to this percentile (the rest is damped)
ROW_PERCENTILE = 0.9
#: two speakers' mean voices at least this alike are one speaker (auto count only)
SAME_SPEAKER_SIMILARITY = 0.8
#: a group with fewer than this share of the prints is no speaker of its own when its voice is at least
#: SMALL_SIMILARITY like another's
SMALL_SHARE = 0.15
SMALL_SIMILARITY = 0.7
#: below this silhouette no split into speakers is believed (one speaker)
MIN_SILHOUETTE = 0.2
#: fewer prints than this are one speaker (too little to tell voices apart)
MIN_PRINTS = 4


def cluster(prints: np.ndarray, count: int | None = None) -> np.ndarray:
    """Speaker index (0, 1, …, in order of first appearance) of each L2-normed print (rows of `prints`);
    `count`: the number of speakers, None to find it."""
    n = len(prints)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if count == 1 or n < MIN_PRINTS:
        return np.zeros(n, dtype=np.int64)
    if n > MAX_CLUSTERED:
        chosen = np.linspace(0, n - 1, MAX_CLUSTERED).round().astype(np.int64)
        labels = _cluster_all(prints[chosen], count)
        centres = _centres(prints[chosen], labels)
        return _first_order(np.argmax(prints @ centres.T, axis=1))
    return _cluster_all(prints, count)


def _cluster_all(prints: np.ndarray, count: int | None) -> np.ndarray:
    affinity = _refined_affinity(prints)
    values, vectors = np.linalg.eigh(affinity)
    values, vectors = values[::-1], vectors[:, ::-1]  # largest first
    if count is not None:
        k = min(count, len(prints))
        return _first_order(_kmeans(_unit_rows(vectors[:, :k]), k))
    labels = np.zeros(len(prints), dtype=np.int64)
    best = MIN_SILHOUETTE
    for k in range(2, min(MAX_AUTO_SPEAKERS, len(prints) // MIN_PRINTS) + 1):
        candidate = _kmeans(_unit_rows(vectors[:, :k]), k)
        score = silhouette(prints, candidate)
        if score > best:
            best, labels = score, candidate
    return _first_order(_absorb_small(prints, _merge_alike(prints, labels)))


def silhouette(prints: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette of the labelling under cosine similarity (−1..1; 0 for a single group): how much
    closer each print is to its own speaker than to the next nearest one."""
    k = int(labels.max()) + 1
    if k < 2:
        return 0.0
    similarity = prints @ prints.T
    members = np.stack([labels == j for j in range(k)], axis=1).astype(np.float64)  # (n, k)
    sizes = members.sum(axis=0)
    means = (similarity @ members) / np.maximum(sizes, 1)  # mean similarity of each print to each group
    own = labels
    own_mean = means[np.arange(len(prints)), own]
    others = np.where(members.astype(bool) | (sizes == 0)[None, :], -np.inf, means)
    nearest = others.max(axis=1)
    a, b = 1.0 - own_mean, 1.0 - nearest  # distances
    return float(np.mean((b - a) / np.maximum(np.maximum(a, b), 1e-9)))


def _refined_affinity(prints: np.ndarray) -> np.ndarray:
    similarity = np.clip(prints @ prints.T, 0.0, 1.0).astype(np.float64)
    np.fill_diagonal(similarity, 1.0)
    # row-wise thresholding: each row keeps its strongest entries
    cut = np.quantile(similarity, ROW_PERCENTILE, axis=1, keepdims=True) if len(prints) > 20 else None
    if cut is not None:
        similarity = np.where(similarity >= cut, similarity, similarity * 0.01)
    similarity = np.maximum(similarity, similarity.T)
    similarity = similarity @ similarity.T  # diffusion
    return similarity / np.max(similarity, axis=1, keepdims=True)


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def _kmeans(points: np.ndarray, k: int, rounds: int = 100) -> np.ndarray:
    """Lloyd's k-means from a k-means++ start with a fixed seed; the best of a few starts."""
    rng = np.random.default_rng(20260)
    best: tuple[float, np.ndarray] | None = None
    for _start in range(5):
        centres = [points[rng.integers(len(points))]]
        for _ in range(1, k):
            distance = np.min([np.sum((points - c) ** 2, axis=1) for c in centres], axis=0)
            total = distance.sum()
            pick = rng.choice(len(points), p=distance / total) if total > 0 else rng.integers(len(points))
            centres.append(points[pick])
        centre = np.array(centres)
        labels = np.zeros(len(points), dtype=np.int64)
        for _ in range(rounds):
            distances = ((points[:, None, :] - centre[None, :, :]) ** 2).sum(axis=2)
            new = np.argmin(distances, axis=1)
            if np.array_equal(new, labels) and _ > 0:
                break
            labels = new
            for j in range(k):
                if np.any(labels == j):
                    centre[j] = points[labels == j].mean(axis=0)
        inertia = float(((points - centre[labels]) ** 2).sum())
        if best is None or inertia < best[0] - 1e-9:
            best = (inertia, labels.copy())
    assert best is not None
    return best[1]


def _centres(prints: np.ndarray, labels: np.ndarray) -> np.ndarray:
    return _unit_rows(np.array([prints[labels == j].mean(axis=0) for j in range(int(labels.max()) + 1)]))


def _merge_alike(prints: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Join the two most alike speakers while their mean voices are as alike as one voice."""
    labels = _first_order(labels)
    while labels.max() > 0:
        centres = _centres(prints, labels)
        similarity = centres @ centres.T
        np.fill_diagonal(similarity, -1.0)
        a, b = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        if similarity[a, b] < SAME_SPEAKER_SIMILARITY:
            break
        labels = _first_order(np.where(labels == max(a, b), min(a, b), labels))
    return labels


def _absorb_small(prints: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Give a group of under SMALL_SHARE of the prints to the speaker whose voice it is most like, when it
    is at least SMALL_SIMILARITY like it: a few prints apart are one voice in other conditions (a cough, a
    laugh, a noisy moment), rarely a person of their own."""
    labels = _first_order(labels)
    while labels.max() > 0:
        sizes = np.bincount(labels)
        small = int(np.argmin(sizes))
        if sizes[small] >= SMALL_SHARE * len(labels):
            break
        centres = _centres(prints, labels)
        likeness = centres @ centres[small]
        likeness[small] = -1.0
        nearest = int(np.argmax(likeness))
        if likeness[nearest] < SMALL_SIMILARITY:
            break
        labels = _first_order(np.where(labels == small, nearest, labels))
    return labels


def _first_order(labels: np.ndarray) -> np.ndarray:
    """Renumber so that speaker 0 speaks first, 1 second, and so on (0..k-1, no gaps)."""
    order: dict[int, int] = {}
    for label in labels.tolist():
        order.setdefault(label, len(order))
    return np.array([order[label] for label in labels.tolist()], dtype=np.int64)
