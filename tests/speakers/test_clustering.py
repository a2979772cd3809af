"""Clustering voice prints into speakers, on synthetic prints with a known structure: as many speakers as
were made (1 to 5), a given count honoured, the same answer every time, long inputs clustered on a sample."""

from __future__ import annotations

import numpy as np
import pytest

from iam_desktop.speakers.clustering import MAX_CLUSTERED, MIN_PRINTS, cluster, silhouette


def voices(
    count: int, prints_each: int, *, spread: float = 0.35, seed: int = 7
) -> tuple[np.ndarray, np.ndarray]:
    """`count` speakers' prints: each speaker a random direction in 256-d, each print that direction plus
    noise (cosine to its speaker's centre about 0.9, across speakers about 0.5, as real voice prints)."""
    rng = np.random.default_rng(seed)
    shared = rng.normal(size=256)  # voice prints of different people still have much in common
    centres = [shared + rng.normal(size=256) for _ in range(count)]
    prints, truth = [], []
    for turn in range(count * 6):  # turns: each speaker speaks several times, in no fixed order
        who = turn % count if turn < count else int(rng.integers(count))
        for _ in range(prints_each // 6 + 1):
            noisy = centres[who] + spread * np.linalg.norm(centres[who]) / 16 * rng.normal(size=256)
            prints.append(noisy)
            truth.append(who)
    array = np.array(prints, dtype=np.float32)
    return array / np.linalg.norm(array, axis=1, keepdims=True), np.array(truth)


def agreement(labels: np.ndarray, truth: np.ndarray) -> float:
    """Share of prints whose label is their speaker's most common label (1.0: a perfect clustering)."""
    right = 0
    for who in np.unique(truth):
        right += np.bincount(labels[truth == who]).max()
    return right / len(truth)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
def test_as_many_speakers_as_there_are(count):
    prints, truth = voices(count, 60)
    labels = cluster(prints)
    assert labels.max() + 1 == count
    assert agreement(labels, truth) >= 0.95


def test_speakers_are_numbered_by_first_appearance():
    prints, truth = voices(3, 60)
    labels = cluster(prints)
    first = [int(labels[np.argmax(labels == k)]) for k in range(3)]
    assert labels[0] == 0 and sorted(set(labels.tolist())) == [0, 1, 2]
    assert [np.argmax(labels == k) for k in range(3)] == sorted(np.argmax(labels == k) for k in range(3))
    assert first == [0, 1, 2]


def test_a_given_count_is_honoured():
    prints, _truth = voices(3, 60)
    assert cluster(prints, 2).max() + 1 == 2
    assert cluster(prints, 4).max() + 1 == 4
    assert cluster(prints, 1).max() == 0


def test_the_same_prints_give_the_same_labels():
    prints, _truth = voices(4, 60, seed=3)
    assert np.array_equal(cluster(prints), cluster(prints.copy()))


def test_too_few_prints_are_one_speaker():
    prints, _truth = voices(2, 6)
    assert cluster(prints[: MIN_PRINTS - 1]).tolist() == [0] * (MIN_PRINTS - 1)
    assert cluster(np.zeros((0, 256), dtype=np.float32)).tolist() == []


def test_a_long_recording_is_clustered_on_a_sample_and_every_print_labelled():
    prints, truth = voices(3, 1400)  # more than MAX_CLUSTERED prints
    assert len(prints) > MAX_CLUSTERED
    labels = cluster(prints)
    assert len(labels) == len(prints)
    assert labels.max() + 1 == 3 and agreement(labels, truth) >= 0.95


def test_silhouette_is_high_for_real_groups_and_low_for_a_random_split():
    prints, truth = voices(2, 60)
    assert silhouette(prints, truth) > 0.3
    rng = np.random.default_rng(1)
    assert silhouette(prints, rng.integers(2, size=len(prints))) < 0.05
    assert silhouette(prints, np.zeros(len(prints), dtype=np.int64)) == 0.0
