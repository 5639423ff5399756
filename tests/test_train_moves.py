"""The move trainer's naive-Bayes-scaled heads (benchmarks/train_moves.py): what ships is one weight per
feature and label, so the ratios folded into `coef_` must score exactly as the scaled models did."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from benchmarks.train_moves import HeadSettings, NBLogistic, fit


def test_nb_heads_fold_their_ratios_into_plain_weights() -> None:
    rng = np.random.default_rng(0)
    labels = np.repeat(np.array(["a", "b", "c"]), 40)
    # Features 0-2 each mark one label (with noise), 3-5 are noise shared by all.
    dense = (rng.random((120, 6)) < 0.15).astype(np.float64)
    for i, label in enumerate(("a", "b", "c")):
        dense[labels == label, i] = (rng.random(40) < 0.95).astype(np.float64)
    x = sp.csr_matrix(dense)
    model = fit(x, labels, HeadSettings(C=3.0, class_weight="balanced", reply=False, nb=True))
    assert isinstance(model, NBLogistic)
    assert model.coef_.shape == (3, 6)
    # Each label's own marker carries its largest weight, and the folded weights predict the labels well.
    assert list(model.coef_.argmax(axis=1)) == [0, 1, 2]
    assert np.mean(model.predict(x) == labels) > 0.8
    scores = x @ model.coef_.T + model.intercept_
    assert (model.classes_[scores.argmax(axis=1)] == model.predict(x)).all()
